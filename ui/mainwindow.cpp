#include "mainwindow.h"
#include "common/workerpool.h"
#include "readerwindow.h"
#include "syncconflictsdialog.h"
#include "templateconsole.h"
#include "warehousewindow.h"

#include "catalogueactions.h"
#include "deskjobs.h"
#include "dossieractions.h"
#include "dossierbrowser.h"
#include "dossiermodel.h"
#include "formprinter.h"
#include "pageview.h"
#include "plugin/pluginhost.h"
#include "scanpanel.h"
#include "scanstation.h"
#include "settingsdialog.h"
#include "station/catalogueeditor.h"
#include "station/dbworker.h"
#include "station/hotfolder.h"
#include "storage/profile.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "thumbnailstrip.h"
#include <dossier/scansource.h>

#include <QAction>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace Dossier {

MainWindow::MainWindow(Profile profile, QWidget* parent)
    : QMainWindow(parent), m_profile(std::move(profile)), m_settings(StationSettings::load(m_profile)),
      m_plugins(new PluginHost(this)), m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dossier Workstation"));
    m_db = new DbWorker(this);
    m_browser = new DossierBrowser(m_profile, m_db, this);
    m_model = m_browser->model();
    m_tree = m_browser->tree();
    setCentralWidget(m_browser);
    connect(m_browser, &DossierBrowser::message, statusBar(), &QStatusBar::showMessage);
    m_printer = new FormPrinter(m_profile, m_db, this, [this] {
        QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0); // the case row of the current row
        while (cur.parent().isValid())
            cur = cur.parent();
        return cur.isValid() ? cur.data().toString() : QString();
    });
    connect(m_printer, &FormPrinter::message, statusBar(), &QStatusBar::showMessage);
    m_catalogue =
        new CatalogueActions(m_profile, m_db, m_model, m_tree, this, [this] { return m_settings.operatorOrUser(); });
    connect(m_catalogue, &CatalogueActions::edited, this,
            [this](qint64 page, qint64 doc) { m_browser->reloadKeeping(page, doc); });
    connect(m_catalogue, &CatalogueActions::message, statusBar(), &QStatusBar::showMessage);
    m_plugins->scan();

    connect(m_browser, &DossierBrowser::currentVolumeChanged, m_catalogue, &CatalogueActions::activate);
    connect(m_model, &DossierModel::movePagesRequested, this,
            [this](qint64 volume, const QList<qint64>& pages, qint64 toDocument, int position) {
                m_catalogue->runEdit(
                    volume, [=](CatalogueEditor* e) { return e->movePages(pages, toDocument, position); },
                    pages.value(0), 0);
            });
    buildSync();
    buildFileActions();
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({m_catalogue->undoAction(), m_catalogue->redoAction()});
    editMenu->addSeparator();
    editMenu->addActions(m_catalogue->editActions());
    addActions({m_catalogue->undoAction(), m_catalogue->redoAction()});
    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(QStringLiteral("viewMenu"));
    viewMenu->addActions(m_browser->viewActions());
    addActions(m_browser->viewActions());
    // the judge's reader, for anyone who wants to read a dossier as a bound volume
    auto* reader = new QAction(tr("Reader…"), this);
    reader->setObjectName(QStringLiteral("openReader"));
    reader->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    connect(reader, &QAction::triggered, this, [this] {
        auto* window = new ReaderWindow(m_profile);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        window->chooseCase();
    });
    // the 中间库 desk: where the paper is, loans, the statutory clocks
    auto* warehouse = new QAction(tr("Intermediate warehouse…"), this);
    warehouse->setObjectName(QStringLiteral("openWarehouse"));
    warehouse->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(warehouse, &QAction::triggered, this, [this] {
        auto* window = new WarehouseWindow(m_profile);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    viewMenu->addSeparator();
    viewMenu->addActions({reader, warehouse});
    addActions({reader, warehouse});
    buildScanStation();
    buildJobs();
    buildDossierActions();
    menuBar()->addMenu(tr("&Print"))->addActions(m_printer->actions());
    buildAdminMenu();
    if (auto* tb = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        tb->addSeparator();
        tb->addActions(m_printer->actions());
    }
    // The document camera: F6 shows it; a captured page is imported like a scanned one, then removed.
    QDockWidget* camera = m_station->cameraDock([this](const QString& file) {
        importPaths({file}, [file](const QStringList& failed) {
            if (!failed.contains(file))
                QFile::remove(file);
        });
    });
    addDockWidget(Qt::RightDockWidgetArea, camera);
    camera->hide();
    findChild<QMenu*>(QStringLiteral("viewMenu"))->addAction(camera->toggleViewAction());
    addAction(camera->toggleViewAction());
    m_hotFolder = new HotFolder(this);
    connect(m_hotFolder, &HotFolder::filesReady, this, [this](const QStringList& files) {
        statusBar()->showMessage(tr("Hot folder: %n new file(s).", nullptr, int(files.size())), 8000);
        importPaths(files, [this, files](const QStringList& failed) { m_hotFolder->finish(files, failed); });
    });
    applySettings();
    buildStatusBar();
    statusBar()->showMessage(tr("Profile: %1").arg(m_profile.dir()));

    m_browser->reloadKeeping(0, 0, true);
    resize(1280, 800);
}

// Import, cancel, settings, sync and quit: the toolbar and the File menu.
void MainWindow::buildFileActions()
{
    m_importFiles = new QAction(tr("Import &files…"), this);
    m_importFiles->setObjectName(QStringLiteral("importFiles"));
    m_importFiles->setShortcut(QKeySequence::Open);
    connect(m_importFiles, &QAction::triggered, this, [this] {
        if (!askOperator())
            return;
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Import scanned pages"), QString(),
                                          tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    m_importFolder = new QAction(tr("Import f&older…"), this);
    m_importFolder->setObjectName(QStringLiteral("importFolder"));
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        if (!askOperator())
            return;
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of scanned pages"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    m_cancel = new QAction(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] {
        m_jobs->cancel();
        m_sync->cancel();
        m_station->cancel();
    });
    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    auto* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tb->addActions({m_importFiles, m_importFolder, m_cancel});
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addActions({m_importFiles, m_importFolder, m_cancel});
    fileMenu->addSeparator();
    auto* settingsAction = new QAction(tr("S&ettings…"), this);
    settingsAction->setObjectName(QStringLiteral("settings"));
    // Ctrl+, as the README says, on every desktop (Qt's Preferences key is empty on most Linux desktops), and
    // the platform's own key besides where it has one; the menu shows the first.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    settingsKeys.removeAll(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsKeys.prepend(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setShortcuts(settingsKeys);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    fileMenu->addAction(settingsAction);
    fileMenu->addActions(m_sync->actions()); // F8, Ctrl+Shift+F8
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
}

// The batch progress and the sync-conflicts button.
void MainWindow::buildStatusBar()
{
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    // Records changed on two desks wait for the clerk: a button in the status bar says how many.
    m_conflictsButton = new QToolButton(this);
    m_conflictsButton->setObjectName(QStringLiteral("conflictsButton"));
    m_conflictsButton->setAutoRaise(true);
    m_conflictsButton->setStyleSheet(QStringLiteral("QToolButton { color: #a4262c; font-weight: bold; }"));
    m_conflictsButton->setToolTip(tr("Records changed on two desks while offline: review them (Ctrl+Shift+F8)."));
    m_conflictsButton->setVisible(false); // until the profile says there are some
    connect(m_conflictsButton, &QToolButton::clicked, this, &MainWindow::openSyncConflicts);
    statusBar()->addPermanentWidget(m_conflictsButton);
    m_sync->updateConflictCount();
}

MainWindow::~MainWindow()
{
    m_jobs->cancel();
    m_sync->cancel();
    workerPool()->waitForDone();
    m_db->waitForDone(); // its jobs hold the editors and the profile
}

void MainWindow::buildScanStation()
{
    // The pages of the batch as they arrive: a thumbnail each, with its state.
    m_thumbs = new ThumbnailStrip(m_profile, this);
    connect(m_thumbs, &ThumbnailStrip::sheetChosen, m_browser, &DossierBrowser::showSheet);
    auto* dock = new QDockWidget(tr("Pages of this batch"), this);
    dock->setObjectName(QStringLiteral("thumbnailDock"));
    dock->setWidget(m_thumbs);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("batchRate"));
    statusBar()->addPermanentWidget(m_rate);

    m_station = new ScanStation(m_plugins, m_profile, m_thumbs, this, [this] { return m_settings; });
    m_scanPanel = m_station->panel();
    addToolBarBreak();
    addToolBar(m_scanPanel);
    menuBar()->actions().first()->menu()->insertAction(m_importFiles, m_station->scanAction());
    m_station->setCanStart([this] { return !jobRunning(); });
    m_station->setAskOperator([this] { return askOperator(); });
    connect(m_station, &ScanStation::runningChanged, this, &MainWindow::setBusy);
    connect(m_station, &ScanStation::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_station, &ScanStation::recognising, this, [this] { m_scanTimer.start(); });
    connect(m_station, &ScanStation::pageProcessed, this, &MainWindow::showProgress);
    connect(m_station, &ScanStation::finished, this, [this] {
        m_rate->clear();
        QTimer::singleShot(0, m_jobs, &DeskJobs::runNext);
        m_browser->reloadKeeping(0, 0);
    });
    connect(m_station, &ScanStation::message, statusBar(), &QStatusBar::showMessage);
}

void MainWindow::scan()
{
    m_station->scan();
}

void MainWindow::buildDossierActions()
{
    DeskParts desk;
    desk.profile = m_profile;
    desk.db = m_db;
    desk.plugins = m_plugins;
    desk.browser = m_browser;
    desk.catalogue = m_catalogue;
    desk.jobs = m_jobs;
    desk.scanPanel = m_scanPanel;
    desk.window = this;
    desk.settings = [this] { return m_settings; };
    desk.jobRunning = [this] { return jobRunning(); };
    m_actions = new DossierActions(desk);
    connect(m_actions, &DossierActions::message, statusBar(), &QStatusBar::showMessage);
    const QList<QAction*>& pages = m_actions->pageActions();
    auto* pageMenu = menuBar()->addMenu(tr("P&age"));
    pageMenu->addActions(pages.mid(0, 3));
    pageMenu->addSeparator();
    pageMenu->addActions(pages.mid(3));
    const QList<QAction*>& dossier = m_actions->dossierActions();
    menuBar()->addMenu(tr("&Dossier"))->addActions(dossier);
    addActions(dossier);
    if (auto* tb = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        tb->addSeparator();
        tb->addActions(dossier.mid(0, 2)); // details, QC
    }
}

void MainWindow::pageOperation(PageOp op, const QString& file)
{
    m_actions->pageOperation(op, file);
}

void MainWindow::openQualityCheck()
{
    m_actions->openQualityCheck();
}

void MainWindow::editCaseDetails()
{
    m_actions->editCaseDetails();
}

void MainWindow::assignToCase()
{
    m_actions->assignToCase();
}

void MainWindow::printForms(Form form, const QStringList& caseNumbers, const QString& pdfPath,
                            const std::function<void(bool)>& done)
{
    m_printer->print(form, caseNumbers, pdfPath, done);
}

void MainWindow::setBusy(bool busy)
{
    m_importFiles->setEnabled(!busy);
    m_importFolder->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

bool MainWindow::askOperator()
{
    // 扫描人 is recorded on every page and shown in the QC form: asked once per profile, never guessed from the
    // computer's login.
    if (!m_settings.operatorName.trimmed().isEmpty())
        return true;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("operatorPrompt"));
    ask.setWindowTitle(tr("Who is scanning?"));
    ask.setLabelText(tr("Your name, recorded as 扫描人 (who digitised the pages) on every page of this desk.\n"
                        "It can be changed in the settings (Ctrl+,)."));
    if (ask.exec() != QDialog::Accepted || ask.textValue().trimmed().isEmpty()) {
        statusBar()->showMessage(tr("Nothing was started: the name of the person scanning is needed."), 8000);
        return false;
    }
    m_settings.operatorName = ask.textValue().trimmed();
    m_settings.save(m_profile);
    statusBar()->showMessage(tr("扫描人: %1").arg(m_settings.operatorName), 6000);
    return true;
}

void MainWindow::notify(const QString& title, const QString& text)
{
    // Not modal: batches from the hot folder or the camera go on while the message waits to be read.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importProblem"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

bool MainWindow::jobRunning() const
{
    return m_jobs->isRunning() || m_station->isRunning() || m_sync->isRunning();
}

bool MainWindow::isBusy() const
{
    return jobRunning() || !m_db->isIdle();
}

void MainWindow::importPaths(const QStringList& paths, const std::function<void(const QStringList&)>& done)
{
    m_jobs->importPaths(paths, done);
}

void MainWindow::buildJobs()
{
    m_jobs = new DeskJobs(
        m_plugins, m_profile, [this] { return m_settings; }, this);
    m_jobs->setCanStart([this] { return !m_station->isRunning() && !m_sync->isRunning(); });
    m_jobs->setCaseNumber([this] {
        bool ok = false; // a 案号 being typed is not one yet: separator sheets then
        const QString caseNo = m_scanPanel ? m_scanPanel->caseNumber(&ok) : QString();
        return ok ? caseNo : QString();
    });
    connect(m_jobs, &DeskJobs::runningChanged, this, [this](bool running) {
        setBusy(running);
        m_progress->setRange(0, 0);
    });
    connect(m_jobs, &DeskJobs::batchStarted, this, [this] {
        m_thumbs->startBatch();
        m_scanTimer.start();
    });
    connect(m_jobs, &DeskJobs::sheetStored, m_thumbs, &ThumbnailStrip::addSheet);
    connect(m_jobs, &DeskJobs::pageProcessed, this, &MainWindow::showProgress);
    connect(m_jobs, &DeskJobs::batchFinished, this, [this] {
        m_rate->clear();
        m_thumbs->markCatalogued();
        m_browser->reloadKeeping(0, 0);
    });
    connect(m_jobs, &DeskJobs::message, statusBar(), &QStatusBar::showMessage);
    connect(m_jobs, &DeskJobs::problem, this, &MainWindow::notify);
}

void MainWindow::showProgress(int done, int total, const QString& source)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_thumbs->markProcessed(source);
    const double minutes = double(m_scanTimer.elapsed()) / 60000.0;
    if (minutes > 0 && done > 0) {
        const double ppm = done / minutes;
        m_rate->setText(tr("%1 pages/min, about %2 s left").arg(ppm, 0, 'f', 1).arg(int((total - done) * 60 / ppm)));
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save(m_profile);
    applySettings();
    statusBar()->showMessage(tr("Settings saved."), 6000);
}

void MainWindow::applySettings()
{
    if (m_hotFolder->folder() != m_settings.hotFolder)
        m_hotFolder->setFolder(m_settings.hotFolder);
}

void MainWindow::syncWithServer()
{
    m_sync->sync();
}

void MainWindow::finishSync(const Result<SyncSummary>& result)
{
    m_sync->finish(result);
}

void MainWindow::buildSync()
{
    m_sync = new SyncController(
        m_profile, m_db, this, [this] { return m_settings; }, this);
    m_sync->setEditors([this](qint64 volume) { return volume > 0 ? m_catalogue->editorFor(volume) : nullptr; });
    connect(m_sync, &SyncController::settled, this, &MainWindow::refreshSyncState);
    m_sync->setCanStart([this] { return !jobRunning(); });
    connect(m_sync, &SyncController::runningChanged, this, [this](bool running) {
        setBusy(running);
        if (running)
            return;
        if (!m_readerAccount.isEmpty())
            return switchToReader();
        // The clerk stays on the page they were reading; imports that waited go on.
        const QModelIndex current = m_tree->currentIndex().siblingAtColumn(0);
        m_browser->reloadKeeping(current.data(DossierModel::PageIdRole).toLongLong(),
                                 current.data(DossierModel::DocumentIdRole).toLongLong());
        QTimer::singleShot(0, m_jobs, &DeskJobs::runNext);
    });
    connect(m_sync, &SyncController::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_sync, &SyncController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncController::problem, this, &MainWindow::notify);
    connect(m_sync, &SyncController::signedIn, this, [this](const SyncAccount& account) {
        m_readerAccount = account.editsCatalogue() ? QString() : account.user;
    });
    connect(m_sync, &SyncController::conflictCountChanged, this, [this](int count) {
        m_conflictsButton->setText(tr("%n sync conflict(s) to review", nullptr, count));
        m_conflictsButton->setVisible(count > 0);
    });
}

// A user whose role does not catalogue (a judge, a chief, a party) signed in: the catalogue's editing tools are not
// theirs (the server would refuse every edit); the reader is.
void MainWindow::switchToReader()
{
    QMessageBox::information(this, tr("Dossier reader"),
                             tr("%1 is signed in as a reader of cases: the reader opens in place of the scan station "
                                "and its catalogue tools.")
                                 .arg(m_readerAccount));
    m_hotFolder->setFolder(QString()); // nothing more is imported behind the reader
    m_jobs->cancel();
    auto* reader = new ReaderWindow(m_profile);
    reader->setAttribute(Qt::WA_DeleteOnClose);
    reader->show();
    reader->chooseCase();
    Q_EMIT switchedToReader(reader);
    close();
}

void MainWindow::buildAdminMenu()
{
    auto* console = new QAction(tr("&Templates and calendar…"), this);
    console->setObjectName(QStringLiteral("openConsole"));
    connect(console, &QAction::triggered, this, [this] {
        auto* window = new TemplateConsole(m_profile);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    QMenu* admin = menuBar()->addMenu(tr("&Administration"));
    admin->setObjectName(QStringLiteral("adminMenu"));
    admin->addAction(console);
    admin->menuAction()->setVisible(false); // until the profile says an archive administrator signed in
    const auto show = [admin](const SyncAccount& account) {
        admin->menuAction()->setVisible(account.role == QLatin1String("archive_admin"));
    };
    m_db->run(
        this, [profile = m_profile] { return SyncEngine(profile).signedInAccount(); }, show);
    connect(m_sync, &SyncController::signedIn, this, show);
}

void MainWindow::refreshSyncState()
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    m_browser->reloadKeeping(cur.data(DossierModel::PageIdRole).toLongLong(),
                             cur.data(DossierModel::DocumentIdRole).toLongLong());
    m_sync->updateConflictCount();
}

} // namespace Dossier

namespace Dossier {

CatalogueEditor* MainWindow::editorFor(qint64 volumeId)
{
    return m_catalogue->editorFor(volumeId);
}

} // namespace Dossier

namespace Dossier {

bool MainWindow::currentDossier(QString* caseNo, QString* dossierId) const
{
    return m_browser->currentDossier(caseNo, dossierId);
}

} // namespace Dossier

namespace Dossier {

void MainWindow::openSyncConflicts()
{
    m_sync->openConflicts();
}

} // namespace Dossier
