// The schema: the migration runner (statements split without splitting on ';', one transaction a migration,
// errors naming the file), the checked-in schema.sql of the desk and of the server against a freshly migrated
// database, and databases of every past desk version (tests/data/desk-schema/vK.sql) upgraded with their data.
//
// DOSSIER_SCHEMA_DUMP=desk|server prints the freshly migrated schema in schema.sql's layout and exits
// (scripts/dump-schema.sh).
#include "auth.h"
#include "domain/textutil.h"
#include "serverstore.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Dossier;

namespace {

const QString kSource = QStringLiteral(DOSSIER_SOURCE_DIR);

// A connection of the test's own, outside Database's bookkeeping.
class RawConnection final
{
public:
    explicit RawConnection(const QString& path) : m_name(QStringLiteral("schema-raw-") + QString::number(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_count = 0;
    QString m_name;
};

QVariant scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<%1 failed>").arg(sql);
    return q.value(0);
}

QStringList column(QSqlDatabase db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("<%1 failed>").arg(sql)};
    while (q.next())
        out << q.value(0).toString();
    return out;
}

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The statements of a checked-in schema.sql, comments stripped and whitespace normalised.
QStringList checkedInSchema(const QString& path)
{
    QStringList out;
    for (const QString& s : splitSqlScript(readText(path)))
        out << normalizeSql(s);
    return out;
}

// What differs between the checked-in schema and the database's, one statement a line.
QString schemaDiff(const QStringList& file, const QStringList& db)
{
    QString out;
    for (const QString& s : file)
        if (!db.contains(s))
            out += QStringLiteral("\n- (schema.sql only)  ") + s;
    for (const QString& s : db)
        if (!file.contains(s))
            out += QStringLiteral("\n+ (database only)    ") + s;
    if (out.isEmpty() && file != db)
        out = QStringLiteral("\n  the same statements in another order; the database's order:\n  ") +
              db.join(QStringLiteral("\n  "));
    return out;
}

Result<QStringList> freshDeskSchema(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("fresh.sqlite"));
    if (auto s = Database::open(path); !s)
        return s.error();
    return Migrator::sqliteSchema(Database::connection(path));
}

Result<QStringList> freshServerSchema(const QString& dir)
{
    auto store = Server::ServerStore::open(dir, {});
    if (!store)
        return store.error();
    return Migrator::sqliteSchema((*store)->db());
}

// Builds a database at `path` from a fixture's SQL text, statement by statement.
bool buildFrom(const QString& path, const QString& script)
{
    RawConnection raw(path);
    for (const QString& s : splitSqlScript(script)) {
        QSqlQuery q(raw.db());
        if (!q.exec(s)) {
            qWarning("%s: %s", qPrintable(s.left(200)), qPrintable(q.lastError().text()));
            return false;
        }
    }
    return true;
}

Result<int> versionOf(const QString& path)
{
    RawConnection raw(path);
    return Migrator(raw.db(), SqlDialect::Sqlite, Migrator::VersionStore::UserVersionPragma).version();
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitKeepsStringsCommentsAndTriggers();
    void runnerRunsTriggersAndSemicolonsInStrings();
    void failingStatementLeavesThePreviousVersion();
    void newerDatabaseIsRefused();
    void deskMigrationsAreTheSchemaVersion();
    void deskSchemaIsCheckedIn();
    void serverSchemaIsCheckedIn();
    void upgradesPastDeskVersions_data();
    void upgradesPastDeskVersions();
    void scannedByMigrationSkipsUnreadableBatches();
    void indexedAgainOnceWhenTheFormChanges();
    void upgradesServerVersion1();
};

void TestSchema::splitKeepsStringsCommentsAndTriggers()
{
    const QString script =
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE t(a TEXT DEFAULT 'x;y', \"odd;name\" INTEGER); /* a block; comment */\n"
                       "CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN\n"
                       "  UPDATE t SET a = CASE WHEN new.a = 'p;q' THEN 'r' ELSE a END WHERE rowid = new.rowid;\n"
                       "  INSERT INTO log VALUES('it''s; fine');\n"
                       "END;\n"
                       ";;\n"
                       "INSERT INTO t(a) VALUES('last') -- no semicolon at the end");
    const QStringList s = splitSqlScript(script);
    QCOMPARE(s.size(), 3);
    QCOMPARE(s.at(0), QStringLiteral("CREATE TABLE t(a TEXT DEFAULT 'x;y', \"odd;name\" INTEGER)"));
    QVERIFY(s.at(1).startsWith(QLatin1String("CREATE TRIGGER t_ins")));
    QVERIFY(s.at(1).endsWith(QLatin1String("END")));
    QCOMPARE(s.at(2), QStringLiteral("INSERT INTO t(a) VALUES('last')"));
    // PostgreSQL: dollar-quoted bodies and E'' strings.
    const QStringList pg = splitSqlScript(
        QStringLiteral("CREATE FUNCTION f() RETURNS trigger AS $body$ BEGIN x := 1; RETURN NEW; END $body$ "
                       "LANGUAGE plpgsql; SELECT E'a\\';b'; SELECT $$;$$"),
        SqlDialect::Postgres);
    QCOMPARE(pg.size(), 3);
    QCOMPARE(pg.at(1), QStringLiteral("SELECT E'a\\';b'"));
    // Layout and comments do not matter to the normalised form.
    QCOMPARE(normalizeSql(QStringLiteral("CREATE TABLE x (\n  a INT, -- note\n  b TEXT ,UNIQUE( a ,b ) );")),
             normalizeSql(QStringLiteral("CREATE TABLE x(a INT,b TEXT, UNIQUE(a, b))")));
}

void TestSchema::runnerRunsTriggersAndSemicolonsInStrings()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("t.sqlite")));
    const Migration m{1, QStringLiteral("0001.sql"), QStringLiteral(R"SQL(
-- A table, its log, a trigger with two statements in its body, and ';' inside string literals.
CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT NOT NULL DEFAULT 'none; yet');
CREATE TABLE notes_log(note_id INTEGER, what TEXT);
CREATE TRIGGER notes_added AFTER INSERT ON notes BEGIN
  INSERT INTO notes_log VALUES(new.id, 'added; first');
  INSERT INTO notes_log VALUES(new.id, CASE WHEN new.body LIKE '%;%' THEN 'has ;' ELSE 'plain' END);
END;
INSERT INTO notes(body) VALUES('one; two -- three /* four */');
INSERT INTO notes(id) VALUES(2);
)SQL")};
    Migrator migrator(raw.db(), SqlDialect::Sqlite, Migrator::VersionStore::UserVersionPragma);
    const Status s = migrator.migrate({m});
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().english()));
    QCOMPARE(migrator.version().value(), 1);
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT body FROM notes WHERE id=1")).toString(),
             QStringLiteral("one; two -- three /* four */"));
    QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT body FROM notes WHERE id=2")).toString(),
             QStringLiteral("none; yet"));
    QCOMPARE(column(raw.db(), QStringLiteral("SELECT what FROM notes_log ORDER BY rowid")),
             QStringList({QStringLiteral("added; first"), QStringLiteral("has ;"), QStringLiteral("added; first"),
                          QStringLiteral("has ;")}));
}

void TestSchema::failingStatementLeavesThePreviousVersion()
{
    QTemporaryDir dir;
    RawConnection raw(dir.filePath(QStringLiteral("t.sqlite")));
    const QList<Migration> migrations = {
        {1, QStringLiteral("0001.sql"), QStringLiteral("CREATE TABLE a(x INTEGER); INSERT INTO a VALUES(1);")},
        {2, QStringLiteral("0002.sql"),
         QStringLiteral("CREATE TABLE b(y TEXT);\nINSERT INTO a VALUES(2);\nINSERT INTO nowhere VALUES('x; y');\n"
                        "CREATE TABLE c(z TEXT);")},
        {3, QStringLiteral("0003.sql"), QStringLiteral("CREATE TABLE d(w TEXT);")}};
    for (const auto store : {Migrator::VersionStore::UserVersionPragma, Migrator::VersionStore::SchemaVersionTable}) {
        Migrator migrator(raw.db(), SqlDialect::Sqlite, store);
        if (store == Migrator::VersionStore::SchemaVersionTable) {
            QVERIFY(QSqlQuery(raw.db()).exec(QStringLiteral("DROP TABLE a")));
            QVERIFY(QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA user_version=0")));
            QVERIFY(QSqlQuery(raw.db()).exec(QStringLiteral("CREATE TABLE schema_version(version INTEGER)")));
        }
        const Status s = migrator.migrate(migrations);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), QStringLiteral("db_migration"));
        QVERIFY2(s.error().english().startsWith(QLatin1String("Database migration 0002.sql, statement 3: ")),
                 qPrintable(s.error().english()));
        QVERIFY2(s.error().english().contains(QLatin1String("nowhere")), qPrintable(s.error().english()));
        QCOMPARE(migrator.version().value(), 1);
        QCOMPARE(column(raw.db(), QStringLiteral("SELECT x FROM a")), QStringList({QStringLiteral("1")}));
        QCOMPARE(scalar(raw.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN ('b', 'c', 'd')"))
                     .toInt(),
                 0);
    }
}

void TestSchema::newerDatabaseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    {
        RawConnection raw(path);
        QVERIFY(QSqlQuery(raw.db()).exec(QStringLiteral("PRAGMA user_version=%1").arg(Database::kSchemaVersion + 1)));
    }
    const Status s = Database::open(path);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), QStringLiteral("db_too_new"));
    QCOMPARE(s.error().args(),
             QStringList({QString::number(Database::kSchemaVersion + 1), QString::number(Database::kSchemaVersion)}));
    QCOMPARE(versionOf(path).value(), Database::kSchemaVersion + 1);
}

void TestSchema::deskMigrationsAreTheSchemaVersion()
{
    auto m = Migrator::load(QStringLiteral(":/dossier/migrations/desk"), SqlDialect::Sqlite);
    QVERIFY(m.ok());
    QCOMPARE(int(m->size()), Database::kSchemaVersion);
    for (int i = 0; i < m->size(); ++i)
        QCOMPARE(m->at(i).name, QStringLiteral("%1.sql").arg(i + 1, 4, 10, QLatin1Char('0')));
    // A gap is refused.
    QTemporaryDir dir;
    for (const char* name : {"0001.sql", "0003.sql"}) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto gap = Migrator::load(dir.path(), SqlDialect::Sqlite);
    QVERIFY(!gap.ok());
    QCOMPARE(gap.error().code(), QStringLiteral("db_migrations"));
}

void TestSchema::deskSchemaIsCheckedIn()
{
    QTemporaryDir dir;
    auto db = freshDeskSchema(dir.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().english()));
    const QStringList file = checkedInSchema(kSource + QStringLiteral("/app/core/storage/schema.sql"));
    QVERIFY2(file == *db, qPrintable(QStringLiteral("app/core/storage/schema.sql differs from a freshly migrated "
                                                    "desk database (scripts/dump-schema.sh desk):") +
                                     schemaDiff(file, *db)));
}

void TestSchema::serverSchemaIsCheckedIn()
{
    QTemporaryDir dir;
    auto db = freshServerSchema(dir.path());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().english()));
    const QStringList file = checkedInSchema(kSource + QStringLiteral("/server/storage/schema.sql"));
    QVERIFY2(file == *db, qPrintable(QStringLiteral("server/storage/schema.sql differs from a freshly migrated "
                                                    "server database (scripts/dump-schema.sh server):") +
                                     schemaDiff(file, *db)));
}

void TestSchema::upgradesPastDeskVersions_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Database::kSchemaVersion; ++v)
        QTest::addRow("v%d", v) << v;
}

namespace {

int count(QSqlDatabase db, const char* table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))).toInt();
}

QJsonValue json(QSqlDatabase db, const QString& sql)
{
    const QJsonDocument d = QJsonDocument::fromJson(scalar(db, sql).toString().toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

// The rows of every version are all there (the fixtures hold the same rows wherever their table exists).
void checkRowCounts(QSqlDatabase db, int v)
{
    const QList<std::pair<const char*, int>> counts = {{"cases", 2},
                                                       {"dossiers", 2},
                                                       {"volumes", 2},
                                                       {"documents", 3},
                                                       {"batches", 1},
                                                       {"pages", 5},
                                                       {"processing_records", 3},
                                                       {"outputs", v >= 2 ? 2 : 0},
                                                       {"audit_log", v >= 3 ? 2 : 0},
                                                       // + search.fts_form and audit.desk_id; a template moved
                                                       // to its table
                                                       {"settings", v >= 3 ? 4 : 2},
                                                       {"templates", v >= 3 ? 1 : 0},
                                                       {"qc_reviews", v >= 3 ? 1 : 0},
                                                       {"sync_records", v >= 5 ? 2 : 0},
                                                       {"sync_outbox", v >= 5 ? 1 : 0},
                                                       {"sync_conflicts", v >= 5 ? 1 : 0},
                                                       {"sync_set_aside", 0}};
    for (const auto& [table, n] : counts)
        QVERIFY2(count(db, table) == n, table);
}

void checkValues(QSqlDatabase db, int v)
{
    QCOMPARE(column(db, QStringLiteral("SELECT case_no || '/' || classified FROM cases ORDER BY id")),
             QStringList({QStringLiteral("(2023)京0105民初1234号/0"), QStringLiteral("(2024)京0105刑初77号/1")}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT title FROM documents WHERE id=2")).toString(),
             QStringLiteral("证据材料; 合同 'A' -- 第一份"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM pages WHERE id=1")).toString(),
             QStringLiteral("Contract 民事起诉状 原告：张三；被告：李四; 诉讼请求 -- 见 'A'"));
    QCOMPARE(json(db, QStringLiteral("SELECT flags FROM pages WHERE id=3")).toArray(),
             QJsonArray({QStringLiteral("blank_suggested"), QStringLiteral("residual_skew")}));
    const QJsonObject ocrLine =
        json(db, QStringLiteral("SELECT ocr FROM pages WHERE id=1"))[QStringLiteral("lines")][0].toObject();
    QCOMPARE(ocrLine[QStringLiteral("w")].toArray().size(), 2);
    QCOMPARE(json(db, QStringLiteral("SELECT transform FROM pages WHERE id=2"))[QStringLiteral("size")].toArray(),
             QJsonArray({2456, 3500}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status || ' ' || error_code || ' ' || error_args FROM pages WHERE id=4"))
                 .toString(),
             QStringLiteral("error image_unreadable [\"scan-04.tif\"]"));
    QCOMPARE(json(db, QStringLiteral("SELECT options FROM batches"))[QStringLiteral("jobs")].toInt(), 2);
    // The clerk's removal (kept from version 3 on).
    QCOMPARE(scalar(db, QStringLiteral("SELECT status || '/' || coalesce(document_id, '-') || '/' || "
                                       "coalesce(removed_volume, '-') FROM pages WHERE id=5"))
                 .toString(),
             v >= 3 ? QStringLiteral("removed/-/1") : QStringLiteral("done/2/-"));
    // The full-text index was in the old form (a token per Han character, latin and digit runs whole): opening
    // indexed the pages again in the current one, which finds parts of words and numbers.
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key='search.fts_form'")).toString(),
             QString::number(TextUtil::kFtsFormVersion));
    const auto found = [&](const QString& needle) {
        return column(db, QStringLiteral("SELECT rowid FROM page_fts WHERE page_fts MATCH '%1' ORDER BY rowid")
                              .arg(TextUtil::ftsQuery(needle)));
    };
    QCOMPARE(found(QStringLiteral("contract")), QStringList({QStringLiteral("1")}));
    QCOMPARE(found(QStringLiteral("ONTRA")), QStringList({QStringLiteral("1")}));
    QCOMPARE(found(QStringLiteral("合同")), QStringList({QStringLiteral("3")}));
    QCOMPARE(found(QStringLiteral("2023-1")), QStringList({QStringLiteral("3")}));
    QCOMPARE(column(db, QStringLiteral("SELECT rowid FROM page_fts WHERE page_fts MATCH '\"合 同\"'")),
             QStringList()); // the old form's tokens are gone
    if (v >= 2)
        QCOMPARE(
            json(db, QStringLiteral("SELECT info FROM cases WHERE id=1"))[QStringLiteral("plaintiffs")][0].toString(),
            QStringLiteral("张三"));
    if (v >= 6)
        QCOMPARE(scalar(db, QStringLiteral("SELECT resolved_by || ' ' || resolution FROM sync_conflicts")).toString(),
                 QStringLiteral("王芳 current"));
}

// Columns added after the fixture's version are there, NULL in the old rows; new tables take their defaults.
void checkNewColumns(QSqlDatabase db, int v)
{
    const QList<std::pair<QString, int>> set = {
        {QStringLiteral("SELECT count(*) FROM cases WHERE info IS NOT NULL"), v >= 2 ? 1 : 0},
        {QStringLiteral("SELECT count(*) FROM dossiers WHERE edited_at IS NOT NULL"), v >= 3 ? 1 : 0},
        {QStringLiteral("SELECT count(*) FROM pages WHERE removed_volume IS NOT NULL"), v >= 3 ? 1 : 0},
        {QStringLiteral("SELECT count(*) FROM dossiers WHERE submitted_at IS NOT NULL AND submitted_by IS NOT NULL"),
         v >= 4 ? 1 : 0},
        {QStringLiteral("SELECT count(*) FROM documents WHERE uid IS NOT NULL"), v >= 5 ? 2 : 0},
        {QStringLiteral("SELECT count(*) FROM pages WHERE uid IS NOT NULL"), v >= 5 ? 3 : 0},
        {QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution IS NOT NULL"), v >= 6 ? 1 : 0},
        // 8: every page of the batch that recorded its operator knows who scanned it; reviews have no uid yet.
        {QStringLiteral("SELECT count(*) FROM pages WHERE scanned_by = '赵磊'"), 5},
        {QStringLiteral("SELECT count(*) FROM qc_reviews WHERE uid IS NULL"), v >= 3 ? 1 : 0},
        // 11: templates kept by version (the one a setting held moved there), dossiers at version 1, no type by hand.
        {QStringLiteral("SELECT count(*) FROM templates WHERE id = 'civil-first-instance-main' AND version = 2 AND "
                        "status = 'published' AND json_extract(body, '$.items[0].code') = 'complaint'"),
         v >= 3 ? 1 : 0},
        {QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'template:%'"), 0},
        {QStringLiteral("SELECT count(*) FROM dossiers WHERE template_version = 1"), 2},
        {QStringLiteral("SELECT count(*) FROM documents WHERE type_by_hand = 0"), 3},
        // 12: the audit log chained in the order written, under a desk id of its own.
        {QStringLiteral("SELECT count(*) FROM audit_log WHERE seq = id AND length(hash) = 64 AND "
                        "prev_hash = coalesce((SELECT p.hash FROM audit_log p WHERE p.seq = audit_log.seq - 1), '')"),
         v >= 3 ? 2 : 0},
        {QStringLiteral("SELECT count(*) FROM settings WHERE key = 'audit.desk_id' AND length(value) = 36"), 1}};
    for (const auto& [sql, n] : set)
        QVERIFY2(scalar(db, sql).toInt() == n, qPrintable(sql));
    QVERIFY(QSqlQuery(db).exec(
        QStringLiteral("INSERT INTO sync_outbox(op_id, kind, rec_id, base_revision, body, created_at) "
                       "VALUES('op-new', 'page', 'p4g-0009', 0, '{}', '2024-03-01T00:00:00Z')")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT attempts || '/' || deleted FROM sync_outbox WHERE op_id='op-new'"))
                 .toString(),
             QStringLiteral("0/0"));
}

} // namespace

void TestSchema::upgradesPastDeskVersions()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString script = readText(kSource + QStringLiteral("/tests/data/desk-schema/v%1.sql").arg(version));
    QVERIFY(script.startsWith(QStringLiteral("PRAGMA user_version=%1;").arg(version)));
    QVERIFY(buildFrom(path, script));
    QCOMPARE(versionOf(path).value(), version);

    const Status s = Database::open(path);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().english()));
    QSqlDatabase db = Database::connection(path);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), Database::kSchemaVersion);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(column(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
    QTemporaryDir freshDir;
    auto fresh = freshDeskSchema(freshDir.path());
    QVERIFY(fresh.ok());
    QCOMPARE(Migrator::sqliteSchema(db).value(), *fresh);

    checkRowCounts(db, version);
    checkValues(db, version);
    checkNewColumns(db, version);
}

// Migration 8 takes who scanned a page from its batch's options where they name one; options that are not JSON,
// or name no operator as text, leave it unrecorded (and do not stop the profile from opening).
void TestSchema::scannedByMigrationSkipsUnreadableBatches()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    QString script = readText(kSource + QStringLiteral("/tests/data/desk-schema/v7.sql"));
    QVERIFY(script.startsWith(QStringLiteral("PRAGMA user_version=7;")));
    script += QStringLiteral(
        "INSERT INTO batches(id, started_at, options, status) VALUES(2, 'x', 'not {json', 'done'), "
        "(3, 'x', '{\"operator\":5}', 'done'), (4, 'x', '{\"operator\":\"  \"}', 'done'), (5, 'x', NULL, 'done');"
        "INSERT INTO pages(id, source_key, source, batch_id, feed_index, status, created_at) VALUES"
        "(6, 'k6', 's6', 2, 0, 'stored', 'x'), (7, 'k7', 's7', 3, 0, 'stored', 'x'), "
        "(8, 'k8', 's8', 4, 0, 'stored', 'x'), (9, 'k9', 's9', 5, 0, 'stored', 'x'), "
        "(10, 'k10', 's10', NULL, 0, 'stored', 'x');");
    QVERIFY(buildFrom(path, script));
    const Status s = Database::open(path);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().english()));
    QSqlDatabase db = Database::connection(path);
    QCOMPARE(
        column(db, QStringLiteral("SELECT id || ':' || coalesce(scanned_by, '-') FROM pages ORDER BY id")),
        QStringList({QStringLiteral("1:赵磊"), QStringLiteral("2:赵磊"), QStringLiteral("3:赵磊"),
                     QStringLiteral("4:赵磊"), QStringLiteral("5:赵磊"), QStringLiteral("6:-"), QStringLiteral("7:-"),
                     QStringLiteral("8:-"), QStringLiteral("9:-"), QStringLiteral("10:-")}));
}

// A profile of the current schema whose full-text index is in another form is indexed again when it opens (in the
// current form, its setting updated), and only then: a profile in the current form is left as it is.
void TestSchema::indexedAgainOnceWhenTheFormChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QVERIFY(Database::open(path).ok());
    QSqlDatabase db = Database::connection(path);
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO pages(id, source_key, source, feed_index, status, created_at, text) "
                                   "VALUES(7, 'k7', 'scan-07.tif', 0, 'done', '2024-01-01T00:00:00Z', "
                                   "'身份号码320694388556569144')")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(7, '身 份 号 码 320694388556569144')")));
    QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value='1' WHERE key='search.fts_form'")));
    QCOMPARE(q.numRowsAffected(), 1);

    QVERIFY(Database::open(path).ok());
    QCOMPARE(column(db, QStringLiteral("SELECT body FROM page_fts")),
             QStringList({TextUtil::ftsForm(QStringLiteral("身份号码320694388556569144"))}));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key='search.fts_form'")).toString(),
             QString::number(TextUtil::kFtsFormVersion));

    QVERIFY(q.exec(QStringLiteral("UPDATE page_fts SET body='left as it is' WHERE rowid=7")));
    QVERIFY(Database::open(path).ok());
    QCOMPARE(column(db, QStringLiteral("SELECT body FROM page_fts")), QStringList({QStringLiteral("left as it is")}));
}

void TestSchema::upgradesServerVersion1()
{
    QTemporaryDir dir;
    const QString script = readText(kSource + QStringLiteral("/tests/data/server-schema/v1.sql"));
    QVERIFY(!script.isEmpty());
    QVERIFY(buildFrom(dir.filePath(QStringLiteral("server.sqlite")), script));
    auto store = Server::ServerStore::open(dir.path(), {});
    QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().english()));
    QSqlDatabase db = (*store)->db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT version FROM schema_version")).toInt(),
             Server::ServerStore::kSchemaVersion);
    QCOMPARE(count(db, "schema_version"), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(column(db, QStringLiteral("SELECT user_name || ' ' || op_id FROM operations ORDER BY op_id")),
             QStringList({QStringLiteral("clerkA op-1"), QStringLiteral("clerkA op-2")}));
    QCOMPARE(column(db, QStringLiteral("SELECT sha256 || ' ' || user_name FROM blob_holders")),
             QStringList({QStringLiteral("%1 clerkA").arg(QString(64, QLatin1Char('a')))}));
    QCOMPARE(column(db, QStringLiteral("SELECT name || ' ' || disabled FROM users")),
             QStringList({QStringLiteral("clerkA 0")}));
    QCOMPARE(column(db, QStringLiteral("SELECT seq || ' ' || coalesce(case_no, '-') FROM changes ORDER BY seq")),
             QStringList({QStringLiteral("1 (2023)京0105民初1234号"), QStringLiteral("2 (2023)京0105民初1234号")}));
    const QString court = scalar(db, QStringLiteral("SELECT court_code FROM cases")).toString();
    QVERIFY(!court.isEmpty());
    QCOMPARE(court, Server::courtCodeOf(QStringLiteral("(2023)京0105民初1234号")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sha256 FROM records WHERE kind='conflict'")).toString(),
             QString(64, QLatin1Char('b')));
    QTemporaryDir freshDir;
    auto fresh = freshServerSchema(freshDir.path());
    QVERIFY(fresh.ok());
    QCOMPARE(Migrator::sqliteSchema(db).value(), *fresh);
}

// DOSSIER_SCHEMA_DUMP=desk|server: the freshly migrated schema in schema.sql's layout, for scripts/dump-schema.sh.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QString dump = qEnvironmentVariable("DOSSIER_SCHEMA_DUMP");
    if (!dump.isEmpty()) {
        QTemporaryDir dir;
        auto schema = dump == QLatin1String("server") ? freshServerSchema(dir.path()) : freshDeskSchema(dir.path());
        if (!schema) {
            std::fprintf(stderr, "%s\n", qPrintable(schema.error().english()));
            return 1;
        }
        for (const QString& s : *schema)
            std::printf("%s\n\n", qPrintable(layoutSchemaStatement(s)));
        return 0;
    }
    TestSchema t;
    return QTest::qExec(&t, argc, argv);
}

#include "testschema.moc"
