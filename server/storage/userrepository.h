#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// users and sessions. Statements only: the caller (ServerStore) holds the write lock and the transaction.
class UserRepository final
{
public:
    explicit UserRepository(ServerDatabase& db) : m_db(db) {}

    Result<std::optional<UserRow>> find(const QString& name) const;
    // Replaces the user's row (created_at now); their sessions are not touched (see removeSessions).
    Status replace(const UserRow& user);
    // The number of users changed (0: no such user).
    Result<int> setDisabled(const QString& name, bool disabled);
    Result<int> remove(const QString& name);
    Status setPassword(const QString& name, const QString& hash);

    Status addSession(const QString& tokenDigest, const QString& user, qint64 expiresAtSecs);
    Status removeExpiredSessions(qint64 nowSecs);
    Result<QString> sessionUser(const QString& tokenDigest, qint64 nowSecs) const; // empty: none or expired
    Status removeSession(const QString& tokenDigest);
    Result<int> removeSessions(const QString& user); // the number removed

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
