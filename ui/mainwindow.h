#pragma once

#include "dossieractions.h"
#include "formprinter.h"
#include "stationsettings.h"
#include "storage/pagerepository.h"
#include "sync/syncengine.h"

#include <dossier/result.h>

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>

#include <functional>

#include <atomic>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QTreeView;
class QAction;
class QToolButton;
class QUndoGroup;
class QListWidget;
class QListWidgetItem;

namespace Dossier {

class CatalogueEditor;
class DbWorker;
class DossierModel;
class PageView;
class PluginHost;
class ScanJob;
class ScanPanel;

// The workstation's main window: the profile's dossiers, a page viewer with its OCR text, and import of
// files and folders through the pipeline on a worker thread (progress, cancel).
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Profile profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Runs the pipeline on files in the background; while a batch runs, further imports wait their turn.
    // `done` is called on the GUI thread with the inputs that failed.
    void importPaths(const QStringList& paths, const std::function<void(const QStringList& failed)>& done = {});
    // A job runs, or the catalogue is being read again for the tree.
    bool isBusy() const;
    // Scans with the scan bar's settings (F5): thumbnails fill in as pages arrive, then they are processed.
    void scan();

    using Form = FormPrinter::Form;
    // Separator sheets or case labels for these cases (each 案号 checked; dossier ids issued): into a PDF file
    // when `pdfPath` is given, else through the print preview. Returns false (and tells why) on a bad 案号.
    // Prints (or writes to pdfPath) once the dossiers are looked up; done(ok) follows.
    void printForms(Form form, const QStringList& caseNumbers, const QString& pdfPath = {},
                    const std::function<void(bool)>& done = {});

    // The catalogue editor of a volume (one undo stack per volume, in the window's undo group).
    CatalogueEditor* editorFor(qint64 volumeId);

    // Page operations on the current page (re-processed off the GUI thread, then placed undoably).
    using PageOp = DossierActions::PageOp;
    void pageOperation(PageOp op, const QString& file = {});

    // The QC and submission window of the current dossier.
    void openQualityCheck();
    void editCaseDetails();
    void assignToCase();
    void openSettings();
    // Pushes this desk's work to dossier-server and pulls everyone else's (F8), signing in first if needed.
    void syncWithServer();
    void openSyncConflicts();
    // Shows what a sync did: the status bar line, and why records were refused or set aside.
    void finishSync(const Result<SyncSummary>& result);
    // Shows the profile's catalogue and open sync conflicts again (after a change made outside the window).
    void refreshSyncState();
    void switchToReader();
    const StationSettings& settings() const { return m_settings; }
    QString profileDir() const { return m_profile.dir(); }
    const Profile& profile() const { return m_profile; }
    // The case and dossier of the tree's current row; false when none is chosen.
    bool currentDossier(QString* caseNo, QString* dossierId) const;

Q_SIGNALS:
    // The signed-in user reads and does not catalogue: this window closed and the reader opened.
    void switchedToReader(QWidget* reader);

private:
    void buildFileActions();
    void buildStatusBar();
    void buildScanStation();
    bool jobRunning() const; // an import, a scan, a page operation or a sync
    void setBusy(bool busy);
    void buildDossierActions();
    void applySettings();
    void showProgress(int done, int total, const QString& source); // bar, thumbnail, pages/min
    void buildJobs();
    void notify(const QString& title, const QString& text);
    bool askOperator(); // the 扫描人, asked once per profile; false: not given, nothing starts
    void buildSync();
    void buildAdminMenu(); // 管理: the administrator's console, shown to an archive_admin

    Profile m_profile;
    QString m_readerAccount; // signed in as a user who reads and does not catalogue: the reader follows the sync
    StationSettings m_settings;
    PluginHost* m_plugins;
    DossierModel* m_model;
    QTreeView* m_tree;
    QProgressBar* m_progress;
    QAction* m_importFiles;
    QAction* m_importFolder;
    QAction* m_cancel;
    ScanPanel* m_scanPanel = nullptr;
    class ThumbnailStrip* m_thumbs = nullptr;
    QLabel* m_rate = nullptr;
    QToolButton* m_conflictsButton = nullptr;
    QElapsedTimer m_scanTimer;
    class HotFolder* m_hotFolder = nullptr;
    DbWorker* m_db = nullptr;
    class DossierBrowser* m_browser = nullptr;
    DossierActions* m_actions = nullptr;
    class ScanStation* m_station = nullptr;
    class CatalogueActions* m_catalogue = nullptr;
    class SyncController* m_sync = nullptr;
    class DeskJobs* m_jobs = nullptr;
    FormPrinter* m_printer = nullptr; // every read and write of the profile that the window asks for
};

} // namespace Dossier
