// Cataloguing on dossiers nobody tuned to (issue 15), through the real pipeline (dossier-cli process).
//
// HELD OUT: the dossiers are the first of the held-out set of tests/support/dossiergenerator.h — generated in fonts,
// sizes, line spacings, margins, resolutions and wordings at random from a seed that is never used while working on
// the pipeline. Only totals are printed here, never the pages that went wrong: do not tune to them. The bigger
// tuning and held-out sets are measured by bench_cataloguing.
#include "cataloguescore.h"
#include "dossiergenerator.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

class TestCatalogueHeldOut final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldOutDossiers();
};

void TestCatalogueHeldOut::heldOutDossiers()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QString why;
    const auto pages = Test::writeDossierSet(tmp.filePath(QStringLiteral("set")),
                                             {QStringLiteral("heldout"), Test::kHeldOutSeed, 0, 3}, &why);
    QVERIFY2(!pages.isEmpty(), qPrintable(why));
    const Test::SetRun run = Test::processGeneratedSet(
        QStringLiteral("held-out subset"), tmp.filePath(QStringLiteral("set")), tmp.filePath(QStringLiteral("run")));
    QVERIFY2(run.ok, qPrintable(run.error));
    const Test::CatalogueScore& s = run.score;
    qInfo().noquote() << Test::scoreHeader();
    qInfo().noquote() << Test::scoreRow(s);
    QCOMPARE(s.pages, int(pages.size()));
    QVERIFY(s.contentPages >= 40); // enough pages to measure
    QVERIFY2(s.typeAccuracy() >= 0.95, "page type accuracy below 95% on held-out dossiers");
    QVERIFY2(s.f1() >= 0.97, "document boundary F1 below 0.97 on held-out dossiers");
    QVERIFY2(s.skewShare(0.3) >= 0.95, "residual skew above 0.3° on more than 5% of held-out pages");
}

QTEST_MAIN(TestCatalogueHeldOut)
#include "testcatalogueheldout.moc"
