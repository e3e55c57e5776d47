#pragma once

#include "stationsettings.h"
#include "storage/profile.h"
#include "sync/syncengine.h"

#include <dossier/result.h>

#include <QObject>

#include <atomic>
#include <functional>

class QAction;
class QWidget;

namespace Dossier {

class CatalogueEditor;
class DbWorker;

// F8: pushes this desk's work to dossier-server and pulls everyone else's, signing in first when the keyring
// has no token for the server (name and password asked over `window`). The sync runs on a worker; the window
// hears of it through the signals (busy, progress, the status line, problems to show) and never waits.
class SyncController final : public QObject
{
    Q_OBJECT

public:
    // `settings` gives the desk's settings as they are now (server, operator).
    SyncController(Profile profile, DbWorker* db, QWidget* window, std::function<StationSettings()> settings,
                   QObject* parent = nullptr);

    // Other jobs of the window that a sync waits for (an import, a scan).
    void setCanStart(std::function<bool()> canStart) { m_canStart = std::move(canStart); }
    void sync();
    bool isRunning() const { return m_running; }
    void cancel() { m_cancel.store(true); } // Esc: the next sync resumes
    // Shows what a sync did: the status line, and why records were refused or set aside.
    void finish(const Result<SyncSummary>& result);
    // Counts the open sync conflicts again (conflictCountChanged follows).
    void updateConflictCount();
    // The conflicts to review (one window; raised when open). `editors` gives a volume's catalogue editor, through
    // which the other version is taken as an undoable edit.
    void openConflicts();
    void setEditors(std::function<CatalogueEditor*(qint64 volumeId)> editors) { m_editors = std::move(editors); }
    // Sync with the server (F8), review sync conflicts (Ctrl+Shift+F8).
    const QList<QAction*>& actions() const { return m_actions; }

Q_SIGNALS:
    void runningChanged(bool running);  // false: the catalogue may have changed
    void progress(int done, int total); // total 0: no measure yet
    void message(const QString& text, int timeoutMs = 0);
    void problem(const QString& title, const QString& text);
    void conflictCountChanged(int count);
    void settled(); // a conflict was settled: the catalogue may have changed
    // Signed in now (before the sync runs), with the role the server gives the user.
    void signedIn(const Dossier::SyncAccount& account);

private:
    void signInAndSync(const QString& knownServer, const QString& knownUser);
    void runSync(const QString& token);
    void showProgress(const QString& stage, qint64 done, qint64 total);
    void setRunning(bool running);

    Profile m_profile;
    DbWorker* m_db;
    QWidget* m_window;
    std::function<StationSettings()> m_settings;
    std::function<bool()> m_canStart;
    std::function<CatalogueEditor*(qint64)> m_editors;
    QList<QAction*> m_actions;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
};

} // namespace Dossier
