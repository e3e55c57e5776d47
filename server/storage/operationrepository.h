#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <QHash>
#include <QStringList>

namespace Dossier::Server {

class ServerDatabase;

// operations: the reply to each operation a user's desk had applied, by op_id (a replay is answered with it).
// Statements only: the caller (ServerStore) holds the write lock and the transaction.
class OperationRepository final
{
public:
    explicit OperationRepository(ServerDatabase& db) : m_db(db) {}

    // The stored replies of those of `opIds` the user sent before, added to `stored` (op_id → reply).
    Status stored(const QString& user, const QStringList& opIds, QHash<QString, QJsonObject>& stored) const;
    Status store(const QString& user, const QList<StoredReply>& replies); // multi-row INSERTs

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
