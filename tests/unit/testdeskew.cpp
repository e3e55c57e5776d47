// Deskew (PageAnalyzer) on pages drawn here in the CJK fonts of Debian and scanned crooked: dense pages, sparse ones
// (a receipt, a last page of signature lines) and a ruled table, at 200, 300 and 400 dpi. The straightening must
// leave at most 0.3° (issue 15: residual skew ≤ 0.3° also in other fonts and line spacings).
#include "dossierdata.h"
#include "imaging/pageanalyzer.h"
#include "pagepainter.h"

#include <QGuiApplication>
#include <QTest>

using namespace Dossier;
using namespace Dossier::Test;

namespace {

// A page with a title and `lines` lines of body text in `family` at `points`, line pitch `spacing`; the lines start
// at the left margin or, when `right`, end near the right margin (a signature block).
QImage page(const QString& family, double points, double spacing, int lines, bool right, int dpi)
{
    QImage image = blankA4(dpi);
    PageWriter w(&image, false);
    const QFont font = pageFont(family, points, dpi);
    const double mm = dpi / 25.4;
    QList<DrawnLine> drawn;
    double y = 40 * mm;
    w.centred(drawn, tx("借　条"), pageFont(family, points + 6, dpi), y);
    y += 20 * mm;
    const QStringList text{tx("今借到王建华人民币壹拾贰万捌仟伍佰元整（￥128500元），用于经营周转，"),
                           tx("约定于二〇二四年十二月三十一日前一次性归还，逾期按年利率百分之六计付利息。"),
                           tx("如发生争议，由出借人住所地人民法院管辖。"), tx("借款人（签名）：李秀英"),
                           tx("二〇二四年三月五日")};
    for (int i = 0; i < lines; ++i) {
        const QString t = text.at(i % text.size());
        if (right)
            w.rightAligned(drawn, t.right(9), font, image.width() - 30 * mm, y, spacing);
        else
            w.paragraph(drawn, t, font, 28 * mm, image.width() - 54 * mm, y, 0, spacing);
        y += font.pixelSize() * spacing;
    }
    return image;
}

QImage ruledTable(const QString& family, int dpi)
{
    QImage image = blankA4(dpi);
    PageWriter w(&image, false);
    const double mm = dpi / 25.4;
    QList<DrawnLine> drawn;
    QList<QStringList> rows{{tx("序号"), tx("证据名称"), tx("证明目的")}};
    for (int i = 1; i <= 6; ++i)
        rows << QStringList{QString::number(i), tx("银行转账记录"), tx("证明原告已交付款项")};
    w.table(drawn, rows, {20 * mm, 60 * mm, 80 * mm}, pageFont(family, 12, dpi), 25 * mm, 60 * mm);
    return image;
}

} // namespace

class TestDeskew final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void straightens_data();
    void straightens();
};

void TestDeskew::straightens_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("kind"); // 0 dense, 1 sparse, 2 signature lines, 3 table
    QTest::addColumn<double>("points");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<double>("skew");
    const QStringList families{QStringLiteral("AR PL UKai CN"), QStringLiteral("WenQuanYi Zen Hei"),
                               QStringLiteral("Noto Serif CJK SC")};
    const double skews[] = {-2.7, 1.9, -0.8, 2.95};
    const int dpis[] = {300, 200, 400, 300};
    for (int f = 0; f < families.size(); ++f) {
        const QByteArray name = families.at(f).toUtf8();
        QTest::newRow(name + " dense 10.5 pt, pitch 2") << families.at(f) << 0 << 10.5 << 2.0 << dpis[f] << skews[f];
        QTest::newRow(name + " sparse 16 pt") << families.at(f) << 1 << 16.0 << 1.6 << dpis[(f + 1) % 4] << -skews[f];
        QTest::newRow(name + " signature lines")
            << families.at(f) << 2 << 12.0 << 1.5 << dpis[(f + 2) % 4] << skews[(f + 1) % 4];
        QTest::newRow(name + " ruled table")
            << families.at(f) << 3 << 12.0 << 1.0 << dpis[(f + 3) % 4] << skews[(f + 2) % 4];
    }
}

void TestDeskew::straightens()
{
    QFETCH(QString, family);
    QFETCH(int, kind);
    QFETCH(double, points);
    QFETCH(double, spacing);
    QFETCH(int, dpi);
    QFETCH(double, skew);
    const QImage sheet = kind == 3 ? ruledTable(family, dpi)
                                   : page(family, points, spacing,
                                          kind == 0   ? 40
                                          : kind == 1 ? 4
                                                      : 6,
                                          kind == 2, dpi);
    ScanSettings s;
    s.skewDeg = skew;
    s.seed = unsigned(dpi + kind);
    s.dpi = dpi;
    const auto out = PageAnalyzer::analyse(encodeScan(scanned(sheet, s), QStringLiteral("jpg"), 80));
    QVERIFY(out.ok());
    const double residual = std::abs(out->features.transform.skew - skew);
    QVERIFY2(
        residual <= 0.3,
        qPrintable(QStringLiteral("straightened by %1°, scanned at %2°").arg(out->features.transform.skew).arg(skew)));
    QCOMPARE(out->features.transform.quarterTurns, 0);
}

QTEST_MAIN(TestDeskew)
#include "testdeskew.moc"
