// The feed into the profile: each record checked against the schema, its image fetched and verified, then
// written to the profile's tables; what cannot be taken is set aside (sync_set_aside) and tried again later.
#include "sync/syncengine_p.h"

#include "domain/recordschema.h"
#include "domain/textutil.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Dossier {

using namespace SyncDetail;

// Records set aside at an earlier sync are tried again (their image may be there now); one the feed has
// since brought in a newer revision is dropped.
Status SyncEngine::retrySetAside(Context& c, SyncSummary& s)
{
    auto q = execSql(c.db, QStringLiteral("SELECT kind, rec_id, revision, record FROM sync_set_aside ORDER BY at"));
    if (!q)
        return q.error();
    QList<QJsonObject> again;
    QList<QPair<QString, QString>> superseded;
    while (q->next()) {
        const QString key = q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString();
        if (c.knownRevision.value(key, -1) >= q->value(2).toLongLong())
            superseded.append({q->value(0).toString(), q->value(1).toString()});
        else
            again.append(parse(q->value(3).toString()));
    }
    for (const auto& [kind, id] : std::as_const(superseded)) {
        if (auto d = execSql(c.db, QStringLiteral("DELETE FROM sync_set_aside WHERE kind=? AND rec_id=?"), {kind, id});
            !d)
            return d.error();
        c.setAsideKeys.remove(kind + QLatin1Char('\n') + id);
    }
    if (again.isEmpty()) {
        c.waiting.clear(); // superseded by a newer revision this pull brought and counted
        return Ok{};
    }
    const int pulledBefore = s.pulled;
    c.lastLook = true;
    auto a = apply(c, again, s);
    c.lastLook = false;
    // Tried again, not received: only records of this pull that waited for their parent count as pulled.
    s.pulled = pulledBefore;
    for (const QString& key : std::as_const(c.waiting))
        if (!c.setAsideKeys.contains(key))
            ++s.pulled;
    c.waiting.clear();
    return a;
}

namespace {

qint64 scalarId(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto q = execSql(db, sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

// A dossier without a separator sheet has an empty id: it must bind as '', not as NULL.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A record from the feed this desk cannot take is kept aside with the reason, for the user (unless `quietly`)
// and for the next look; the rest of the feed goes on.
Status setAside(QSqlDatabase db, QSet<QString>& keys, const Record& r, const Error& why, SyncSummary& s,
                bool quietly = false)
{
    if (!quietly) {
        ++s.setAside;
        // Named for the clerk: the kind and the case it belongs to (a template by its id).
        s.problems << QCoreApplication::translate("Dossier::SyncEngine", "A %1 of %2 was set aside: %3")
                          .arg(RecordSchema::kindName(r.kind), r.caseNo.isEmpty() ? r.id.left(80) : r.caseNo,
                               why.message());
        qCWarning(lcSync) << "set aside" << r.kind << r.id << why.english();
    }
    const QByteArray record = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    auto q = execSql(
        db,
        QStringLiteral("INSERT INTO sync_set_aside(kind, rec_id, revision, record, code, reason, args, at) "
                       "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                       "revision=excluded.revision, record=excluded.record, code=excluded.code, "
                       "reason=excluded.reason, args=excluded.args, at=excluded.at"),
        {r.kind.left(40), r.id.left(600), r.revision,
         // Within the schema's limit it is kept whole (to be tried again); beyond it, only named.
         record.size() <= RecordSchema::kMaxRecordBytes + 4096 ? QString::fromUtf8(record) : QStringLiteral("{}"),
         why.code(), why.sourceText(),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(why.args())).toJson(QJsonDocument::Compact)),
         now()});
    if (!q)
        return q.error();
    keys.insert(r.kind + QLatin1Char('\n') + r.id);
    return Ok{};
}

QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return compact(v.toObject());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

namespace {

QByteArray digest(const QByteArray& body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha1);
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Status ran(const Result<QSqlQuery>& q)
{
    return q ? Status(Ok{}) : Status(q.error());
}

// The statements run for each of the thousands of records of a feed page, prepared once per page.
struct ApplyStatements
{
    explicit ApplyStatements(QSqlDatabase db)
        : remember(db,
                   QStringLiteral("INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) "
                                  "VALUES(?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                                  "case_no=excluded.case_no, volume=excluded.volume, revision=excluded.revision, "
                                  "deleted=excluded.deleted, body=excluded.body")),
          knownBody(db, QStringLiteral("SELECT body FROM sync_records WHERE kind=? AND rec_id=?")),
          caseRow(db,
                  QStringLiteral("INSERT INTO cases(case_no, created_at, info, classified) VALUES(?,?,?,?) ON "
                                 "CONFLICT(case_no) DO UPDATE SET info=excluded.info, classified=excluded.classified"))
    {
    }
    Statement remember, knownBody, caseRow;
};

// A conflict record from another desk: kept for the user here too (once), settled if it was settled there.
Status applyConflictRecord(QSqlDatabase db, const Record& r)
{
    const QJsonObject other = r.body.value(QStringLiteral("body")).toObject();
    const QString ofKind = r.body.value(QStringLiteral("kind")).toString();
    const QString ofId = r.body.value(QStringLiteral("id")).toString();
    auto exists = execSql(db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE kind=? AND rec_id=? AND other_body=?"),
                          {ofKind, ofId, compact(other)});
    if (!exists)
        return exists.error();
    if (!exists->next())
        if (auto k = execSql(
                db,
                QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, at) "
                               "VALUES(?,?,'{}',?,?,?)"),
                {ofKind, ofId, compact(other), r.body.value(QStringLiteral("from")).toString(), now()});
            !k)
            return k.error();
    return markSettled(db, r.body);
}

// An explicit deletion from another desk: a page is taken out of its document as a removal here would be
// (kept in the profile); an emptied document goes once no page is left in it (end of apply). Nothing else
// is dropped.
Status applyDeletion(QSqlDatabase db, const Record& r)
{
    if (r.kind != QLatin1String("page"))
        return Ok{};
    return ran(execSql(db,
                       QStringLiteral("UPDATE pages SET status='removed', removed_volume="
                                      "(SELECT volume_id FROM documents WHERE id = pages.document_id), "
                                      "document_id=NULL, position=NULL, page_in_document=NULL "
                                      "WHERE uid=? AND status='done'"),
                       {r.id}));
}

Status applyDossier(QSqlDatabase db, const Record& r)
{
    const QJsonObject& b = r.body;
    if (auto c = execSql(
            db, QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES(?, ?) ON CONFLICT(case_no) DO NOTHING"),
            {r.caseNo, now()});
        !c)
        return c.error();
    const qint64 caseId = scalarId(db, QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {r.caseNo});
    const QString ext = nonNull(b.value(QStringLiteral("dossier_id")).toString());
    const QString templateId = b.value(QStringLiteral("template_id")).toString();
    qint64 dossier =
        scalarId(db, QStringLiteral("SELECT id FROM dossiers WHERE case_id=? AND external_id=?"), {caseId, ext});
    if (dossier == 0) {
        auto ins = execSql(
            db, QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) VALUES(?,?,?,?)"),
            {caseId, ext, templateId, now()});
        if (!ins)
            return ins.error();
        dossier = ins->lastInsertId().toLongLong();
    }
    if (auto u =
            execSql(db, QStringLiteral("UPDATE dossiers SET template_id=?, submitted_at=?, submitted_by=? WHERE id=?"),
                    {templateId, textOrNull(b.value(QStringLiteral("submitted_at")).toString()),
                     textOrNull(b.value(QStringLiteral("submitted_by")).toString()), dossier});
        !u)
        return u.error();
    return ran(execSql(
        db, QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1) ON CONFLICT DO NOTHING"),
        {dossier, r.volume.isEmpty() ? QStringLiteral("main") : r.volume}));
}

// The volume a document record belongs to in this profile (0: its dossier is not here).
qint64 volumeOf(QSqlDatabase db, const Record& r)
{
    const QString dossierKey = r.body.value(QStringLiteral("dossier")).toString();
    return scalarId(db,
                    QStringLiteral("SELECT v.id FROM volumes v JOIN dossiers d ON d.id = v.dossier_id JOIN cases c "
                                   "ON c.id = d.case_id WHERE c.case_no=? AND d.external_id=? AND v.kind=?"),
                    {dossierKey.section(QLatin1Char('|'), 0, 0), nonNull(dossierKey.section(QLatin1Char('|'), 1)),
                     r.volume.isEmpty() ? QStringLiteral("main") : r.volume});
}

// A document whose dossier, or a page whose document, is not on this desk: taken now it would be lost (a
// document nowhere) or misplaced (a page in no document), so it waits aside until its parent has come.
std::optional<Error> missingParent(QSqlDatabase db, const Record& r)
{
    if (r.deleted)
        return std::nullopt;
    if (r.kind == QLatin1String("document") && volumeOf(db, r) == 0)
        return Error(QStringLiteral("parent_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Its dossier %1 is not on this desk."),
                     {r.body.value(QStringLiteral("dossier")).toString().left(200)});
    const QString document = r.body.value(QStringLiteral("document")).toString();
    if (r.kind == QLatin1String("page") && !document.isEmpty() &&
        scalarId(db, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {document}) == 0)
        return Error(QStringLiteral("parent_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Its document %1 is not on this desk."), {document});
    return std::nullopt;
}

Status applyDocument(QSqlDatabase db, const Record& r)
{
    const QJsonObject& b = r.body;
    const qint64 volume = volumeOf(db, r);
    if (volume == 0) // missingParent() kept it aside: this cannot happen
        return Error(QStringLiteral("parent_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Its dossier %1 is not on this desk."),
                     {b.value(QStringLiteral("dossier")).toString().left(200)});
    const QVariantList values = {volume, b.value(QStringLiteral("position")).toInt(),
                                 b.value(QStringLiteral("doc_type")).toString(),
                                 b.value(QStringLiteral("title")).toString(), r.id};
    if (scalarId(db, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {r.id}) == 0)
        return ran(execSql(
            db, QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title, uid) VALUES(?,?,?,?,?)"),
            values));
    return ran(execSql(
        db, QStringLiteral("UPDATE documents SET volume_id=?, position=?, doc_type=?, title=? WHERE uid=?"), values));
}

// Its image is already in the profile (fetched and checked before the record was taken).
Status applyPage(QSqlDatabase db, const Record& r)
{
    const QJsonObject& b = r.body;
    const qint64 document = scalarId(db, QStringLiteral("SELECT id FROM documents WHERE uid=?"),
                                     {b.value(QStringLiteral("document")).toString()});
    const QJsonValue inDoc = b.value(QStringLiteral("page_in_document"));
    const QVariantList values = {document > 0 ? QVariant(document) : QVariant(),
                                 b.value(QStringLiteral("position")).toInt(),
                                 inDoc.isNull() || inDoc.isUndefined() ? QVariant() : QVariant(inDoc.toInt()),
                                 b.value(QStringLiteral("kind")).toString(),
                                 b.value(QStringLiteral("sha256")).toString(),
                                 b.value(QStringLiteral("format")).toString(),
                                 b.value(QStringLiteral("bytes")).toInteger(),
                                 b.value(QStringLiteral("rotation")).toInt(),
                                 b.value(QStringLiteral("skew")).toDouble(),
                                 b.value(QStringLiteral("dpi")).toInt(),
                                 b.value(QStringLiteral("colour_mode")).toString(),
                                 b.value(QStringLiteral("width")).toInt(),
                                 b.value(QStringLiteral("height")).toInt(),
                                 jsonText(b.value(QStringLiteral("flags"))),
                                 b.value(QStringLiteral("text")).toString(),
                                 b.value(QStringLiteral("ocr_confidence")).toDouble(),
                                 jsonText(b.value(QStringLiteral("ocr"))),
                                 jsonText(b.value(QStringLiteral("transform"))),
                                 r.caseNo,
                                 r.id};
    qint64 pageId = scalarId(db, QStringLiteral("SELECT id FROM pages WHERE uid=?"), {r.id});
    if (pageId == 0) {
        auto ins = execSql(
            db,
            QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, created_at, uid) "
                           "VALUES(?, ?, 0, 'done', ?, ?)"),
            {QStringLiteral("sync:") + r.id, nonNull(b.value(QStringLiteral("source")).toString()), now(), r.id});
        if (!ins)
            return ins.error();
        pageId = ins->lastInsertId().toLongLong();
    }
    if (auto u = execSql(
            db,
            QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, kind=?, sha256=?, "
                           "master_format=?, master_bytes=?, rotation=?, skew=?, dpi=?, colour_mode=?, width=?, "
                           "height=?, flags=?, text=?, ocr_confidence=?, ocr=?, transform=?, case_no=?, "
                           "status='done', processed_at=processed_at WHERE uid=?"),
            values);
        !u)
        return u.error();
    if (auto d = execSql(db, QStringLiteral("DELETE FROM page_fts WHERE rowid=?"), {pageId}); !d)
        return d.error();
    if (const QString text = b.value(QStringLiteral("text")).toString(); !text.isEmpty())
        return ran(execSql(db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"),
                           {pageId, TextUtil::ftsForm(text)}));
    return Ok{};
}

// A record (not a deletion, not a conflict record) into the profile's tables.
Status applyRecord(QSqlDatabase db, ApplyStatements& st, const Record& r)
{
    if (r.kind == QLatin1String("case")) {
        auto u = st.caseRow.run({r.id, now(), jsonText(r.body.value(QStringLiteral("info"))),
                                 r.body.value(QStringLiteral("classified")).toBool() ? 1 : 0});
        return u ? Status(Ok{}) : Status(u.error());
    }
    if (r.kind == QLatin1String("dossier"))
        return applyDossier(db, r);
    if (r.kind == QLatin1String("document"))
        return applyDocument(db, r);
    if (r.kind == QLatin1String("page"))
        return applyPage(db, r);
    if (r.kind == QLatin1String("template"))
        return setSetting(db, QStringLiteral("template:") + r.id, compact(r.body));
    return Ok{};
}

// The body this desk holds of a record, when it was edited here since the server's last version and
// differently from `serverBody` (both kept then: a conflict).
Result<std::optional<QJsonObject>> editedHere(QSqlDatabase db, Statement& knownBody,
                                              const QHash<QString, QByteArray>& localDigest,
                                              const QHash<QString, qint64>& knownRevision, const Record& r,
                                              const QString& key, const QByteArray& serverBody)
{
    const auto mine = localDigest.constFind(key);
    if (mine == localDigest.cend() || !knownRevision.contains(key))
        return std::optional<QJsonObject>();
    auto known = knownBody.run({r.kind, r.id});
    if (!known)
        return known.error();
    const QByteArray knownText = (*known)->next() ? (*known)->value(0).toString().toUtf8() : QByteArray();
    (*known)->finish();
    if (*mine == digest(knownText) || *mine == digest(serverBody))
        return std::optional<QJsonObject>();
    auto local = localRecords(db, r.kind, r.id);
    if (!local)
        return local.error();
    return std::optional<QJsonObject>(local->isEmpty() ? QJsonObject() : local->constFirst().body);
}

} // namespace

Status SyncEngine::loadCaches(Context& c)
{
    if (c.cachesLoaded)
        return Ok{};
    c.localDigest.clear();
    c.knownRevision.clear();
    c.setAsideKeys.clear();
    auto all = localRecords(c.db);
    if (!all)
        return all.error();
    for (const Record& r : *all)
        c.localDigest.insert(r.kind + QLatin1Char('\n') + r.id, digest(canonical(r.body)));
    auto q = execSql(c.db, QStringLiteral("SELECT kind, rec_id, revision FROM sync_records"));
    if (!q)
        return q.error();
    while (q->next())
        c.knownRevision.insert(q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString(),
                               q->value(2).toLongLong());
    auto aside = execSql(c.db, QStringLiteral("SELECT kind, rec_id FROM sync_set_aside"));
    if (!aside)
        return aside.error();
    while (aside->next())
        c.setAsideKeys.insert(aside->value(0).toString() + QLatin1Char('\n') + aside->value(1).toString());
    c.cachesLoaded = true;
    return Ok{};
}

// Why a record from the feed cannot be taken (hostile until checked: nothing of it is used before it has
// passed the schema), fetching a page's image first; nothing when it can.
Status SyncEngine::vet(Context& c, const Record& r, qint64 bodyBytes, SyncSummary& s, std::optional<Error>& bad) const
{
    bad = RecordSchema::check({r.kind, r.id, r.caseNo, r.volume, r.deleted, r.body}, bodyBytes);
    if (!bad && r.revision < 1)
        bad =
            Error(QStringLiteral("record_invalid"), QT_TRANSLATE_NOOP("Dossier::Error", "The record has no revision."));
    if (!bad && r.kind == QLatin1String("page") && !r.deleted)
        return fetchImage(c, r.body.value(QStringLiteral("sha256")).toString(),
                          r.body.value(QStringLiteral("format")).toString(), s, bad);
    return Ok{};
}

Status SyncEngine::apply(Context& c, const QList<QJsonObject>& raw, SyncSummary& s)
{
    QList<Record> records;
    for (const QJsonObject& o : raw)
        records << Record::fromJson(o);
    std::stable_sort(records.begin(), records.end(),
                     [](const Record& a, const Record& b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    if (auto l = loadCaches(c); !l)
        return l;
    ApplyStatements st(c.db);
    Transaction tx(c.db);
    for (const Record& r : records) {
        const QString key = r.kind + QLatin1Char('\n') + r.id;
        if (c.knownRevision.value(key, -1) >= r.revision)
            continue; // already applied (our own push comes back through the feed)
        const QByteArray serverBody = canonical(r.body);
        std::optional<Error> bad;
        if (auto v = vet(c, r, serverBody.size(), s, bad); !v)
            return v;
        if (bad) {
            if (auto k = setAside(c.db, c.setAsideKeys, r, *bad, s); !k)
                return k;
            continue;
        }
        if (auto parent = missingParent(c.db, r)) {
            if (auto k = setAside(c.db, c.setAsideKeys, r, *parent, s, !c.lastLook); !k)
                return k;
            if (!c.lastLook)
                c.waiting.insert(key);
            continue;
        }
        ++s.pulled;
        auto mine = editedHere(c.db, st.knownBody, c.localDigest, c.knownRevision, r, key, serverBody);
        if (!mine)
            return mine.error();
        if (auto m = st.remember.run({r.kind, r.id, textOrNull(r.caseNo), textOrNull(r.volume), r.revision,
                                      r.deleted ? 1 : 0, QString::fromUtf8(serverBody)});
            !m)
            return m.error();
        c.knownRevision.insert(key, r.revision);
        if (c.setAsideKeys.remove(key))
            if (auto d = execSql(c.db, QStringLiteral("DELETE FROM sync_set_aside WHERE kind=? AND rec_id=?"),
                                 {r.kind, r.id});
                !d)
                return d.error();
        if (r.kind == QLatin1String("conflict")) {
            if (auto a = applyConflictRecord(c.db, r); !a)
                return a;
            continue;
        }
        if (*mine) {
            // Edited on this desk and on another: both kept; the same version wins on every desk.
            ++s.conflicts;
            const bool localWins = canonical(**mine) > serverBody;
            if (auto k = keepConflict(c.db, r.kind, r.id, r.caseNo, r.volume, localWins ? **mine : r.body,
                                      localWins ? r.body : **mine, localWins ? r.updatedBy : c.user);
                !k)
                return k;
            // Any pending operation of ours on the old revision is superseded.
            if (auto d =
                    execSql(c.db, QStringLiteral("DELETE FROM sync_outbox WHERE kind=? AND rec_id=?"), {r.kind, r.id});
                !d)
                return d.error();
            if (localWins)
                continue; // ours stays; the next collect sends it on the server's revision
        }
        c.localDigest.insert(key, digest(serverBody)); // what this desk will hold once it is applied
        if (auto a = r.deleted ? applyDeletion(c.db, r) : applyRecord(c.db, st, r); !a)
            return a;
    }
    // Documents deleted on another desk go once their pages have moved (maybe in a later page of the feed).
    if (auto d =
            execSql(c.db, QStringLiteral("DELETE FROM documents WHERE uid IN (SELECT rec_id FROM sync_records WHERE "
                                         "kind='document' AND deleted=1) AND NOT EXISTS "
                                         "(SELECT 1 FROM pages p WHERE p.document_id = documents.id)"));
        !d)
        return d.error();
    return tx.commit();
}

Status SyncEngine::fetchImage(Context& c, const QString& sha, const QString& format, SyncSummary& s,
                              std::optional<Error>& unavailable) const
{
    const QString path = c.masters.pathFor(sha, format); // both checked by the schema: never empty here
    if (path.isEmpty() || QFile::exists(path))
        return Ok{};
    // Downloaded, checked against its SHA-256, stored durably before the page record is taken.
    auto blob = call(*c.http, "GET", QStringLiteral("/api/v1/blobs/%1").arg(sha));
    if (!blob)
        return blob.error();
    if (blob->status >= 500)
        return serverError(*blob);
    if (blob->status != 200) {
        unavailable = Error(QStringLiteral("image_unavailable"),
                            QT_TRANSLATE_NOOP("Dossier::Error", "The server does not give out the page image %1 (%2)."),
                            {sha, QString::number(blob->status)});
        return Ok{};
    }
    const QString got = QString::fromLatin1(QCryptographicHash::hash(blob->body, QCryptographicHash::Sha256).toHex());
    if (got != sha) {
        unavailable =
            Error(QStringLiteral("hash_mismatch"),
                  QT_TRANSLATE_NOOP("Dossier::Error", "The server sent page image %1 with another SHA-256 (%2)."),
                  {sha, got});
        return Ok{};
    }
    if (auto put = c.masters.put(blob->body, format); !put)
        return put.error();
    ++s.blobsDown;
    return Ok{};
}

} // namespace Dossier
