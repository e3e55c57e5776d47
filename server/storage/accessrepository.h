#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// access_requests: requests for access to a case and how they were decided.
class AccessRepository final
{
public:
    explicit AccessRepository(ServerDatabase& db) : m_db(db) {}

    Status create(const AccessRequest& request);
    Result<std::optional<AccessRequest>> find(const QString& id) const;
    Result<QList<AccessRequest>> all() const; // oldest first
    Status decide(const QString& id, const QString& status, const QString& decidedBy);
    Result<int> pendingOf(const QString& requester) const;

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
