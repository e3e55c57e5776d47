// The parts of the archive outputs that need no corpus: case details read from the pages, anonymisation of
// OCR words, page geometry, and the form painter's shared glyph outlines.
#include "archive/anonymiser.h"
#include "archive/caseinfo.h"
#include "archive/formpainter.h"
#include "archive/volume.h"
#include "archive/volumebuilder.h"

#include <QTest>

using namespace Dossier;

namespace {

// One OCR line made of words, each word `w` pixels wide per character, starting at x.
OcrLine line(const QStringList& words, int y, int x = 100, int w = 30)
{
    OcrLine l;
    for (const QString& t : words) {
        l.words.append(OcrWord{t, QRect(x, y, int(w * t.size()), 30), 90});
        l.text += t;
        x += int(w * t.size()) + 4;
    }
    l.box = QRect(100, y, x - 100, 30);
    return l;
}

QString joined(const Anonymiser::Page& p)
{
    QString s;
    for (const QStringList& l : p.words)
        s += l.join(QString()) + QLatin1Char('\n');
    return s;
}

} // namespace

class TestArchiveParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void caseInfoFromPages()
    {
        const QList<QPair<QString, QString>> docs = {
            {QStringLiteral("complaint"),
             QStringLiteral(
                 "民事起诉状\n原告：石强远，男，汉族，住崇川区濠河路232号。\n被告：闫洋，住所地港闸区永兴大道8号。\n"
                 "此致\n南通市崇川区人民法院\n")},
            {QStringLiteral("acceptance_notice"),
             QStringLiteral("受理案件通知书\n石强远：\n你诉闫洋劳务合同纠纷一案的起诉状已收到。\n2024年9月3日\n")},
            {QStringLiteral("hearing_record"),
             QStringLiteral("庭审笔录\n地点：南通市尝川区人民法院第三法庭\n审判员：马秀磊    书记员：孙燕\n")},
            {QStringLiteral("judgment"),
             QStringLiteral(
                 "民事判决书\n原告：石强远，住崇川区。\n被告：阎洋，住所地港闸区。\n本院于2024年9月3日立案。\n"
                 "审判员：马秀磊\n二〇二四年\n2024年11月2日\n书记员：孙燕\n南通市崇川区人民法院\n")},
            {QStringLiteral("pronouncement_record"), QStringLiteral("宣判笔录\n时间：2024年11月2日\n审判员：马秀舌\n")},
            {QStringLiteral("record_note"),
             QStringLiteral("备考表\n立卷人：孙燕\n检查人：马秀舌\n立卷时间：2024年1]月5日\n")},
        };
        const CaseInfo c = CaseInfo::fromPages(docs);
        QCOMPARE(c.plaintiffs, QStringList{QStringLiteral("石强远")});
        QCOMPARE(c.defendants, QStringList{QStringLiteral("闫洋")}); // 阎洋 (one misread) merged into it
        QCOMPARE(c.cause, QStringLiteral("劳务合同纠纷"));
        QCOMPARE(c.court, QStringLiteral("南通市崇川区人民法院")); // the misread 尝 is outvoted
        QCOMPARE(c.judge, QStringLiteral("马秀磊"));
        QCOMPARE(c.clerk, QStringLiteral("孙燕"));
        QCOMPARE(c.received, QDate(2024, 9, 3));
        QCOMPARE(c.closed, QDate(2024, 11, 2));
        QCOMPARE(c.result, QStringLiteral("判决"));
        QCOMPARE(c.filedBy, QStringLiteral("孙燕"));
        QCOMPARE(c.checkedBy, QStringLiteral("马秀磊"));
        QCOMPARE(c.filedOn, QDate(2024, 11, 5));

        // What a clerk entered wins; the pages fill the rest; JSON keeps it all.
        CaseInfo entered;
        entered.court = QStringLiteral("江苏省南通市崇川区人民法院");
        entered.retention = QStringLiteral("permanent");
        entered.fillFrom(c);
        QCOMPARE(entered.court, QStringLiteral("江苏省南通市崇川区人民法院"));
        QCOMPARE(entered.judge, QStringLiteral("马秀磊"));
        QCOMPARE(entered.retentionName(), QStringLiteral("永久"));
        const CaseInfo back = CaseInfo::fromJson(entered.toJson());
        QCOMPARE(back.toJson(), entered.toJson());
    }

    void courtNamesFromTheCaseNumber()
    {
        QCOMPARE(courtName(QStringLiteral("苏0602")), QStringLiteral("南通市崇川区人民法院"));
        QCOMPARE(courtName(QStringLiteral("苏06")), QStringLiteral("江苏省南通市中级人民法院"));
        QVERIFY(courtName(QStringLiteral("京0105")).isEmpty()); // not listed: read from the pages
    }

    void anonymiserRenamesAndBlanks()
    {
        const Anonymiser a({QStringLiteral("石强远"), QStringLiteral("石磊"), QStringLiteral("欧阳明华"),
                            QStringLiteral("南通某某建材有限公司")});
        QCOMPARE(a.names().size(), 3); // the company is not a natural person
        OcrPage page;
        page.lines << line({QStringLiteral("原告："), QStringLiteral("石强远"),
                            QStringLiteral("，住崇川区濠河路232号，"), QStringLiteral("公民身份号码3")},
                           100);
        page.lines << line({QStringLiteral("20694388556569144"), QStringLiteral("，电话13132300933。")}, 140);
        page.lines << line({QStringLiteral("被告：石磊、欧阳明华，账号6222021234567890123。车牌苏F12345。")}, 180);
        page.lines << line({QStringLiteral("南通某某建材有限公司于2024年9月3日支付374900元。")}, 220);
        const Anonymiser::Page out = a.apply(page);
        const QString text = joined(out);
        QVERIFY2(text.contains(QStringLiteral("石某甲")) || text.contains(QStringLiteral("石某乙")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("强远")));
        QVERIFY(!text.contains(QStringLiteral("石磊")));
        QVERIFY(text.contains(QStringLiteral("欧阳某")));
        QVERIFY(!text.contains(QStringLiteral("明华")));
        // The ID number broken over two lines, the phone, the account, the plate and the address are gone…
        QVERIFY(!text.contains(QStringLiteral("20694388556569144")));
        QVERIFY(!text.contains(QStringLiteral("13132300933")));
        QVERIFY(!text.contains(QStringLiteral("6222021234567890123")));
        QVERIFY(!text.contains(QStringLiteral("F12345")));
        QVERIFY(!text.contains(QStringLiteral("濠河路")));
        // … while dates, amounts and the company stay.
        QVERIFY(text.contains(QStringLiteral("2024年9月3日")));
        QVERIFY(text.contains(QStringLiteral("374900")));
        QVERIFY(text.contains(QStringLiteral("南通某某建材有限公司")));
        QVERIFY(out.redacted >= 18 + 11 + 19);
        QCOMPARE(out.renamed, 3);
        // Every blanked or renamed character has a box inside its word.
        QVERIFY(out.boxes.size() >= out.redacted);
        for (const QRect& b : out.boxes)
            QVERIFY(b.width() > 0 && b.top() >= 100 && b.bottom() < 260);
        QCOMPARE(out.words.size(), page.lines.size());
    }

    void geometryTurnsAndStraightens()
    {
        VolumePage p;
        p.pixels = QSize(2480, 3508);
        p.dpi = 300;
        p.transform.crop = QRect(40, 60, 2400, 3400);
        p.transform.scale = 0.5;
        // A quarter turn clockwise: the master's top-left corner of the crop goes to the page's top-right.
        p.transform.quarterTurns = 1;
        PageGeometry g = VolumeBuilder::geometry(p);
        QCOMPARE(g.size.width(), 3400 * 25.4 / 300);
        QCOMPARE(g.size.height(), 2400 * 25.4 / 300);
        QPointF corner = g.masterToPage.map(QPointF(40, 60));
        QVERIFY(qAbs(corner.x() - g.size.width()) < 1e-6 && qAbs(corner.y()) < 1e-6);
        QCOMPARE(g.workingToMm, 25.4 / 300 / 0.5);
        QCOMPARE(g.paper, QRectF(QPointF(0, 0), g.size));
        // Upside down: the crop's top-left goes to the bottom-right.
        p.transform.quarterTurns = 2;
        g = VolumeBuilder::geometry(p);
        corner = g.masterToPage.map(QPointF(40, 60));
        QVERIFY(qAbs(corner.x() - g.size.width()) < 1e-6 && qAbs(corner.y() - g.size.height()) < 1e-6);
        // Straightening 2° counter-clockwise keeps the centre, turns a right-going line up (y down), and shows
        // only the upright rectangle inside the turned crop.
        p.transform.quarterTurns = 0;
        p.transform.skew = 2.0;
        g = VolumeBuilder::geometry(p);
        const QPointF c = g.masterToPage.map(QPointF(40 + 1200, 60 + 1700));
        QVERIFY(qAbs(c.x() - g.size.width() / 2) < 1e-6 && qAbs(c.y() - g.size.height() / 2) < 1e-6);
        const QPointF right = g.masterToPage.map(QPointF(40 + 2200, 60 + 1700));
        QVERIFY(right.y() < c.y());
        QVERIFY(g.paper.width() < g.size.width() && g.paper.height() < g.size.height());
        QVERIFY(g.paper.left() > 3 && g.paper.left() < 8);
    }

    void formPainterSharesGlyphs()
    {
        ExportDocument doc;
        FormPainter paint(doc);
        ExportPage page;
        page.size = QSizeF(210, 297);
        const double w =
            paint.text(page, QStringLiteral("卷内目录 卷内"), QPointF(20, 30), 5, FormPainter::Face::Serif);
        QVERIFY(w > 5 * 5 && w < 5 * 8);
        QCOMPARE(page.shapes.size(), 6); // the space draws nothing
        QCOMPARE(doc.shapes.size(), 4);  // 卷 and 内 drawn twice, stored once
        QCOMPARE(page.texts.size(), 1);  // and searchable
        QCOMPARE(page.texts.first().text, QStringLiteral("卷内目录 卷内"));
        for (const QPainterPath& glyph : doc.shapes)
            QVERIFY(!glyph.isEmpty());
        paint.textIn(page, QStringLiteral("一个很长很长很长很长很长很长很长很长很长的文件材料名称需要换行"),
                     QRectF(10, 50, 40, 20), 5, FormPainter::Face::Sans);
        for (qsizetype i = 6; i < page.shapes.size(); ++i) {
            const QPointF at = page.shapes.at(i).toPage.map(QPointF(0, 0));
            QVERIFY(at.x() >= 10 && at.x() <= 50 && at.y() >= 50 && at.y() <= 70);
        }
    }
};

QTEST_MAIN(TestArchiveParts)
#include "testarchiveparts.moc"
