#include "storage/userrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {

Result<std::optional<UserRow>> UserRepository::find(const QString& name) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT name, role, scope, password, disabled FROM users WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserRow>();
    return std::optional<UserRow>(UserRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), q->value(4).toInt() != 0});
}

Status UserRepository::replace(const UserRow& u)
{
    if (auto del = m_db.exec(QStringLiteral("DELETE FROM users WHERE name = ?"), {u.name}); !del)
        return del.error();
    auto ins =
        m_db.exec(QStringLiteral("INSERT INTO users (name, role, scope, password, created_at) VALUES (?, ?, ?, ?, ?)"),
                  {u.name, u.role, Sql::text(u.scope), u.password, isoNow()});
    if (!ins)
        return ins.error();
    return Ok{};
}

Result<int> UserRepository::setDisabled(const QString& name, bool disabled)
{
    auto u = m_db.exec(QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"), {int(disabled), name});
    if (!u)
        return u.error();
    return u->numRowsAffected();
}

Result<int> UserRepository::remove(const QString& name)
{
    auto u = m_db.exec(QStringLiteral("DELETE FROM users WHERE name = ?"), {name});
    if (!u)
        return u.error();
    return u->numRowsAffected();
}

Status UserRepository::setPassword(const QString& name, const QString& hash)
{
    auto u = m_db.exec(QStringLiteral("UPDATE users SET password = ? WHERE name = ?"), {hash, name});
    if (!u)
        return u.error();
    return Ok{};
}

Status UserRepository::addSession(const QString& digest, const QString& user, qint64 expiresAtSecs)
{
    auto ins = m_db.exec(QStringLiteral("INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)"),
                         {digest, user, expiresAtSecs});
    if (!ins)
        return ins.error();
    return Ok{};
}

Status UserRepository::removeExpiredSessions(qint64 nowSecs)
{
    auto purge = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {nowSecs});
    if (!purge)
        return purge.error();
    return Ok{};
}

Result<QString> UserRepository::sessionUser(const QString& digest, qint64 nowSecs) const
{
    auto q = m_db.exec(QStringLiteral("SELECT user_name FROM sessions WHERE token_hash = ? AND expires_at > ?"),
                       {digest, nowSecs});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status UserRepository::removeSession(const QString& digest)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {digest});
    if (!q)
        return q.error();
    return Ok{};
}

Result<int> UserRepository::removeSessions(const QString& user)
{
    auto del = m_db.exec(QStringLiteral("DELETE FROM sessions WHERE user_name = ?"), {user});
    if (!del)
        return del.error();
    return del->numRowsAffected();
}

} // namespace Dossier::Server
