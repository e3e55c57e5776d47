#include "storage/database.h"

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

// Each entry migrates from version (index) to (index + 1).
const char* const kMigrations[] = {
    R"SQL(
CREATE TABLE cases(
  id INTEGER PRIMARY KEY, case_no TEXT NOT NULL UNIQUE, year INTEGER, court_code TEXT, type_code TEXT,
  sequence INTEGER, classified INTEGER NOT NULL DEFAULT 0, cause TEXT, created_at TEXT NOT NULL);
CREATE TABLE dossiers(
  id INTEGER PRIMARY KEY, case_id INTEGER NOT NULL REFERENCES cases(id), external_id TEXT NOT NULL,
  template_id TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE(case_id, external_id));
CREATE TABLE volumes(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), kind TEXT NOT NULL,
  number INTEGER NOT NULL DEFAULT 1, UNIQUE(dossier_id, kind, number));
CREATE TABLE documents(
  id INTEGER PRIMARY KEY, volume_id INTEGER NOT NULL REFERENCES volumes(id), position INTEGER NOT NULL,
  doc_type TEXT NOT NULL, title TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1);
CREATE INDEX documents_volume ON documents(volume_id, position);
CREATE TABLE batches(
  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT, options TEXT, status TEXT NOT NULL);
CREATE TABLE pages(
  id INTEGER PRIMARY KEY, source_key TEXT NOT NULL UNIQUE, source TEXT NOT NULL,
  batch_id INTEGER REFERENCES batches(id), feed_index INTEGER NOT NULL,
  sha256 TEXT, master_format TEXT, master_bytes INTEGER, status TEXT NOT NULL,
  error_code TEXT, error_text TEXT, error_args TEXT,
  kind TEXT, separator_payload TEXT, case_no TEXT, document_id INTEGER REFERENCES documents(id),
  position INTEGER, page_in_document INTEGER, title_line TEXT, rotation INTEGER, skew REAL, dpi INTEGER,
  colour_mode TEXT, width INTEGER, height INTEGER, flags TEXT, text TEXT, ocr_confidence REAL, ocr TEXT,
  transform TEXT, created_at TEXT NOT NULL, processed_at TEXT);
CREATE INDEX pages_sha ON pages(sha256);
CREATE INDEX pages_document ON pages(document_id, position);
CREATE TABLE processing_records(
  id INTEGER PRIMARY KEY, page_id INTEGER NOT NULL REFERENCES pages(id), step TEXT NOT NULL, params TEXT,
  engine TEXT, at TEXT NOT NULL);
CREATE INDEX processing_page ON processing_records(page_id);
CREATE VIRTUAL TABLE page_fts USING fts5(body, tokenize = 'unicode61');
)SQL",
    // 2: case details for the cover (JSON), archival outputs and their verified copies.
    R"SQL(
ALTER TABLE cases ADD COLUMN info TEXT;
CREATE TABLE outputs(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), kind TEXT NOT NULL,
  path TEXT NOT NULL, sha256 TEXT, bytes INTEGER, created_at TEXT NOT NULL, verified_at TEXT,
  UNIQUE(dossier_id, kind, path));
)SQL",
    // 3: clerks' catalogue edits (kept by later runs), the audit log, QC reviews.
    R"SQL(
ALTER TABLE dossiers ADD COLUMN edited_at TEXT;
ALTER TABLE pages ADD COLUMN removed_volume INTEGER;
CREATE TABLE audit_log(
  id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT, dossier_id INTEGER REFERENCES dossiers(id),
  action TEXT NOT NULL, details TEXT);
CREATE INDEX audit_dossier ON audit_log(dossier_id, at);
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE qc_reviews(
  id INTEGER PRIMARY KEY, dossier_id INTEGER NOT NULL REFERENCES dossiers(id), document_id INTEGER,
  kind TEXT NOT NULL, reviewer TEXT, result TEXT NOT NULL, note TEXT, at TEXT NOT NULL);
)SQL",
    // 4: dossiers submitted after QC; pages found by their source (the scan station's thumbnails).
    R"SQL(
ALTER TABLE dossiers ADD COLUMN submitted_at TEXT;
ALTER TABLE dossiers ADD COLUMN submitted_by TEXT;
CREATE INDEX pages_source ON pages(source);
)SQL",
    // 5: sync with dossier-server: stable ids across desks, the last known server state of each record, the
    // outbox of operations not yet acknowledged, and conflicts kept for the user.
    R"SQL(
ALTER TABLE documents ADD COLUMN uid TEXT;
ALTER TABLE pages ADD COLUMN uid TEXT;
CREATE UNIQUE INDEX documents_uid ON documents(uid);
CREATE UNIQUE INDEX pages_uid ON pages(uid);
CREATE TABLE sync_records(
  kind TEXT NOT NULL, rec_id TEXT NOT NULL, case_no TEXT, volume TEXT, revision INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL, PRIMARY KEY(kind, rec_id));
CREATE TABLE sync_outbox(
  id INTEGER PRIMARY KEY, op_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, rec_id TEXT NOT NULL, case_no TEXT,
  volume TEXT, base_revision INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL,
  created_at TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);
CREATE TABLE sync_conflicts(
  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, rec_id TEXT NOT NULL, kept_body TEXT NOT NULL,
  other_body TEXT NOT NULL, other_from TEXT, at TEXT NOT NULL, resolved_at TEXT);
)SQL",
    // 6: who settled a sync conflict, and how ("current" kept or "other" taken).
    R"SQL(
ALTER TABLE sync_conflicts ADD COLUMN resolved_by TEXT;
ALTER TABLE sync_conflicts ADD COLUMN resolution TEXT;
CREATE INDEX sync_conflicts_open ON sync_conflicts(resolved_at);
)SQL",
    // 7: records from the feed this desk could not take (invalid, or their image unavailable), kept aside with
    // the reason and tried again at every sync.
    R"SQL(
CREATE TABLE sync_set_aside(
  kind TEXT NOT NULL, rec_id TEXT NOT NULL, revision INTEGER NOT NULL, record TEXT NOT NULL, code TEXT NOT NULL,
  reason TEXT NOT NULL, args TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY(kind, rec_id));
)SQL",
};

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
    }
    return db;
}

Status Database::open(const QString& path)
{
    std::lock_guard lock(g_openMutex);
    // A profile made here holds court records: readable by this user only. (A folder that was there before
    // is the user's own choice and left as it is.)
    const QString dir = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(dir) && QDir().mkpath(dir))
        (void)QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner); // best effort: some file systems have no modes
    QSqlDatabase db = connection(path);
    if (!db.isOpen())
        return sqlError(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlError(q);
    int version = q.value(0).toInt();
    if (version > kSchemaVersion)
        return Error(
            QStringLiteral("db_too_new"),
            QT_TRANSLATE_NOOP("Dossier::Error",
                              "The profile was written by a newer version (schema %1; this program knows %2)."),
            {QString::number(version), QString::number(kSchemaVersion)});
    while (version < kSchemaVersion) {
        Transaction tx(db);
        for (const QString& stmt :
             QString::fromUtf8(kMigrations[version]).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            if (stmt.trimmed().isEmpty())
                continue;
            if (!q.exec(stmt))
                return sqlError(q);
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1)))
            return sqlError(q);
        if (auto s = tx.commit(); !s)
            return s.error();
        ++version;
    }
    return Ok{};
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

Result<QSqlQuery> execSql(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
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

Statement::Statement(QSqlDatabase db, const QString& sql) : m_query(db)
{
    m_prepared = m_query.prepare(sql);
}

Result<QSqlQuery*> Statement::run(const QVariantList& binds)
{
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
