#pragma once

#include <dossier/result.h>

#include <QSqlDatabase>
#include <QSqlQuery>

#include <QString>
#include <QVariant>
#include <optional>

namespace Dossier {

// The profile's SQLite database. One named connection per thread (created on first use in that thread and
// removed when the thread ends), WAL journal, foreign keys on, schema versioned by PRAGMA user_version.
class Database final
{
public:
    static constexpr int kSchemaVersion = 12;

    // Opens (creating if needed) and migrates the database at `path`. Call once before using connection().
    static Status open(const QString& path);
    // This thread's connection to `path`.
    static QSqlDatabase connection(const QString& path);

    static Error sqlError(const QSqlQuery& q);
    static Error sqlError(const QSqlDatabase& db);
};

// Small helper: prepare + bind + exec with error as a value.
Result<QSqlQuery> execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds = {});

// A statement's outcome as a Status (its rows, if any, not needed).
Status statusOf(const Result<QSqlQuery>& q);

// A statement prepared once and run many times (bulk work: thousands of rows in one transaction).
class Statement final
{
public:
    Statement(QSqlDatabase db, const QString& sql);
    Result<QSqlQuery*> run(const QVariantList& binds);
    void finish() { m_query.finish(); } // releases a SELECT's result (and SQLite's read snapshot)

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Tests' fault injection (DOSSIER_FAULT_SQL_AT): the error the next statement must fail with, if any.
std::optional<Error> injectedFault();

// The window's thread never runs SQL: with DOSSIER_GUI_THREAD_SQL=fatal (the default of debug builds, and of the
// GUI tests) a statement there stops the program, =warn names it. A GUI test's own statements, which read what
// the window wrote, are made under this guard.
class SqlFromTest final
{
public:
    SqlFromTest();
    ~SqlFromTest();
    SqlFromTest(const SqlFromTest&) = delete;
    SqlFromTest& operator=(const SqlFromTest&) = delete;
};

// A transaction that rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Status commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace Dossier
