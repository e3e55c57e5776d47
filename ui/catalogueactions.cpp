#include "catalogueactions.h"

#include "domain/cataloguetemplate.h"
#include "dossiermodel.h"
#include "pipeline/templatelibrary.h"
#include "station/catalogueeditor.h"
#include "station/dbworker.h"
#include "storage/templaterepository.h"

#include <QAction>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

namespace Dossier {

CatalogueActions::CatalogueActions(Profile profile, DbWorker* db, DossierModel* model, QTreeView* tree, QWidget* window,
                                   std::function<QString()> actor)
    : QObject(window), m_profile(std::move(profile)), m_db(db), m_model(model), m_tree(tree), m_window(window),
      m_actor(std::move(actor)), m_undoGroup(new QUndoGroup(this))
{
    makeActions();
}

CatalogueActions::~CatalogueActions()
{
    // The undo stacks are cleared as they go: their signals must not reach a window being taken down.
    for (CatalogueEditor* e : std::as_const(m_editors))
        disconnect(e->undoStack(), nullptr, this, nullptr);
}

void CatalogueActions::activate(qint64 volumeId)
{
    if (volumeId > 0)
        m_undoGroup->setActiveStack(editorFor(volumeId)->undoStack());
}

CatalogueEditor* CatalogueActions::editorFor(qint64 volumeId)
{
    if (CatalogueEditor* e = m_editors.value(volumeId))
        return e;
    // One undo stack per dossier, shared by its volumes' editors (a document moved between them is undone in order).
    const QModelIndexList rows = m_model->match(m_model->index(0, 0), DossierModel::VolumeIdRole, volumeId, 1,
                                                Qt::MatchExactly | Qt::MatchRecursive);
    const QString dossier = rows.value(0).data(DossierModel::DossierIdRole).toString();
    QUndoStack* shared = dossier.isEmpty() ? nullptr : m_stacks.value(dossier);
    auto* e = new CatalogueEditor(m_profile, volumeId, m_actor(), this, shared);
    e->setWorker(m_db);
    if (!dossier.isEmpty() && !shared)
        m_stacks.insert(dossier, e->undoStack());
    m_editors.insert(volumeId, e);
    connect(e, &CatalogueEditor::failed, this, [this](const Error& error) { report(error); });
    if (shared)
        return e; // the dossier's stack is in the group and connected already
    m_undoGroup->addStack(e->undoStack());
    // Undo and redo write the profile; the tree shows the result, keeping the page in view.
    connect(e->undoStack(), &QUndoStack::indexChanged, this, [this] {
        const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
        QTimer::singleShot(0, this,
                           [this, page = cur.data(DossierModel::PageIdRole).toLongLong(),
                            doc = cur.data(DossierModel::DocumentIdRole).toLongLong()] { Q_EMIT edited(page, doc); });
    });
    return e;
}

void CatalogueActions::runEdit(qint64 volumeId, std::function<Status(CatalogueEditor*)> edit, qint64 selectPage,
                               qint64 selectDocument, const QString& done)
{
    if (volumeId <= 0)
        return;
    CatalogueEditor* e = editorFor(volumeId);
    m_undoGroup->setActiveStack(e->undoStack());
    // Written on the DB worker; the tree is read after it there, in order.
    m_db->run(
        this, [e, edit = std::move(edit)] { return edit(e); },
        [this, selectPage, selectDocument, done](const Status& s) {
            if (!report(s))
                return;
            if (!done.isEmpty())
                Q_EMIT message(done, 6000);
            Q_EMIT edited(selectPage, selectDocument);
        });
}

bool CatalogueActions::report(const Status& s)
{
    if (s)
        return true;
    Q_EMIT message(s.error().message(), 8000);
    QMessageBox::warning(m_window, tr("Catalogue"), s.error().message());
    return false;
}

void CatalogueActions::makeActions()
{
    QAction* undo = m_undoGroup->createUndoAction(m_window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(m_window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::Key_Y)});
    auto make = [this](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, m_window);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QList<QAction*> edits = {
        make(tr("Move to the &previous document"), QStringLiteral("movePrevious"), QKeySequence(Qt::ALT | Qt::Key_Up),
             [this] { moveToNeighbour(-1); }),
        make(tr("Move to the &next document"), QStringLiteral("moveNext"), QKeySequence(Qt::ALT | Qt::Key_Down),
             [this] { moveToNeighbour(1); }),
        make(tr("&Split: a new document starts here"), QStringLiteral("split"), QKeySequence(Qt::CTRL | Qt::Key_B),
             [this] { splitHere(); }),
        make(tr("&Join with the previous document"), QStringLiteral("merge"), QKeySequence(Qt::CTRL | Qt::Key_J),
             [this] { mergeWithPrevious(); }),
        make(tr("Document &type…"), QStringLiteral("setType"), QKeySequence(Qt::CTRL | Qt::Key_T),
             [this] { setDocumentType(); }),
        make(tr("Document t&itle…"), QStringLiteral("rename"), QKeySequence(Qt::Key_F2), [this] { renameDocument(); }),
        make(tr("&Remove page…"), QStringLiteral("removePage"), QKeySequence::Delete, [this] { removePage(); }),
        make(tr("Move to the other &volume (正卷 ↔ 副卷)"), QStringLiteral("moveVolume"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), [this] { moveToOtherVolume(); }),
    };
    m_undo = undo;
    m_redo = redo;
    m_edits = edits;
    m_tree->addActions(edits);
}

void CatalogueActions::moveToNeighbour(int direction)
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    const qint64 page = cur.data(DossierModel::PageIdRole).toLongLong();
    if (page <= 0)
        return;
    const QModelIndex doc = cur.parent();
    const QModelIndex target = doc.sibling(doc.row() + direction, 0);
    if (target.data(DossierModel::DocumentIdRole).toLongLong() <= 0) { // none, or the 副卷's heading
        Q_EMIT message(direction < 0 ? tr("This is the first document.") : tr("This is the last document."), 5000);
        return;
    }
    QList<qint64> pages;
    for (const QModelIndex& i : m_tree->selectionModel()->selectedRows(0))
        if (i.parent() == doc && i.data(DossierModel::PageIdRole).toLongLong() > 0)
            pages << i.data(DossierModel::PageIdRole).toLongLong();
    if (!pages.contains(page))
        pages = {page};
    const qint64 to = target.data(DossierModel::DocumentIdRole).toLongLong();
    runEdit(
        cur.data(DossierModel::VolumeIdRole).toLongLong(),
        [=](CatalogueEditor* e) { return e->movePages(pages, to, direction < 0 ? -1 : 0); }, page, 0);
}

void CatalogueActions::splitHere()
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    const qint64 page = cur.data(DossierModel::PageIdRole).toLongLong();
    if (page > 0)
        runEdit(
            cur.data(DossierModel::VolumeIdRole).toLongLong(), [=](CatalogueEditor* e) { return e->splitAt(page); },
            page, 0);
}

void CatalogueActions::mergeWithPrevious()
{
    QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    if (cur.data(DossierModel::PageIdRole).isValid())
        cur = cur.parent();
    const qint64 doc = cur.data(DossierModel::DocumentIdRole).toLongLong();
    const qint64 previous = cur.sibling(cur.row() - 1, 0).data(DossierModel::DocumentIdRole).toLongLong();
    if (doc > 0)
        runEdit(
            cur.data(DossierModel::VolumeIdRole).toLongLong(),
            [=](CatalogueEditor* e) { return e->mergeWithPrevious(doc); }, 0, previous);
}

// The items a document of this volume may take: the volume's items in the template its dossier was catalogued
// with, as this desk uses it now (a version published since offers its new items). Read on the DB worker.
Result<QList<TemplateItem>> CatalogueActions::typesFor(const Profile& profile, qint64 volumeId)
{
    auto of = TemplateRepository(profile.database()).templateOfVolume(volumeId);
    if (!of)
        return of.error();
    auto t = TemplateLibrary(profile).current(of->templateId);
    if (!t)
        return t.error();
    QList<TemplateItem> out;
    for (const TemplateItem& item : t->itemsOf(of->volumeKind))
        if (!item.generated) // the cover and the 卷内目录 are made, not scanned
            out << item;
    return out;
}

void CatalogueActions::setDocumentType()
{
    QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    if (cur.data(DossierModel::PageIdRole).isValid())
        cur = cur.parent();
    const qint64 doc = cur.data(DossierModel::DocumentIdRole).toLongLong();
    const qint64 volume = cur.data(DossierModel::VolumeIdRole).toLongLong();
    const QString type = cur.data(DossierModel::DocTypeRole).toString();
    if (doc <= 0 || volume <= 0)
        return;
    m_db->run(
        this, [profile = m_profile, volume] { return typesFor(profile, volume); },
        [this, doc, volume, type](const Result<QList<TemplateItem>>& items) {
            if (!items) {
                report(items.error());
                return;
            }
            QStringList names;
            int current = 0; // the document's own type is offered first: Enter keeps it
            for (const TemplateItem& item : *items) {
                if (item.code == type)
                    current = int(names.size());
                names << item.name;
            }
            bool ok = false;
            const QString chosen =
                QInputDialog::getItem(m_window, tr("Document type"), tr("Type of this document (卷内目录 item):"),
                                      names, current, false, &ok);
            if (!ok || names.indexOf(chosen) < 0)
                return;
            const TemplateItem item = items->at(names.indexOf(chosen));
            if (item.code == type)
                return; // kept as it is: no edit, no undo step
            runEdit(
                volume, [=](CatalogueEditor* e) { return e->setType(doc, item.code, item.titles.value(0, item.name)); },
                0, doc);
        });
}

void CatalogueActions::moveToOtherVolume()
{
    QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    if (cur.data(DossierModel::PageIdRole).isValid())
        cur = cur.parent();
    const qint64 doc = cur.data(DossierModel::DocumentIdRole).toLongLong();
    const qint64 volume = cur.data(DossierModel::VolumeIdRole).toLongLong();
    if (doc <= 0 || volume <= 0) {
        Q_EMIT message(tr("Choose a document to move to the other volume."), 5000);
        return;
    }
    const bool toSecondary = cur.data(DossierModel::VolumeKindRole).toString() != QLatin1String("secondary");
    const QString to = toSecondary ? QStringLiteral("secondary") : QStringLiteral("main");
    runEdit(
        volume, [=](CatalogueEditor* e) { return e->moveToVolume(doc, to); }, 0, doc,
        toSecondary ? tr("Moved to the 副卷: parties and lawyers will not see it (Ctrl+Z undoes).")
                    : tr("Moved to the 正卷 (Ctrl+Z undoes)."));
}

void CatalogueActions::renameDocument()
{
    QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    if (cur.data(DossierModel::PageIdRole).isValid())
        cur = cur.parent();
    const qint64 doc = cur.data(DossierModel::DocumentIdRole).toLongLong();
    if (doc <= 0)
        return;
    bool ok = false;
    const QString title =
        QInputDialog::getText(m_window, tr("Document title"), tr("Title in the 卷内目录:"), QLineEdit::Normal,
                              cur.data().toString().section(QStringLiteral(". "), 1), &ok);
    if (ok && !title.trimmed().isEmpty())
        runEdit(
            cur.data(DossierModel::VolumeIdRole).toLongLong(),
            [=](CatalogueEditor* e) { return e->setTitle(doc, title.trimmed()); }, 0, doc);
}

void CatalogueActions::removePage()
{
    const QModelIndex cur = m_tree->currentIndex().siblingAtColumn(0);
    const qint64 page = cur.data(DossierModel::PageIdRole).toLongLong();
    if (page <= 0)
        return;
    const QStringList reasons = {tr("Blank back of a sheet"), tr("Scanned twice"), tr("Not part of this dossier"),
                                 tr("Separator or test sheet")};
    bool ok = false;
    const QString reason = QInputDialog::getItem(m_window, tr("Remove page"),
                                                 tr("Why is this page removed? (The reason is logged; the image stays "
                                                    "in the profile.)"),
                                                 reasons, 0, true, &ok);
    if (!ok)
        return;
    const QModelIndex next =
        cur.sibling(cur.row() + 1, 0).isValid() ? cur.sibling(cur.row() + 1, 0) : cur.sibling(cur.row() - 1, 0);
    runEdit(
        cur.data(DossierModel::VolumeIdRole).toLongLong(),
        [=](CatalogueEditor* e) { return e->removePage(page, reason); },
        next.data(DossierModel::PageIdRole).toLongLong(), cur.data(DossierModel::DocumentIdRole).toLongLong());
}

} // namespace Dossier
