#include "storage/database.h"

#include "storage/auditrepository.h"
#include "storage/migrator.h"
#include "storage/searchrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initDeskMigrations()
{
    Q_INIT_RESOURCE(desk_migrations);
}

namespace Dossier {
namespace {

// Removes this thread's connections when the thread ends.
struct ThreadConnections final
{
    QStringList names;
    ~ThreadConnections()
    {
        for (const QString& n : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(n, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(n);
        }
    }
};
thread_local ThreadConnections t_connections;

QString connectionName(const QString& path)
{
    const QByteArray h = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Md5).toHex().left(12);
    return QStringLiteral("dossier-%1-%2").arg(QString::fromLatin1(h)).arg(quintptr(QThread::currentThreadId()));
}

std::mutex g_openMutex;

} // namespace

Error Database::sqlError(const QSqlQuery& q)
{
    return Error(QStringLiteral("db_error"), QT_TRANSLATE_NOOP("Dossier::Error", "Database error: %1."),
                 {q.lastError().text()});
}

Error Database::sqlError(const QSqlDatabase& db)
{
    return Error(QStringLiteral("db_error"), QT_TRANSLATE_NOOP("Dossier::Error", "Database error: %1."),
                 {db.lastError().text()});
}

QSqlDatabase Database::connection(const QString& path)
{
    const QString name = connectionName(path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    t_connections.names << name;
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        if (!SearchRepository::registerFunctions(db)) // then a search fails with a database error, nothing else
            qWarning("SQLite has no FTS5 function hit_count on this connection");
    }
    return db;
}

Status Database::open(const QString& path)
{
    std::lock_guard lock(g_openMutex);
    // A profile made here holds court records: readable by this user only. (A folder that was there before
    // is the user's own choice and left as it is.)
    const QString dir = QFileInfo(path).absolutePath();
    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QFileInfo::exists(dir) && QDir().mkpath(dir))
        (void)QFile::setPermissions(dir, ownerOnly); // best effort: some file systems have no modes
    QSqlDatabase db = connection(path);
    if (!db.isOpen())
        return sqlError(db);
    initDeskMigrations();
    auto migrations = Migrator::load(QStringLiteral(":/dossier/migrations/desk"), SqlDialect::Sqlite);
    if (!migrations)
        return migrations.error();
    Q_ASSERT(migrations->size() == kSchemaVersion);
    Migrator migrator(db, SqlDialect::Sqlite, Migrator::VersionStore::UserVersionPragma);
    migrator.setTooNewError([](int found, int known) {
        return Error(
            QStringLiteral("db_too_new"),
            QT_TRANSLATE_NOOP("Dossier::Error",
                              "The profile was written by a newer version (schema %1; this program knows %2)."),
            {QString::number(found), QString::number(known)});
    });
    // 12: the audit log's entries numbered by the script are hashed into a chain (needs SHA-256: code).
    migrator.addStep(12, [](QSqlDatabase d) { return AuditRepository::chainUnhashed(d); });
    if (auto s = migrator.migrate(*migrations); !s)
        return s;
    return SearchRepository(db).ensureIndexForm();
}

std::optional<Error> injectedFault()
{
    // Fault injection for tests: DOSSIER_FAULT_SQL_AT=n makes the n-th statement of the process fail.
    // At exit it says when n was beyond the last statement, so that a test knows it has covered them all.
    struct FaultInjection
    {
        const int failAt = qEnvironmentVariableIsSet("DOSSIER_FAULT_SQL_AT")
                               ? qEnvironmentVariableIntValue("DOSSIER_FAULT_SQL_AT")
                               : -1;
        std::atomic_int statements{0};
        ~FaultInjection()
        {
            if (failAt >= 0 && statements.load() <= failAt)
                std::fprintf(stderr, "DOSSIER_FAULT_SQL_AT=%d not reached: %d statements\n", failAt, statements.load());
        }
    };
    static FaultInjection fault;
    if (fault.failAt >= 0 && fault.statements.fetch_add(1) == fault.failAt)
        return Error(QStringLiteral("db_error"), QT_TRANSLATE_NOOP("Dossier::Error", "Database error: %1."),
                     {QStringLiteral("injected fault")});
    return std::nullopt;
}

namespace {

thread_local int t_sqlFromTest = 0;

void checkNotGuiThread(const QString& sql)
{
    // The window's thread never waits on the database (a sync or an import may hold it for seconds).
    // DOSSIER_GUI_THREAD_SQL=fatal stops at such a statement (the default of debug builds), =warn names it.
    static const QByteArray mode = [] {
        QByteArray m = qgetenv("DOSSIER_GUI_THREAD_SQL");
#ifndef NDEBUG
        if (m.isEmpty())
            m = "fatal";
#endif
        return m;
    }();
    if (mode.isEmpty() || mode == "off" || t_sqlFromTest > 0)
        return;
    const QCoreApplication* app = QCoreApplication::instance();
    // A window is a QApplication's (the CLI paints with a QGuiApplication, and has no window to freeze).
    if (!app || !app->inherits("QApplication") || QThread::currentThread() != app->thread())
        return;
    if (mode == "fatal")
        qFatal("SQL on the GUI thread: %s", qPrintable(sql.left(120)));
    qWarning("SQL on the GUI thread: %s", qPrintable(sql.left(120)));
}

} // namespace

SqlFromTest::SqlFromTest()
{
    ++t_sqlFromTest;
}

SqlFromTest::~SqlFromTest()
{
    --t_sqlFromTest;
}

Result<QSqlQuery> execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    checkNotGuiThread(sql);
    if (auto fault = injectedFault())
        return *fault;
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return Database::sqlError(q);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Database::sqlError(q);
    return q;
}

Status statusOf(const Result<QSqlQuery>& q)
{
    return q ? Status(Ok{}) : Status(q.error());
}

Statement::Statement(QSqlDatabase db, const QString& sql) : m_query(db)
{
    m_prepared = m_query.prepare(sql);
}

Result<QSqlQuery*> Statement::run(const QVariantList& binds)
{
    checkNotGuiThread(m_query.lastQuery());
    if (auto fault = injectedFault())
        return *fault;
    if (!m_prepared)
        return Database::sqlError(m_query);
    for (qsizetype i = 0; i < binds.size(); ++i)
        m_query.bindValue(int(i), binds.at(i));
    if (!m_query.exec())
        return Database::sqlError(m_query);
    return &m_query;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    checkNotGuiThread(QStringLiteral("BEGIN"));
    m_open = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Database::sqlError(m_db);
    m_open = false;
    if (!m_db.commit())
        return Database::sqlError(m_db);
    return Ok{};
}

} // namespace Dossier
