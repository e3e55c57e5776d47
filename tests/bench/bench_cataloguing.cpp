// Cataloguing on generated dossiers (issue 15): the tuning set and the held-out set, each through the real
// `dossier-cli process`, a table row per set: pages, page type accuracy, boundary precision / recall / F1, share of
// pages with residual skew ≤ 0.3°, p95 residual skew, pages/min.
//
//   bench_cataloguing [--work DIR] [--dossiers N] [--first K] [--sets tuning,heldout] [--reuse] [--details]
//   [--generate-only]
//   [--skew-only]
//
// --details lists the failing pages of the TUNING set only: the held-out set's pages are never listed, so that
// nobody tunes to them (tests/support/dossiergenerator.h).
#include "cataloguescore.h"
#include "dossiergenerator.h"
#include "imaging/pageanalyzer.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtConcurrent>

#include <cstdio>

using namespace Dossier;

namespace {

void print(const QString& s)
{
    std::printf("%s\n", qPrintable(s));
    std::fflush(stdout);
}

// Deskew alone (PageAnalyzer in this process, no OCR): the residual skew of every content page of a set.
Test::CatalogueScore skewOnly(const QString& set, const QString& dir, bool details)
{
    const QJsonArray truth = Test::readJson(dir + QStringLiteral("/manifest.json"))
                                 .value(QStringLiteral("batches"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("pages"))
                                 .toArray();
    QList<QJsonObject> pages;
    for (const QJsonValue& v : truth)
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("content"))
            pages << v.toObject();
    QElapsedTimer t;
    t.start();
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const QList<double> applied = QtConcurrent::blockingMapped(&pool, pages, [&](const QJsonObject& p) {
        QFile f(dir + QLatin1Char('/') + p.value(QStringLiteral("file")).toString());
        if (!f.open(QIODevice::ReadOnly))
            return 1e9;
        const auto out = PageAnalyzer::analyse(f.readAll());
        // a page taken for sideways is counted as not straightened (the reading turns it back, at a cost)
        return out && out->features.transform.quarterTurns == 0 ? out->features.transform.skew : 1e9;
    });
    Test::CatalogueScore s;
    s.set = set + QStringLiteral(" (deskew)");
    s.pages = s.contentPages = int(pages.size());
    s.seconds = t.elapsed() / 1000.0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const double truthSkew = pages.at(i).value(QStringLiteral("skew_deg")).toDouble();
        s.residuals << std::abs(truthSkew - applied.at(i));
        if (details && s.residuals.last() > 0.2)
            print(QStringLiteral("  %1: residual %2 (true %3, applied %4) %5 %6 pt pitch %7 %8 dpi")
                      .arg(pages.at(i).value(QStringLiteral("file")).toString())
                      .arg(s.residuals.last(), 0, 'f', 2)
                      .arg(truthSkew)
                      .arg(applied.at(i), 0, 'f', 2)
                      .arg(pages.at(i).value(QStringLiteral("font")).toString())
                      .arg(pages.at(i).value(QStringLiteral("size_pt")).toDouble())
                      .arg(pages.at(i).value(QStringLiteral("spacing")).toDouble())
                      .arg(pages.at(i).value(QStringLiteral("dpi")).toInt()));
    }
    return s;
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv); // fonts for the generator
    QCommandLineParser cli;
    cli.addHelpOption();
    const QCommandLineOption work(QStringLiteral("work"), QStringLiteral("Folder for the sets and runs."),
                                  QStringLiteral("dir"));
    const QCommandLineOption dossiers(QStringLiteral("dossiers"), QStringLiteral("Dossiers per set (default 7)."),
                                      QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption first(QStringLiteral("first"),
                                   QStringLiteral("First dossier of each set's seed (default 0)."), QStringLiteral("n"),
                                   QStringLiteral("0"));
    const QCommandLineOption sets(QStringLiteral("sets"), QStringLiteral("Sets to run (default tuning,heldout)."),
                                  QStringLiteral("list"), QStringLiteral("tuning,heldout"));
    const QCommandLineOption reuse(QStringLiteral("reuse"), QStringLiteral("Keep sets already generated in --work."));
    const QCommandLineOption details(QStringLiteral("details"),
                                     QStringLiteral("List the failing pages of the tuning set (never the held-out)."));
    const QCommandLineOption deskew(QStringLiteral("skew-only"),
                                    QStringLiteral("Measure deskew alone (no OCR, no cataloguing)."));
    const QCommandLineOption generateOnly(QStringLiteral("generate-only"),
                                          QStringLiteral("Make the sets, run nothing."));
    cli.addOptions({work, dossiers, first, sets, reuse, details, generateOnly, deskew});
    cli.process(app);

    QTemporaryDir tmp;
    const QString root = cli.isSet(work) ? cli.value(work) : tmp.path();
    QList<Test::CatalogueScore> scores;
    for (const QString& set : cli.value(sets).split(QLatin1Char(','))) {
        const bool heldOut = set == QLatin1String("heldout");
        const QString dir = root + QLatin1Char('/') + set;
        if (!cli.isSet(reuse) || !QFile::exists(dir + QStringLiteral("/manifest.json"))) {
            QDir(dir).removeRecursively();
            QElapsedTimer t;
            t.start();
            QString why;
            const auto pages = Test::writeDossierSet(dir,
                                                     {set, heldOut ? Test::kHeldOutSeed : Test::kTuningSeed,
                                                      cli.value(first).toInt(), cli.value(dossiers).toInt()},
                                                     &why);
            if (pages.isEmpty()) {
                print(QStringLiteral("%1: not generated: %2").arg(set, why));
                return 1;
            }
            print(
                QStringLiteral("%1: %2 pages generated in %3 s").arg(set).arg(pages.size()).arg(t.elapsed() / 1000.0));
        }
        if (cli.isSet(generateOnly))
            continue;
        if (cli.isSet(deskew)) {
            scores << skewOnly(set, dir, cli.isSet(details) && !heldOut);
            continue;
        }
        const Test::SetRun run = Test::processGeneratedSet(set, dir, dir + QStringLiteral("-run"));
        if (!run.ok) {
            print(QStringLiteral("%1: %2").arg(set, run.error));
            return 1;
        }
        scores << run.score;
        if (cli.isSet(details) && !heldOut)
            for (const QString& p : run.score.problems)
                print(QStringLiteral("  ") + p);
    }
    print(Test::scoreHeader());
    for (const Test::CatalogueScore& s : std::as_const(scores))
        print(Test::scoreRow(s));
    return 0;
}
