// Input kinds: a PDF (pages rendered with QtPdf) and a multi-page G4 TIFF, made here by independent tools
// (img2pdf, ImageMagick) from corpus pages, each page read and catalogued.
#include "domain/textutil.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestInputs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pdfAndMultipageTiff();
};

void TestInputs::pdfAndMultipageTiff()
{
    QTemporaryDir tmp;
    const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    const auto pdf =
        Test::run(QStringLiteral("img2pdf"), {QStringLiteral("-o"), tmp.filePath(QStringLiteral("in/a.pdf")),
                                              plain + QStringLiteral("0002.jpg"), plain + QStringLiteral("0003.jpg")});
    QVERIFY2(pdf.exitCode == 0, pdf.err.constData());
    const auto tif =
        Test::run(QStringLiteral("convert"),
                  {plain + QStringLiteral("0014.tif"), plain + QStringLiteral("0015.tif"), QStringLiteral("-compress"),
                   QStringLiteral("Group4"), tmp.filePath(QStringLiteral("in/b.tif"))});
    QVERIFY2(tif.exitCode == 0, tif.err.constData());

    const auto r = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                             {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--case"),
                              QStringLiteral("（2024）苏0602民初9号"), QStringLiteral("--profile"),
                              tmp.filePath(QStringLiteral("p")), QStringLiteral("--out"),
                              tmp.filePath(QStringLiteral("out")), tmp.filePath(QStringLiteral("in"))});
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray pages =
        Test::readJson(tmp.filePath(QStringLiteral("out/report.json"))).value(QStringLiteral("pages")).toArray();
    QCOMPARE(pages.size(), 4);
    const QStringList sources{QStringLiteral("a.pdf#1"), QStringLiteral("a.pdf#2"), QStringLiteral("b.tif#1"),
                              QStringLiteral("b.tif#2")};
    const QStringList types{QStringLiteral("complaint"), QStringLiteral("acceptance_notice"),
                            QStringLiteral("hearing_record"), QStringLiteral("judgment")};
    const QStringList formats{QStringLiteral("grey"), QStringLiteral("colour"), QStringLiteral("bitonal"),
                              QStringLiteral("bitonal")};
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QJsonObject p = pages.at(i).toObject();
        QVERIFY2(p.value(QStringLiteral("source")).toString().endsWith(sources.at(i)),
                 qPrintable(p.value(QStringLiteral("source")).toString()));
        QCOMPARE(p.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(p.value(QStringLiteral("doc_type")).toString(), types.at(i));
        QCOMPARE(p.value(QStringLiteral("colour_mode")).toString(), formats.at(i));
        QVERIFY2(std::abs(p.value(QStringLiteral("dpi")).toInt() - 300) <= 3,
                 qPrintable(QString::number(p.value(QStringLiteral("dpi")).toInt())));
        QVERIFY(TextUtil::compareForm(p.value(QStringLiteral("text")).toString()).size() > 100);
    }
}

QTEST_GUILESS_MAIN(TestInputs)
#include "testinputs.moc"
