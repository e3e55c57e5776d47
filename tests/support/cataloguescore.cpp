#include "cataloguescore.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace Dossier::Test {

double CatalogueScore::typeAccuracy() const
{
    return contentPages ? double(typeOk) / contentPages : 0;
}

double CatalogueScore::precision() const
{
    return tp + fp ? double(tp) / (tp + fp) : 0;
}

double CatalogueScore::recall() const
{
    return tp + fn ? double(tp) / (tp + fn) : 0;
}

double CatalogueScore::f1() const
{
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

double CatalogueScore::skewShare(double limit) const
{
    if (residuals.isEmpty())
        return 0;
    return double(std::count_if(residuals.cbegin(), residuals.cend(), [&](double r) { return r <= limit; })) /
           double(residuals.size());
}

double CatalogueScore::residualP95() const
{
    if (residuals.isEmpty())
        return 0;
    QList<double> sorted = residuals;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min<qsizetype>(sorted.size() - 1, qsizetype(std::ceil(0.95 * double(sorted.size()))) - 1));
}

double CatalogueScore::pagesPerMinute() const
{
    return seconds > 0 ? pages * 60.0 / seconds : 0;
}

CatalogueScore scoreCatalogue(const QString& set, const QJsonArray& truthPages, const QJsonArray& reportPages)
{
    CatalogueScore s;
    s.set = set;
    s.pages = int(truthPages.size());
    if (reportPages.size() != truthPages.size()) {
        s.problems << QStringLiteral("the report has %1 pages, the manifest %2")
                          .arg(reportPages.size())
                          .arg(truthPages.size());
        return s;
    }
    QString prevDossier;
    int prevDoc = -1;
    for (qsizetype i = 0; i < truthPages.size(); ++i) {
        const QJsonObject t = truthPages.at(i).toObject(), r = reportPages.at(i).toObject();
        const QString file = t.value(QStringLiteral("file")).toString();
        if (t.value(QStringLiteral("kind")).toString() == QLatin1String("separator")) {
            prevDoc = -1;
            continue;
        }
        if (t.value(QStringLiteral("kind")).toString() != QLatin1String("content"))
            continue;
        ++s.contentPages;
        const QString type = t.value(QStringLiteral("doc_type")).toString();
        const QString got = r.value(QStringLiteral("doc_type")).toString();
        if (got == type)
            ++s.typeOk;
        else
            s.problems << QStringLiteral("%1: type %2, should be %3 (page %4 of its document)")
                              .arg(file, got, type)
                              .arg(t.value(QStringLiteral("page_in_doc")).toInt());
        const bool truthStart = t.value(QStringLiteral("page_in_doc")).toInt() == 1;
        const QString dossier = r.value(QStringLiteral("case_no")).toString();
        const int doc = r.value(QStringLiteral("document")).toInt(-1);
        const bool predStart = dossier != prevDossier || doc != prevDoc;
        prevDossier = dossier;
        prevDoc = doc;
        s.tp += truthStart && predStart;
        s.fp += !truthStart && predStart;
        s.fn += truthStart && !predStart;
        if (truthStart != predStart)
            s.problems << QStringLiteral("%1: %2 (%3)")
                              .arg(file, truthStart ? QStringLiteral("start missed") : QStringLiteral("false start"),
                                   type);
        const double residual =
            std::abs(t.value(QStringLiteral("skew_deg")).toDouble() - r.value(QStringLiteral("skew")).toDouble());
        s.residuals << residual;
        if (residual > 0.3)
            s.problems << QStringLiteral("%1: residual skew %2° (true %3°, %4, %5 pt)")
                              .arg(file)
                              .arg(residual, 0, 'f', 2)
                              .arg(t.value(QStringLiteral("skew_deg")).toDouble())
                              .arg(t.value(QStringLiteral("font")).toString())
                              .arg(t.value(QStringLiteral("size_pt")).toDouble());
    }
    return s;
}

QString scoreHeader()
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9")
        .arg(QStringLiteral("set"), -16)
        .arg(QStringLiteral("pages"), 6)
        .arg(QStringLiteral("type acc"), 9)
        .arg(QStringLiteral("bnd P"), 7)
        .arg(QStringLiteral("bnd R"), 7)
        .arg(QStringLiteral("bnd F1"), 7)
        .arg(QStringLiteral("skew≤0.3°"), 10)
        .arg(QStringLiteral("p95 skew"), 9)
        .arg(QStringLiteral("pages/min"), 10);
}

QString scoreRow(const CatalogueScore& s)
{
    return QStringLiteral("%1 %2 %3% %4 %5 %6 %7% %8° %9")
        .arg(s.set, -16)
        .arg(s.pages, 6)
        .arg(s.typeAccuracy() * 100, 8, 'f', 1)
        .arg(s.precision(), 7, 'f', 3)
        .arg(s.recall(), 7, 'f', 3)
        .arg(s.f1(), 7, 'f', 3)
        .arg(s.skewShare() * 100, 9, 'f', 1)
        .arg(s.residualP95(), 8, 'f', 2)
        .arg(s.pagesPerMinute(), 10, 'f', 1);
}

SetRun processGeneratedSet(const QString& set, const QString& setDir, const QString& workDir, int jobs)
{
    SetRun out;
    const QString profileDir = workDir + QStringLiteral("/profile"), outDir = workDir + QStringLiteral("/out");
    QDir(profileDir).removeRecursively();
    QDir(outDir).removeRecursively();
    const QString bin = binDir().isEmpty() ? QCoreApplication::applicationDirPath() : binDir();
    const ProcessResult run = Test::run(
        bin + QStringLiteral("/dossier-cli"),
        {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--jobs"), QString::number(jobs),
         QStringLiteral("--template"), QStringLiteral("civil-first-instance"), QStringLiteral("--profile"), profileDir,
         QStringLiteral("--out"), outDir, setDir + QStringLiteral("/batch")},
        3600 * 1000);
    if (run.crashed || run.exitCode != 0) {
        out.error =
            QStringLiteral("dossier-cli process: exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err));
        return out;
    }
    const QJsonObject manifest = readJson(setDir + QStringLiteral("/manifest.json"));
    const QJsonArray truth =
        manifest.value(QStringLiteral("batches")).toArray().at(0).toObject().value(QStringLiteral("pages")).toArray();
    const QJsonArray report =
        readJson(outDir + QStringLiteral("/report.json")).value(QStringLiteral("pages")).toArray();
    out.score = scoreCatalogue(set, truth, report);
    out.score.seconds = run.seconds;
    out.ok = true;
    return out;
}

} // namespace Dossier::Test
