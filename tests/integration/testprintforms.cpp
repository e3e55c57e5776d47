// Printed separator sheets and case labels: written to a PDF by the same painter code the printer uses, then
// read back by tools we did not write (zbarimg) and by ZXing, and a printed separator sheet fed through the
// real pipeline starts its dossier.
#include "imaging/pageanalyzer.h"
#include "imaging/pix.h"
#include "station/printforms.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <leptonica/allheaders.h>

#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

QString render(const QString& pdf, int page, const QString& out, int dpi = 300)
{
    const auto r = Test::run(QStringLiteral("pdftoppm"),
                             {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
                              QStringLiteral("-png"), QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                              QString::number(page), QStringLiteral("-singlefile"), pdf, out});
    return r.exitCode == 0 ? out + QStringLiteral(".png") : QString();
}

QStringList zbar(const QString& png)
{
    const auto r = Test::run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QStringList codes = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    codes.sort();
    return codes;
}

} // namespace

class TestPrintForms : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

private Q_SLOTS:
    void dossierIdsAreIssuedOnce()
    {
        const auto opened = Profile::open(m_tmp.filePath(QStringLiteral("ids")));
        QVERIFY(opened.ok());
        const Profile& profile = *opened;
        const auto a = dossierIdFor(profile, QStringLiteral("（2025）苏0602民初100号"));
        QVERIFY(a.ok());
        QCOMPARE(*a, QStringLiteral("D100001"));
        QCOMPARE(*dossierIdFor(profile, QStringLiteral("（2025）苏0602民初100号")), *a); // the same case, the same id
        QCOMPARE(*dossierIdFor(profile, QStringLiteral("（2025）苏0602民初101号")), QStringLiteral("D100002"));
    }

    void separatorSheetsReadBackAndStartTheirDossier()
    {
        const QList<CaseRef> cases = {
            {QStringLiteral("（2025）苏0602民初100号"), QStringLiteral("D100001"),
             QStringLiteral("南通市崇川区人民法院")},
            {QStringLiteral("（2025）苏0602民初101号"), QStringLiteral("D100002"), QString()}};
        const QString pdf = m_tmp.filePath(QStringLiteral("separators.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(600);
            QVERIFY(PrintForms::separatorSheets(&writer, cases).ok());
        }
        QCOMPARE(Test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
        for (int i = 0; i < cases.size(); ++i) {
            const QString png = render(pdf, i + 1, m_tmp.filePath(QStringLiteral("sep%1").arg(i)));
            QVERIFY(!png.isEmpty());
            QCOMPARE(zbar(png), QStringList{PrintForms::separatorPayload(cases.at(i))});
            // ZXing, as the pipeline reads it.
            PixPtr pix(qImageToPix(QImage(png).convertToFormat(QImage::Format_Grayscale8)));
            QVERIFY(pix);
            QCOMPARE(PageAnalyzer::decodeQr(pix.get()), PrintForms::separatorPayload(cases.at(i)));
        }
        // The printed (here: rendered) sheet in front of a page of a complaint: the pipeline puts the page in
        // the sheet's dossier.
        const QString feed = m_tmp.filePath(QStringLiteral("feed"));
        QVERIFY(QDir().mkpath(feed));
        QVERIFY(QFile::copy(m_tmp.filePath(QStringLiteral("sep1.png")), feed + QStringLiteral("/0001.png")));
        QVERIFY(QFile::copy(Test::corpusDir() + QStringLiteral("/plain/batch-01/0002.jpg"),
                            feed + QStringLiteral("/0002.jpg")));
        const QString out = m_tmp.filePath(QStringLiteral("out"));
        const auto r = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                                 {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--profile"),
                                  m_tmp.filePath(QStringLiteral("profile")), QStringLiteral("--out"), out, feed});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray pages =
            Test::readJson(out + QStringLiteral("/report.json")).value(QStringLiteral("pages")).toArray();
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("separator"));
        QCOMPARE(pages.at(1).toObject().value(QStringLiteral("case_no")).toString(), cases.at(1).caseNo);
        const QJsonArray dossiers =
            Test::readJson(out + QStringLiteral("/report.json")).value(QStringLiteral("dossiers")).toArray();
        QCOMPARE(dossiers.size(), 1);
        QCOMPARE(dossiers.at(0).toObject().value(QStringLiteral("dossier_id")).toString(), cases.at(1).dossierId);
    }

    void caseLabelsTenToAPage()
    {
        QList<CaseRef> cases;
        for (int i = 0; i < 12; ++i)
            cases.append({QStringLiteral("（2025）苏0602民初%1号").arg(200 + i),
                          QStringLiteral("D1002%1").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("南通市崇川区人民法院")});
        const QString pdf = m_tmp.filePath(QStringLiteral("labels.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setResolution(600);
            QVERIFY(PrintForms::caseLabels(&writer, cases).ok());
        }
        QCOMPARE(Test::run(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
        // Each label read on its own, as a clerk scans one folder's label: 90 × 50 mm from (15, 23.5) mm.
        for (int page = 1; page <= 2; ++page) {
            const QImage sheet(render(pdf, page, m_tmp.filePath(QStringLiteral("labels%1").arg(page))));
            QVERIFY(!sheet.isNull());
            const double k = 300 / 25.4;
            for (int slot = 0; slot < (page == 1 ? 10 : 2); ++slot) {
                const QRect r(int((15 + (slot % 2) * 90) * k), int((23.5 + (slot / 2) * 50) * k), int(90 * k),
                              int(50 * k));
                const QString crop = m_tmp.filePath(QStringLiteral("label.png"));
                QVERIFY(sheet.copy(r).save(crop));
                QCOMPARE(zbar(crop), QStringList{PrintForms::caseLabelPayload(cases.at((page - 1) * 10 + slot))});
            }
        }
    }
};

QTEST_MAIN(TestPrintForms)
#include "testprintforms.moc"
