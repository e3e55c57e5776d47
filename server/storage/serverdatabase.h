#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace Dossier {
class Statement;
}

namespace Dossier::Server {

// The server's database: SQLite (DIR/server.sqlite, WAL) or PostgreSQL (QPSQL), migrated when opened
// (server/storage/migrations). One connection, used from one thread. The repositories beside this file run every
// statement of the server through it: no SQL text lives outside server/storage.
//
// Dialects: the statements are portable SQL, with ? placeholders; where the two differ the repository asks
// isPostgres() (INSERT OR IGNORE / ON CONFLICT DO NOTHING, PostgreSQL's schema in the URL, how many values one
// statement binds).
class ServerDatabase final
{
public:
    static constexpr int kSchemaVersion = 5;

    // databaseUrl empty → SQLite in dataDir; else postgresql://user:pass@host:port/dbname[?schema=NAME]
    static Result<std::unique_ptr<ServerDatabase>> open(const QString& dataDir, const QString& databaseUrl);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase&) = delete;
    ServerDatabase& operator=(const ServerDatabase&) = delete;

    QSqlDatabase connection() const;

    // Where a PostgreSQL URL points (for pg_dump and pg_restore, through the environment).
    struct PostgresTarget
    {
        QString host, user, password, database, schema;
        int port = 5432;
    };
    static Result<PostgresTarget> postgresTarget(const QString& databaseUrl);
    // A consistent copy of the SQLite database of `dataDir` (VACUUM INTO), while servers may be writing it.
    static Status copySqlite(const QString& dataDir, const QString& toFile);
    static QString sqliteFile(const QString& dataDir);
    bool isPostgres() const { return m_postgres; }

    // SQLite takes one writer at a time: the server's threads queue here for it instead of failing when a
    // read snapshot cannot be upgraded. PostgreSQL serialises on the feed counter's row instead: no lock.
    std::unique_lock<std::mutex> writeLock() const;

    // prepare + bind + exec, the error as a value.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {}) const;
    // A statement without binds, unprepared (PostgreSQL prepares no DDL and no LOCK).
    Result<QSqlQuery> execUnprepared(const QString& sql) const;
    // The statements of the write path, prepared once per connection (a PostgreSQL round trip instead of
    // three, no SQL parsing on SQLite). A result must be read before the same statement runs again.
    Result<QSqlQuery*> cached(const QString& sql, const QVariantList& binds = {});
    void finishCached();

    // How many values one statement binds. Qt's SQLite driver looks each bind up by name in a list (quadratic in
    // their number: 2,200 binds cost more than the statement), PostgreSQL's round trip is what counts there.
    qsizetype bindsPerStatement() const { return m_postgres ? 2000 : 256; }
    // Runs `sql`, whose %1 stands for a list of placeholders, once per chunk of `values` (bindsPerStatement() at a
    // time), binding `leading` first; each row read goes to `row` (may be empty: a statement without rows).
    Status forChunks(const QString& sql, const QVariantList& leading, const QStringList& values,
                     const std::function<void(const QSqlQuery&)>& row = {}) const;
    // Rows for `head` in multi-row INSERTs ("head VALUES (…), (…) tail"), as many to a statement as
    // bindsPerStatement() allows.
    Status insertRows(const QString& head, const QString& tail, int columns, const QList<QVariantList>& rows) const;

    // "?, ?, …" (n times `one`).
    static QString placeholders(qsizetype n, const QString& one = QStringLiteral("?"));

private:
    ServerDatabase() = default;
    Status openSqlite(const QString& dataDir);
    Status openPostgres(const QString& databaseUrl);
    Status migrate();
    static Status completeMigration2(QSqlDatabase d);
    static Status completeMigration4(QSqlDatabase d);
    static Status completeMigration5(QSqlDatabase d);

    std::map<QString, std::unique_ptr<Statement>> m_statements;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace Dossier::Server
