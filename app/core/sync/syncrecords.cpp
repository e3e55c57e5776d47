// The records a desk exchanges with dossier-server, as the profile holds them, and the outbox and conflicts
// they go through (shared by the sync engine, its apply step and the conflict review).
#include "sync/syncrecords.h"

#include "storage/database.h"
#include "sync/syncengine_p.h"

#include <QCryptographicHash>
#include <QUuid>

namespace Dossier {

using namespace SyncDetail;

Status queueOperation(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo,
                      const QString& volume, qint64 base, bool deleted, const QString& body)
{
    auto ins = execSql(
        db,
        QStringLiteral("INSERT INTO sync_outbox(op_id, kind, rec_id, case_no, volume, base_revision, deleted, "
                       "body, created_at) VALUES(?,?,?,?,?,?,?,?,?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, id, caseNo.isEmpty() ? QVariant() : QVariant(caseNo),
         volume.isEmpty() ? QVariant() : QVariant(volume), base, deleted ? 1 : 0, body, now()});
    return ins ? Status(Ok{}) : Status(ins.error());
}

// The records this desk holds, as the server should have them: all of them, or the one named by kind and id.
Result<QList<SyncRecord>> localRecords(QSqlDatabase db, const QString& onlyKind, const QString& onlyId)
{
    using Record = SyncRecord;
    QList<Record> out;
    const bool one = !onlyKind.isEmpty();
    auto wanted = [&](const char* kind) { return !one || onlyKind == QLatin1String(kind); };
    const QVariantList idBind = one ? QVariantList{onlyId} : QVariantList{};
    if (wanted("case")) {
        auto cases = execSql(db,
                             QStringLiteral("SELECT case_no, info, classified FROM cases WHERE EXISTS "
                                            "(SELECT 1 FROM dossiers d WHERE d.case_id = cases.id)") +
                                 (one ? QStringLiteral(" AND case_no = ?") : QString()),
                             idBind);
        if (!cases)
            return cases.error();
        while (cases->next()) {
            Record r;
            r.kind = QStringLiteral("case");
            r.id = r.caseNo = cases->value(0).toString();
            r.body = {{QStringLiteral("case_no"), r.caseNo},
                      {QStringLiteral("info"), parse(cases->value(1).toString())},
                      {QStringLiteral("classified"), cases->value(2).toInt() != 0}};
            out << r;
        }
    }
    if (wanted("dossier")) {
        auto dossiers =
            execSql(db,
                    QStringLiteral("SELECT c.case_no, d.external_id, d.template_id, d.submitted_at, d.submitted_by, "
                                   "(SELECT count(*) FROM outputs o WHERE o.dossier_id = d.id AND o.kind='copy' AND "
                                   "o.verified_at IS NOT NULL) >= 3 "
                                   "FROM dossiers d JOIN cases c ON c.id = d.case_id") +
                        (one ? QStringLiteral(" WHERE c.case_no || '|' || d.external_id = ?") : QString()),
                    idBind);
        if (!dossiers)
            return dossiers.error();
        while (dossiers->next()) {
            Record r;
            r.kind = QStringLiteral("dossier");
            r.caseNo = dossiers->value(0).toString();
            r.id = r.caseNo + QLatin1Char('|') + dossiers->value(1).toString();
            r.volume = QStringLiteral("main");
            r.body = {{QStringLiteral("dossier_id"), dossiers->value(1).toString()},
                      {QStringLiteral("template_id"), dossiers->value(2).toString()},
                      {QStringLiteral("submitted_at"), dossiers->value(3).toString()},
                      {QStringLiteral("submitted_by"), dossiers->value(4).toString()},
                      {QStringLiteral("archived"), dossiers->value(5).toInt() != 0}};
            out << r;
        }
    }
    if (wanted("document")) {
        auto docs = execSql(
            db,
            QStringLiteral(
                "SELECT doc.uid, c.case_no, d.external_id, v.kind, doc.position, doc.doc_type, doc.title "
                "FROM documents doc JOIN volumes v ON v.id = doc.volume_id JOIN dossiers d ON d.id = v.dossier_id "
                "JOIN cases c ON c.id = d.case_id") +
                (one ? QStringLiteral(" WHERE doc.uid = ?") : QString()),
            idBind);
        if (!docs)
            return docs.error();
        while (docs->next()) {
            Record r;
            r.kind = QStringLiteral("document");
            r.id = docs->value(0).toString();
            r.caseNo = docs->value(1).toString();
            r.volume = docs->value(3).toString();
            r.body = {{QStringLiteral("dossier"), r.caseNo + QLatin1Char('|') + docs->value(2).toString()},
                      {QStringLiteral("position"), docs->value(4).toInt()},
                      {QStringLiteral("doc_type"), docs->value(5).toString()},
                      {QStringLiteral("title"), docs->value(6).toString()}};
            out << r;
        }
    }
    if (wanted("page")) {
        auto pages = execSql(
            db,
            QStringLiteral(
                "SELECT p.uid, c.case_no, v.kind, doc.uid, p.position, p.page_in_document, p.kind, p.sha256, "
                "p.master_format, p.master_bytes, p.status, p.rotation, p.skew, p.dpi, p.colour_mode, p.width, "
                "p.height, "
                "p.flags, p.text, p.ocr_confidence, p.ocr, p.transform, p.source "
                "FROM pages p JOIN documents doc ON doc.id = p.document_id JOIN volumes v ON v.id = doc.volume_id "
                "JOIN dossiers d ON d.id = v.dossier_id JOIN cases c ON c.id = d.case_id "
                "WHERE p.status='done' AND p.sha256 IS NOT NULL") +
                (one ? QStringLiteral(" AND p.uid = ?") : QString()),
            idBind);
        if (!pages)
            return pages.error();
        while (pages->next()) {
            Record r;
            r.kind = QStringLiteral("page");
            r.id = pages->value(0).toString();
            r.caseNo = pages->value(1).toString();
            r.volume = pages->value(2).toString();
            r.body = {{QStringLiteral("document"), pages->value(3).toString()},
                      {QStringLiteral("position"), pages->value(4).toInt()},
                      {QStringLiteral("page_in_document"),
                       pages->value(5).isNull() ? QJsonValue() : QJsonValue(pages->value(5).toInt())},
                      {QStringLiteral("kind"), pages->value(6).toString()},
                      {QStringLiteral("sha256"), pages->value(7).toString()},
                      {QStringLiteral("format"), pages->value(8).toString()},
                      {QStringLiteral("bytes"), pages->value(9).toLongLong()},
                      {QStringLiteral("rotation"), pages->value(11).toInt()},
                      {QStringLiteral("skew"), pages->value(12).toDouble()},
                      {QStringLiteral("dpi"), pages->value(13).toInt()},
                      {QStringLiteral("colour_mode"), pages->value(14).toString()},
                      {QStringLiteral("width"), pages->value(15).toInt()},
                      {QStringLiteral("height"), pages->value(16).toInt()},
                      {QStringLiteral("flags"), parseValue(pages->value(17).toString())},
                      {QStringLiteral("text"), pages->value(18).toString()},
                      {QStringLiteral("ocr_confidence"), pages->value(19).toDouble()},
                      {QStringLiteral("ocr"), parseValue(pages->value(20).toString())},
                      {QStringLiteral("transform"), parseValue(pages->value(21).toString())},
                      {QStringLiteral("source"), pages->value(22).toString()}};
            out << r;
        }
    }
    return out;
}

namespace SyncDetail {

Status remember(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo, const QString& volume,
                qint64 revision, bool deleted, const QJsonObject& body)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) "
                                    "VALUES(?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                                    "case_no=excluded.case_no, volume=excluded.volume, revision=excluded.revision, "
                                    "deleted=excluded.deleted, body=excluded.body"),
                     {kind, id, caseNo.isEmpty() ? QVariant() : QVariant(caseNo),
                      volume.isEmpty() ? QVariant() : QVariant(volume), revision, deleted ? 1 : 0, compact(body)});
    return q ? Status(Ok{}) : Status(q.error());
}

// Both versions of a record edited on two desks are kept. Which one stays in place is decided the same way
// on every desk (the greater canonical JSON); the other becomes a conflict record, with an id made from its
// content so that every desk names it the same.
Status keepConflict(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo,
                    const QString& volume, const QJsonObject& kept, const QJsonObject& other, const QString& from)
{
    const QString cid =
        kind + QLatin1Char('/') + id + QLatin1Char('/') +
        QString::fromLatin1(QCryptographicHash::hash(canonical(other), QCryptographicHash::Sha256).toHex().left(16));
    auto exists = execSql(db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE kind=? AND rec_id=? AND other_body=?"),
                          {kind, id, compact(other)});
    if (exists && exists->next())
        return Ok{};
    if (auto q =
            execSql(db,
                    QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, at) "
                                   "VALUES(?,?,?,?,?,?)"),
                    {kind, id, compact(kept), compact(other), from, now()});
        !q)
        return q.error();
    // The losing version goes to the server too (once), so that every desk keeps both.
    auto known = execSql(db, QStringLiteral("SELECT 1 FROM sync_records WHERE kind='conflict' AND rec_id=?"), {cid});
    if (known && known->next())
        return Ok{};
    auto pending = execSql(db, QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind='conflict' AND rec_id=?"), {cid});
    if (pending && pending->next())
        return Ok{};
    return queueOperation(db, QStringLiteral("conflict"), cid, caseNo, volume, 0, false,
                          compact(QJsonObject{{QStringLiteral("kind"), kind},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("body"), other},
                                              {QStringLiteral("from"), from}}));
}

// A conflict record settled on some desk ("settled_at" in its body) is settled on this one too.
Status markSettled(QSqlDatabase db, const QJsonObject& conflictBody)
{
    const QString at = conflictBody.value(QStringLiteral("settled_at")).toString();
    if (at.isEmpty())
        return Ok{};
    auto u = execSql(db,
                     QStringLiteral("UPDATE sync_conflicts SET resolved_at=?, resolved_by=?, resolution=? "
                                    "WHERE kind=? AND rec_id=? AND other_body=? AND resolved_at IS NULL"),
                     {at, conflictBody.value(QStringLiteral("settled_by")).toString(),
                      conflictBody.value(QStringLiteral("resolution")).toString(),
                      conflictBody.value(QStringLiteral("kind")).toString(),
                      conflictBody.value(QStringLiteral("id")).toString(),
                      compact(conflictBody.value(QStringLiteral("body")).toObject())});
    return u ? Status(Ok{}) : Status(u.error());
}

} // namespace SyncDetail

} // namespace Dossier
