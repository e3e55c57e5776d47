#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// Cataloguing measured against a manifest (the corpus's or a generated set's): page type accuracy and document
// boundaries over content pages, residual skew, throughput.
struct CatalogueScore final
{
    QString set;
    int pages = 0;        // every page of the batch
    int contentPages = 0; // the pages measured
    int typeOk = 0;
    int tp = 0, fp = 0, fn = 0; // document starts
    QList<double> residuals;    // |true skew − applied skew| per content page
    double seconds = 0;         // of the dossier-cli run
    QStringList problems;       // one line per page that went wrong

    double typeAccuracy() const;
    double precision() const;
    double recall() const;
    double f1() const;
    double skewShare(double limit = 0.3) const; // share of pages with residual ≤ limit
    double residualP95() const;
    double pagesPerMinute() const;
};

CatalogueScore scoreCatalogue(const QString& set, const QJsonArray& truthPages, const QJsonArray& reportPages);

// The table of scores, a row per set.
QString scoreHeader();
QString scoreRow(const CatalogueScore& s);

// Runs the real `dossier-cli process` over a generated set (folder with batch/ and manifest.json) in a fresh
// profile under `workDir`, with the shipped template civil-first-instance (正卷 and 副卷); scores the report.
struct SetRun final
{
    bool ok = false;
    QString error;
    CatalogueScore score;
};
SetRun processGeneratedSet(const QString& set, const QString& setDir, const QString& workDir, int jobs = 2);

} // namespace Dossier::Test
