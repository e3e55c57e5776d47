#include "mainwindow.h"
#include "common/workerpool.h"
#include "sync/credentialstore.h"
#include "sync/syncconflicts.h"
#include "syncconflictsdialog.h"

#include "archive/volume.h"
#include "camerapanel.h"
#include "caseinfodialog.h"
#include "catalogueactions.h"
#include "common/i18n.h"
#include "deskjobs.h"
#include "domain/casenumber.h"
#include "domain/cataloguetemplate.h"
#include "dossierbrowser.h"
#include "dossiermodel.h"
#include "formprinter.h"
#include "imaging/qrcode.h"
#include "pageview.h"
#include "pipeline/batchrunner.h"
#include "pipeline/scancapture.h"
#include "plugin/pluginhost.h"
#include "qcdialog.h"
#include "scanpanel.h"
#include "settingsdialog.h"
#include "station/catalogueeditor.h"
#include "station/dbworker.h"
#include "station/hotfolder.h"
#include "station/pageassignment.h"
#include "station/pageintake.h"
#include "station/printforms.h"
#include "station/qualitycheck.h"
#include "station/scanjob.h"
#include "storage/cataloguesnapshot.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/profile.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "thumbnailstrip.h"
#include <dossier/scansource.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QImageReader>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent>

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
    m_printer = new FormPrinter(m_profile, m_db, this);
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
    buildFileActions();
    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addActions({m_catalogue->undoAction(), m_catalogue->redoAction()});
    editMenu->addSeparator();
    editMenu->addActions(m_catalogue->editActions());
    addActions({m_catalogue->undoAction(), m_catalogue->redoAction()});
    buildViewActions();
    buildPageActions();
    buildDossierActions();
    buildPrintActions();
    buildScanStation();
    buildCamera();
    m_hotFolder = new HotFolder(this);
    connect(m_hotFolder, &HotFolder::filesReady, this, [this](const QStringList& files) {
        statusBar()->showMessage(tr("Hot folder: %n new file(s).", nullptr, int(files.size())), 8000);
        importPaths(files, [this, files](const QStringList& failed) { m_hotFolder->finish(files, failed); });
    });
    applySettings();

    buildSync();
    buildJobs();
    buildStatusBar();
    statusBar()->showMessage(tr("Profile: %1").arg(m_profile.dir()));

    m_browser->reloadKeeping(0, 0, true);
    resize(1280, 800);
}

// The dossier tree: its model, drag and drop of pages, and what choosing a row does.
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
        if (m_scanJob)
            m_scanJob->cancel();
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
    auto* syncAction = new QAction(tr("S&ync with the server"), this);
    syncAction->setObjectName(QStringLiteral("sync"));
    syncAction->setShortcut(Qt::Key_F8);
    connect(syncAction, &QAction::triggered, this, &MainWindow::syncWithServer);
    fileMenu->addAction(syncAction);
    auto* conflictsAction = new QAction(tr("Review sync &conflicts…"), this);
    conflictsAction->setObjectName(QStringLiteral("syncConflicts"));
    conflictsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8));
    connect(conflictsAction, &QAction::triggered, this, &MainWindow::openSyncConflicts);
    fileMenu->addAction(conflictsAction);
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
    m_scanJob = new ScanJob(m_plugins, this);
    m_scanPanel = new ScanPanel(m_plugins, this);
    addToolBarBreak();
    addToolBar(m_scanPanel);
    m_scanAction = new QAction(tr("&Scan"), this);
    m_scanAction->setObjectName(QStringLiteral("scan"));
    m_scanAction->setShortcut(Qt::Key_F5);
    m_scanAction->setToolTip(tr("Scan with these settings (F5)"));
    connect(m_scanAction, &QAction::triggered, this, &MainWindow::scan);
    m_scanPanel->addSeparator();
    m_scanPanel->addAction(m_scanAction);
    menuBar()->actions().first()->menu()->insertAction(m_importFiles, m_scanAction);

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

    connect(m_scanJob, &ScanJob::refused, this, [this](const QString& why) {
        // Refused on start, or by the job before the scanner ran (涉密): nothing is running any more.
        setBusy(false);
        m_scanAction->setEnabled(true);
        QTimer::singleShot(0, m_jobs, &DeskJobs::runNext);
        statusBar()->showMessage(why, 10000);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Scan"), why, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("scanRefused"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_scanJob, &ScanJob::pageScanned, this, [this](int index, const QString&, const QImage& thumb) {
        m_thumbs->addSheet(QStringLiteral("%1#%2").arg(m_scanDevice).arg(index), tr("Sheet %1").arg(index), thumb);
        statusBar()->showMessage(tr("Scanned %1 pages…").arg(index));
    });
    connect(m_scanJob, &ScanJob::scanFinished, this, [this](int pages, const QString& problem) {
        m_scanTimer.start();
        m_progress->setRange(0, pages);
        m_progress->setValue(0);
        statusBar()->showMessage(problem.isEmpty() ? tr("%1 pages scanned; recognising…").arg(pages) : problem);
    });
    connect(m_scanJob, &ScanJob::pageProcessed, this,
            [this](int done, int total, const QString& source) { showProgress(done, total, source); });
    connect(m_scanJob, &ScanJob::finished, this, [this](bool ok, const QString& message, int pages, int failed) {
        setBusy(false);
        m_scanAction->setEnabled(true);
        m_rate->clear();
        QTimer::singleShot(0, m_jobs, &DeskJobs::runNext);
        m_thumbs->markCatalogued();
        m_browser->reloadKeeping(0, 0);
        statusBar()->showMessage(ok ? tr("%1 pages scanned and catalogued.").arg(pages)
                                    : tr("%1 pages, %2 failed. %3").arg(pages).arg(failed).arg(message),
                                 15000);
    });
}

void MainWindow::scan()
{
    if (m_scanJob->isRunning())
        return;
    bool ok = false;
    const QString caseNo = m_scanPanel->caseNumber(&ok);
    if (!ok) {
        statusBar()->showMessage(tr("The case number is not valid; correct it or leave it empty (separator sheets)."),
                                 10000);
        return;
    }
    if (caseNo.isEmpty() &&
        QMessageBox::question(this, tr("Scan"),
                              tr("No case number is given. Only pages that follow a separator sheet will go into a "
                                 "dossier; the others stay unassigned. Scan anyway?")) != QMessageBox::Yes) {
        m_scanPanel->setFocus();
        return;
    }
    if (m_scanPanel->device().isEmpty()) {
        statusBar()->showMessage(tr("No scanner is chosen."), 10000);
        return;
    }
    if (!askOperator())
        return;
    ScanJobOptions o;
    o.profile = m_profile;
    o.device = m_scanPanel->device();
    o.settings = m_scanPanel->settings();
    o.caseNo = caseNo;
    o.jobs = m_settings.workers();
    o.operatorName = m_settings.operatorName;
    o.languages = m_settings.ocrLanguages;
    o.templateId = m_settings.templateId;
    if (jobRunning()) {
        statusBar()->showMessage(tr("Wait until the import in progress is done."), 8000);
        return;
    }
    if (!m_scanJob->start(o))
        return;
    m_thumbs->startBatchOnNextSheet(); // a refused scan leaves the last batch's sheets in view
    m_scanDevice = o.device;
    setBusy(true);
    m_scanAction->setEnabled(false);
    m_progress->setRange(0, 0);
    statusBar()->showMessage(tr("Scanning from %1…").arg(o.device));
}

void MainWindow::buildPrintActions()
{
    auto* separators = new QAction(tr("Print &separator sheets…"), this);
    separators->setObjectName(QStringLiteral("printSeparators"));
    separators->setShortcut(QKeySequence::Print);
    connect(separators, &QAction::triggered, this, [this] {
        const QStringList cases = askCaseNumbers(tr("Separator sheets"));
        if (!cases.isEmpty())
            printForms(Form::SeparatorSheets, cases);
    });
    auto* labels = new QAction(tr("Print case &labels…"), this);
    labels->setObjectName(QStringLiteral("printLabels"));
    labels->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(labels, &QAction::triggered, this, [this] {
        const QStringList cases = askCaseNumbers(tr("Case labels"));
        if (!cases.isEmpty())
            printForms(Form::CaseLabels, cases);
    });
    auto* menu = menuBar()->addMenu(tr("&Print"));
    menu->addActions({separators, labels});
    if (auto* tb = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        tb->addSeparator();
        tb->addActions({separators, labels});
    }
}

QStringList MainWindow::askCaseNumbers(const QString& title)
{
    // The current dossier's case is offered first; one 案号 a line.
    QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    while (cur.parent().isValid())
        cur = cur.parent();
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, title, tr("Case numbers (案号), one a line:"),
                                                        cur.isValid() ? cur.data().toString() : QString(), &ok);
    return ok ? text.split(QLatin1Char('\n'), Qt::SkipEmptyParts) : QStringList();
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
    return m_jobs->isRunning() || (m_scanJob && m_scanJob->isRunning()) || m_sync->isRunning();
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
    m_jobs->setCanStart([this] { return !(m_scanJob && m_scanJob->isRunning()) && !m_sync->isRunning(); });
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

void MainWindow::buildViewActions()
{
    auto* processed = new QAction(tr("Show as &processed"), this);
    processed->setObjectName(QStringLiteral("toggleProcessed"));
    processed->setCheckable(true);
    processed->setChecked(true);
    processed->setShortcut(QKeySequence(Qt::Key_M));
    processed->setToolTip(tr("Straightened and cropped as in the archive (M switches to the page as scanned)"));
    connect(processed, &QAction::toggled, m_browser->view(), &PageView::setShowProcessed);
    auto* zoomIn = new QAction(tr("Zoom &in"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_browser->view()->zoomBy(1.25); });
    auto* zoomOut = new QAction(tr("Zoom &out"), this);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    connect(zoomOut, &QAction::triggered, this, [this] { m_browser->view()->zoomBy(0.8); });
    auto* fit = new QAction(tr("&Fit width"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, m_browser->view(), &PageView::fitWidth);
    auto* menu = menuBar()->addMenu(tr("&View"));
    menu->setObjectName(QStringLiteral("viewMenu"));
    menu->addActions({processed, zoomIn, zoomOut, fit});
    addActions({processed, zoomIn, zoomOut, fit});
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

void MainWindow::buildPageActions()
{
    auto add = [this](const QString& text, const QString& name, const QKeySequence& key, PageOp op) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, op] { pageOperation(op); });
        return a;
    };
    const QList<QAction*> actions = {
        add(tr("Turn &right"), QStringLiteral("turnRight"), QKeySequence(Qt::CTRL | Qt::Key_R), PageOp::TurnRight),
        add(tr("Turn &left"), QStringLiteral("turnLeft"), QKeySequence(Qt::CTRL | Qt::Key_L), PageOp::TurnLeft),
        add(tr("Turn &upside down"), QStringLiteral("turn180"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            PageOp::Turn180),
        add(tr("&Insert a re-scanned page"), QStringLiteral("insertScan"), QKeySequence(Qt::CTRL | Qt::Key_F5),
            PageOp::InsertScan),
        add(tr("Re&place with a re-scanned page"), QStringLiteral("replaceScan"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
            PageOp::ReplaceScan),
        add(tr("Insert a page from a &file…"), QStringLiteral("insertFile"), QKeySequence(Qt::CTRL | Qt::Key_I),
            PageOp::InsertFile),
        add(tr("Replace with a page from a fil&e…"), QStringLiteral("replaceFile"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), PageOp::ReplaceFile)};
    auto* menu = menuBar()->addMenu(tr("P&age"));
    menu->addActions(actions.mid(0, 3));
    menu->addSeparator();
    menu->addActions(actions.mid(3));
    m_tree->addActions(actions);
}

void MainWindow::pageOperation(PageOp op, const QString& givenFile)
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    const qint64 page = cur.data(DossierModel::PageIdRole).toLongLong();
    const qint64 volume = cur.data(DossierModel::VolumeIdRole).toLongLong();
    const qint64 document = cur.data(DossierModel::DocumentIdRole).toLongLong();
    if (page <= 0 || volume <= 0) {
        statusBar()->showMessage(tr("Choose a page in the dossier tree first."), 6000);
        return;
    }
    if (jobRunning()) {
        statusBar()->showMessage(tr("Wait until the batch in progress is done."), 6000);
        return;
    }
    const bool fromFile = op == PageOp::InsertFile || op == PageOp::ReplaceFile;
    const bool fromScanner = op == PageOp::InsertScan || op == PageOp::ReplaceScan;
    QString file = givenFile;
    if (fromFile && file.isEmpty()) {
        file = QFileDialog::getOpenFileName(this, tr("Page from a file"), QString(),
                                            tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    if (fromScanner && m_scanPanel->device().isEmpty()) {
        statusBar()->showMessage(tr("No scanner is chosen."), 8000);
        return;
    }
    const int turns = op == PageOp::TurnRight ? 1 : op == PageOp::TurnLeft ? 3 : 2;
    const int position = cur.row(); // insert before the current page
    ScanSettings scan = m_scanPanel->settings();
    scan.maxPages = 1;
    const QString device = m_scanPanel->device();
    const QString folder = m_profile.filePath(QStringLiteral("incoming/rescan-")) +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    auto work = [=, plugins = m_plugins](PageIntake& intake, std::atomic_bool& cancel) -> Result<qint64> {
        if (fromFile)
            return intake.addFile(file);
        if (!fromScanner)
            return intake.turned(page, turns);
        auto source = plugins->load<ScanSource>(QStringLiteral("scan"));
        if (!source)
            return source.error();
        QDir().mkpath(folder);
        auto captured = ScanCapture::capture(*source, device, scan, folder, cancel);
        const Result<qint64> added =
            !captured                    ? Result<qint64>(captured.error())
            : !captured->files.isEmpty() ? intake.addFile(captured->files.first())
            : captured->stoppedBy
                ? Result<qint64>(*captured->stoppedBy)
                : Result<qint64>(Error(QStringLiteral("scan_empty"),
                                       QT_TRANSLATE_NOOP("Dossier::Error", "The scanner gave no page.")));
        QDir(folder).removeRecursively(); // the page is in the profile's store now, or not at all
        return added;
    };
    auto place = [=, this](const Result<qint64>& r) {
        if (!r) {
            statusBar()->showMessage(r.error().message(), 10000);
            QMessageBox::warning(this, tr("Page"), r.error().message());
            return;
        }
        const bool insert = op == PageOp::InsertFile || op == PageOp::InsertScan;
        const QString why = fromFile || fromScanner ? QStringLiteral("rescanned") : QStringLiteral("turned");
        m_catalogue->runEdit(
            volume,
            [=, id = *r](CatalogueEditor* e) {
                return insert ? e->insertPage(id, document, position) : e->replacePage(page, id, why);
            },
            *r, document);
        statusBar()->showMessage(insert                    ? tr("Page inserted.")
                                 : fromFile || fromScanner ? tr("Page replaced; the old one is kept in the profile.")
                                                           : tr("Page turned."),
                                 8000);
    };
    if (!m_jobs->runPageJob(fromScanner ? tr("Scanning one sheet from %1…").arg(device) : tr("Processing the page…"),
                            work, place))
        statusBar()->showMessage(tr("Wait until the batch in progress is done."), 6000);
}

void MainWindow::buildDossierActions()
{
    auto* details = new QAction(tr("Case &details…"), this);
    details->setObjectName(QStringLiteral("caseDetails"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(details, &QAction::triggered, this, &MainWindow::editCaseDetails);
    auto* qc = new QAction(tr("&Quality check and submit…"), this);
    qc->setObjectName(QStringLiteral("qualityCheck"));
    qc->setShortcut(Qt::Key_F9);
    connect(qc, &QAction::triggered, this, &MainWindow::openQualityCheck);
    auto* assign = new QAction(tr("&Assign pages to a case…"), this);
    assign->setObjectName(QStringLiteral("assignToCase"));
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(assign, &QAction::triggered, this, &MainWindow::assignToCase);
    auto* menu = menuBar()->addMenu(tr("&Dossier"));
    menu->addActions({details, qc, assign});
    addActions({details, qc, assign});
    m_tree->addAction(assign);
    if (auto* tb = findChild<QToolBar*>(QStringLiteral("mainToolBar"))) {
        tb->addSeparator();
        tb->addActions({details, qc});
    }
}

void MainWindow::assignToCase()
{
    // The pages chosen under "Pages in no dossier"; that row itself stands for all of them.
    QList<qint64> pages;
    const QModelIndex root = m_model->unassignedRow();
    for (const QModelIndex& i : m_tree->selectionModel()->selectedRows(0)) {
        if (!i.data(DossierModel::UnassignedRole).toBool())
            continue;
        if (i == root)
            for (int r = 0; r < m_model->rowCount(root); ++r)
                pages << m_model->index(r, 0, root).data(DossierModel::PageIdRole).toLongLong();
        else
            pages << i.data(DossierModel::PageIdRole).toLongLong();
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    if (pages.isEmpty()) {
        statusBar()->showMessage(tr("Choose pages under “Pages in no dossier” first."), 6000);
        return;
    }
    bool ok = false;
    const QString entered =
        QInputDialog::getText(this, tr("Assign pages to a case"),
                              tr("The 案号 of the case these %1 pages belong to:").arg(pages.size()), QLineEdit::Normal,
                              QString(), &ok)
            .trimmed();
    if (!ok || entered.isEmpty())
        return;
    const auto cn = CaseNumber::parse(entered);
    if (!cn) {
        QMessageBox::warning(this, tr("Assign pages to a case"), cn.error().message());
        return;
    }
    const QString caseNo = cn->toString(); // as the tree shows it: （2024）…, not (2024)…
    auto* watcher = new QFutureWatcher<Result<int>>(this);
    connect(watcher, &QFutureWatcher<Result<int>>::finished, this, [this, watcher, first = pages.first(), caseNo] {
        const Result<int> r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            QMessageBox::warning(this, tr("Assign pages to a case"), r.error().message());
            return;
        }
        statusBar()->showMessage(tr("Pages assigned to %1: %2 documents.").arg(caseNo).arg(*r), 10000);
        m_browser->reloadKeeping(first, 0);
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [profile = m_profile, pages, caseNo, tmpl = m_settings.templateId,
                                         actor = m_settings.operatorOrUser()] {
            return assignPagesToCase(profile, pages, caseNo, tmpl, actor);
        }));
}

void MainWindow::editCaseDetails()
{
    QString caseNo, dossierId;
    if (!m_browser->currentDossier(&caseNo, &dossierId)) {
        statusBar()->showMessage(tr("Choose a dossier in the tree first."), 6000);
        return;
    }
    m_db->run(
        this,
        [profile = m_profile, caseNo, dossierId]() -> Result<CaseInfo> {
            auto v = Volume::load(profile, caseNo, dossierId);
            if (!v)
                return v.error();
            CaseInfo info = v->info;
            info.caseNo = caseNo;
            if (info.filedBy.isEmpty())
                info.filedBy = QualityCheck::operatorOf(profile, *v); // 立卷人: who digitised it, unless entered
            return info;
        },
        [this, caseNo](const Result<CaseInfo>& info) {
            if (!info) {
                QMessageBox::warning(this, tr("Case details"), info.error().message());
                return;
            }
            CaseInfoDialog dialog(*info, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_db->run(
                this,
                [profile = m_profile, caseNo, edited = dialog.info()] {
                    return Volume::saveCaseInfo(profile, caseNo, edited);
                },
                [this, caseNo](const Status& saved) {
                    if (!saved)
                        QMessageBox::warning(this, tr("Case details"), saved.error().message());
                    else
                        statusBar()->showMessage(tr("Case details of %1 saved.").arg(caseNo), 6000);
                });
        });
}

void MainWindow::openQualityCheck()
{
    QString caseNo, dossierId;
    if (!m_browser->currentDossier(&caseNo, &dossierId)) {
        statusBar()->showMessage(tr("Choose a dossier in the tree first."), 6000);
        return;
    }
    auto* dialog = new QcDialog(m_plugins, m_db, m_profile, m_settings, caseNo, dossierId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QcDialog::submitted, this, [this](const QString& package) {
        statusBar()->showMessage(tr("Submitted: %1").arg(package), 15000);
        m_browser->reloadKeeping(0, 0);
    });
    dialog->open();
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
    if (m_camera)
        m_camera->setCaptureFolder(m_profile.filePath(QStringLiteral("incoming/camera")));
}

void MainWindow::buildCamera()
{
    // The camera panel (and Qt Multimedia with it) is made the first time the dock is shown: start-up stays
    // fast and a desk without a camera never loads the media back end.
    auto* dock = new QDockWidget(tr("Document camera"), this);
    dock->setObjectName(QStringLiteral("cameraDock"));
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("showCamera"));
    toggle->setShortcut(Qt::Key_F6);
    if (QMenu* view = findChild<QMenu*>(QStringLiteral("viewMenu")))
        view->addAction(toggle);
    addAction(toggle);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || m_camera)
            return;
        m_camera = new CameraPanel(dock);
        dock->setWidget(m_camera);
        applySettings();
        connect(m_camera, &CameraPanel::caseShown, this, [this](const QString& caseNo) {
            m_scanPanel->setCaseNumber(caseNo);
            statusBar()->showMessage(tr("Case %1 chosen from its label.").arg(caseNo), 8000);
        });
        connect(m_camera, &CameraPanel::pageCaptured, this, [this](const QString& file) {
            // Stored and processed like a scanned page; the capture is removed once its master is in the profile.
            importPaths({file}, [file](const QStringList& failed) {
                if (!failed.contains(file))
                    QFile::remove(file);
            });
        });
    });
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
    m_sync->setCanStart([this] { return !jobRunning(); });
    connect(m_sync, &SyncController::runningChanged, this, [this](bool running) {
        setBusy(running);
        if (running)
            return;
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
    connect(m_sync, &SyncController::conflictCountChanged, this, [this](int count) {
        m_conflictsButton->setText(tr("%n sync conflict(s) to review", nullptr, count));
        m_conflictsButton->setVisible(count > 0);
    });
}

void MainWindow::refreshSyncState()
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    m_browser->reloadKeeping(cur.data(DossierModel::PageIdRole).toLongLong(),
                             cur.data(DossierModel::DocumentIdRole).toLongLong());
    m_sync->updateConflictCount();
}

void MainWindow::openSyncConflicts()
{
    if (auto* open = findChild<SyncConflictsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SyncConflictsDialog(
        m_db, m_profile, m_settings.operatorOrUser(),
        [this](qint64 volume) { return volume > 0 ? m_catalogue->editorFor(volume) : nullptr; }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncConflictsDialog::settled, this, &MainWindow::refreshSyncState);
    dialog->show();
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
