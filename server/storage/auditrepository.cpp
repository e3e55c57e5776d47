#include "storage/auditrepository.h"

#include "domain/auditchain.h"
#include "storage/database.h"
#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

#include <QJsonArray>

namespace Dossier::Server {
namespace {

AuditEntry entryOf(const QSqlQuery& q)
{
    AuditEntry e{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toString()};
    e.seq = q.value(5).toLongLong();
    e.prevHash = q.value(6).toString();
    e.hash = q.value(7).toString();
    return e;
}

const QString kColumns = QStringLiteral("at, user_name, address, action, details, seq, prev_hash, hash");

DeskAuditHead headOf(const QSqlQuery& q)
{
    return DeskAuditHead{q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong()};
}

const QString kHeadColumns = QStringLiteral("desk_id, user_name, seq, hash, received_at, kept_from");

} // namespace

QString AuditRepository::entryHash(const AuditEntry& e)
{
    return AuditChain::hashFields(
        {QStringLiteral("dossier-server-audit/1"), e.seq, e.at, e.user, e.address, e.action, e.details, e.prevHash});
}

Status AuditRepository::append(const AuditEntry& entry)
{
    if (m_db.isPostgres())
        if (auto l = m_db.execUnprepared(QStringLiteral("LOCK TABLE audit_log IN EXCLUSIVE MODE")); !l)
            return l.error();
    auto last = m_db.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last)
        return last.error();
    AuditEntry e = entry;
    e.seq = last->next() ? last->value(0).toLongLong() + 1 : 1;
    e.prevHash = e.seq > 1 ? last->value(1).toString() : QString();
    e.hash = entryHash(e);
    auto q = m_db.exec(QStringLiteral("INSERT INTO audit_log (seq, at, user_name, address, action, details, "
                                      "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                       {e.seq, e.at, Sql::text(e.user), Sql::text(e.address), e.action, Sql::text(e.details),
                        Sql::text(e.prevHash), e.hash});
    if (!q)
        return q.error();
    return Ok{};
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryOf(*q));
    return out;
}

Result<QList<AuditEntry>> AuditRepository::chain() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ORDER BY seq"));
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(entryOf(*q));
    return out;
}

Status AuditRepository::chainOldEntries(QSqlDatabase d)
{
    auto old = execSql(d, QStringLiteral("SELECT at, user_name, address, action, details FROM audit_log_v3 "
                                         "ORDER BY at"));
    if (!old)
        return old.error();
    QList<AuditEntry> entries;
    while (old->next())
        entries.append(AuditEntry{old->value(0).toString(), old->value(1).toString(), old->value(2).toString(),
                                  old->value(3).toString(), old->value(4).toString()});
    old->finish();
    QString prev;
    qint64 seq = 0;
    for (AuditEntry e : std::as_const(entries)) {
        e.seq = ++seq;
        e.prevHash = prev;
        e.hash = entryHash(e);
        if (auto q = execSql(d,
                             QStringLiteral("INSERT INTO audit_log (seq, at, user_name, address, action, details, "
                                            "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                             {e.seq, e.at, Sql::text(e.user), Sql::text(e.address), e.action, Sql::text(e.details),
                              Sql::text(e.prevHash), e.hash});
            !q)
            return q.error();
        prev = e.hash;
    }
    return Ok{}; // the caller drops audit_log_v3 (DDL is not prepared on PostgreSQL)
}

Result<std::optional<DeskAuditHead>> AuditRepository::deskHead(const QString& deskId) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kHeadColumns + QStringLiteral(" FROM desk_audit_heads WHERE desk_id = ?"),
                  {deskId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DeskAuditHead>();
    return std::optional<DeskAuditHead>(headOf(*q));
}

Result<QList<DeskAuditHead>> AuditRepository::deskHeads() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + kHeadColumns + QStringLiteral(" FROM desk_audit_heads ORDER BY desk_id"));
    if (!q)
        return q.error();
    QList<DeskAuditHead> out;
    while (q->next())
        out.append(headOf(*q));
    return out;
}

Status AuditRepository::recordDeskHead(const DeskAuditHead& h)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO desk_audit_heads (desk_id, user_name, seq, hash, received_at) "
                                      "VALUES (?, ?, ?, ?, ?) ON CONFLICT (desk_id) DO UPDATE SET "
                                      "seq = excluded.seq, hash = excluded.hash, received_at = excluded.received_at"),
                       {h.deskId, h.user, h.seq, h.hash, h.receivedAt});
    if (!q)
        return q.error();
    return Ok{};
}

Status AuditRepository::appendDeskEntries(const QString& deskId, const QList<AuditChain::Link>& entries)
{
    for (const AuditChain::Link& l : entries)
        if (auto q = m_db.exec(QStringLiteral("INSERT INTO desk_audit_entries (desk_id, seq, at, actor, dossier_id, "
                                              "action, details, prev_hash, dossier_prev, hash) VALUES (?, ?, ?, ?, "
                                              "?, ?, ?, ?, ?, ?)"),
                               {deskId, l.seq, Sql::text(l.at), Sql::text(l.actor), l.dossierId, Sql::text(l.action),
                                Sql::text(l.details), Sql::text(l.prevHash), Sql::text(l.dossierPrev), l.hash});
            !q)
            return q.error();
    return Ok{};
}

Result<QList<AuditChain::Link>> AuditRepository::deskEntries(const QString& deskId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT seq, at, actor, dossier_id, action, details, prev_hash, dossier_prev, "
                                      "hash FROM desk_audit_entries WHERE desk_id = ? ORDER BY seq"),
                       {deskId});
    if (!q)
        return q.error();
    QList<AuditChain::Link> out;
    while (q->next())
        out.append(AuditChain::Link{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                                    q->value(3).toLongLong(), q->value(4).toString(), q->value(5).toString(),
                                    q->value(6).toString(), q->value(7).toString(), q->value(8).toString()});
    return out;
}

} // namespace Dossier::Server
