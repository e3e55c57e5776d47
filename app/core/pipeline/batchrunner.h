#pragma once

#include "archive/archiver.h"
#include "pipeline/cataloguer.h"
#include "pipeline/inputs.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Dossier {

class PluginHost;

struct BatchOptions final
{
    QString profileDir;
    QString outDir; // where report.json and <case>/catalogue.json go; empty: none written
    int jobs = 2;
    QString languages = QStringLiteral("chi_sim");
    QString templateId = QStringLiteral("civil-first-instance-main");
    QString caseNo;    // dossier for pages before any separator
    QString ocrPlugin; // preferred OCR plugin id
    QStringList inputs;
    QHash<QString, QString> sourceLabels;  // absolute file path → the name to report (e.g. "test:0#3")
    QString device;                        // the scanner, "vendor model (name)", when the pages come from one
    QString operatorName;                  // who feeds the pages (DA/T 31 image metadata)
    std::optional<ArchiveOptions> archive; // write the archive outputs of every dossier (needs outDir)
};

struct BatchSummary final
{
    QJsonObject report; // the report.json document
    int pages = 0;
    int failed = 0;
    int reused = 0;          // pages completed by an earlier run
    int archiveFailures = 0; // dossiers whose outputs could not be written or did not verify
    double seconds = 0;
};

// Runs a batch through the pipeline: masters stored durably in feed order, then image work + OCR on `jobs`
// worker threads, then cataloguing into dossiers and documents. Blocking: call it from a worker thread in
// the GUI. Re-running on the same profile resumes: completed pages are reused, none is lost or doubled.
class BatchRunner final : public QObject
{
    Q_OBJECT

public:
    explicit BatchRunner(PluginHost* plugins, QObject* parent = nullptr);

    Result<BatchSummary> run(const BatchOptions& options, const std::atomic_bool& cancel);

    static QString defaultProfileDir();
    static QString databasePath(const QString& profileDir);
    static QString mastersPath(const QString& profileDir);

Q_SIGNALS:
    void pageStored(int index, const QString& source);
    void pageProcessed(int done, int total, const QString& source);
    void stageChanged(const QString& stage);
    void archiveProgress(const QString& output, int done, int total);

private:
    PluginHost* m_plugins;
};

} // namespace Dossier
