#include "storage/auditrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {

Status AuditRepository::append(const AuditEntry& e)
{
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO audit_log (at, user_name, address, action, details) VALUES (?, ?, ?, ?, ?)"),
        {e.at, Sql::text(e.user), Sql::text(e.address), e.action, Sql::text(e.details)});
    if (!q)
        return q.error();
    return Ok{};
}

Result<QList<AuditEntry>> AuditRepository::latest(int limit) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT at, user_name, address, action, details FROM audit_log ORDER BY at DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QList<AuditEntry> out;
    while (q->next())
        out.append(AuditEntry{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString()});
    return out;
}

} // namespace Dossier::Server
