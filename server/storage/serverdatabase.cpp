#include "storage/serverdatabase.h"

#include "auth.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlrows.h"

#include <QDir>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initServerMigrations()
{
    Q_INIT_RESOURCE(server_migrations);
}

namespace Dossier::Server {
namespace {

// Runs a statement without binds unprepared (PostgreSQL cannot PREPARE DDL).
Result<QSqlQuery> execDirect(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::sqlError(q);
    return q;
}

// PostgreSQL's advisory lock held while a server creates and migrates the schema (any fixed number of ours).
constexpr qint64 kMigrationLock = 0x646f7373696572; // "dossier"

} // namespace

Result<std::unique_ptr<ServerDatabase>> ServerDatabase::open(const QString& dataDir, const QString& databaseUrl)
{
    std::unique_ptr<ServerDatabase> d(new ServerDatabase);
    static std::atomic_int connections{0};
    d->m_connection = QStringLiteral("dossier-server-%1").arg(++connections);
    auto opened = databaseUrl.isEmpty() ? d->openSqlite(dataDir) : d->openPostgres(databaseUrl);
    if (!opened)
        return opened.error();
    if (auto m = d->migrate(); !m)
        return m.error(); // closing the connection releases the migration lock
    if (d->m_postgres)
        if (auto r = execDirect(d->connection(), QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kMigrationLock));
            !r)
            return r.error();
    return d;
}

Result<QSqlQuery> ServerDatabase::execUnprepared(const QString& sql) const
{
    return execDirect(connection(), sql);
}

Status ServerDatabase::openSqlite(const QString& dataDir)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("server.sqlite")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return Database::sqlError(db);
    for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"})
        if (auto r = execDirect(db, QString::fromLatin1(pragma)); !r)
            return r.error();
    return Ok{};
}

Status ServerDatabase::openPostgres(const QString& databaseUrl)
{
    const QUrl url(databaseUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error(QStringLiteral("database_url"),
                     "The database URL %1 is not of the form postgresql://user:pass@host:port/dbname.",
                     {url.toDisplayString(QUrl::RemovePassword)});
    m_postgres = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (!db.open())
        return Database::sqlError(db);
    // The court's servers start together on one database: one at a time creates the schema and migrates it
    // (the others wait here, then find it done); released in open().
    if (auto r = execDirect(db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kMigrationLock)); !r)
        return r.error();
    const QString schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
    if (schema.isEmpty())
        return Ok{};
    for (const QChar c : schema)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127)
            return Error(QStringLiteral("database_url"), "The schema name %1 is not valid.", {schema});
    for (const QString& sql :
         {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema, QStringLiteral("SET search_path TO ") + schema})
        if (auto r = execDirect(db, sql); !r)
            return r.error();
    return Ok{};
}

Result<ServerDatabase::PostgresTarget> ServerDatabase::postgresTarget(const QString& databaseUrl)
{
    const QUrl url(databaseUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error(QStringLiteral("database_url"),
                     "The database URL %1 is not of the form postgresql://user:pass@host:port/dbname.",
                     {url.toDisplayString(QUrl::RemovePassword)});
    PostgresTarget t{url.host(),
                     url.userName(),
                     url.password(),
                     url.path().mid(1),
                     QUrlQuery(url).queryItemValue(QStringLiteral("schema")),
                     url.port(5432)};
    if (t.schema.isEmpty())
        t.schema = QStringLiteral("public");
    for (const QChar c : t.schema)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127)
            return Error(QStringLiteral("database_url"), "The schema name %1 is not valid.", {t.schema});
    return t;
}

QString ServerDatabase::sqliteFile(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("server.sqlite"));
}

Status ServerDatabase::copySqlite(const QString& dataDir, const QString& toFile)
{
    const QString name = QStringLiteral("backup-") + QString::number(quintptr(&toFile));
    Status result = Ok{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(sqliteFile(dataDir));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY"));
        if (!QFile::exists(sqliteFile(dataDir)) || !db.open()) {
            result = Error(QStringLiteral("backup_failed"), "Cannot open the database %1.", {sqliteFile(dataDir)});
        } else {
            QSqlQuery q(db);
            if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
                result = Database::sqlError(q);
            q.addBindValue(toFile);
            if (result && !q.exec())
                result = Database::sqlError(q);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

ServerDatabase::~ServerDatabase()
{
    m_statements.clear(); // before their connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ServerDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

std::unique_lock<std::mutex> ServerDatabase::writeLock() const
{
    static std::mutex sqliteWriter;
    return m_postgres ? std::unique_lock<std::mutex>() : std::unique_lock<std::mutex>(sqliteWriter);
}

Result<QSqlQuery> ServerDatabase::exec(const QString& sql, const QVariantList& binds) const
{
    return execSql(connection(), sql, binds);
}

Result<QSqlQuery*> ServerDatabase::cached(const QString& sql, const QVariantList& binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(connection(), sql)).first;
    return it->second->run(binds);
}

void ServerDatabase::finishCached()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
}

QString ServerDatabase::placeholders(qsizetype n, const QString& one)
{
    QStringList p;
    p.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        p.append(one);
    return p.join(QStringLiteral(", "));
}

Status ServerDatabase::forChunks(const QString& sql, const QVariantList& leading, const QStringList& values,
                                 const std::function<void(const QSqlQuery&)>& row) const
{
    const qsizetype chunk = bindsPerStatement();
    for (qsizetype at = 0; at < values.size(); at += chunk) {
        const QStringList part = values.mid(at, chunk);
        auto q = exec(sql.arg(placeholders(part.size())), leading + QVariantList(part.cbegin(), part.cend()));
        if (!q)
            return q.error();
        if (row)
            while (q->next())
                row(*q);
    }
    return Ok{};
}

Status ServerDatabase::insertRows(const QString& head, const QString& tail, int columns,
                                  const QList<QVariantList>& rows) const
{
    const qsizetype kRows = std::max<qsizetype>(1, bindsPerStatement() / columns);
    const QString row = QLatin1Char('(') + placeholders(columns) + QLatin1Char(')');
    for (qsizetype at = 0; at < rows.size(); at += kRows) {
        const qsizetype n = std::min(kRows, rows.size() - at);
        QVariantList binds;
        binds.reserve(n * columns);
        for (qsizetype i = at; i < at + n; ++i)
            binds += rows.at(i);
        auto q = exec(head + QStringLiteral(" VALUES ") + placeholders(n, row) + tail, binds);
        if (!q)
            return q.error();
    }
    return Ok{};
}

Status ServerDatabase::migrate()
{
    initServerMigrations();
    const SqlDialect dialect = m_postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
    auto migrations = Migrator::load(QStringLiteral(":/dossier-server/migrations"), dialect);
    if (!migrations)
        return migrations.error();
    Q_ASSERT(migrations->size() == kSchemaVersion);
    Migrator migrator(connection(), dialect, Migrator::VersionStore::SchemaVersionTable);
    migrator.setTooNewError([](int found, int) {
        return Error(QStringLiteral("schema_too_new"), "The database schema version %1 is newer than this server.",
                     {QString::number(found)});
    });
    migrator.addStep(2, [](QSqlDatabase d) { return completeMigration2(d); });
    migrator.addStep(4, [](QSqlDatabase d) { return completeMigration4(d); });
    migrator.addStep(5, [](QSqlDatabase d) { return completeMigration5(d); });
    return migrator.migrate(*migrations);
}

// After storage/migrations/0002.sql, in its transaction: what needs code (issue 11) — cases bound to their court
// code, and conflict records of pages naming their image too (housekeeping keeps what a record names).
Status ServerDatabase::completeMigration2(QSqlDatabase d)
{
    auto cases = execDirect(d, QStringLiteral("SELECT case_no FROM cases"));
    if (!cases)
        return cases.error();
    QStringList all;
    while (cases->next())
        all << cases->value(0).toString();
    for (const QString& caseNo : std::as_const(all))
        if (auto u = execSql(d, QStringLiteral("UPDATE cases SET court_code = ? WHERE case_no = ?"),
                             {courtCodeOf(caseNo), caseNo});
            !u)
            return u.error();
    auto conflicts = execDirect(d, QStringLiteral("SELECT id, body FROM records WHERE kind = 'conflict'"));
    if (!conflicts)
        return conflicts.error();
    QList<QPair<QString, QString>> images;
    while (conflicts->next())
        if (const QString sha = imageOf(QStringLiteral("conflict"), Sql::parseObject(conflicts->value(1).toString()));
            !sha.isEmpty())
            images.append({conflicts->value(0).toString(), sha});
    for (const auto& [id, sha] : std::as_const(images))
        if (auto u = execSql(d, QStringLiteral("UPDATE records SET sha256 = ? WHERE kind = 'conflict' AND id = ?"),
                             {sha, id});
            !u)
            return u.error();
    return Ok{};
}

namespace {

// The statements that make `table` append-only: triggers that abort every UPDATE and DELETE of it (on PostgreSQL one
// trigger, through a PL/pgSQL function named after the table).
QStringList appendOnlyTriggers(const QSqlDatabase& d, const QString& table)
{
    if (d.driverName() == QLatin1String("QPSQL"))
        return {QStringLiteral("CREATE FUNCTION %1_append_only() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION '%1 is "
                               "append-only'; END $$ LANGUAGE plpgsql")
                    .arg(table),
                QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1 FOR EACH ROW EXECUTE "
                               "FUNCTION %1_append_only()")
                    .arg(table)};
    return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is "
                           "append-only'); END")
                .arg(table),
            QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN SELECT RAISE(ABORT, '%1 is "
                           "append-only'); END")
                .arg(table)};
}

} // namespace

// After storage/migrations/0004.sql, in its transaction: the old audit entries chained (SHA-256: code), the index
// of the new table, and the triggers that keep audit_log append-only (worded per dialect).
Status ServerDatabase::completeMigration4(QSqlDatabase d)
{
    if (auto s = AuditRepository::chainOldEntries(d); !s)
        return s;
    QStringList statements{QStringLiteral("DROP TABLE audit_log_v3"),
                           QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)")};
    statements << appendOnlyTriggers(d, QStringLiteral("audit_log"));
    for (const QString& sql : std::as_const(statements))
        if (auto r = execDirect(d, sql); !r)
            return r.error();
    return Ok{};
}

// After storage/migrations/0005.sql, in its transaction: the triggers that keep desk_audit_entries append-only.
Status ServerDatabase::completeMigration5(QSqlDatabase d)
{
    const QStringList statements = appendOnlyTriggers(d, QStringLiteral("desk_audit_entries"));
    for (const QString& sql : std::as_const(statements))
        if (auto r = execDirect(d, sql); !r)
            return r.error();
    return Ok{};
}

} // namespace Dossier::Server
