#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

namespace Dossier::Server {

class ServerDatabase;

// audit_log: who did what from where.
class AuditRepository final
{
public:
    explicit AuditRepository(ServerDatabase& db) : m_db(db) {}

    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> latest(int limit) const; // newest first

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
