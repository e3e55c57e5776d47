#pragma once

#include <dossier/result.h>

#include <QString>

namespace Dossier::Server {

// A server's backup: its database (SQLite: a consistent copy made with VACUUM INTO; PostgreSQL: pg_dump of its
// schema in custom format) and then its blob store, every image copied and checked against its SHA-256, with a
// manifest.json. The database comes first: an image a record of the copy names is kept on the server for at least
// the blob grace period, so it is still there when the images are copied. A restore goes into a fresh server only
// (a data folder without a database, or a PostgreSQL schema that does not exist yet).
class ServerBackup final
{
public:
    struct Summary
    {
        int blobs = 0;
        qint64 bytes = 0;
    };
    static Result<Summary> backup(const QString& dataDir, const QString& databaseUrl, const QString& toDir);
    static Result<Summary> restore(const QString& fromDir, const QString& dataDir, const QString& databaseUrl);
};

} // namespace Dossier::Server
