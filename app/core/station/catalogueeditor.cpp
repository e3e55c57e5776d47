#include "station/catalogueeditor.h"

#include "station/dbworker.h"
#include "station/volumemove.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"
#include "sync/syncconflicts.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QUndoCommand>
#include <QUndoStack>

Q_LOGGING_CATEGORY(lcEditor, "dossier.editor")

namespace Dossier {
namespace {

Error notInVolume()
{
    return Error(QStringLiteral("catalogue_invalid"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "That page or document is not in this volume."));
}

void dropEmpty(CatalogueState& s, qint64 keep = -1)
{
    s.documents.erase(std::remove_if(s.documents.begin(), s.documents.end(),
                                     [keep](const CatalogueState::Document& d) {
                                         return d.pages.isEmpty() && (keep < 0 || d.id != keep);
                                     }),
                      s.documents.end());
}

class EditCommand final : public QUndoCommand
{
public:
    EditCommand(CatalogueEditor* editor, CatalogueState before, CatalogueState after, QString action,
                QJsonObject details, const QString& text)
        : QUndoCommand(text), m_editor(editor), m_before(std::move(before)), m_after(std::move(after)),
          m_action(std::move(action)), m_details(std::move(details))
    {
    }
    void redo() override
    {
        if (m_first) { // already written when the edit was made
            m_first = false;
            return;
        }
        m_editor->writeStep(m_after, QStringLiteral("redo ") + m_action, m_details);
    }
    void undo() override { m_editor->writeStep(m_before, QStringLiteral("undo ") + m_action, m_details); }

private:
    CatalogueEditor* m_editor;
    CatalogueState m_before, m_after;
    QString m_action;
    QJsonObject m_details;
    bool m_first = true;
};

// A document moved to the other volume of its dossier: undone and redone through VolumeMove, on the worker. The
// editors of a dossier's volumes share its undo stack, so the steps of both volumes are undone in the order made.
class VolumeMoveCommand final : public QUndoCommand
{
public:
    VolumeMoveCommand(CatalogueEditor* editor, Profile profile, VolumeMove move, QString actor, const QString& text)
        : QUndoCommand(text), m_editor(editor), m_profile(std::move(profile)), m_move(std::move(move)),
          m_actor(std::move(actor))
    {
    }
    void redo() override
    {
        if (m_first) { // already written when the move was made
            m_first = false;
            return;
        }
        step(true);
    }
    void undo() override { step(false); }

private:
    // The move made again (forward) or undone, on the editor's worker.
    void step(bool forward)
    {
        m_editor->runStep(forward ? QStringLiteral("redo move to volume") : QStringLiteral("undo move to volume"),
                          [e = m_editor, p = m_profile, m = m_move, a = m_actor, forward] {
                              Status done = forward ? m.redo(p, a) : m.undo(p, a);
                              if (done)
                                  Q_EMIT e->changed();
                              return done;
                          });
    }

    CatalogueEditor* m_editor;
    Profile m_profile;
    VolumeMove m_move;
    QString m_actor;
    bool m_first = true;
};

} // namespace

// ---- CatalogueState ----------------------------------------------------------------------------------------

int CatalogueState::documentOf(qint64 pageId) const
{
    for (qsizetype k = 0; k < documents.size(); ++k)
        if (documents.at(k).pages.contains(pageId))
            return int(k);
    return -1;
}

int CatalogueState::indexOf(qint64 documentId) const
{
    for (qsizetype k = 0; k < documents.size(); ++k)
        if (documents.at(k).id == documentId)
            return int(k);
    return -1;
}

QJsonObject CatalogueState::toJson() const
{
    QJsonArray docs;
    for (const Document& d : documents) {
        QJsonArray pages;
        for (qint64 p : d.pages)
            pages.append(p);
        docs.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("doc_type"), d.docType},
                                {QStringLiteral("title"), d.title},
                                {QStringLiteral("pages"), pages}});
    }
    QJsonArray gone;
    for (qint64 p : removed)
        gone.append(p);
    return {{QStringLiteral("documents"), docs}, {QStringLiteral("removed"), gone}};
}

Result<CatalogueState> CatalogueState::movePages(const QList<qint64>& pages, qint64 toDocument, int position) const
{
    CatalogueState s = *this;
    const int target = s.indexOf(toDocument);
    if (target < 0 || pages.isEmpty())
        return notInVolume();
    // The moved pages keep their order in the volume.
    QList<qint64> moving;
    for (const Document& d : documents)
        for (qint64 p : d.pages)
            if (pages.contains(p))
                moving << p;
    if (moving.size() != QSet<qint64>(pages.begin(), pages.end()).size())
        return notInVolume();
    // Where to insert: before the first page at or after `position` in the target that does not move.
    const QList<qint64>& targetPages = documents.at(target).pages;
    const int pos = position < 0 || position > targetPages.size() ? int(targetPages.size()) : position;
    qint64 anchor = 0;
    for (int i = pos; i < targetPages.size(); ++i)
        if (!moving.contains(targetPages.at(i))) {
            anchor = targetPages.at(i);
            break;
        }
    for (Document& d : s.documents)
        d.pages.removeIf([&moving](qint64 p) { return moving.contains(p); });
    QList<qint64>& into = s.documents[target].pages;
    const qsizetype at = anchor ? into.indexOf(anchor) : into.size();
    for (qsizetype i = 0; i < moving.size(); ++i)
        into.insert(at + i, moving.at(i));
    dropEmpty(s, toDocument);
    return s;
}

Result<CatalogueState> CatalogueState::splitAt(qint64 pageId) const
{
    const int k = documentOf(pageId);
    if (k < 0)
        return notInVolume();
    const qsizetype i = documents.at(k).pages.indexOf(pageId);
    if (i == 0)
        return Error(QStringLiteral("catalogue_split_first"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "This page already begins its document."));
    CatalogueState s = *this;
    Document next;
    next.docType = documents.at(k).docType;
    next.pages = documents.at(k).pages.mid(i);
    s.documents[k].pages = documents.at(k).pages.mid(0, i);
    s.documents.insert(k + 1, next);
    return s;
}

Result<CatalogueState> CatalogueState::mergeWithPrevious(qint64 documentId) const
{
    const int k = indexOf(documentId);
    if (k < 0)
        return notInVolume();
    if (k == 0)
        return Error(QStringLiteral("catalogue_merge_first"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The first document has no document before it to join."));
    CatalogueState s = *this;
    s.documents[k - 1].pages += s.documents.at(k).pages;
    s.documents.removeAt(k);
    return s;
}

Result<CatalogueState> CatalogueState::moveDocument(qint64 documentId, int index) const
{
    const int k = indexOf(documentId);
    if (k < 0 || index < 0 || index >= documents.size())
        return notInVolume();
    CatalogueState s = *this;
    s.documents.move(k, index);
    return s;
}

Result<CatalogueState> CatalogueState::setType(qint64 documentId, const QString& docType, const QString& title) const
{
    const int k = indexOf(documentId);
    if (k < 0)
        return notInVolume();
    CatalogueState s = *this;
    s.documents[k].docType = docType;
    s.documents[k].title = title;
    s.documents[k].typeByHand = true;
    return s;
}

Result<CatalogueState> CatalogueState::setTitle(qint64 documentId, const QString& title) const
{
    const int k = indexOf(documentId);
    if (k < 0)
        return notInVolume();
    CatalogueState s = *this;
    s.documents[k].title = title;
    return s;
}

Result<CatalogueState> CatalogueState::removePage(qint64 pageId) const
{
    const int k = documentOf(pageId);
    if (k < 0)
        return notInVolume();
    CatalogueState s = *this;
    s.documents[k].pages.removeAll(pageId);
    s.removed << pageId;
    dropEmpty(s);
    return s;
}

Result<CatalogueState> CatalogueState::insertPage(qint64 pageId, qint64 documentId, int position) const
{
    const int k = indexOf(documentId);
    if (k < 0 || documentOf(pageId) >= 0)
        return notInVolume();
    CatalogueState s = *this;
    QList<qint64>& pages = s.documents[k].pages;
    pages.insert(position < 0 || position > pages.size() ? pages.size() : position, pageId);
    s.removed.removeAll(pageId);
    return s;
}

Result<CatalogueState> CatalogueState::replacePage(qint64 oldPage, qint64 newPage) const
{
    const int k = documentOf(oldPage);
    if (k < 0 || documentOf(newPage) >= 0)
        return notInVolume();
    CatalogueState s = *this;
    QList<qint64>& pages = s.documents[k].pages;
    pages[pages.indexOf(oldPage)] = newPage;
    s.removed.removeAll(newPage);
    s.removed << oldPage;
    return s;
}

// ---- CatalogueEditor ---------------------------------------------------------------------------------------

namespace {

CatalogueRepository::VolumeCatalogue toRows(const CatalogueState& s)
{
    CatalogueRepository::VolumeCatalogue c;
    for (const CatalogueState::Document& d : s.documents)
        c.documents.append({d.id, d.docType, d.title, d.pages, d.typeByHand});
    c.removed = s.removed;
    return c;
}

CatalogueState fromRows(const CatalogueRepository::VolumeCatalogue& c)
{
    CatalogueState s;
    for (const CatalogueRepository::VolumeCatalogue::Document& d : c.documents)
        s.documents.append({d.id, d.docType, d.title, d.pages, d.typeByHand});
    s.removed = c.removed;
    return s;
}

} // namespace

CatalogueEditor::CatalogueEditor(Profile profile, qint64 volumeId, QString actor, QObject* parent, QUndoStack* undo)
    : QObject(parent), m_profile(std::move(profile)), m_volumeId(volumeId), m_actor(std::move(actor)),
      m_undo(undo ? undo : new QUndoStack(this))
{
    // The dossier is looked up by the first write (which fails if it cannot be): constructing reads nothing.
}

CatalogueEditor::~CatalogueEditor() = default;

Result<qint64> CatalogueEditor::volumeOf(const Profile& profile, const QString& caseNo, const QString& dossierId)
{
    auto v = CatalogueRepository(profile.database()).mainVolumeOf(caseNo, dossierId);
    if (!v)
        return v.error();
    if (!*v)
        return Error(QStringLiteral("dossier_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no dossier %1 of case %2 in this profile."),
                     {dossierId, caseNo});
    return **v;
}

Result<CatalogueState> CatalogueEditor::load() const
{
    auto rows = CatalogueRepository(m_profile.database()).readVolume(m_volumeId);
    if (!rows)
        return rows.error();
    return fromRows(*rows);
}

Result<CatalogueState> CatalogueEditor::write(const CatalogueState& state, const QString& action,
                                              const QJsonObject& details)
{
    CatalogueRepository catalogue(m_profile.database());
    if (m_dossierId == 0) {
        auto d = catalogue.dossierOfVolume(m_volumeId);
        if (!d)
            return d.error();
        m_dossierId = *d;
    }
    auto written = catalogue.writeVolume(m_volumeId, m_dossierId, toRows(state), m_actor, action, details);
    if (!written)
        return written.error();
    Q_EMIT changed();
    return fromRows(*written);
}

Status CatalogueEditor::edit(const Result<CatalogueState>& after, const QString& action, const QString& text,
                             const QJsonObject& details)
{
    if (!after)
        return after.error();
    auto before = load();
    if (!before)
        return before.error();
    auto written = write(*after, action, details);
    if (!written)
        return written.error();
    // The undo stack belongs to the editor's thread; an edit made on a worker reaches it in order, queued.
    auto* command = new EditCommand(this, *before, *written, action, details, text);
    QMetaObject::invokeMethod(this, [this, command] { m_undo->push(command); });
    return Ok{};
}

void CatalogueEditor::writeStep(const CatalogueState& state, const QString& action, const QJsonObject& details)
{
    runStep(action, [this, state, action, details] {
        auto w = write(state, action, details);
        return w ? Status(Ok{}) : Status(w.error());
    });
}

void CatalogueEditor::runStep(const QString& action, std::function<Status()> work)
{
    auto step = [this, action, work = std::move(work)] {
        if (auto s = work(); !s) {
            qCWarning(lcEditor) << action << "failed:" << s.error().english();
            Q_EMIT failed(s.error());
        }
    };
    if (m_worker)
        m_worker->post(step);
    else
        step();
}

Status CatalogueEditor::moveToVolume(qint64 documentId, const QString& toKind)
{
    auto s = load();
    if (!s)
        return s.error();
    if (s->indexOf(documentId) < 0)
        return Error(QStringLiteral("document_not_in_volume"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Document %1 is not in this volume."),
                     {QString::number(documentId)});
    auto moved = VolumeMove::run(m_profile, documentId, toKind, m_actor);
    if (!moved)
        return moved.error();
    Q_EMIT changed();
    const QString text = toKind == QLatin1String("secondary") ? tr("Move to the 副卷") : tr("Move to the 正卷");
    auto* command = new VolumeMoveCommand(this, m_profile, *moved, m_actor, text);
    QMetaObject::invokeMethod(this, [this, command] { m_undo->push(command); });
    return Ok{};
}

Status CatalogueEditor::movePages(const QList<qint64>& pages, qint64 toDocument, int position)
{
    auto s = load();
    if (!s)
        return s.error();
    QJsonArray ids;
    for (qint64 p : pages)
        ids.append(p);
    return edit(s->movePages(pages, toDocument, position), QStringLiteral("move pages"),
                tr("Move %n page(s)", nullptr, int(pages.size())),
                {{QStringLiteral("pages"), ids},
                 {QStringLiteral("to_document"), toDocument},
                 {QStringLiteral("position"), position}});
}

Status CatalogueEditor::splitAt(qint64 pageId)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->splitAt(pageId), QStringLiteral("split document"), tr("Split document"),
                {{QStringLiteral("page"), pageId}});
}

Status CatalogueEditor::mergeWithPrevious(qint64 documentId)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->mergeWithPrevious(documentId), QStringLiteral("merge documents"), tr("Merge documents"),
                {{QStringLiteral("document"), documentId}});
}

Status CatalogueEditor::moveDocument(qint64 documentId, int index)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->moveDocument(documentId, index), QStringLiteral("move document"), tr("Move document"),
                {{QStringLiteral("document"), documentId}, {QStringLiteral("index"), index}});
}

Status CatalogueEditor::setType(qint64 documentId, const QString& docType, const QString& title)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->setType(documentId, docType, title), QStringLiteral("set type"), tr("Set document type"),
                {{QStringLiteral("document"), documentId},
                 {QStringLiteral("doc_type"), docType},
                 {QStringLiteral("title"), title}});
}

Status CatalogueEditor::setTitle(qint64 documentId, const QString& title)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->setTitle(documentId, title), QStringLiteral("set title"), tr("Set document title"),
                {{QStringLiteral("document"), documentId}, {QStringLiteral("title"), title}});
}

Status CatalogueEditor::removePage(qint64 pageId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("reason_required"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Removing a page needs a reason."));
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->removePage(pageId), QStringLiteral("remove page"), tr("Remove page"),
                {{QStringLiteral("page"), pageId}, {QStringLiteral("reason"), reason.trimmed()}});
}

Status CatalogueEditor::insertPage(qint64 pageId, qint64 documentId, int position)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->insertPage(pageId, documentId, position), QStringLiteral("insert page"), tr("Insert page"),
                {{QStringLiteral("page"), pageId},
                 {QStringLiteral("document"), documentId},
                 {QStringLiteral("position"), position}});
}

Status CatalogueEditor::replacePage(qint64 oldPage, qint64 newPage, const QString& why)
{
    auto s = load();
    if (!s)
        return s.error();
    return edit(s->replacePage(oldPage, newPage), QStringLiteral("replace page"),
                why == QLatin1String("turned") ? tr("Turn page") : tr("Replace page"),
                {{QStringLiteral("page"), oldPage}, {QStringLiteral("by"), newPage}, {QStringLiteral("reason"), why}});
}

Status CatalogueEditor::takeOtherVersion(const SyncConflict& conflict)
{
    auto r = SyncConflicts::otherVersion(m_profile, conflict);
    if (!r)
        return r.error();
    if (r->volumeId != m_volumeId)
        return SyncConflicts::otherNotApplicable();
    Status s = Ok{};
    switch (r->kind) {
    case ConflictResolution::Kind::RetypeDocument:
        s = setType(r->documentId, r->docType, r->title);
        break;
    case ConflictResolution::Kind::RetitleDocument:
        s = setTitle(r->documentId, r->title);
        break;
    case ConflictResolution::Kind::MovePage:
        s = movePages({r->pageId}, r->documentId, r->position);
        break;
    }
    if (!s)
        return s;
    return SyncConflicts::markOtherTaken(m_profile, conflict, m_actor);
}

} // namespace Dossier
