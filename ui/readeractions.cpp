// ReaderWindow, continued: its actions and docks, the notes on the pages, and what it exports.
#include "readernotes.h"
#include "readersearch.h"
#include "readerwindow.h"

#include "camerapanel.h"

#include "archive/sheetrenderer.h"
#include "common/workerpool.h"
#include "station/dbworker.h"
#include "station/hearingbundle.h"
#include "station/hearingoutline.h"
#include "station/notebook.h"
#include "synccontroller.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDockWidget>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QtConcurrent>

namespace Dossier {

namespace {

QAction* makeAction(QObject* parent, const QString& text, const QKeySequence& key, const char* name,
                    QStyle::StandardPixmap icon = QStyle::SP_CustomBase)
{
    auto* a = new QAction(text, parent);
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcut(key);
    if (icon != QStyle::SP_CustomBase)
        a->setIcon(QApplication::style()->standardIcon(icon));
    if (!key.isEmpty())
        a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

void ReaderWindow::buildActions()
{
    auto* open = makeAction(this, tr("Open case…"), QKeySequence::Open, "openCase", QStyle::SP_DialogOpenButton);
    connect(open, &QAction::triggered, this, &ReaderWindow::chooseCase);
    m_backAction = makeAction(this, tr("Back"), QKeySequence(Qt::ALT | Qt::Key_Left), "back", QStyle::SP_ArrowBack);
    connect(m_backAction, &QAction::triggered, this, &ReaderWindow::back);
    m_forwardAction =
        makeAction(this, tr("Forward"), QKeySequence(Qt::ALT | Qt::Key_Right), "forward", QStyle::SP_ArrowForward);
    connect(m_forwardAction, &QAction::triggered, this, &ReaderWindow::forward);
    auto* goTo = makeAction(this, tr("Go to page…"), QKeySequence(Qt::CTRL | Qt::Key_G), "goToPage");
    connect(goTo, &QAction::triggered, this, [this] {
        m_pageBox->setFocus();
        m_pageBox->selectAll();
    });
    auto* fitWidth = makeAction(this, tr("Fit width"), QKeySequence(Qt::CTRL | Qt::Key_1), "fitWidth");
    connect(fitWidth, &QAction::triggered, this, [this] { m_view->setFit(ReaderView::Fit::Width); });
    auto* fitPage = makeAction(this, tr("Fit page"), QKeySequence(Qt::CTRL | Qt::Key_2), "fitPage");
    connect(fitPage, &QAction::triggered, this, [this] { m_view->setFit(ReaderView::Fit::Page); });
    auto* zoomIn = makeAction(this, tr("Zoom in"), QKeySequence::ZoomIn, "zoomIn");
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.2); });
    auto* zoomOut = makeAction(this, tr("Zoom out"), QKeySequence::ZoomOut, "zoomOut");
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(1 / 1.2); });
    auto* rotate =
        makeAction(this, tr("Rotate"), QKeySequence(Qt::CTRL | Qt::Key_R), "rotate", QStyle::SP_BrowserReload);
    connect(rotate, &QAction::triggered, this, [this] { m_view->rotateBy(1); });
    auto* single = makeAction(this, tr("One page"), QKeySequence(Qt::CTRL | Qt::Key_3), "singlePage");
    single->setCheckable(true);
    connect(single, &QAction::toggled, this, [this](bool on) { m_view->setContinuous(!on); });
    auto* twoUp = makeAction(this, tr("Two pages"), QKeySequence(Qt::CTRL | Qt::Key_4), "twoUp");
    twoUp->setCheckable(true);
    connect(twoUp, &QAction::toggled, this, [this](bool on) { m_view->setTwoUp(on); });
    auto* bookmark = makeAction(this, tr("Bookmark"), QKeySequence(Qt::CTRL | Qt::Key_D), "bookmark");
    connect(bookmark, &QAction::triggered, this, &ReaderWindow::addBookmark);
    auto* outline = makeAction(this, tr("Hearing outline…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                               "exportOutline", QStyle::SP_FileDialogDetailedView);
    connect(outline, &QAction::triggered, this, [this] { exportOutline(); });
    auto* pages = makeAction(this, tr("Export pages…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), "exportPages",
                             QStyle::SP_DialogSaveButton);
    connect(pages, &QAction::triggered, this, [this] { exportPages(); });
    auto* print = makeAction(this, tr("Print pages…"), QKeySequence::Print, "printPages");
    connect(print, &QAction::triggered, this, &ReaderWindow::printPages);
    auto* close = makeAction(this, tr("Close"), QKeySequence::Close, "closeReader");
    connect(close, &QAction::triggered, this, &QWidget::close);

    const QList<QAction*> search = m_search->actions();
    const QList<QAction*> sync = m_sync->actions(); // F8, Ctrl+Shift+F8
    auto* caseMenu = menuBar()->addMenu(tr("&Case"));
    caseMenu->addActions({open, m_cameraToggle, outline, pages, print});
    caseMenu->addAction(paperAction()); // where the case's paper is; ask the warehouse for it
    caseMenu->addSeparator();
    caseMenu->addAction(sync.value(0));
    caseMenu->addSeparator();
    caseMenu->addAction(close);
    addActions(sync);
    menuBar()->addMenu(tr("&View"))->addActions({fitWidth, fitPage, zoomIn, zoomOut, rotate, single, twoUp});
    menuBar()->addMenu(tr("&Go"))->addActions({m_backAction, m_forwardAction, goTo, bookmark});
    menuBar()->addMenu(tr("&Search"))->addActions(search);
    addActions({print, open, m_backAction, m_forwardAction, goTo, fitWidth, fitPage, zoomIn, zoomOut, rotate, single,
                twoUp, bookmark, outline, pages, close});
    addActions(search);

    auto* bar = addToolBar(tr("Reader"));
    bar->setObjectName(QStringLiteral("readerToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({open, m_backAction, m_forwardAction});
    bar->addSeparator();
    m_pageBox = new QLineEdit(bar);
    m_pageBox->setObjectName(QStringLiteral("pageBox"));
    m_pageBox->setFixedWidth(64);
    m_pageBox->setAlignment(Qt::AlignRight);
    m_pageBox->setToolTip(
        tr("Go to a page of the volume (Ctrl+G): its number, or volume-page such as 2-15 when the case "
           "has several volumes"));
    bar->addWidget(m_pageBox);
    m_pageCount = new QLabel(bar);
    m_pageCount->setObjectName(QStringLiteral("pageCount"));
    bar->addWidget(m_pageCount);
    connect(m_pageBox, &QLineEdit::returnPressed, this, [this] { goToPage(m_pageBox->text()); });
    bar->addSeparator();
    bar->addActions({fitWidth, fitPage, zoomOut, zoomIn, rotate, single, twoUp});
    bar->addSeparator();
    bar->addActions({bookmark, outline, pages});
    bar->addSeparator();
    bar->addAction(sync.value(0));
}

void ReaderWindow::buildDocks()
{
    auto* left = new QTabWidget(this);
    left->setObjectName(QStringLiteral("readerLeftTabs"));
    m_outline = new QTreeWidget(left);
    m_outline->setObjectName(QStringLiteral("readerOutline"));
    m_outline->setHeaderLabels({tr("Catalogue"), tr("Pages")});
    m_outline->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_outline->header()->setStretchLastSection(false);
    connect(m_outline, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem* item) { jumpToSheet(item->data(0, Qt::UserRole).toInt()); });
    connect(m_outline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { jumpToSheet(item->data(0, Qt::UserRole).toInt()); });
    left->addTab(m_outline, tr("Outline"));
    m_thumbs = new QListWidget(left);
    m_thumbs->setObjectName(QStringLiteral("readerThumbnails"));
    m_thumbs->setViewMode(QListView::IconMode);
    m_thumbs->setIconSize(QSize(120, 170));
    m_thumbs->setResizeMode(QListView::Adjust);
    m_thumbs->setMovement(QListView::Static);
    m_thumbs->setUniformItemSizes(true);
    connect(m_thumbs, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { jumpToSheet(m_thumbs->row(item)); });
    connect(m_thumbs->verticalScrollBar(), &QScrollBar::valueChanged, this, &ReaderWindow::requestVisibleThumbnails);
    connect(left, &QTabWidget::currentChanged, this, &ReaderWindow::requestVisibleThumbnails);
    left->addTab(m_thumbs, tr("Thumbnails"));
    m_bookmarks = new QListWidget(left);
    m_bookmarks->setObjectName(QStringLiteral("readerBookmarks"));
    connect(m_bookmarks, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { jumpToSheet(item->data(Qt::UserRole).toInt()); });
    left->addTab(m_bookmarks, tr("Bookmarks"));
    auto* leftDock = new QDockWidget(tr("Volume"), this);
    leftDock->setObjectName(QStringLiteral("readerVolumeDock"));
    leftDock->setWidget(left);
    leftDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, leftDock);

    auto* right = new QTabWidget(this);
    right->setObjectName(QStringLiteral("readerRightTabs"));
    m_search = new ReaderSearchPanel(m_profile, m_worker, right);
    m_notes = new ReaderNotesPanel(m_profile, m_worker, right);
    right->addTab(m_search, tr("Search"));
    right->addTab(m_notes, tr("Notes"));
    auto* rightDock = new QDockWidget(tr("Search and notes"), this);
    rightDock->setObjectName(QStringLiteral("readerNotesDock"));
    rightDock->setWidget(right);
    rightDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, rightDock);
    resizeDocks({leftDock, rightDock}, {250, 430}, Qt::Horizontal);
    connect(m_notes, &ReaderNotesPanel::changed, this, &ReaderWindow::reloadNotes);
    connect(m_notes, &ReaderNotesPanel::failed, this, [this](const QString& text) { message(text, 10000); });
    connect(m_notes, &ReaderNotesPanel::jumpTo, this,
            [this](qint64 pageId, const QRect& box) { showHit(m_caseNo, pageId, box); });
    connect(m_search, &ReaderSearchPanel::marksChanged, this, &ReaderWindow::updateMarks);
    connect(m_search, &ReaderSearchPanel::shown, this, [right, this] { right->setCurrentWidget(m_search); });
    connect(m_search, &ReaderSearchPanel::hitChosen, this, &ReaderWindow::showHit);
    buildCameraDock();
}

// F6: the case label (一案一码) shown to the document camera opens the case. The camera panel (and Qt Multimedia
// with it) is made the first time the dock is shown.
void ReaderWindow::buildCameraDock()
{
    auto* dock = new QDockWidget(tr("Open by the case label (camera)"), this);
    dock->setObjectName(QStringLiteral("readerCameraDock"));
    QAction* toggle = dock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("readerShowCamera"));
    toggle->setShortcut(Qt::Key_F6);
    addAction(toggle);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || dock->widget())
            return;
        auto* camera = new CameraPanel(dock);
        dock->setWidget(camera);
        connect(camera, &CameraPanel::caseShown, this, [this, dock](const QString& caseNo) {
            if (caseNo == m_caseNo || isBusy())
                return; // the label is still in front of the camera, or the case is opening
            dock->hide();
            openCase(caseNo);
        });
    });
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    m_cameraToggle = toggle;
}

void ReaderWindow::showHit(const QString& caseNo, qint64 pageId, const QRect& box)
{
    if (caseNo != m_caseNo) {
        // a hit in another of the judge's cases: that case opens at the hit
        disconnect(m_pendingHit);
        m_pendingHitCase = caseNo;
        m_pendingHit =
            connect(this, &ReaderWindow::caseOpened, this, [this, caseNo, pageId, box](const QString& opened) {
                disconnect(m_pendingHit);
                if (opened == caseNo)
                    showHit(caseNo, pageId, box);
            });
        return openCase(caseNo);
    }
    const int sheet = m_volume ? m_volume->sheetOfPage(pageId) : -1;
    if (sheet < 0)
        return message(tr("That page is no longer in the volume."));
    jumpToSheet(sheet, m_volume->toMm(sheet, box));
}

void ReaderWindow::reloadNotes()
{
    if (m_caseNo.isEmpty())
        return;
    m_worker->run(
        this,
        [profile = m_profile, author = m_author, caseNo = m_caseNo] { return NoteBook(profile, author).list(caseNo); },
        [this, caseNo = m_caseNo](const Result<QList<Note>>& notes) {
            if (caseNo != m_caseNo)
                return; // another case opened meanwhile
            if (!notes)
                return message(notes.error().message(), 10000);
            m_notes->setNotes(*notes);
            m_bookmarks->clear();
            for (const Note& n : *notes)
                if (n.kind == Note::Kind::Bookmark && m_volume->sheetOfPage(n.pageId) >= 0) {
                    const int sheet = m_volume->sheetOfPage(n.pageId);
                    auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(m_volume->sheetName(sheet), n.text),
                                                     m_bookmarks);
                    item->setData(Qt::UserRole, sheet);
                }
            updateMarks();
            Q_EMIT notesReloaded();
        });
}

// The search hits and the annotations, as marks on the sheets (OCR pixels → page millimetres).
void ReaderWindow::updateMarks()
{
    if (!m_volume)
        return;
    QList<ReaderView::Mark> marks = m_search->marks();
    for (const Note& n : m_notes->notes()) {
        const int sheet = n.isAnnotation() ? m_volume->sheetOfPage(n.pageId) : -1;
        if (sheet < 0)
            continue;
        ReaderView::Mark m;
        m.sheet = sheet;
        m.uid = n.uid;
        m.colour = noteColour(n.colour);
        const QSizeF size = m_volume->sheets.at(sheet).size;
        m.rect = n.box.isNull() ? QRectF(size.width() - 16, 4, 12, 9) : m_volume->toMm(sheet, n.box);
        m.style = n.kind == Note::Kind::Highlight ? ReaderView::Mark::Style::Highlight
                  : n.kind == Note::Kind::Box     ? ReaderView::Mark::Style::Box
                                                  : ReaderView::Mark::Style::Comment;
        if (n.kind == Note::Kind::Comment && !n.box.isNull())
            m.style = ReaderView::Mark::Style::Box;
        marks << m;
    }
    m_view->setMarks(marks);
}

void ReaderWindow::regionChosen(int sheet, const QRectF& mm, const QPoint& globalPos)
{
    if (!m_volume || m_volume->sheets.at(sheet).pageId <= 0) {
        message(tr("Notes go on the scanned pages; this sheet is made by the desk."));
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("regionMenu"));
    const struct
    {
        Note::Kind kind;
        const char* label;
        const char* name;
    } kinds[] = {{Note::Kind::Highlight, QT_TR_NOOP("Highlight"), "regionHighlight"},
                 {Note::Kind::Box, QT_TR_NOOP("Box"), "regionBox"},
                 {Note::Kind::Comment, QT_TR_NOOP("Comment…"), "regionComment"}};
    for (const auto& k : kinds) {
        QAction* a = menu.addAction(tr(k.label));
        a->setObjectName(QString::fromLatin1(k.name));
        connect(a, &QAction::triggered, this, [this, sheet, mm, kind = k.kind] { annotate(sheet, mm, int(kind)); });
    }
    menu.addSeparator();
    QAction* copy = menu.addAction(tr("Copy the text"));
    connect(copy, &QAction::triggered, this, [this, sheet, mm] {
        withPage(sheet, [px = m_volume->toPixels(sheet, mm)](const VolumePage& page) {
            QApplication::clipboard()->setText(NoteBook::textIn(page.ocr, px));
        });
    });
    menu.exec(globalPos);
}

void ReaderWindow::withPage(int sheet, const std::function<void(const VolumePage&)>& use)
{
    const qint64 pageId = m_volume->sheets.at(sheet).pageId;
    m_worker->run(
        this, [profile = m_profile, pageId] { return Volume::page(profile, pageId); },
        [this, use, volume = m_volume](const Result<VolumePage>& page) {
            if (volume != m_volume)
                return; // another case opened meanwhile
            if (!page)
                return message(page.error().message(), 10000);
            use(*page);
        });
}

void ReaderWindow::annotate(int sheet, const QRectF& mm, int kind)
{
    withPage(sheet, [this, px = m_volume->toPixels(sheet, mm), kind](const VolumePage& page) {
        Note n;
        n.caseNo = m_caseNo;
        n.kind = Note::Kind(kind);
        n.pageId = page.id;
        n.box = n.kind == Note::Kind::Highlight ? NoteBook::snapToText(page.ocr, px) : px;
        n.quote = NoteBook::textIn(page.ocr, n.box).left(4000);
        if (n.kind == Note::Kind::Comment) {
            n.colour = QStringLiteral("orange");
            NoteDialog dialog(n, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            n = dialog.note();
        }
        m_notes->addNote(n);
    });
}

void ReaderWindow::addBookmark()
{
    const int sheet = m_view->currentSheet();
    if (!m_volume || m_volume->sheets.value(sheet).pageId <= 0)
        return message(tr("Bookmarks go on the scanned pages."));
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Bookmark"), tr("Name of the bookmark:"), QLineEdit::Normal,
                                               m_volume->sheetName(sheet), &ok);
    if (!ok)
        return;
    Note n;
    n.caseNo = m_caseNo;
    n.kind = Note::Kind::Bookmark;
    n.pageId = m_volume->sheets.at(sheet).pageId;
    n.text = text.trimmed();
    n.colour = QStringLiteral("blue");
    m_notes->addNote(n);
}

void ReaderWindow::exportOutline(const QString& chosenPath)
{
    if (m_caseNo.isEmpty())
        return;
    QString path = chosenPath;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Hearing outline"), tr("庭审提纲 %1.odt").arg(m_caseNo),
                                            tr("Document (*.odt);;PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    m_worker->run(
        this,
        [profile = m_profile, author = m_author, caseNo = m_caseNo, path] {
            auto outline = HearingOutline::build(profile, caseNo, author);
            if (!outline)
                return Status(outline.error());
            return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? outline->writePdf(path)
                                                                             : outline->writeOdt(path);
        },
        [this, path](const Status& s) {
            message(s ? tr("Wrote %1.").arg(path) : s.error().message(), 10000);
            Q_EMIT exported(path, s.ok());
        });
}

QList<int> ReaderWindow::sheetsOf(const QString& range) const
{
    QList<int> out;
    if (!m_volume)
        return out;
    if (range.trimmed().isEmpty())
        return {m_view->currentSheet()};
    const int current = m_volume->placeOf(m_view->currentSheet()).volume;
    static const QRegularExpression form(QStringLiteral("^(?:(\\d{1,4})[:：])?(\\d{1,6})(?:[-–—~～](\\d{1,6}))?$"));
    for (const QString& part : range.split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = form.match(part); // "8", "1-5", and "2:1-5" for pages of the 2nd volume
        if (!m.hasMatch())
            return {};
        const int volume = m.captured(1).isEmpty() ? current : m.captured(1).toInt() - 1;
        const int a = m.captured(2).toInt();
        const int b = m.captured(3).isEmpty() ? a : m.captured(3).toInt();
        for (int n = std::min(a, b); n <= std::max(a, b) && n - std::min(a, b) < 5000; ++n)
            if (const int s = m_volume->sheetOfPlace({volume, n}); s >= 0 && !out.contains(s))
                out << s;
    }
    return out;
}

void ReaderWindow::exportPages(const QString& chosenRange, const QString& chosenPath)
{
    if (!m_volume)
        return;
    QString range = chosenRange;
    if (range.isEmpty() && chosenPath.isEmpty()) {
        bool ok = false;
        range =
            QInputDialog::getText(this, tr("Export pages"), pagesPrompt(), QLineEdit::Normal, currentPageText(), &ok);
        if (!ok)
            return;
    }
    const QList<int> sheets = sheetsOf(range);
    if (sheets.isEmpty())
        return message(tr("No page of the volume matches \"%1\".").arg(range));
    QString path = chosenPath;
    if (path.isEmpty())
        path =
            QFileDialog::getSaveFileName(this, tr("Export pages"), tr("%1 pages.pdf").arg(m_caseNo), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    message(tr("Writing %n page(s)…", nullptr, int(sheets.size())), 0);
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const Status s = watcher->result();
        message(s ? tr("Wrote %1.").arg(path) : s.error().message(), 10000);
        Q_EMIT exported(path, s.ok());
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [volume = m_volume, sheets, path] { return writeSheetsPdf(*volume, sheets, path); }));
}

QString ReaderWindow::pagesPrompt() const
{
    return m_volume && m_volume->volumes.volumes.size() > 1
               ? tr("Pages of this volume (e.g. 1-5, 8), or of another with its number first (2:1-5):")
               : tr("Pages of the volume (e.g. 1-5, 8):");
}

QString ReaderWindow::currentPageText() const
{
    const int n = m_volume ? m_volume->placeOf(m_view->currentSheet()).number : 0;
    return n > 0 ? QString::number(n) : QString();
}

void ReaderWindow::printPages()
{
    if (!m_volume)
        return;
    bool ok = false;
    const QString range =
        QInputDialog::getText(this, tr("Print pages"), pagesPrompt(), QLineEdit::Normal, currentPageText(), &ok);
    const QList<int> sheets = ok ? sheetsOf(range) : QList<int>();
    if (!ok)
        return;
    if (sheets.isEmpty())
        return message(tr("No page of the volume matches \"%1\".").arg(range));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    message(tr("Printing %n page(s)…", nullptr, int(sheets.size())), 0);
    // painted on a worker straight onto the printer, one page at a time (QPainter may paint a QPrinter in a thread)
    auto* watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher, printer] {
        watcher->deleteLater();
        const int printed = watcher->result();
        message(printed > 0 ? tr("Sent %n page(s) to the printer.", nullptr, printed)
                            : tr("The printer did not take the pages."),
                10000);
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [volume = m_volume, sheets, printer] {
        QPainter painter;
        int printed = 0;
        for (int s : sheets) {
            if (printed == 0 ? !painter.begin(printer.get()) : !printer->newPage())
                return 0;
            const QImage image =
                SheetRenderer::render(volume->document, s, int(volume->sheets.at(s).size.width() / 25.4 * 200));
            const QRect page = painter.viewport();
            painter.drawImage(QRect(page.topLeft(), image.size().scaled(page.size(), Qt::KeepAspectRatio)), image);
            ++printed;
        }
        painter.end();
        return printed;
    }));
}

} // namespace Dossier
