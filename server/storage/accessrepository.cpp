#include "storage/accessrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {
namespace {

QString requestColumns()
{
    return QStringLiteral("id, case_no, requester, reason, status, decided_by, created_at, decided_at");
}

AccessRequest readRequest(const QSqlQuery& q)
{
    return AccessRequest{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}

} // namespace

Status AccessRepository::create(const AccessRequest& r)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO access_requests (id, case_no, requester, reason, status, "
                                      "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {r.id, r.caseNo, r.requester, Sql::text(r.reason), r.status, r.createdAt});
    if (!q)
        return q.error();
    return Ok{};
}

Result<std::optional<AccessRequest>> AccessRepository::find(const QString& id) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT ") + requestColumns() + QStringLiteral(" FROM access_requests WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AccessRequest>();
    return std::optional<AccessRequest>(readRequest(*q));
}

Result<QList<AccessRequest>> AccessRepository::all() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + requestColumns() +
                       QStringLiteral(" FROM access_requests ORDER BY created_at, id"));
    if (!q)
        return q.error();
    QList<AccessRequest> out;
    while (q->next())
        out.append(readRequest(*q));
    return out;
}

Status AccessRepository::decide(const QString& id, const QString& status, const QString& decidedBy)
{
    auto q =
        m_db.exec(QStringLiteral("UPDATE access_requests SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"),
                  {status, decidedBy, isoNow(), id});
    if (!q)
        return q.error();
    return Ok{};
}

Result<int> AccessRepository::pendingOf(const QString& requester) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT count(*) FROM access_requests WHERE requester = ? AND status = 'pending'"), {requester});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Dossier::Server
