#include "mainwindow.h"

#include "common/i18n.h"
#include "dossiermodel.h"
#include "pipeline/batchrunner.h"
#include "plugin/pluginhost.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QtConcurrent>

namespace Dossier {

MainWindow::MainWindow(const QString& profileDir, QWidget* parent)
    : QMainWindow(parent),
      m_profileDir(profileDir.isEmpty() ? BatchRunner::defaultProfileDir() : profileDir),
      m_plugins(new PluginHost(this)),
      m_model(new DossierModel(this)),
      m_tree(new QTreeView(this)),
      m_image(new QLabel(this)),
      m_text(new QPlainTextEdit(this)),
      m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dossier Workstation"));
    m_plugins->scan();

    m_tree->setObjectName(QStringLiteral("dossierTree"));
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumWidth(380);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { showPage(current); });

    m_image->setObjectName(QStringLiteral("pageImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(320, 420);
    m_image->setText(tr("Select a page to see it here."));
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("pageScroll"));
    m_scroll->setWidget(m_image);
    m_scroll->setWidgetResizable(true);
    m_scroll->viewport()->installEventFilter(this);
    m_text->setObjectName(QStringLiteral("pageText"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Recognised text of the page"));

    auto* right = new QSplitter(Qt::Horizontal, this);
    right->addWidget(m_scroll);
    right->addWidget(m_text);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({480, 800});
    right->setSizes({480, 320});
    setCentralWidget(split);

    m_importFiles = new QAction(tr("Import &files…"), this);
    m_importFiles->setObjectName(QStringLiteral("importFiles"));
    m_importFiles->setShortcut(QKeySequence::Open);
    connect(m_importFiles, &QAction::triggered, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(
            this, tr("Import scanned pages"), QString(),
            tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
        if (!files.isEmpty())
            importPaths(files);
    });
    m_importFolder = new QAction(tr("Import f&older…"), this);
    m_importFolder->setObjectName(QStringLiteral("importFolder"));
    m_importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_importFolder, &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a folder of scanned pages"));
        if (!dir.isEmpty())
            importPaths({dir});
    });
    m_cancel = new QAction(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] { m_cancelFlag.store(true); });
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
    fileMenu->addAction(quit);

    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setMaximumWidth(260);
    m_progress->setVisible(false);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->showMessage(tr("Profile: %1").arg(m_profileDir));

    m_model->reload(m_profileDir);
    m_tree->expandToDepth(0);
    selectFirstPage();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    m_cancelFlag.store(true);
    QThreadPool::globalInstance()->waitForDone();
}

void MainWindow::selectFirstPage()
{
    const QModelIndex dossier = m_model->index(0, 0);
    const QModelIndex document = m_model->index(0, 0, dossier);
    const QModelIndex page = m_model->index(0, 0, document);
    if (page.isValid()) {
        m_tree->expand(document);
        m_tree->setCurrentIndex(page);
    }
}

void MainWindow::setBusy(bool busy)
{
    m_importFiles->setEnabled(!busy);
    m_importFolder->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
}

void MainWindow::importPaths(const QStringList& paths)
{
    setBusy(true);
    m_cancelFlag.store(false);
    m_progress->setRange(0, 0);
    statusBar()->showMessage(tr("Storing pages…"));
    auto* runner = new BatchRunner(m_plugins);
    runner->moveToThread(nullptr);
    connect(runner, &BatchRunner::pageProcessed, this, [this](int done, int total, const QString& source) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        statusBar()->showMessage(tr("Processed %1 of %2: %3").arg(done).arg(total).arg(source));
    }, Qt::QueuedConnection);
    BatchOptions o;
    o.profileDir = m_profileDir;
    o.jobs = std::max(1, QThread::idealThreadCount());
    o.inputs = paths;
    auto* watcher = new QFutureWatcher<Result<BatchSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<BatchSummary>>::finished, this, [this, watcher, runner] {
        const Result<BatchSummary> r = watcher->result();
        watcher->deleteLater();
        delete runner;
        setBusy(false);
        m_model->reload(m_profileDir);
        m_tree->expandToDepth(0);
        if (!r) {
            statusBar()->showMessage(r.error().message());
            QMessageBox::warning(this, tr("Import"), r.error().message());
            return;
        }
        statusBar()->showMessage(tr("%1 pages imported, %2 failed, in %3 s.")
                                     .arg(r->pages)
                                     .arg(r->failed)
                                     .arg(r->seconds, 0, 'f', 1));
        if (r->failed > 0) {
            QStringList lines;
            for (const QJsonValue& v : r->report.value(QStringLiteral("pages")).toArray()) {
                const QJsonObject p = v.toObject();
                if (p.value(QStringLiteral("status")).toString() == QLatin1String("error"))
                    lines << p.value(QStringLiteral("source")).toString() + QStringLiteral(": ")
                                 + p.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            }
            QMessageBox::warning(this, tr("Import"),
                                 tr("Some inputs could not be processed; the rest were kept:\n\n%1")
                                     .arg(lines.join(QLatin1Char('\n'))));
        }
    });
    watcher->setFuture(QtConcurrent::run([runner, o, this] { return runner->run(o, m_cancelFlag); }));
}

void MainWindow::showPage(const QModelIndex& index)
{
    const QModelIndex first = index.siblingAtColumn(0);
    const QString path = first.data(DossierModel::MasterPathRole).toString();
    if (path.isEmpty())
        return;
    m_currentPage = path;
    showImage();
    m_text->setPlainText(first.data(DossierModel::TextRole).toString());
}

void MainWindow::showImage()
{
    if (m_currentPage.isEmpty())
        return;
    QImageReader reader(m_currentPage);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    // fit the page to the viewer's width (the whole width of the sheet is what a clerk checks first)
    const int width = std::max(200, m_scroll->viewport()->width() - 8);
    if (size.isValid())
        reader.setScaledSize(size.scaled(width, 100000, Qt::KeepAspectRatio));
    m_image->setPixmap(QPixmap::fromImage(reader.read()));
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && !m_currentPage.isEmpty()
        && m_image->pixmap().width() != std::max(200, m_scroll->viewport()->width() - 8))
        QTimer::singleShot(0, this, &MainWindow::showImage);
    return QMainWindow::eventFilter(watched, event);
}

} // namespace Dossier
