#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// records: the synced records (their feed positions: FeedRepository). Statements only: the caller
// (ServerStore) holds the write lock and the transaction.
class RecordRepository final
{
public:
    explicit RecordRepository(ServerDatabase& db) : m_db(db) {}

    Result<std::optional<Record>> find(const QString& kind, const QString& id);
    // The records of `idsByKind` (kind → ids) that exist, each to `found` (a few statements for any number).
    Status findAll(const QHash<QString, QStringList>& idsByKind, const std::function<void(Record&&)>& found) const;
    Status write(const Record& r, bool exists);  // an UPDATE when it exists, else an INSERT
    Status upsert(const QList<Record>& records); // multi-row INSERTs … ON CONFLICT DO UPDATE
    Result<QList<Record>> templates() const;     // by id
    // Every live record of a kind, one at a time (the impact of a template's new version).
    Status each(const QString& kind, const std::function<void(Record&&)>& found) const;
    Result<bool> hasArchivedDossier(const QString& caseNo) const;
    // Where the live pages naming the image stand (a removed page shows nobody its image).
    Result<QList<RecordPlace>> livePagesNaming(const QString& sha256) const;

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
