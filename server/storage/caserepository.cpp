#include "storage/caserepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {

Result<bool> CaseRepository::known(const QString& caseNo) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM cases WHERE case_no = ?"), {caseNo});
    if (!q)
        return q.error();
    return q->next();
}

Status CaseRepository::knownOf(const QStringList& cases, QSet<QString>& known) const
{
    return m_db.forChunks(QStringLiteral("SELECT case_no FROM cases WHERE case_no IN (%1)"), {}, cases,
                          [&known](const QSqlQuery& q) { known.insert(q.value(0).toString()); });
}

Status CaseRepository::insert(const QList<CaseRow>& cases)
{
    QList<QVariantList> rows;
    rows.reserve(cases.size());
    for (const CaseRow& c : cases)
        rows.append({c.caseNo, c.createdBy, int(c.archived), c.courtCode});
    return m_db.insertRows(QStringLiteral("INSERT INTO cases (case_no, created_by, archived, court_code)"), {}, 4,
                           rows);
}

Result<bool> CaseRepository::archived(const QString& caseNo) const
{
    auto c = m_db.exec(QStringLiteral("SELECT archived FROM cases WHERE case_no = ?"), {caseNo});
    if (!c)
        return c.error();
    return c->next() && c->value(0).toInt() != 0;
}

Status CaseRepository::setArchived(const QString& caseNo, bool archived)
{
    auto u = m_db.exec(QStringLiteral("UPDATE cases SET archived = ? WHERE case_no = ?"), {int(archived), caseNo});
    if (!u)
        return u.error();
    return Ok{};
}

Result<QSet<QString>> CaseRepository::caseSet(const QString& sql, const QVariantList& binds) const
{
    auto q = m_db.exec(sql, binds);
    if (!q)
        return q.error();
    QSet<QString> out;
    while (q->next())
        out.insert(q->value(0).toString());
    return out;
}

Result<QSet<QString>> CaseRepository::createdBy(const QString& user) const
{
    return caseSet(QStringLiteral("SELECT case_no FROM cases WHERE created_by = ?"), {user});
}

Result<QSet<QString>> CaseRepository::allArchived() const
{
    return caseSet(QStringLiteral("SELECT case_no FROM cases WHERE archived = 1"), {});
}

Result<QSet<QString>> CaseRepository::casesOf(const QString& user) const
{
    return caseSet(QStringLiteral("SELECT case_no FROM case_members WHERE user_name = ?"), {user});
}

Result<std::optional<QString>> CaseRepository::relation(const QString& caseNo, const QString& user) const
{
    auto q = m_db.exec(QStringLiteral("SELECT relation FROM case_members WHERE case_no = ? AND user_name = ?"),
                       {caseNo, user});
    if (!q)
        return q.error();
    return q->next() ? std::optional<QString>(q->value(0).toString()) : std::nullopt;
}

Status CaseRepository::addMember(const QString& caseNo, const QString& user, const QString& relation)
{
    auto i = m_db.exec(QStringLiteral("INSERT INTO case_members (case_no, user_name, relation) VALUES (?, ?, ?)"),
                       {caseNo, user, relation});
    if (!i)
        return i.error();
    return Ok{};
}

Status CaseRepository::setRelation(const QString& caseNo, const QString& user, const QString& relation)
{
    auto u = m_db.exec(QStringLiteral("UPDATE case_members SET relation = ? WHERE case_no = ? AND user_name = ?"),
                       {relation, caseNo, user});
    if (!u)
        return u.error();
    return Ok{};
}

Status CaseRepository::removeMemberships(const QString& user)
{
    auto del = m_db.exec(QStringLiteral("DELETE FROM case_members WHERE user_name = ?"), {user});
    if (!del)
        return del.error();
    return Ok{};
}

Result<QList<MemberRow>> CaseRepository::members(const QString& caseNo) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT user_name, relation FROM case_members WHERE case_no = ? ORDER BY user_name"), {caseNo});
    if (!q)
        return q.error();
    QList<MemberRow> out;
    while (q->next())
        out.append(MemberRow{q->value(0).toString(), q->value(1).toString()});
    return out;
}

} // namespace Dossier::Server
