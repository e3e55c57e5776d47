#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// blobs (images stored by content), blob_holders (who proved they hold one) and uploads. Statements only: the
// caller (ServerStore) holds the write lock and the transaction.
class BlobRepository final
{
public:
    explicit BlobRepository(ServerDatabase& db) : m_db(db) {}

    Result<bool> holds(const QString& user, const QString& sha256);
    Status addHolder(const QString& sha256, const QString& user); // already one: nothing changes
    Status record(const QString& sha256, qint64 size);            // already recorded: nothing changes
    // Images stored before the cutoff (ISO time) that no record names.
    Result<QStringList> unnamedBefore(const QString& cutoff) const;
    Status remove(const QString& sha256); // the blob's row and its holders

    Result<std::optional<Upload>> upload(const QString& id) const;
    Result<std::optional<Upload>> openUpload(const QString& user, const QString& sha256) const; // the newest
    Result<QList<Upload>> incompleteUploads() const;
    Status createUpload(const Upload& upload);
    Status markUploadComplete(const QString& id);
    // Unfinished uploads started before the cutoff are forgotten; their ids are returned.
    Result<QStringList> removeUnfinishedUploads(const QString& cutoff);

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
