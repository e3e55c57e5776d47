#include "sync/syncoutbox.h"

#include "domain/recordschema.h"

#include "storage/database.h"
#include "storage/synccataloguerepository.h"
#include "sync/conflictpolicy.h"
#include "sync/recordcodec.h"

#include <QCoreApplication>
#include <QUuid>

namespace Dossier {

using RecordCodec::canonical;
using RecordCodec::compact;

namespace {

QString keyOf(const QString& kind, const QString& id)
{
    return kind + QLatin1Char('\n') + id;
}

} // namespace

QJsonObject SyncOperation::toJson() const
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("kind"), record.kind},
            {QStringLiteral("id"), record.id},
            {QStringLiteral("case_no"), record.caseNo.isEmpty() ? QJsonValue() : QJsonValue(record.caseNo)},
            {QStringLiteral("volume"), record.volume.isEmpty() ? QJsonValue() : QJsonValue(record.volume)},
            {QStringLiteral("base_revision"), base},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("body"), body}};
}

Status SyncOutbox::queue(const SyncRecordRef& r, qint64 base, bool deleted, const QString& body)
{
    return m_repo.queue(
        {0, QUuid::createUuid().toString(QUuid::WithoutBraces), r.kind, r.id, r.caseNo, r.volume, base, deleted, body});
}

// ---- collect: local state → outbox ---------------------------------------------------------------------------

Status SyncOutbox::collect()
{
    QSqlDatabase db = m_repo.database();
    Transaction tx(db);
    if (auto s = SyncCatalogueRepository(db).assignUids(); !s)
        return s;
    auto records = localRecords(db);
    if (!records)
        return records.error();
    // Last known server state, and what is already waiting to be sent.
    auto rows = m_repo.knownRecords();
    if (!rows)
        return rows.error();
    Known known;
    for (const SyncKnownRow& row : *rows)
        known.insert(keyOf(row.kind, row.id), row);
    auto queued = m_repo.outboxKeys();
    if (!queued)
        return queued.error();
    QSet<QString> waiting;
    for (const SyncOutboxRow& o : *queued)
        waiting.insert(keyOf(o.kind, o.id));
    if (auto s = queueChanged(*records, known, waiting); !s)
        return s;
    if (auto s = queueRemovals(*records, known, waiting); !s)
        return s;
    return tx.commit();
}

Status SyncOutbox::queueChanged(const QList<SyncRecord>& records, const Known& known, const QSet<QString>& waiting)
{
    for (const SyncRecord& r : records) {
        const QString key = keyOf(r.kind, r.id);
        if (waiting.contains(key))
            continue; // sent (maybe applied) and not acknowledged yet: its result comes first
        const auto it = known.constFind(key);
        const QString body = QString::fromUtf8(canonical(r.body));
        if (it != known.cend() && it->body == body && !it->deleted)
            continue; // (a record the server has as deleted and this desk has again is sent: an undone removal)
        if (auto q = queue({r.kind, r.id, r.caseNo, r.volume}, it == known.cend() ? 0 : it->revision, false, body); !q)
            return q;
    }
    return Ok{};
}

// Removals are sent as explicit deletions, and only for what this desk itself took out of a catalogue: a page
// marked removed (kept in the profile, with its reason), or a document that an edit here emptied while its
// dossier is still on this desk. Nothing is ever deleted because a record is merely missing.
Status SyncOutbox::queueRemovals(const QList<SyncRecord>& records, const Known& known, const QSet<QString>& waiting)
{
    auto pages = SyncCatalogueRepository(m_repo.database()).removedPageUids();
    if (!pages)
        return pages.error();
    QList<QPair<QString, QString>> removed; // kind, id
    for (const QString& uid : std::as_const(*pages))
        removed.append({QStringLiteral("page"), uid});
    QSet<QString> localDocuments, localDossiers;
    for (const SyncRecord& r : records)
        if (r.kind == QLatin1String("document"))
            localDocuments.insert(r.id);
        else if (r.kind == QLatin1String("dossier"))
            localDossiers.insert(r.id);
    for (const SyncKnownRow& k : known) {
        if (k.deleted || k.kind != QLatin1String("document"))
            continue;
        const QString dossier = RecordCodec::parse(k.body).value(QStringLiteral("dossier")).toString();
        if (!localDocuments.contains(k.id) && localDossiers.contains(dossier))
            removed.append({QStringLiteral("document"), k.id});
    }
    for (const auto& [kind, id] : std::as_const(removed)) {
        const QString key = keyOf(kind, id);
        const auto it = known.constFind(key);
        if (it == known.cend() || it->deleted || waiting.contains(key))
            continue; // never on the server, already deleted there, or waiting for an answer
        if (auto q = queue({kind, id, it->caseNo, it->volume}, it->revision, true, it->body); !q)
            return q;
    }
    return queueNoteRemovals(known, waiting);
}

// A note deleted here (its tombstone) is deleted on the server, with the tombstone as the deletion's body: its
// updated_at is the moment of the deletion, which a later edit on another desk of the author's wins over.
Status SyncOutbox::queueNoteRemovals(const Known& known, const QSet<QString>& waiting)
{
    auto notes = syncedNotes(m_repo.database());
    if (!notes)
        return notes.error();
    for (const Note& n : std::as_const(*notes)) {
        const QString key = keyOf(QStringLiteral("note"), n.uid);
        const auto it = known.constFind(key);
        if (!n.deleted || it == known.cend() || it->deleted || waiting.contains(key))
            continue; // live, never on the server, already deleted there, or waiting for an answer
        const SyncRecord r = RecordCodec::fromNote(n);
        if (auto q = queue({r.kind, r.id, r.caseNo, r.volume}, it->revision, true, compact(r.body)); !q)
            return q;
    }
    return Ok{};
}

// ---- push: outbox → server, and what the server said -----------------------------------------------------------

Result<QList<SyncOperation>> SyncOutbox::next(int limit)
{
    auto rows = m_repo.outboxBatch(limit);
    if (!rows)
        return rows.error();
    QList<SyncOperation> ops;
    for (const SyncOutboxRow& row : std::as_const(*rows))
        ops << SyncOperation{row.row,          row.opId,    {row.kind, row.id, row.caseNo, row.volume},
                             row.baseRevision, row.deleted, RecordCodec::parse(row.body)};
    return ops;
}

// A refused change as the clerk reads it: what it was (the kind and its case), why in words, and the server's
// reason code and detail for whoever supports the desk.
QString SyncOutbox::refusal(const SyncOperation& o, const QJsonObject& res)
{
    const QString reason = res.value(QStringLiteral("reason")).toString();
    QString why;
    if (reason == QLatin1String("forbidden"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "you may not change it");
    else if (reason == QLatin1String("not_found"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "the server does not have it");
    else if (reason == QLatin1String("blob_missing"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "its page image has not reached the server");
    else if (reason == QLatin1String("blob_not_yours"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "its page image is not one this desk may use");
    else if (reason == QLatin1String("document_unknown"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "the server does not have the document it reviews");
    else if (reason == QLatin1String("immutable") && o.record.kind == QLatin1String("qc_review"))
        why = QCoreApplication::translate("Dossier::SyncEngine", "a review once recorded is never changed");
    else if (reason == QLatin1String("immutable"))
        why = QCoreApplication::translate("Dossier::SyncEngine",
                                          "the server holds another record under its id, and records of paper "
                                          "are never changed");
    else
        why = QCoreApplication::translate("Dossier::SyncEngine", "the server found it malformed");
    const QString message = res.value(QStringLiteral("message")).toString();
    const QString code = message.isEmpty() ? reason : reason + QStringLiteral(": ") + message;
    return QCoreApplication::translate("Dossier::SyncEngine", "The server refused a change to a %1 of %2: %3 (%4).")
        .arg(RecordSchema::kindName(o.record.kind), o.record.caseNo.isEmpty() ? o.record.id.left(80) : o.record.caseNo,
             why, code);
}

Status SyncOutbox::settle(const QList<SyncOperation>& ops, const QHash<QString, QJsonObject>& results,
                          const QString& user, PushOutcome& out)
{
    for (const SyncOperation& o : ops) {
        const QJsonObject res = results.value(o.opId);
        const QString status = res.value(QStringLiteral("status")).toString();
        Status s = Ok{};
        if (status == QLatin1String("applied")) {
            s = settleApplied(o, res, out);
        } else if (status == QLatin1String("conflict") && o.record.kind == QLatin1String("conflict")) {
            s = settleConflictRecord(o, res);
        } else if (status == QLatin1String("conflict") && o.record.kind == QLatin1String("note")) {
            s = settleNoteConflict(o, res, out);
        } else if (status == QLatin1String("rejected") &&
                   res.value(QStringLiteral("reason")).toString() == QLatin1String("forbidden")) {
            ++out.rejected;
            auto told = forbidden(o, out);
            if (!told)
                return told.error();
            out.problems << *told;
        } else if (status == QLatin1String("conflict")) {
            s = settleConflict(o, res, user, out);
        } else if (status == QLatin1String("rejected")) {
            ++out.rejected;
            out.problems << refusal(o, res);
        } else {
            // No result for this operation: kept for the next attempt (same op_id), its attempts counted.
            if (auto a = m_repo.countAttempt(o.row); !a)
                return a;
            continue;
        }
        if (!s)
            return s;
        if (auto d = m_repo.dropOperation(o.row); !d)
            return d;
    }
    return Ok{};
}

Status SyncOutbox::settleApplied(const SyncOperation& o, const QJsonObject& res, PushOutcome& out)
{
    ++out.pushed;
    return m_repo.remember({o.record.kind, o.record.id, o.record.caseNo, o.record.volume,
                            res.value(QStringLiteral("revision")).toInteger(), o.deleted, compact(o.body)});
}

// A conflict record written by two desks (both settled it, say): the server's stays, with what ours adds to it
// sent again on its revision.
Status SyncOutbox::settleConflictRecord(const SyncOperation& o, const QJsonObject& res)
{
    const SyncRecord server = SyncRecord::fromJson(res.value(QStringLiteral("record")).toObject());
    if (auto m = m_repo.remember({o.record.kind, o.record.id, server.caseNo, server.volume, server.revision,
                                  server.deleted, compact(server.body)});
        !m)
        return m;
    if (auto m = ConflictPolicy::adoptSettlement(m_repo, server.body); !m)
        return m;
    const QJsonObject merged = ConflictPolicy::mergeSettlement(server.body, o.body);
    if (merged == server.body)
        return Ok{};
    return queue(o.record, server.revision, false, compact(merged));
}

// The server's revision is now the base; whichever body wins stays, the other is kept. When ours wins, the next
// collect sends it again on the server's revision; when the server's wins, it is applied here (`adopt`).
Status SyncOutbox::settleConflict(const SyncOperation& o, const QJsonObject& res, const QString& user, PushOutcome& out)
{
    ++out.conflicts;
    const SyncRecord server = SyncRecord::fromJson(res.value(QStringLiteral("record")).toObject());
    const bool localWins = ConflictPolicy::localWins(o.body, server.body);
    if (auto m = m_repo.remember({o.record.kind, o.record.id, server.caseNo, server.volume, server.revision,
                                  server.deleted, compact(server.body)});
        !m)
        return m;
    if (auto k = ConflictPolicy::keepBoth(m_repo, {o.record.kind, o.record.id, o.record.caseNo, o.record.volume,
                                                   localWins ? o.body : server.body, localWins ? server.body : o.body,
                                                   localWins ? server.updatedBy : user});
        !k)
        return k;
    if (!localWins)
        out.adopt.append(res.value(QStringLiteral("record")).toObject());
    return Ok{};
}

// A note changed on two desks of its author: the later edit wins (ConflictPolicy::noteWins), the other is
// dropped. When ours wins, the next collect sends it again on the server's revision; else the server's is
// applied here (`adopt`).
Status SyncOutbox::settleNoteConflict(const SyncOperation& o, const QJsonObject& res, PushOutcome& out)
{
    ++out.conflicts;
    const SyncRecord server = SyncRecord::fromJson(res.value(QStringLiteral("record")).toObject());
    if (auto m = m_repo.remember({o.record.kind, o.record.id, server.caseNo, server.volume, server.revision,
                                  server.deleted, compact(server.body)});
        !m)
        return m;
    if (!ConflictPolicy::noteWins(o.body, o.deleted, server.body, server.deleted))
        out.adopt.append(res.value(QStringLiteral("record")).toObject());
    return Ok{};
}

// A change the server refused as forbidden (a judge retitling a document, say) would be refused again at every
// sync and leave this desk out of step with the server for good: the server's version, as this desk last had
// it, goes back in place (SyncApplier::restore) and the user is told what was refused, named as they know it.
// A private note is never put back (it is the author's own; the server refuses it when its author may not see
// the case, which may change): it stays on this desk. A movement of paper or a case event the server refused (a
// judge's loan: a judge may only ask for the paper) is taken off this desk. The caller drops the operation.
Result<QString> SyncOutbox::forbidden(const SyncOperation& o, PushOutcome& out)
{
    auto known = m_repo.known(o.record.kind, o.record.id);
    if (!known)
        return known.error();
    const QString where = o.record.caseNo.isEmpty() ? o.record.id.left(80) : o.record.caseNo;
    if (RecordSchema::isAppendOnly(o.record.kind) && !*known) {
        out.restore.append(o.record); // taken off this desk (SyncApplier::restore)
        return QCoreApplication::translate("Dossier::SyncEngine",
                                           "The server refused %1 of %2: you may not record it. It is taken off "
                                           "this desk.")
            .arg(RecordCodec::describe(o.record.kind, o.body), where);
    }
    if (o.record.kind == QLatin1String("note") || !*known)
        return QCoreApplication::translate("Dossier::SyncEngine",
                                           "The server refused %1 of %2: you may not change it. It stays on this "
                                           "desk only.")
            .arg(RecordCodec::describe(o.record.kind, o.body), where);
    out.restore.append(o.record);
    const QJsonObject server = RecordCodec::parse((*known)->body);
    return QCoreApplication::translate("Dossier::SyncEngine",
                                       "The server refused your change to %1 of %2: you may not change it. The "
                                       "server's version is back on this desk.")
        .arg(RecordCodec::describe(o.record.kind, server.isEmpty() ? o.body : server), where);
}

} // namespace Dossier
