#include "readerwindow.h"

#include "opencasedialog.h"
#include "readernotes.h"
#include "readersearch.h"
#include "station/dbworker.h"
#include "station/notebook.h"
#include "stationsettings.h"
#include "storage/caselist.h"
#include "synccontroller.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace Dossier {

ReaderWindow::ReaderWindow(Profile profile, QWidget* parent)
    : QMainWindow(parent), m_profile(std::move(profile)), m_worker(new DbWorker(this)),
      m_cache(new SheetCache(m_profile.filePath(QStringLiteral("cache/sheets")), this)),
      m_view(new ReaderView(m_cache, this))
{
    setObjectName(QStringLiteral("readerWindow"));
    setWindowTitle(tr("Dossier reader"));
    resize(1400, 900);
    setCentralWidget(m_view);
    buildDocks();
    buildSync();
    buildActions();
    connect(m_view, &ReaderView::currentSheetChanged, this, &ReaderWindow::sheetChanged);
    connect(m_view, &ReaderView::regionSelected, this, &ReaderWindow::regionChosen);
    connect(m_view, &ReaderView::markClicked, this, [this](const QString& uid) {
        m_view->setSelectedMark(uid);
        m_notes->selectNote(uid);
    });
    connect(m_cache, &SheetCache::ready, this, [this](int sheet, int width) {
        if (width == SheetCache::bucket(120) && m_thumbs && sheet < m_thumbs->count())
            m_thumbs->item(sheet)->setIcon(QPixmap::fromImage(m_cache->image(sheet, width)));
    });
    m_worker->run(
        this, [profile = m_profile] { return NoteBook::authorFor(profile); },
        [this](const Result<QString>& author) {
            m_author = author ? *author : QStringLiteral("local");
            m_notes->setAuthor(m_author);
            m_search->setAuthor(m_author);
        });
    statusBar()->showMessage(tr("Open a case with Ctrl+O, or scan its label."));
}

ReaderWindow::~ReaderWindow()
{
    m_cache->cancelPending();
    m_worker->waitForDone();
}

bool ReaderWindow::isBusy() const
{
    return m_loading > 0 || !m_worker->isIdle() || isSyncing();
}

void ReaderWindow::buildSync()
{
    // F8 here as in the clerk's window: the judge's cases arrive, their notes go to their other desks
    m_sync = new SyncController(
        m_profile, m_worker, this, [profile = m_profile] { return StationSettings::load(profile); }, this);
    m_sync->setCanStart([this] { return m_loading == 0; });
    connect(m_sync, &SyncController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncController::problem, this,
            [this](const QString& title, const QString& text) { QMessageBox::warning(this, title, text); });
    connect(m_sync, &SyncController::signedIn, this, [this](const SyncAccount& account) {
        m_author = account.user; // notes from now on are this user's
        m_notes->setAuthor(m_author);
        m_search->setAuthor(m_author);
    });
    connect(m_sync, &SyncController::runningChanged, this, [this](bool running) {
        if (!running && m_closeAfterSync)
            return static_cast<void>(QTimer::singleShot(0, this, &QWidget::close)); // asked to close meanwhile
        if (!running && !m_caseNo.isEmpty())
            openCase(m_caseNo); // the case as it is now (the clerk may have catalogued it again), notes included
    });
}

void ReaderWindow::closeEvent(QCloseEvent* event)
{
    // a sync runs on a worker with this window's controller: it is cancelled, and the window closes when it ends
    if (isSyncing()) {
        m_sync->cancel();
        m_closeAfterSync = true;
        message(tr("Stopping the sync; the reader closes when it has stopped."), 0);
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

bool ReaderWindow::isSyncing() const
{
    return m_sync && m_sync->isRunning();
}

void ReaderWindow::message(const QString& text, int ms)
{
    statusBar()->showMessage(text, ms);
}

void ReaderWindow::chooseCase()
{
    ++m_loading;
    m_worker->run(
        this, [profile = m_profile, author = m_author] { return CaseSummary::readAll(profile.database(), author); },
        [this](const Result<QList<CaseSummary>>& cases) {
            --m_loading;
            if (!cases)
                return message(cases.error().message());
            OpenCaseDialog dialog(*cases, this);
            if (dialog.exec() == QDialog::Accepted)
                openCase(dialog.chosenCase());
        });
}

void ReaderWindow::openCase(const QString& caseNo)
{
    const QString wanted = OpenCaseDialog::caseFromInput(caseNo);
    if (wanted.isEmpty())
        return;
    if (wanted != m_pendingHitCase)
        disconnect(m_pendingHit); // a hit of another case waited for that case, not this one
    ++m_loading;
    message(tr("Opening %1…").arg(wanted), 0);
    m_worker->run(
        this,
        [profile = m_profile, wanted] {
            const std::atomic_bool cancel{false};
            auto volumes = NoteBook::volumes(profile, wanted); // the 副卷 only for those who may read it
            return volumes ? BoundVolume::bind(std::move(*volumes), cancel) : Result<BoundVolume>(volumes.error());
        },
        [this, wanted](const Result<BoundVolume>& bound) {
            --m_loading;
            if (!bound) {
                message(QString());
                QMessageBox::warning(this, tr("Open a case"),
                                     tr("Case %1 cannot be opened: %2").arg(wanted, bound.error().message()));
                return;
            }
            const bool again = wanted == m_caseNo;
            const qint64 keepPage = again && m_volume ? m_volume->sheets.value(m_view->currentSheet()).pageId : 0;
            const int keepSheet = m_view->currentSheet();
            m_caseNo = wanted;
            showVolume(std::make_shared<const BoundVolume>(*bound));
            if (again) // opened again after a sync: the reader stays where they were
                m_view->goToSheet(keepPage > 0 ? std::max(0, m_volume->sheetOfPage(keepPage)) : keepSheet);
            Q_EMIT caseOpened(wanted);
        });
}

void ReaderWindow::showVolume(std::shared_ptr<const BoundVolume> volume)
{
    m_volume = std::move(volume);
    m_back.clear();
    m_forward.clear();
    m_cache->setVolume(m_volume);
    m_view->setVolume(m_volume);
    m_notes->setCase(m_caseNo, m_volume);
    m_search->setCase(m_caseNo, m_volume);
    setWindowTitle(tr("%1 — Dossier reader").arg(m_caseNo));
    fillOutline();
    fillThumbnails();
    sheetChanged(0);
    m_cache->warm(m_view->currentPictureWidth()); // the whole volume on disk while the judge reads
    reloadNotes();
    message(m_volume->volumes.volumes.size() > 1 ? tr("%1: %2 pages, %3 documents in %4 volumes")
                                                       .arg(m_caseNo)
                                                       .arg(m_volume->volumes.numberedPages())
                                                       .arg(m_volume->volumes.documentCount())
                                                       .arg(m_volume->volumes.volumes.size())
                                                 : tr("%1: %2 pages, %3 documents")
                                                       .arg(m_caseNo)
                                                       .arg(m_volume->volumes.numberedPages())
                                                       .arg(m_volume->volumes.documentCount()));
    m_view->setFocus();
}

void ReaderWindow::fillOutline()
{
    m_outline->clear();
    QList<QTreeWidgetItem*> last; // the last item of each level: a deeper entry is its child (卷 → 卷内目录 → rows)
    for (const BoundVolume::OutlineEntry& e : m_volume->outline) {
        const QString pages = e.firstPage <= 0            ? QString()
                              : e.firstPage == e.lastPage ? QString::number(e.firstPage)
                                                          : QStringLiteral("%1–%2").arg(e.firstPage).arg(e.lastPage);
        QTreeWidgetItem* parent = e.level > 0 && e.level <= last.size() ? last.at(e.level - 1) : nullptr;
        auto* item =
            parent ? new QTreeWidgetItem(parent, {e.title, pages}) : new QTreeWidgetItem(m_outline, {e.title, pages});
        item->setData(0, Qt::UserRole, e.sheet);
        item->setToolTip(0, e.title);
        last.resize(std::min(int(last.size()), e.level));
        last << item;
    }
    m_outline->expandAll();
}

void ReaderWindow::fillThumbnails()
{
    m_thumbs->clear();
    QPixmap blank(120, 170);
    blank.fill(QColor(0xee, 0xee, 0xee));
    for (int i = 0; i < m_volume->sheets.size(); ++i)
        new QListWidgetItem(QIcon(blank), m_volume->sheetName(i), m_thumbs);
    QTimer::singleShot(0, this, &ReaderWindow::requestVisibleThumbnails);
}

void ReaderWindow::requestVisibleThumbnails()
{
    if (!m_volume || !m_thumbs->isVisible())
        return;
    QList<int> sheets;
    const QRect area = m_thumbs->viewport()->rect();
    for (int i = 0; i < m_thumbs->count(); ++i)
        if (m_thumbs->visualItemRect(m_thumbs->item(i)).intersects(area))
            sheets << i;
    const int width = SheetCache::bucket(120);
    for (int s : std::as_const(sheets)) {
        const QImage ready = m_cache->image(s, width); // asks for it when not ready yet
        if (!ready.isNull())
            m_thumbs->item(s)->setIcon(QPixmap::fromImage(ready));
    }
}

void ReaderWindow::sheetChanged(int sheet)
{
    if (!m_volume)
        return;
    const BoundVolume::Sheet& s = m_volume->sheets.value(sheet);
    const CaseVolumes& volumes = m_volume->volumes;
    m_pageBox->setText(s.number > 0 ? volumes.placeText({s.part, s.number}) : s.label);
    const int count = volumes.volumes.value(s.part).numberedPages();
    m_pageCount->setText(volumes.volumes.size() > 1 ? tr("/ %1 · %2").arg(count).arg(volumes.names.value(s.part))
                                                    : tr("/ %1").arg(count));
    m_notes->setCurrentSheet(sheet);
    // the outline follows: the last entry starting at or before the sheet
    QTreeWidgetItemIterator it(m_outline);
    QTreeWidgetItem* best = nullptr;
    for (; *it; ++it)
        if ((*it)->data(0, Qt::UserRole).toInt() <= sheet)
            best = *it;
    if (best) {
        const QSignalBlocker quiet(m_outline);
        m_outline->setCurrentItem(best);
    }
    if (m_thumbs && sheet < m_thumbs->count()) {
        const QSignalBlocker quiet(m_thumbs);
        m_thumbs->setCurrentRow(sheet);
    }
}

void ReaderWindow::jumpToSheet(int sheet, const QRectF& focus)
{
    if (!m_volume || sheet < 0 || sheet >= m_volume->sheets.size())
        return;
    if (m_back.isEmpty() || m_back.last() != m_view->currentSheet())
        m_back << m_view->currentSheet();
    m_forward.clear();
    m_view->goToSheet(sheet, focus);
    m_view->setFocus();
}

bool ReaderWindow::goToPage(const QString& typed)
{
    if (!m_volume)
        return false;
    const auto place = CaseVolumes::parsePlace(typed, m_volume->placeOf(m_view->currentSheet()).volume);
    const int sheet = place ? m_volume->sheetOfPlace(*place) : -1;
    if (sheet < 0) {
        message(tr("The case has no page %1.").arg(typed.trimmed()));
        return false;
    }
    jumpToSheet(sheet);
    return true;
}

void ReaderWindow::back()
{
    if (m_back.isEmpty())
        return;
    m_forward << m_view->currentSheet();
    m_view->goToSheet(m_back.takeLast());
}

void ReaderWindow::forward()
{
    if (m_forward.isEmpty())
        return;
    m_back << m_view->currentSheet();
    m_view->goToSheet(m_forward.takeLast());
}

} // namespace Dossier
