#include "dossierbrowser.h"

#include "archive/volume.h"
#include "common/workerpool.h"
#include "dossiermodel.h"
#include "pageview.h"
#include "pipeline/templatelibrary.h"
#include "station/dbworker.h"
#include "storage/cataloguesnapshot.h"

#include <QAction>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTreeView>
#include <QtConcurrent>

namespace Dossier {
namespace {

// The tree as the DB worker reads it: the catalogue, and the template each dossier names (the version this desk
// uses: a template published since the dossier was catalogued names its types).
struct TreeRead
{
    Result<CatalogueSnapshot> snapshot = Error();
    QHash<QString, CatalogueTemplate> templates;
};

TreeRead readTree(const Profile& profile)
{
    TreeRead out{CatalogueSnapshot::read(profile.database()), {}};
    if (!out.snapshot)
        return out;
    const TemplateLibrary library(profile);
    for (const CatalogueSnapshot::Dossier& d : std::as_const(out.snapshot->dossiers))
        if (!out.templates.contains(d.templateId))
            if (auto t = library.current(d.templateId))
                out.templates.insert(d.templateId, *t);
    return out;
}

} // namespace

DossierBrowser::DossierBrowser(Profile profile, DbWorker* db, QWidget* parent)
    : QSplitter(Qt::Horizontal, parent), m_profile(std::move(profile)), m_db(db), m_model(new DossierModel(this)),
      m_tree(new QTreeView(this)), m_view(new PageView(this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("dossierBrowser"));
    setUpTree();
    layOut();
    makeViewActions();
}

void DossierBrowser::makeViewActions()
{
    auto* processed = new QAction(tr("Show as &processed"), this);
    processed->setObjectName(QStringLiteral("toggleProcessed"));
    processed->setCheckable(true);
    processed->setChecked(true);
    processed->setShortcut(QKeySequence(Qt::Key_M));
    processed->setToolTip(tr("Straightened and cropped as in the archive (M switches to the page as scanned)"));
    connect(processed, &QAction::toggled, m_view, &PageView::setShowProcessed);
    auto* zoomIn = new QAction(tr("Zoom &in"), this);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::Key_Plus)});
    connect(zoomIn, &QAction::triggered, this, [this] { m_view->zoomBy(1.25); });
    auto* zoomOut = new QAction(tr("Zoom &out"), this);
    zoomOut->setShortcuts({QKeySequence::ZoomOut, QKeySequence(Qt::Key_Minus)});
    connect(zoomOut, &QAction::triggered, this, [this] { m_view->zoomBy(0.8); });
    auto* fit = new QAction(tr("&Fit width"), this);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(fit, &QAction::triggered, m_view, &PageView::fitWidth);
    m_viewActions = {processed, zoomIn, zoomOut, fit};
}

void DossierBrowser::setUpTree()
{
    m_tree->setObjectName(QStringLiteral("dossierTree"));
    m_tree->setModel(m_model);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumWidth(380);
    m_tree->setAlternatingRowColors(true);
    // Pages are dragged onto another document (or between its pages); several at once with Ctrl/Shift.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setDragEnabled(true);
    m_tree->setAcceptDrops(true);
    m_tree->setDropIndicatorShown(true);
    m_tree->setDragDropMode(QAbstractItemView::DragDrop);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        showPage(current);
        Q_EMIT currentVolumeChanged(current.siblingAtColumn(0).data(DossierModel::VolumeIdRole).toLongLong());
    });

    m_text->setObjectName(QStringLiteral("pageText"));
    m_text->setReadOnly(true);
    m_text->setPlaceholderText(tr("Recognised text of the page"));
    // The line under the cursor is outlined on the image.
    connect(m_text, &QPlainTextEdit::cursorPositionChanged, this,
            [this] { m_view->highlightLine(m_text->textCursor().blockNumber()); });
}

void DossierBrowser::layOut()
{
    auto* right = new QSplitter(Qt::Horizontal, this);
    right->addWidget(m_view);
    right->addWidget(m_text);
    addWidget(m_tree);
    addWidget(right);
    setStretchFactor(0, 1);
    setStretchFactor(1, 2);
    setSizes({480, 800});
    right->setSizes({480, 320});
}

qint64 DossierBrowser::currentPageId() const
{
    return m_tree->currentIndex().siblingAtColumn(0).data(DossierModel::PageIdRole).toLongLong();
}

void DossierBrowser::reloadKeeping(qint64 pageId, qint64 documentId, bool firstPageOtherwise,
                                   std::function<void()> shown)
{
    // The catalogue is read on the DB worker, after the edits asked before; only the newest read is shown.
    const int generation = ++m_treeGeneration;
    m_db->run(
        this, [profile = m_profile] { return readTree(profile); },
        [this, generation, pageId, documentId, firstPageOtherwise, shown = std::move(shown)](const TreeRead& read) {
            if (generation != m_treeGeneration)
                return; // a newer read is on its way
            if (!read.snapshot) {
                Q_EMIT message(read.snapshot.error().message(), 8000);
                return;
            }
            m_model->apply(*read.snapshot, m_profile.masters(), read.templates);
            m_tree->expandToDepth(0);
            QModelIndex at = pageId > 0 ? m_model->findPage(pageId) : QModelIndex();
            if (!at.isValid() && documentId > 0)
                at = m_model->findDocument(documentId);
            if (at.isValid()) {
                m_tree->expand(at.parent());
                m_tree->setCurrentIndex(at);
                m_tree->scrollTo(at);
            } else if (firstPageOtherwise) {
                selectFirstPage();
            }
            if (shown)
                shown();
        });
}

void DossierBrowser::selectFirstPage()
{
    const QModelIndex dossier = m_model->index(0, 0);
    const QModelIndex document = m_model->index(0, 0, dossier);
    const QModelIndex page = m_model->index(0, 0, document);
    if (page.isValid()) {
        m_tree->expand(document);
        m_tree->setCurrentIndex(page);
    }
}

void DossierBrowser::showPage(const QModelIndex& index)
{
    // A case or document row shows its first page.
    QModelIndex first = index.siblingAtColumn(0);
    while (first.isValid() && !first.data(DossierModel::PageIdRole).isValid() && m_model->rowCount(first) > 0)
        first = m_model->index(0, 0, first);
    const qint64 id = first.data(DossierModel::PageIdRole).toLongLong();
    if (id <= 0)
        return;
    // Read off the GUI thread; a page chosen meanwhile wins.
    const int generation = ++m_pageGeneration;
    auto* watcher = new QFutureWatcher<Result<VolumePage>>(this);
    connect(watcher, &QFutureWatcher<Result<VolumePage>>::finished, this, [this, watcher, generation] {
        const Result<VolumePage> page = watcher->result();
        watcher->deleteLater();
        if (generation != m_pageGeneration)
            return;
        if (!page) {
            Q_EMIT message(page.error().message(), 8000);
            return;
        }
        m_view->setPage(*page);
        // One OCR line per text line, so that the cursor's line is the line outlined on the image.
        QStringList lines;
        for (const OcrLine& l : page->ocr.lines)
            lines << l.text;
        m_text->setPlainText(lines.join(QLatin1Char('\n')));
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [profile = m_profile, id] { return Volume::page(profile, id); }));
}

void DossierBrowser::reload()
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    reloadKeeping(cur.data(DossierModel::PageIdRole).toLongLong(), cur.data(DossierModel::DocumentIdRole).toLongLong());
}

bool DossierBrowser::showSheet(const QString& source)
{
    const QModelIndexList hits = source.isEmpty() ? QModelIndexList()
                                                  : m_model->match(m_model->index(0, 0), DossierModel::SourceRole,
                                                                   source, -1, Qt::MatchExactly | Qt::MatchRecursive);
    if (hits.isEmpty()) {
        Q_EMIT message(tr("This sheet is not catalogued yet."), 4000);
        return false;
    }
    const QModelIndex at = hits.last(); // the latest page of that sheet (a re-scan replaces an earlier one)
    m_tree->expand(at.parent());
    m_tree->setCurrentIndex(at);
    m_tree->scrollTo(at);
    return true;
}

bool DossierBrowser::currentDossier(QString* caseNo, QString* dossierId) const
{
    // Any row of a dossier counts: the case row, a document or a page.
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    *caseNo = cur.data(DossierModel::CaseNoRole).toString();
    *dossierId = cur.data(DossierModel::DossierIdRole).toString();
    return !caseNo->isEmpty() && !dossierId->isEmpty();
}

} // namespace Dossier
