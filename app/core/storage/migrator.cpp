#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace Dossier {
namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// A walk over a script's tokens: whitespace and comments are skipped, a quoted string or identifier or a
// dollar-quoted body is one token, a word is one token, any other character is a token of its own.
class SqlScanner final
{
public:
    enum class Kind { End, Word, Quoted, Punct };

    SqlScanner(const QString& s, SqlDialect dialect) : m_s(s), m_dialect(dialect) {}

    // The next token; `skipped` says whether whitespace or comments came before it.
    Kind next(bool* skipped = nullptr)
    {
        const qsizetype before = m_pos;
        skipSpaceAndComments();
        if (skipped)
            *skipped = m_pos != before;
        m_start = m_pos;
        if (m_pos >= m_s.size())
            return Kind::End;
        const QChar c = m_s.at(m_pos);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`'))
            return quoted(c, c, false);
        if (c == QLatin1Char('[') && m_dialect == SqlDialect::Sqlite)
            return quoted(c, QLatin1Char(']'), false);
        if (c == QLatin1Char('$') && m_dialect == SqlDialect::Postgres && dollarQuoted())
            return Kind::Quoted;
        if (isWordChar(c)) {
            while (m_pos < m_s.size() && isWordChar(m_s.at(m_pos)))
                ++m_pos;
            // PostgreSQL's E'…' strings take backslash escapes.
            if (m_dialect == SqlDialect::Postgres && m_pos - m_start == 1 && c.toUpper() == QLatin1Char('E') &&
                m_pos < m_s.size() && m_s.at(m_pos) == QLatin1Char('\''))
                return quoted(QLatin1Char('\''), QLatin1Char('\''), true);
            return Kind::Word;
        }
        ++m_pos;
        return Kind::Punct;
    }

    qsizetype start() const { return m_start; }
    qsizetype end() const { return m_pos; }
    QString text() const { return m_s.mid(m_start, m_pos - m_start); }

private:
    void skipSpaceAndComments()
    {
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos);
            const QChar n = m_pos + 1 < m_s.size() ? m_s.at(m_pos + 1) : QChar();
            if (c.isSpace()) {
                ++m_pos;
            } else if (c == QLatin1Char('-') && n == QLatin1Char('-')) {
                const qsizetype eol = m_s.indexOf(QLatin1Char('\n'), m_pos);
                m_pos = eol < 0 ? m_s.size() : eol + 1;
            } else if (c == QLatin1Char('/') && n == QLatin1Char('*')) {
                const qsizetype close = m_s.indexOf(QLatin1String("*/"), m_pos + 2);
                m_pos = close < 0 ? m_s.size() : close + 2;
            } else {
                return;
            }
        }
    }

    // From an opening quote to its closing one; a doubled closing quote (or, with `backslash`, \x) is part of it.
    Kind quoted(QChar open, QChar close, bool backslash)
    {
        m_pos = m_s.indexOf(open, m_pos) + 1;
        while (m_pos < m_s.size()) {
            const QChar c = m_s.at(m_pos++);
            if (backslash && c == QLatin1Char('\\')) {
                ++m_pos;
            } else if (c == close) {
                if (m_pos < m_s.size() && m_s.at(m_pos) == close && open == close)
                    ++m_pos;
                else
                    return Kind::Quoted;
            }
        }
        m_pos = m_s.size(); // unterminated: the rest of the script (the database reports it)
        return Kind::Quoted;
    }

    // $tag$ … $tag$ (tag: empty or a word not starting with a digit).
    bool dollarQuoted()
    {
        static const QRegularExpression tag(QStringLiteral("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$"));
        const auto m =
            tag.match(m_s, m_pos, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            return false;
        const qsizetype close = m_s.indexOf(m.captured(0), m_pos + m.capturedLength(0));
        m_pos = close < 0 ? m_s.size() : close + m.capturedLength(0);
        return true;
    }

    const QString& m_s;
    SqlDialect m_dialect;
    qsizetype m_pos = 0;
    qsizetype m_start = 0;
};

Error sqlError(const QString& text)
{
    return Error(QStringLiteral("db_error"), QT_TRANSLATE_NOOP("Dossier::Error", "Database error: %1."), {text});
}

Error migrationsError(const QString& dir, const QString& file)
{
    return Error(
        QStringLiteral("db_migrations"),
        QT_TRANSLATE_NOOP("Dossier::Error", "The schema migrations in %1 are unreadable or numbered with a gap (%2)."),
        {dir, file});
}

bool isPunct(const QString& token, const char* set)
{
    return token.size() == 1 && QByteArray(set).contains(token.at(0).toLatin1());
}

// Runs one statement unprepared (PostgreSQL cannot PREPARE DDL).
Result<QSqlQuery> exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q.lastError().text());
    return q;
}

} // namespace

QStringList splitSqlScript(const QString& script, SqlDialect dialect)
{
    QStringList out;
    SqlScanner scan(script, dialect);
    qsizetype start = -1;   // the statement's first token
    qsizetype lastEnd = -1; // the end of its last token so far
    QStringList lead;       // its first words (upper case), to recognise CREATE [TEMP] TRIGGER
    bool trigger = false;
    int depth = 0; // BEGIN/CASE … END nesting inside a trigger
    for (auto kind = scan.next(); kind != SqlScanner::Kind::End; kind = scan.next()) {
        const bool semicolon = kind == SqlScanner::Kind::Punct && scan.text() == QLatin1String(";");
        if (semicolon && (!trigger || depth <= 0)) {
            if (start >= 0)
                out << script.mid(start, lastEnd - start);
            start = -1;
            lead.clear();
            trigger = false;
            depth = 0;
            continue;
        }
        if (start < 0)
            start = scan.start();
        lastEnd = scan.end();
        if (kind != SqlScanner::Kind::Word || dialect != SqlDialect::Sqlite)
            continue;
        const QString word = scan.text().toUpper();
        if (lead.size() < 4)
            lead << word;
        if (!trigger && word == QLatin1String("TRIGGER") && lead.first() == QLatin1String("CREATE"))
            trigger = true;
        else if (trigger && (word == QLatin1String("BEGIN") || word == QLatin1String("CASE")))
            ++depth;
        else if (trigger && word == QLatin1String("END"))
            --depth;
    }
    if (start >= 0)
        out << script.mid(start, lastEnd - start);
    return out;
}

QString normalizeSql(const QString& statement, SqlDialect dialect)
{
    QString out;
    SqlScanner scan(statement, dialect);
    QString previous;
    bool skipped = false;
    for (auto kind = scan.next(&skipped); kind != SqlScanner::Kind::End; kind = scan.next(&skipped)) {
        const QString token = scan.text();
        const bool punct = kind == SqlScanner::Kind::Punct;
        if (!out.isEmpty()) {
            if (punct && isPunct(token, "(),;"))
                ; // "cases (id" and "cases(id" are the same
            else if (isPunct(previous, ","))
                out += QLatin1Char(' ');
            else if (skipped && !isPunct(previous, "("))
                out += QLatin1Char(' ');
        }
        out += token;
        previous = punct ? token : QString();
    }
    if (out.endsWith(QLatin1Char(';')))
        out.chop(1);
    return out;
}

QString layoutSchemaStatement(const QString& normalized)
{
    if (!normalized.startsWith(QLatin1String("CREATE TABLE"), Qt::CaseInsensitive))
        return normalized + QLatin1Char(';');
    SqlScanner scan(normalized, SqlDialect::Sqlite);
    QString out;
    qsizetype copied = 0;
    int depth = 0;
    for (auto kind = scan.next(); kind != SqlScanner::Kind::End; kind = scan.next()) {
        if (kind != SqlScanner::Kind::Punct)
            continue;
        const QString t = scan.text();
        if (t == QLatin1String("(") && ++depth == 1) {
            out += normalized.mid(copied, scan.end() - copied) + QLatin1String("\n  ");
            copied = scan.end();
        } else if (t == QLatin1String(")") && depth-- == 1) {
            out += normalized.mid(copied, scan.start() - copied) + QLatin1Char('\n');
            copied = scan.start();
        } else if (t == QLatin1String(",") && depth == 1) {
            out += normalized.mid(copied, scan.end() - copied) + QLatin1String("\n  ");
            copied = scan.end() + 1; // the space after the comma
        }
    }
    return out + normalized.mid(copied) + QLatin1Char(';');
}

Migrator::Migrator(QSqlDatabase db, SqlDialect dialect, VersionStore store)
    : m_db(std::move(db)), m_dialect(dialect), m_store(store)
{
}

Result<QList<Migration>> Migrator::load(const QString& dir, SqlDialect dialect)
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})(\\.pg)?\\.sql$"));
    std::map<int, QString> files; // version → file name
    for (const QString& f : QDir(dir).entryList(QDir::Files, QDir::Name)) {
        const auto m = name.match(f);
        const bool pg = m.hasMatch() && !m.captured(2).isEmpty();
        if (!m.hasMatch() || (pg && dialect != SqlDialect::Postgres))
            continue;
        const int version = m.captured(1).toInt();
        if (pg || !files.count(version)) // "NNNN.pg.sql" sorts before "NNNN.sql"; on PostgreSQL it wins
            files[version] = f;
    }
    QList<Migration> out;
    for (const auto& [version, file] : files) {
        QFile in(QDir(dir).filePath(file));
        if (version != int(out.size()) + 1 || !in.open(QIODevice::ReadOnly))
            return migrationsError(dir, file);
        out.append(Migration{version, file, QString::fromUtf8(in.readAll())});
    }
    if (out.isEmpty())
        return migrationsError(dir, QStringLiteral("0001.sql"));
    return out;
}

Result<int> Migrator::version() const
{
    if (m_store == VersionStore::UserVersionPragma) {
        auto q = exec(m_db, QStringLiteral("PRAGMA user_version"));
        if (!q)
            return q.error();
        return q->next() ? q->value(0).toInt() : 0;
    }
    auto exists = exec(m_db, m_dialect == SqlDialect::Postgres
                                 ? QStringLiteral("SELECT 1 FROM information_schema.tables WHERE "
                                                  "table_schema = current_schema() AND table_name = 'schema_version'")
                                 : QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND "
                                                  "name = 'schema_version'"));
    if (!exists)
        return exists.error();
    if (!exists->next())
        return 0;
    auto q = exec(m_db, QStringLiteral("SELECT version FROM schema_version"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status Migrator::migrate(const QList<Migration>& migrations)
{
    auto current = version();
    if (!current)
        return current.error();
    const int known = migrations.isEmpty() ? 0 : migrations.last().version;
    if (*current > known) {
        if (m_tooNew)
            return m_tooNew(*current, known);
        return Error(
            QStringLiteral("db_too_new"),
            QT_TRANSLATE_NOOP("Dossier::Error",
                              "The database was written by a newer version (schema %1; this program knows %2)."),
            {QString::number(*current), QString::number(known)});
    }
    for (const Migration& m : migrations)
        if (m.version > *current)
            if (auto s = run(m); !s)
                return s;
    return Ok{};
}

Status Migrator::run(const Migration& m)
{
    if (!m_db.transaction())
        return sqlError(m_db.lastError().text());
    auto fail = [this](Error e) {
        m_db.rollback();
        return Status(std::move(e));
    };
    const QStringList statements = splitSqlScript(m.script, m_dialect);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        QSqlQuery q(m_db);
        if (!q.exec(statements.at(i)))
            return fail(Error(QStringLiteral("db_migration"),
                              QT_TRANSLATE_NOOP("Dossier::Error", "Database migration %1, statement %2: %3."),
                              {m.name, QString::number(i + 1), q.lastError().text()}));
    }
    if (const auto step = m_steps.find(m.version); step != m_steps.end())
        if (auto s = step->second(m_db); !s)
            return fail(s.error());
    if (auto s = setVersion(m.version); !s)
        return fail(s.error());
    if (!m_db.commit())
        return fail(sqlError(m_db.lastError().text()));
    return Ok{};
}

Status Migrator::setVersion(int version)
{
    const QStringList sql =
        m_store == VersionStore::UserVersionPragma
            ? QStringList{QStringLiteral("PRAGMA user_version=%1").arg(version)}
            : QStringList{QStringLiteral("DELETE FROM schema_version"),
                          QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version)};
    for (const QString& s : sql)
        if (auto q = exec(m_db, s); !q)
            return q.error();
    return Ok{};
}

Result<QStringList> Migrator::sqliteSchema(QSqlDatabase db)
{
    auto q = exec(
        db, QStringLiteral("SELECT m.sql FROM sqlite_master m WHERE m.sql IS NOT NULL AND m.name NOT LIKE 'sqlite_%' "
                           "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.type = 'table' AND "
                           "v.sql LIKE 'CREATE VIRTUAL TABLE%' AND m.type = 'table' AND m.name LIKE v.name || '\\_%' "
                           "ESCAPE '\\') "
                           "ORDER BY m.type = 'view', m.tbl_name, CASE m.type WHEN 'table' THEN 0 WHEN 'index' "
                           "THEN 1 ELSE 2 END, m.name"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << normalizeSql(q->value(0).toString());
    return out;
}

} // namespace Dossier
