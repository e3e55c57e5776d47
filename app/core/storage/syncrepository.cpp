#include "storage/syncrepository.h"

#include "common/clock.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QDateTime>

namespace Dossier {
namespace {

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

Result<int> count(QSqlDatabase db, const QString& sql)
{
    auto q = execSql(db, sql);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<bool> exists(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto q = execSql(db, sql, binds);
    if (!q)
        return q.error();
    return q->next();
}

SyncOutboxRow outboxRow(const QSqlQuery& q)
{
    SyncOutboxRow o;
    o.row = q.value(0).toLongLong();
    o.opId = q.value(1).toString();
    o.kind = q.value(2).toString();
    o.id = q.value(3).toString();
    o.caseNo = q.value(4).toString();
    o.volume = q.value(5).toString();
    o.baseRevision = q.value(6).toLongLong();
    o.deleted = q.value(7).toInt() != 0;
    o.body = q.value(8).toString();
    return o;
}

const QString kOutboxColumns =
    QStringLiteral("SELECT id, op_id, kind, rec_id, case_no, volume, base_revision, deleted, body FROM sync_outbox ");

} // namespace

SyncRepository::SyncRepository(QSqlDatabase db) : m_db(std::move(db)) {}

SyncRepository::~SyncRepository() = default;

// ---- settings ------------------------------------------------------------------------------------------------

Result<QString> SyncRepository::setting(const QString& key)
{
    auto q = execSql(m_db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<SyncAccount> SyncRepository::account()
{
    SyncAccount a;
    for (const auto& [key, field] : {std::pair{"sync.server", &a.server}, std::pair{"sync.user", &a.user},
                                     std::pair{"sync.role", &a.role}, std::pair{"sync.scope", &a.scope}}) {
        auto v = setting(QLatin1String(key));
        if (!v)
            return v.error();
        *field = *v;
    }
    return a;
}

Status SyncRepository::setAccount(const SyncAccount& a)
{
    Transaction tx(m_db);
    for (const auto& [key, value] : {std::pair{"sync.server", &a.server}, std::pair{"sync.user", &a.user},
                                     std::pair{"sync.role", &a.role}, std::pair{"sync.scope", &a.scope}})
        if (auto s = setSetting(QLatin1String(key), *value); !s)
            return s;
    return tx.commit();
}

Status SyncRepository::setSetting(const QString& key, const QString& value)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                            {key, value}));
}

// ---- sync_records --------------------------------------------------------------------------------------------

Result<QList<SyncKnownRow>> SyncRepository::knownRecords()
{
    auto q =
        execSql(m_db, QStringLiteral("SELECT kind, rec_id, revision, body, deleted, case_no, volume FROM sync_records "
                                     "WHERE kind NOT IN ('movement', 'case_event', 'calendar')"));
    if (!q)
        return q.error();
    QList<SyncKnownRow> out;
    while (q->next())
        out << SyncKnownRow{q->value(0).toString(), q->value(1).toString(),   q->value(5).toString(),
                            q->value(6).toString(), q->value(2).toLongLong(), q->value(4).toInt() != 0,
                            q->value(3).toString()};
    return out;
}

Result<QList<SyncKnownRow>> SyncRepository::knownRevisions()
{
    auto q = execSql(m_db, QStringLiteral("SELECT kind, rec_id, revision FROM sync_records"));
    if (!q)
        return q.error();
    QList<SyncKnownRow> out;
    while (q->next()) {
        SyncKnownRow r;
        r.kind = q->value(0).toString();
        r.id = q->value(1).toString();
        r.revision = q->value(2).toLongLong();
        out << r;
    }
    return out;
}

Result<std::optional<SyncKnownRow>> SyncRepository::known(const QString& kind, const QString& id)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT revision, body, case_no, volume, deleted FROM sync_records WHERE kind=? AND rec_id=?"),
        {kind, id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SyncKnownRow>();
    return std::optional<SyncKnownRow>(SyncKnownRow{kind, id, q->value(2).toString(), q->value(3).toString(),
                                                    q->value(0).toLongLong(), q->value(4).toInt() != 0,
                                                    q->value(1).toString()});
}

Result<std::optional<QString>> SyncRepository::knownBody(const QString& kind, const QString& id)
{
    if (!m_knownBody)
        m_knownBody = std::make_unique<Statement>(
            m_db, QStringLiteral("SELECT body FROM sync_records WHERE kind=? AND rec_id=?"));
    auto q = m_knownBody->run({kind, id});
    if (!q)
        return q.error();
    std::optional<QString> body;
    if ((*q)->next())
        body = (*q)->value(0).toString();
    m_knownBody->finish();
    return body;
}

Status SyncRepository::remember(const SyncKnownRow& r)
{
    if (!m_remember)
        m_remember = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) "
                                 "VALUES(?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                                 "case_no=excluded.case_no, volume=excluded.volume, revision=excluded.revision, "
                                 "deleted=excluded.deleted, body=excluded.body"));
    auto q = m_remember->run(
        {r.kind, r.id, textOrNull(r.caseNo), textOrNull(r.volume), r.revision, r.deleted ? 1 : 0, r.body});
    return q ? Status(Ok{}) : Status(q.error());
}

// ---- sync_outbox ---------------------------------------------------------------------------------------------

Status SyncRepository::queue(const SyncOutboxRow& o)
{
    return statusOf(
        execSql(m_db,
                QStringLiteral("INSERT INTO sync_outbox(op_id, kind, rec_id, case_no, volume, base_revision, "
                               "deleted, body, created_at) VALUES(?,?,?,?,?,?,?,?,?)"),
                {o.opId, o.kind, o.id, textOrNull(o.caseNo), textOrNull(o.volume), o.baseRevision, o.deleted ? 1 : 0,
                 o.body, Clock::stamp()}));
}

Result<QList<SyncOutboxRow>> SyncRepository::outboxBatch(int limit)
{
    auto q = execSql(m_db,
                     kOutboxColumns + QStringLiteral("ORDER BY CASE kind WHEN 'template' THEN 0 WHEN 'case' THEN 1 "
                                                     "WHEN 'dossier' THEN 2 WHEN 'document' THEN 3 WHEN 'page' THEN 4 "
                                                     "WHEN 'qc_review' THEN 5 ELSE 6 END, id LIMIT ?"),
                     {limit});
    if (!q)
        return q.error();
    QList<SyncOutboxRow> out;
    while (q->next())
        out << outboxRow(*q);
    return out;
}

Result<QList<SyncOutboxRow>> SyncRepository::outboxKeys()
{
    auto q = execSql(m_db, QStringLiteral("SELECT kind, rec_id FROM sync_outbox"));
    if (!q)
        return q.error();
    QList<SyncOutboxRow> out;
    while (q->next()) {
        SyncOutboxRow o;
        o.kind = q->value(0).toString();
        o.id = q->value(1).toString();
        out << o;
    }
    return out;
}

Result<bool> SyncRepository::isQueued(const QString& kind, const QString& id)
{
    return exists(m_db, QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind=? AND rec_id=?"), {kind, id});
}

Result<std::optional<SyncOutboxRow>> SyncRepository::queuedCreation(const QString& kind, const QString& id)
{
    auto q =
        execSql(m_db, kOutboxColumns + QStringLiteral("WHERE kind=? AND rec_id=? AND base_revision=0"), {kind, id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SyncOutboxRow>();
    return std::optional<SyncOutboxRow>(outboxRow(*q));
}

Status SyncRepository::dropOperation(qint64 row)
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM sync_outbox WHERE id=?"), {row}));
}

Status SyncRepository::dropOperationsOf(const QString& kind, const QString& id)
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM sync_outbox WHERE kind=? AND rec_id=?"), {kind, id}));
}

Status SyncRepository::countAttempt(qint64 row)
{
    return statusOf(execSql(m_db, QStringLiteral("UPDATE sync_outbox SET attempts=attempts+1 WHERE id=?"), {row}));
}

Result<int> SyncRepository::outboxCount()
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM sync_outbox"));
}

// ---- sync_set_aside ------------------------------------------------------------------------------------------

Status SyncRepository::setAside(const SyncSetAsideRow& r)
{
    return statusOf(
        execSql(m_db,
                QStringLiteral("INSERT INTO sync_set_aside(kind, rec_id, revision, record, code, reason, args, "
                               "at) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                               "revision=excluded.revision, record=excluded.record, code=excluded.code, "
                               "reason=excluded.reason, args=excluded.args, at=excluded.at"),
                {r.kind, r.id, r.revision, r.record, r.code, r.reason, r.args, r.at}));
}

Result<QList<SyncSetAsideRow>> SyncRepository::setAsideRows()
{
    auto q = execSql(m_db, QStringLiteral("SELECT kind, rec_id, revision, record, code, reason, args, at "
                                          "FROM sync_set_aside ORDER BY at"));
    if (!q)
        return q.error();
    QList<SyncSetAsideRow> out;
    while (q->next())
        out << SyncSetAsideRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong(),
                               q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                               q->value(6).toString(), q->value(7).toString()};
    return out;
}

Result<QList<SyncSetAsideRow>> SyncRepository::setAsideKeys()
{
    auto q = execSql(m_db, QStringLiteral("SELECT kind, rec_id FROM sync_set_aside"));
    if (!q)
        return q.error();
    QList<SyncSetAsideRow> out;
    while (q->next()) {
        SyncSetAsideRow r;
        r.kind = q->value(0).toString();
        r.id = q->value(1).toString();
        out << r;
    }
    return out;
}

Status SyncRepository::dropSetAside(const QString& kind, const QString& id)
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM sync_set_aside WHERE kind=? AND rec_id=?"), {kind, id}));
}

Result<int> SyncRepository::setAsideCount()
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM sync_set_aside"));
}

// ---- sync_conflicts ------------------------------------------------------------------------------------------

Result<bool> SyncRepository::hasConflict(const QString& kind, const QString& id, const QString& otherBody)
{
    return exists(m_db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE kind=? AND rec_id=? AND other_body=?"),
                  {kind, id, otherBody});
}

Status SyncRepository::addConflict(const SyncConflictRow& r)
{
    return statusOf(
        execSql(m_db,
                QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, "
                               "at) VALUES(?,?,?,?,?,?)"),
                {r.kind, r.recId, r.keptBody, r.otherBody, r.otherFrom, r.at}));
}

Status SyncRepository::markSettled(const SyncSettlementRow& r)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE sync_conflicts SET resolved_at=?, resolved_by=?, resolution=? "
                                           "WHERE kind=? AND rec_id=? AND other_body=? AND resolved_at IS NULL"),
                            {r.at, r.by, r.resolution, r.kind, r.recId, r.otherBody}));
}

Result<QList<SyncConflictRow>> SyncRepository::openConflicts()
{
    auto q = execSql(m_db, QStringLiteral("SELECT id, kind, rec_id, kept_body, other_body, other_from, at "
                                          "FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<SyncConflictRow> out;
    while (q->next())
        out << SyncConflictRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(),   q->value(4).toString(), q->value(5).toString(),
                               q->value(6).toString()};
    return out;
}

Result<int> SyncRepository::openConflictCount()
{
    return count(m_db, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
}

Status SyncRepository::settleConflict(qint64 id, const QString& at, const QString& by, const QString& resolution)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE sync_conflicts SET resolved_at=?, resolved_by=?, resolution=? "
                                           "WHERE id=? AND resolved_at IS NULL"),
                            {at, by, resolution, id}));
}

Status SyncRepository::audit(const QString& at, const QString& actor, qint64 dossierId, const QString& action,
                             const QString& details)
{
    return AuditRepository(m_db).recordText(actor, dossierId, action, details, at);
}

} // namespace Dossier
