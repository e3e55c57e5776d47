#pragma once

#include "storage/profile.h"

#include <dossier/scansource.h>

#include <QFuture>
#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Dossier {

class PluginHost;

struct ScanJobOptions final
{
    Profile profile;
    QString device; // e.g. "test:0"
    ScanSettings settings;
    QString caseNo; // dossier for pages before any separator sheet (may be empty)
    int jobs = 2;
    QString operatorName;
    QString languages = QStringLiteral("chi_sim");
    QString templateId = QStringLiteral("civil-first-instance");
};

// One press of 扫描 at the scan station: pages come from the scanner and are stored the moment they arrive
// (each reported with a thumbnail), then go through the pipeline on worker threads. Runs in the background;
// every signal reaches the GUI thread queued. A case marked 涉密 is refused before the scanner starts, and
// the refusal is logged.
class ScanJob final : public QObject
{
    Q_OBJECT

public:
    explicit ScanJob(PluginHost* plugins, QObject* parent = nullptr);
    ~ScanJob() override;

    // Starts the job; false (with refused() emitted) when it may not run. A 涉密 case is refused by the job
    // itself, on its thread: refused() follows instead of finished().
    bool start(const ScanJobOptions& options);
    void cancel() { m_cancel.store(true); }
    bool isRunning() const { return m_running.load(); }

Q_SIGNALS:
    void refused(const QString& message);
    void pageScanned(int index, const QString& file, const QImage& thumbnail);
    void scanFinished(int pages, const QString& problem); // the scanner is done; processing goes on
    void pageProcessed(int done, int total, const QString& source);
    void finished(bool ok, const QString& message, int pages, int failed);

private:
    PluginHost* m_plugins;
    std::atomic_bool m_cancel{false};
    std::atomic_bool m_running{false};
    QFuture<void> m_future;
};

} // namespace Dossier
