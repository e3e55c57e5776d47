#pragma once

// The schema migration runner of the desk and of dossier-server. Depends on QtCore, QtSql and dossier/result.h
// only (the library dossier_migrator), so that the server links it without the rest of the desk core.

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace Dossier {

enum class SqlDialect { Sqlite, Postgres };

// The statements of a script, split without splitting on every ';': a ';' inside a quoted string ('…'), a quoted
// identifier ("…", `…`, […]), a comment (-- …, /* … */), the BEGIN … END body of a CREATE TRIGGER (SQLite) or a
// dollar-quoted body ($$ … $$, $tag$ … $tag$, PostgreSQL) does not end a statement. Comments before and after a
// statement are dropped, comments inside it are kept; the closing ';' is not part of the text. Empty statements
// are skipped.
QStringList splitSqlScript(const QString& script, SqlDialect dialect = SqlDialect::Sqlite);

// One statement without its comments and with its whitespace normalised (strings and quoted identifiers kept as
// they are): no space around '(' or before ')' and ',', one space after ',', one space elsewhere. Two statements
// that differ only in layout and comments normalise to the same text.
QString normalizeSql(const QString& statement, SqlDialect dialect = SqlDialect::Sqlite);

// A normalised CREATE TABLE laid out with one column or constraint a line (other statements as they are), ending
// in ';'. For schema.sql and scripts/dump-schema.sh.
QString layoutSchemaStatement(const QString& normalized);

// One migration: its script takes the schema from version - 1 to version.
struct Migration final
{
    int version = 0;
    QString name; // the file name, e.g. "0003.sql", named in errors
    QString script;
};

class Migrator final
{
public:
    // Where the version is kept: the desk in PRAGMA user_version, the server in a one-row table schema_version
    // (created by its first migration).
    enum class VersionStore { UserVersionPragma, SchemaVersionTable };
    // Code run after the script of a migration, in its transaction (data changes that need more than SQL).
    using Step = std::function<Status(QSqlDatabase)>;
    // The error for a database newer than the program: (its version, the newest this program knows).
    using TooNew = std::function<Error(int found, int known)>;

    Migrator(QSqlDatabase db, SqlDialect dialect, VersionStore store);

    // The migrations in `dir` (usually a resource directory): NNNN.sql, and on PostgreSQL NNNN.pg.sql instead
    // where there is one; numbered 1, 2, … without gaps.
    static Result<QList<Migration>> load(const QString& dir, SqlDialect dialect);

    void addStep(int version, Step step) { m_steps[version] = std::move(step); }
    void setTooNewError(TooNew tooNew) { m_tooNew = std::move(tooNew); }

    // The database's version (0: none yet).
    Result<int> version() const;
    // Runs the migrations past the database's version, each in one transaction together with its version bump:
    // a failing statement leaves the database at the version before, and its error names the file and the
    // statement's number. A database newer than the last migration is refused (code db_too_new unless
    // setTooNewError() says otherwise).
    Status migrate(const QList<Migration>& migrations);

    // The schema of a SQLite database as sqlite_master shows it, normalised (normalizeSql), in a stable order:
    // by table, the table first, then its indexes and triggers by name; views last. Internal objects (automatic
    // indexes, FTS5 shadow tables) are left out.
    static Result<QStringList> sqliteSchema(QSqlDatabase db);

private:
    Status run(const Migration& m);
    Status setVersion(int version);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    VersionStore m_store;
    std::map<int, Step> m_steps;
    TooNew m_tooNew;
};

} // namespace Dossier
