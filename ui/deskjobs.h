#pragma once

#include "stationsettings.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QImage>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>

namespace Dossier {

class PageIntake;
class PluginHost;
struct BatchSummary;

// The desk's queue of long jobs: imports (files, folders, the hot folder, the camera) and page operations (turn,
// insert, replace). One runs at a time, on a worker; imports asked for meanwhile wait their turn, in order. A
// scan or a sync (their own controllers) holds the queue through canStart. The window hears of everything
// through the signals and never waits.
class DeskJobs final : public QObject
{
    Q_OBJECT

public:
    DeskJobs(PluginHost* plugins, Profile profile, std::function<StationSettings()> settings,
             QObject* parent = nullptr);
    ~DeskJobs() override;

    // False while another of the window's jobs (a scan, a sync) runs.
    void setCanStart(std::function<bool()> canStart) { m_canStart = std::move(canStart); }
    // The 案号 that imports go to (the scan bar's), empty for separator sheets.
    void setCaseNumber(std::function<QString()> caseNo) { m_caseNo = std::move(caseNo); }

    // Runs the pipeline on files; `done` gets the inputs that failed (not called for a cancelled batch).
    void importPaths(const QStringList& paths, const std::function<void(const QStringList& failed)>& done = {});
    // A page operation: `work` runs on a worker (false when another job runs), `done` on this thread.
    using PageWork = std::function<Result<qint64>(PageIntake& intake, std::atomic_bool& cancel)>;
    bool runPageJob(const QString& what, PageWork work, std::function<void(const Result<qint64>&)> done);
    // Starts the next waiting import, if nothing runs.
    void runNext();
    bool isRunning() const { return m_running; }
    void cancel() { m_cancel.store(true); }

Q_SIGNALS:
    void runningChanged(bool running);
    void batchStarted();
    void sheetStored(const QString& source, const QString& label, const QImage& thumb);
    void pageProcessed(int done, int total, const QString& source);
    void batchFinished(); // the catalogue has changed
    void message(const QString& text, int timeoutMs = 0);
    void problem(const QString& title, const QString& text);

private:
    struct Pending
    {
        QStringList paths;
        std::function<void(const QStringList&)> done;
    };
    void runImport(const Pending& job);
    QStringList report(const Result<BatchSummary>& r, const Pending& job); // returns the inputs that failed
    void setRunning(bool running);

    PluginHost* m_plugins;
    Profile m_profile;
    std::function<StationSettings()> m_settings;
    std::function<bool()> m_canStart;
    std::function<QString()> m_caseNo;
    PageIntake* m_intake = nullptr;
    QList<Pending> m_pending;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
};

} // namespace Dossier
