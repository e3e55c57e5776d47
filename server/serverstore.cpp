#include "serverstore.h"

#include "blobstore.h"
#include "crashpoint.h"
#include "domain/recordschema.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

const QString kRecordColumns =
    QStringLiteral("r.kind, r.id, r.case_no, r.volume, r.revision, r.deleted, r.body, r.updated_by, r.updated_at");

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// Runs a statement without binds unprepared (PostgreSQL cannot PREPARE DDL).
Result<QSqlQuery> execDirect(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::sqlError(q);
    return q;
}

// Empty but never NULL (a null QString binds as SQL NULL).
QString text(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// Reads the record columns starting at `col`.
Record readRecord(const QSqlQuery& q, int col)
{
    Record r;
    r.kind = q.value(col).toString();
    r.id = q.value(col + 1).toString();
    r.caseNo = q.value(col + 2).toString();
    r.volume = q.value(col + 3).toString();
    r.revision = q.value(col + 4).toLongLong();
    r.deleted = q.value(col + 5).toInt() != 0;
    r.body = parseObject(q.value(col + 6).toString());
    r.updatedBy = q.value(col + 7).toString();
    r.updatedAt = q.value(col + 8).toString();
    return r;
}

QJsonObject opResult(const QString& opId, const char* status, qint64 revision)
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("revision"), revision}};
}

QJsonObject rejected(const QString& opId, const QString& reason, qint64 revision = 0, const QString& message = {})
{
    QJsonObject o = opResult(opId, "rejected", revision);
    o.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

// The image a record names: a page's, or that of the page version a conflict record keeps (so that the
// image stays while either version may still be taken).
QString imageOf(const QString& kind, const QJsonObject& body)
{
    if (kind == QLatin1String("page"))
        return body.value(QStringLiteral("sha256")).toString();
    if (kind == QLatin1String("conflict") && body.value(QStringLiteral("kind")).toString() == QLatin1String("page"))
        return body.value(QStringLiteral("body")).toObject().value(QStringLiteral("sha256")).toString();
    return {};
}

bool dossierArchived(const Record& r)
{
    return r.kind == QLatin1String("dossier") && !r.deleted && r.body.value(QStringLiteral("archived")).toBool(false);
}

} // namespace

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject Record::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("case_no"), jsonOrNull(caseNo)},
            {QStringLiteral("volume"), jsonOrNull(volume)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("body"), body},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("updated_at"), updatedAt}};
}

QJsonObject AccessRequest::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("case_no"), caseNo},
            {QStringLiteral("requester"), requester},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), status},
            {QStringLiteral("decided_by"), jsonOrNull(decidedBy)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("decided_at"), jsonOrNull(decidedAt)}};
}

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& dataDir, const QString& databaseUrl)
{
    std::unique_ptr<ServerStore> s(new ServerStore);
    static std::atomic_int connections{0};
    s->m_connection = QStringLiteral("dossier-server-%1").arg(++connections);
    QString schema;
    if (databaseUrl.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), s->m_connection);
        db.setDatabaseName(QDir(dataDir).filePath(QStringLiteral("server.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Database::sqlError(db);
        for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL"}) {
            auto r = execDirect(db, QString::fromLatin1(pragma));
            if (!r)
                return r.error();
        }
    } else {
        const QUrl url(databaseUrl);
        if (!url.isValid() ||
            (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
            return Error(QStringLiteral("database_url"),
                         "The database URL %1 is not of the form postgresql://user:pass@host:port/dbname.",
                         {url.toDisplayString(QUrl::RemovePassword)});
        s->m_postgres = true;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), s->m_connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        if (!db.open())
            return Database::sqlError(db);
        schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"));
        if (!schema.isEmpty()) {
            for (const QChar c : schema)
                if (!(c.isLetterOrNumber() || c == QLatin1Char('_')) || c.unicode() > 127)
                    return Error(QStringLiteral("database_url"), "The schema name %1 is not valid.", {schema});
            for (const QString& sql : {QStringLiteral("CREATE SCHEMA IF NOT EXISTS ") + schema,
                                       QStringLiteral("SET search_path TO ") + schema}) {
                auto r = execDirect(db, sql);
                if (!r)
                    return r.error();
            }
        }
    }
    auto m = s->migrate();
    if (!m)
        return m.error();
    return s;
}

ServerStore::~ServerStore()
{
    m_statements.clear(); // before their connection goes
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

std::unique_lock<std::mutex> ServerStore::writeLock() const
{
    static std::mutex sqliteWriter;
    return m_postgres ? std::unique_lock<std::mutex>() : std::unique_lock<std::mutex>(sqliteWriter);
}

QSqlDatabase ServerStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<QSqlQuery*> ServerStore::cached(const QString& sql, const QVariantList& binds)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end())
        it = m_statements.emplace(sql, std::make_unique<Statement>(db(), sql)).first;
    return it->second->run(binds);
}

void ServerStore::finishCached()
{
    for (auto& [sql, statement] : m_statements)
        statement->finish();
}

Status ServerStore::migrate()
{
    initServerMigrations();
    const SqlDialect dialect = m_postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
    auto migrations = Migrator::load(QStringLiteral(":/dossier-server/migrations"), dialect);
    if (!migrations)
        return migrations.error();
    Q_ASSERT(migrations->size() == kSchemaVersion);
    Migrator migrator(db(), dialect, Migrator::VersionStore::SchemaVersionTable);
    migrator.setTooNewError([](int found, int) {
        return Error(QStringLiteral("schema_too_new"), "The database schema version %1 is newer than this server.",
                     {QString::number(found)});
    });
    migrator.addStep(2, [](QSqlDatabase d) { return completeMigration2(d); });
    return migrator.migrate(*migrations);
}

// After storage/migrations/0002.sql, in its transaction: what needs code (issue 11) — cases bound to their court
// code, and conflict records of pages naming their image too (housekeeping keeps what a record names).
Status ServerStore::completeMigration2(QSqlDatabase d)
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
    // Conflict records of pages name their image too (housekeeping keeps what a record names).
    auto conflicts = execDirect(d, QStringLiteral("SELECT id, body FROM records WHERE kind = 'conflict'"));
    if (!conflicts)
        return conflicts.error();
    QList<QPair<QString, QString>> images;
    while (conflicts->next())
        if (const QString sha = imageOf(QStringLiteral("conflict"), parseObject(conflicts->value(1).toString()));
            !sha.isEmpty())
            images.append({conflicts->value(0).toString(), sha});
    for (const auto& [id, sha] : std::as_const(images))
        if (auto u = execSql(d, QStringLiteral("UPDATE records SET sha256 = ? WHERE kind = 'conflict' AND id = ?"),
                             {sha, id});
            !u)
            return u.error();
    return Ok{};
}

// ---- users and sessions

Status ServerStore::upsertUser(const UserRow& u)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    for (const char* sql : {"DELETE FROM users WHERE name = ?", "DELETE FROM sessions WHERE user_name = ?"})
        if (auto del = execSql(d, QString::fromLatin1(sql), {u.name}); !del)
            return del.error();
    auto ins =
        execSql(d, QStringLiteral("INSERT INTO users (name, role, scope, password, created_at) VALUES (?, ?, ?, ?, ?)"),
                {u.name, u.role, text(u.scope), u.password, isoNow()});
    if (!ins)
        return ins.error();
    return tx.commit();
}

Result<std::optional<UserRow>> ServerStore::user(const QString& name)
{
    auto q =
        execSql(db(), QStringLiteral("SELECT name, role, scope, password, disabled FROM users WHERE name = ?"), {name});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<UserRow>();
    return std::optional<UserRow>(UserRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                                          q->value(3).toString(), q->value(4).toInt() != 0});
}

Result<int> ServerStore::setUserDisabled(const QString& name, bool disabled)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto u = execSql(d, QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"), {int(disabled), name});
    if (!u)
        return u.error();
    const int changed = u->numRowsAffected();
    if (auto del = execSql(d, QStringLiteral("DELETE FROM sessions WHERE user_name = ?"), {name}); !del)
        return del.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}

Result<int> ServerStore::removeUser(const QString& name)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto u = execSql(d, QStringLiteral("DELETE FROM users WHERE name = ?"), {name});
    if (!u)
        return u.error();
    const int changed = u->numRowsAffected();
    // A user made again under the same name is someone new: no session and no case of the old one.
    for (const char* sql : {"DELETE FROM sessions WHERE user_name = ?", "DELETE FROM case_members WHERE user_name = ?"})
        if (auto del = execSql(d, QString::fromLatin1(sql), {name}); !del)
            return del.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return changed;
}

Result<int> ServerStore::revokeSessions(const QString& name)
{
    auto lock = writeLock();
    auto del = execSql(db(), QStringLiteral("DELETE FROM sessions WHERE user_name = ?"), {name});
    if (!del)
        return del.error();
    return del->numRowsAffected();
}

Status ServerStore::updatePassword(const QString& name, const QString& hash)
{
    auto lock = writeLock();
    auto u = execSql(db(), QStringLiteral("UPDATE users SET password = ? WHERE name = ?"), {hash, name});
    if (!u)
        return u.error();
    return Ok{};
}

Status ServerStore::audit(const QString& user, const QString& address, const QString& action, const QString& details)
{
    auto lock = writeLock();
    auto q = execSql(
        db(), QStringLiteral("INSERT INTO audit_log (at, user_name, address, action, details) VALUES (?, ?, ?, ?, ?)"),
        {isoNow(), text(user.left(200)), text(address), action, text(details.left(2000))});
    if (!q)
        return q.error();
    return Ok{};
}

Result<QJsonArray> ServerStore::auditLog(int limit)
{
    auto q = execSql(
        db(), QStringLiteral("SELECT at, user_name, address, action, details FROM audit_log ORDER BY at DESC LIMIT ?"),
        {limit});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("at"), q->value(0).toString()},
                               {QStringLiteral("user"), q->value(1).toString()},
                               {QStringLiteral("address"), q->value(2).toString()},
                               {QStringLiteral("action"), q->value(3).toString()},
                               {QStringLiteral("details"), q->value(4).toString()}});
    return out;
}

Status ServerStore::addSession(const QString& digest, const QString& user, qint64 expiresAtSecs)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto purge =
        execSql(d, QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"), {QDateTime::currentSecsSinceEpoch()});
    if (!purge)
        return purge.error();
    auto ins = execSql(d, QStringLiteral("INSERT INTO sessions (token_hash, user_name, expires_at) VALUES (?, ?, ?)"),
                       {digest, user, expiresAtSecs});
    if (!ins)
        return ins.error();
    return tx.commit();
}

Result<QString> ServerStore::sessionUser(const QString& digest, qint64 nowSecs)
{
    auto q = execSql(db(), QStringLiteral("SELECT user_name FROM sessions WHERE token_hash = ? AND expires_at > ?"),
                     {digest, nowSecs});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status ServerStore::removeSession(const QString& digest)
{
    auto lock = writeLock();
    auto q = execSql(db(), QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"), {digest});
    if (!q)
        return q.error();
    return Ok{};
}

Result<Viewer> ServerStore::viewer(const UserRow& u)
{
    Viewer v;
    v.name = u.name;
    v.role = u.role;
    v.scope = u.scope;
    auto m = execSql(db(), QStringLiteral("SELECT case_no FROM case_members WHERE user_name = ?"), {u.name});
    if (!m)
        return m.error();
    while (m->next())
        v.memberCases.insert(m->value(0).toString());
    if (u.role == QLatin1String("archive_clerk")) {
        auto c = execSql(db(), QStringLiteral("SELECT case_no FROM cases WHERE created_by = ?"), {u.name});
        if (!c)
            return c.error();
        while (c->next())
            v.createdCases.insert(c->value(0).toString());
    }
    if (u.role == QLatin1String("archive_staff")) {
        auto a = execSql(db(), QStringLiteral("SELECT case_no FROM cases WHERE archived = 1"));
        if (!a)
            return a.error();
        while (a->next())
            v.archivedCases.insert(a->value(0).toString());
    }
    return v;
}

// ---- the feed

Result<qint64> ServerStore::beginSeq()
{
    // Taking the counter row's write lock first serialises writers (PostgreSQL) so seqs commit in order.
    auto lock = execSql(db(), QStringLiteral("UPDATE counters SET value = value WHERE name = 'seq'"));
    if (!lock)
        return lock.error();
    auto q = execSql(db(), QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Status ServerStore::commitWithSeq(Transaction& tx, qint64 seq)
{
    // The feed's counter moves in the same transaction as the records it numbers.
    auto q = execSql(db(), QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'"), {seq});
    if (!q)
        return q.error();
    crashPoint("before-commit");
    auto committed = tx.commit();
    if (committed)
        crashPoint("after-commit");
    return committed;
}

Status ServerStore::appendChange(const QString& kind, const QString& id, const QString& caseNo, qint64& seq)
{
    auto del = cached(QStringLiteral("DELETE FROM changes WHERE kind = ? AND id = ?"), {kind, id});
    if (!del)
        return del.error();
    ++seq;
    auto ins = cached(QStringLiteral("INSERT INTO changes (seq, kind, id, case_no) VALUES (?, ?, ?, ?)"),
                      {seq, kind, id, textOrNull(caseNo)});
    if (!ins)
        return ins.error();
    return Ok{};
}

Status ServerStore::touchCase(const QString& caseNo, qint64& seq)
{
    auto q = execSql(db(), QStringLiteral("SELECT c.kind, c.id FROM changes c WHERE c.case_no = ? ORDER BY c.seq"),
                     {caseNo});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> keys;
    while (q->next())
        keys.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto& [kind, id] : keys) {
        auto a = appendChange(kind, id, caseNo, seq);
        if (!a)
            return a;
    }
    return Ok{};
}

Result<std::optional<Record>> ServerStore::record(const QString& kind, const QString& id)
{
    auto q = cached(QStringLiteral("SELECT ") + kRecordColumns +
                        QStringLiteral(" FROM records r WHERE r.kind = ? AND r.id = ?"),
                    {kind, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Record>();
    std::optional<Record> found(readRecord(**q, 0));
    (*q)->finish();
    return found;
}

Status ServerStore::writeRecord(const Record& r, bool exists)
{
    const QString sha = imageOf(r.kind, r.body);
    const QVariantList values = {textOrNull(r.caseNo),
                                 textOrNull(r.volume),
                                 r.revision,
                                 int(r.deleted),
                                 compact(r.body),
                                 r.updatedBy,
                                 r.updatedAt,
                                 textOrNull(sha),
                                 int(dossierArchived(r)),
                                 r.kind,
                                 r.id};
    auto q = exists ? cached(QStringLiteral("UPDATE records SET case_no = ?, volume = ?, revision = ?, deleted = ?, "
                                            "body = ?, updated_by = ?, updated_at = ?, sha256 = ?, archived = ? "
                                            "WHERE kind = ? AND id = ?"),
                             values)
                    : cached(QStringLiteral("INSERT INTO records (case_no, volume, revision, deleted, body, "
                                            "updated_by, updated_at, sha256, archived, kind, id) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             values);
    if (!q)
        return q.error();
    return Ok{};
}

// ---- the write path: a batch of operations in a few statements ----------------------------------------
//
// A desk sends its changes in batches of up to 500 operations. Each used to cost seven to ten statements —
// a round trip each to PostgreSQL — so a batch is now read in a few statements (stored replies, the records
// it touches, the cases it names), decided in memory in order (a later operation sees what an earlier one
// did), and written in a few multi-row statements at the end, in the same transaction.

namespace {

QString recordKey(const QString& kind, const QString& id)
{
    return kind + QLatin1Char('\n') + id;
}

QString placeholders(qsizetype n, const QString& one = QStringLiteral("?"))
{
    QStringList p;
    p.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        p.append(one);
    return p.join(QStringLiteral(", "));
}

// The checks that need no database: the operation's shape, its 案号, and the record schema every desk applies.
std::optional<QJsonObject> parseOperation(const QJsonObject& op, WriteBatch::Op& out)
{
    out.opId = op.value(QStringLiteral("op_id")).toString();
    if (out.opId.isEmpty() || out.opId.size() > 200)
        return rejected(out.opId, QStringLiteral("invalid_op_id"));
    out.kind = op.value(QStringLiteral("kind")).toString();
    out.id = op.value(QStringLiteral("id")).toString();
    const QJsonValue volume = op.value(QStringLiteral("volume"));
    const QJsonValue base = op.value(QStringLiteral("base_revision"));
    out.body = op.value(QStringLiteral("body"));
    out.deleted = op.value(QStringLiteral("deleted")).toBool(false);
    if (!RecordSchema::kinds().contains(out.kind))
        return rejected(out.opId, QStringLiteral("invalid_kind"));
    if (out.id.isEmpty() || out.id.size() > 200)
        return rejected(out.opId, QStringLiteral("invalid_id"));
    if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() != double(base.toInteger()))
        return rejected(out.opId, QStringLiteral("invalid_base_revision"));
    out.base = base.toInteger();
    if (!(out.body.isObject() || out.body.isUndefined() || out.body.isNull()))
        return rejected(out.opId, QStringLiteral("invalid_body"));
    if (volume.isString())
        out.volume = volume.toString();
    if ((volume.isString() && out.volume != QLatin1String("main") && out.volume != QLatin1String("secondary")) ||
        !(volume.isString() || volume.isNull() || volume.isUndefined()))
        return rejected(out.opId, QStringLiteral("invalid_volume"));
    if (out.kind != QLatin1String("template")) {
        out.caseNo = normaliseCaseNo(op.value(QStringLiteral("case_no")).toString());
        if (out.caseNo.isEmpty())
            return rejected(out.opId, QStringLiteral("invalid_case_no"));
    }
    if (!out.body.isObject() && !out.deleted)
        return rejected(out.opId, QStringLiteral("invalid_body"));
    // Every desk that can see the case applies what is accepted here: it must pass the schema they check.
    if (out.body.isObject())
        if (auto bad = RecordSchema::check({out.kind, out.id, out.caseNo, out.volume, out.deleted, out.body.toObject()},
                                           compact(out.body.toObject()).toUtf8().size()))
            return rejected(out.opId, QStringLiteral("invalid_record"), 0, bad->english());
    return std::nullopt;
}

} // namespace

Result<QJsonArray> ServerStore::applyOperations(Viewer& viewer, const QJsonArray& operations, const BlobStore& blobs)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto seqStart = beginSeq();
    if (!seqStart)
        return seqStart.error();
    WriteBatch b;
    b.seq = *seqStart;
    for (const QJsonValue& v : operations) {
        WriteBatch::Op op;
        if (auto bad = parseOperation(v.toObject(), op))
            op.result = *bad;
        b.ops.append(op);
    }
    if (auto s = readBatch(b, viewer.name); !s)
        return s.error();
    QHash<QString, QJsonObject> inThisBatch; // an op_id sent twice in one batch is answered once
    QJsonArray results;
    for (WriteBatch::Op& op : b.ops) {
        // A replay is answered as it was first, before anything else about it is judged (a schema made
        // stricter since must not call an applied change rejected).
        if (const auto it = b.stored.constFind(op.opId); it != b.stored.cend())
            op.result = *it;
        else if (const auto again = inThisBatch.constFind(op.opId); again != inThisBatch.cend())
            op.result = *again;
        else if (op.result.isEmpty()) {
            auto decided = decide(b, viewer, op, blobs);
            if (!decided)
                return decided.error();
            if (op.result.value(QStringLiteral("status")).toString() != QLatin1String("rejected")) {
                inThisBatch.insert(op.opId, op.result); // rejections are not stored: tried again next time
                b.replies.append({op.opId, op.result});
            }
        }
        results.append(op.result);
    }
    if (auto w = writeBatch(b, viewer.name); !w)
        return w.error();
    if (auto a = settleArchived(b.archiveCheck, b.seq); !a)
        return a.error();
    if (auto c = commitWithSeq(tx, b.seq); !c)
        return c.error();
    finishCached();
    return results;
}

// What the batch needs from the database, a few statements for all of its operations.
Status ServerStore::readBatch(WriteBatch& b, const QString& user)
{
    QStringList opIds, cases;
    QHash<QString, QStringList> idsByKind;
    for (const WriteBatch::Op& op : std::as_const(b.ops)) {
        if (!op.opId.isEmpty() && op.opId.size() <= 200)
            opIds.append(op.opId); // even when refused by its shape: it may be a replay
        if (!op.result.isEmpty())
            continue;
        idsByKind[op.kind].append(op.id);
        if (!op.caseNo.isEmpty())
            cases.append(op.caseNo);
    }
    const qsizetype kChunk = bindsPerStatement();
    for (qsizetype at = 0; at < opIds.size(); at += kChunk) {
        const QStringList part = opIds.mid(at, kChunk);
        auto q = execSql(db(),
                         QStringLiteral("SELECT op_id, result FROM operations WHERE user_name = ? AND op_id IN (%1)")
                             .arg(placeholders(part.size())),
                         QVariantList{user} + QVariantList(part.cbegin(), part.cend()));
        if (!q)
            return q.error();
        while (q->next())
            b.stored.insert(q->value(0).toString(), parseObject(q->value(1).toString()));
    }
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it)
        for (qsizetype at = 0; at < it->size(); at += kChunk) {
            const QStringList part = it->mid(at, kChunk);
            auto q = execSql(
                db(),
                QStringLiteral("SELECT ") + kRecordColumns +
                    QStringLiteral(" FROM records r WHERE r.kind = ? AND r.id IN (%1)").arg(placeholders(part.size())),
                QVariantList{it.key()} + QVariantList(part.cbegin(), part.cend()));
            if (!q)
                return q.error();
            while (q->next()) {
                Record r = readRecord(*q, 0);
                if (!r.caseNo.isEmpty())
                    cases.append(r.caseNo);
                const QString key = recordKey(r.kind, r.id); // before r is moved from
                b.records.insert(key, std::move(r));
            }
        }
    cases.removeDuplicates();
    for (qsizetype at = 0; at < cases.size(); at += kChunk) {
        const QStringList part = cases.mid(at, kChunk);
        auto q = execSql(
            db(), QStringLiteral("SELECT case_no FROM cases WHERE case_no IN (%1)").arg(placeholders(part.size())),
            QVariantList(part.cbegin(), part.cend()));
        if (!q)
            return q.error();
        while (q->next())
            b.knownCases.insert(q->value(0).toString());
    }
    return Ok{};
}

// One operation against the batch's picture of the records: rejected, a conflict, or applied (in memory).
Status ServerStore::decide(WriteBatch& b, Viewer& viewer, WriteBatch::Op& op, const BlobStore& blobs)
{
    const QString key = recordKey(op.kind, op.id);
    const std::optional<Record> existing = b.records.value(key);
    const qint64 current = existing ? existing->revision : 0;
    const bool known = b.knownCases.contains(op.caseNo);
    bool allowed = viewer.canWrite(op.kind, op.caseNo, known);
    if (allowed && existing && existing->caseNo != op.caseNo)
        allowed = viewer.canWrite(op.kind, existing->caseNo, b.knownCases.contains(existing->caseNo));
    if (!allowed) {
        op.result = rejected(op.opId, QStringLiteral("forbidden"),
                             existing && viewer.canSee(op.kind, existing->caseNo, existing->volume) ? current : 0);
        return Ok{};
    }
    if (!existing && op.base != 0) {
        op.result = rejected(op.opId, QStringLiteral("not_found"));
        return Ok{};
    }
    if (existing && current != op.base) {
        op.result = opResult(op.opId, "conflict", current);
        op.result.insert(QStringLiteral("record"), existing->toJson());
        return Ok{};
    }
    if (op.kind == QLatin1String("page") && (!op.deleted || op.body.isObject())) {
        // A page may only name an image that is stored and that its writer uploaded or may read (a removed one
        // too: it names the image for everyone who sees the case).
        const QString sha = op.body.toObject().value(QStringLiteral("sha256")).toString();
        if (!blobs.has(sha)) {
            op.result = rejected(
                op.opId, op.deleted ? QStringLiteral("blob_not_yours") : QStringLiteral("blob_missing"), current);
            return Ok{};
        }
        if (!b.imageUse.contains(sha)) {
            auto mayUse = mayUseBlob(viewer, sha);
            if (!mayUse)
                return mayUse.error();
            b.imageUse.insert(sha, *mayUse);
        }
        if (!b.imageUse.value(sha)) {
            op.result = rejected(op.opId, QStringLiteral("blob_not_yours"), current);
            return Ok{};
        }
    }
    apply(b, viewer, op, existing);
    return Ok{};
}

void ServerStore::apply(WriteBatch& b, Viewer& viewer, WriteBatch::Op& op, const std::optional<Record>& existing)
{
    Record r;
    r.kind = op.kind;
    r.id = op.id;
    r.caseNo = op.caseNo;
    r.volume = op.volume;
    r.revision = op.base + 1;
    r.deleted = op.deleted;
    r.body = op.body.isObject() ? op.body.toObject() : (existing ? existing->body : QJsonObject());
    r.updatedBy = viewer.name;
    r.updatedAt = isoNow();
    if (!op.caseNo.isEmpty() && !b.knownCases.contains(op.caseNo)) {
        b.knownCases.insert(op.caseNo);
        b.newCases.insert(op.caseNo);
        viewer.createdCases.insert(op.caseNo);
    }
    if (op.kind == QLatin1String("dossier")) {
        b.archiveCheck.insert(op.caseNo);
        if (existing && existing->caseNo != op.caseNo && !existing->caseNo.isEmpty())
            b.archiveCheck.insert(existing->caseNo);
    }
    const QString key = recordKey(op.kind, op.id);
    if (!b.changeSeq.contains(key))
        b.written.append(key);
    b.changeSeq.insert(key, ++b.seq);
    b.records.insert(key, r);
    op.result = opResult(op.opId, "applied", r.revision);
}

// How many values one statement binds. Qt's SQLite driver looks each bind up by name in a list (quadratic in
// their number: 2,200 binds cost more than the statement), PostgreSQL's round trip is what counts there.
qsizetype ServerStore::bindsPerStatement() const
{
    return m_postgres ? 2000 : 256;
}

// Rows for `head` in multi-row INSERTs, as many to a statement as bindsPerStatement() allows.
Status ServerStore::insertRows(const QString& head, const QString& tail, int columns, const QList<QVariantList>& rows)
{
    const qsizetype kRows = std::max<qsizetype>(1, bindsPerStatement() / columns);
    const QString row = QLatin1Char('(') + placeholders(columns) + QLatin1Char(')');
    for (qsizetype at = 0; at < rows.size(); at += kRows) {
        const qsizetype n = std::min(kRows, rows.size() - at);
        QVariantList binds;
        binds.reserve(n * columns);
        for (qsizetype i = at; i < at + n; ++i)
            binds += rows.at(i);
        auto q = execSql(db(), head + QStringLiteral(" VALUES ") + placeholders(n, row) + tail, binds);
        if (!q)
            return q.error();
    }
    return Ok{};
}

Status ServerStore::writeBatch(const WriteBatch& b, const QString& user)
{
    QList<QVariantList> records, changes, cases, replies;
    QHash<QString, QStringList> idsByKind;
    for (const QString& key : b.written) {
        const Record& r = **b.records.constFind(key); // every written key has its record
        records.append({r.kind, r.id, textOrNull(r.caseNo), textOrNull(r.volume), r.revision, int(r.deleted),
                        compact(r.body), r.updatedBy, r.updatedAt, textOrNull(imageOf(r.kind, r.body)),
                        int(dossierArchived(r))});
        changes.append({b.changeSeq.value(key), r.kind, r.id, textOrNull(r.caseNo)});
        idsByKind[r.kind].append(r.id);
    }
    for (const QString& caseNo : b.newCases)
        cases.append({caseNo, user, 0, courtCodeOf(caseNo)});
    const QString now = isoNow();
    for (const auto& [opId, reply] : b.replies)
        replies.append({opId, user, compact(reply), now});
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) // a record keeps one place in the feed
        for (qsizetype at = 0; at < it->size(); at += bindsPerStatement()) {
            const QStringList part = it->mid(at, bindsPerStatement());
            auto q = execSql(
                db(),
                QStringLiteral("DELETE FROM changes WHERE kind = ? AND id IN (%1)").arg(placeholders(part.size())),
                QVariantList{it.key()} + QVariantList(part.cbegin(), part.cend()));
            if (!q)
                return q.error();
        }
    const QString upsert =
        QStringLiteral(" ON CONFLICT (kind, id) DO UPDATE SET case_no = excluded.case_no, volume = excluded.volume, "
                       "revision = excluded.revision, deleted = excluded.deleted, body = excluded.body, updated_by = "
                       "excluded.updated_by, "
                       "updated_at = excluded.updated_at, sha256 = excluded.sha256, archived = excluded.archived");
    if (auto s = insertRows(QStringLiteral("INSERT INTO records (kind, id, case_no, volume, revision, deleted, body, "
                                           "updated_by, updated_at, sha256, archived)"),
                            upsert, 11, records);
        !s)
        return s;
    if (auto s = insertRows(QStringLiteral("INSERT INTO changes (seq, kind, id, case_no)"), {}, 4, changes); !s)
        return s;
    if (auto s =
            insertRows(QStringLiteral("INSERT INTO cases (case_no, created_by, archived, court_code)"), {}, 4, cases);
        !s)
        return s;
    return insertRows(QStringLiteral("INSERT INTO operations (op_id, user_name, result, created_at)"), {}, 4, replies);
}

// A case whose dossiers' archived flags changed: archive staff may now see the whole case, so its records
// are shown again to cursors that passed them.
Status ServerStore::settleArchived(const QSet<QString>& cases, qint64& seq)
{
    QSqlDatabase d = db();
    for (const QString& caseNo : cases) {
        auto q =
            execSql(d, QStringLiteral("SELECT 1 FROM records WHERE case_no = ? AND kind = 'dossier' AND archived = 1"),
                    {caseNo});
        if (!q)
            return q.error();
        const bool archived = q->next();
        auto c = execSql(d, QStringLiteral("SELECT archived FROM cases WHERE case_no = ?"), {caseNo});
        if (!c)
            return c.error();
        const bool was = c->next() && c->value(0).toInt() != 0;
        if (archived == was)
            continue;
        auto u = execSql(d, QStringLiteral("UPDATE cases SET archived = ? WHERE case_no = ?"), {int(archived), caseNo});
        if (!u)
            return u.error();
        if (archived)
            if (auto t = touchCase(caseNo, seq); !t)
                return t;
    }
    return Ok{};
}

namespace {

// The cases a viewer sees by name (members, a clerk's own cases, archive staff's archived ones), when that is
// all they see and the list is short enough for one query; nullopt: the viewer sees by rule (administrator,
// chiefs by scope, trial managers) or too many cases, and the feed is read in order instead.
std::optional<QStringList> namedCases(const Viewer& viewer)
{
    constexpr qsizetype kMaxNamed = 500;
    if (viewer.isAdmin() || isChiefRole(viewer.role) || viewer.role == QLatin1String("trial_manager"))
        return std::nullopt;
    QSet<QString> cases = viewer.memberCases;
    if (viewer.role == QLatin1String("archive_clerk"))
        cases.unite(viewer.createdCases);
    if (viewer.role == QLatin1String("archive_staff"))
        cases.unite(viewer.archivedCases);
    if (cases.size() > kMaxNamed)
        return std::nullopt;
    return QStringList(cases.cbegin(), cases.cend());
}

} // namespace

// A viewer who sees a short list of cases reads only those cases' changes (and the templates) through the
// index on changes(case_no, seq), instead of scanning the whole feed: a judge's pull costs what the judge sees.
Result<ChangePage> ServerStore::changesOfCases(const Viewer& viewer, const QStringList& cases, qint64 after, int limit)
{
    ChangePage page;
    page.next = after;
    // The feed's head first: every change up to it is committed, so a cursor moved to it misses nothing.
    auto head = execSql(db(), QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (!head)
        return head.error();
    const qint64 headSeq = head->next() ? head->value(0).toLongLong() : after;
    QString placeholders;
    for (qsizetype i = 0; i < cases.size(); ++i)
        placeholders += i ? QStringLiteral(", ?") : QStringLiteral("?");
    const QString where = cases.isEmpty()
                              ? QStringLiteral("c.case_no IS NULL")
                              : QStringLiteral("(c.case_no IS NULL OR c.case_no IN (%1))").arg(placeholders);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT c.seq, ") + kRecordColumns +
                   QStringLiteral(" FROM changes c JOIN records r ON r.kind = c.kind AND r.id = c.id WHERE ") + where +
                   QStringLiteral(" AND c.seq > ? AND c.seq <= ? ORDER BY c.seq LIMIT ?")))
        return Database::sqlError(q);
    for (const QString& c : cases)
        q.addBindValue(c);
    q.addBindValue(after);
    q.addBindValue(headSeq);
    q.addBindValue(limit + 1);
    if (!q.exec())
        return Database::sqlError(q);
    // Rows are counted, not the changes kept: rows this viewer may not see (a 副卷 for a party) still move the
    // cursor, and a page that read all it asked for has more after it, however few it kept.
    int rows = 0;
    while (q.next()) {
        if (++rows > limit) {
            page.more = true;
            break;
        }
        const qint64 seq = q.value(0).toLongLong();
        page.next = seq;
        if (viewer.canSee(q.value(1).toString(), q.value(3).toString(), q.value(4).toString()))
            page.changes.append(Change{seq, readRecord(q, 1)});
    }
    if (!page.more)
        page.next = std::max(page.next, headSeq);
    return page;
}

Result<ChangePage> ServerStore::changes(const Viewer& viewer, qint64 after, int limit)
{
    if (const auto cases = namedCases(viewer))
        return changesOfCases(viewer, *cases, after, limit);
    ChangePage page;
    page.next = after;
    const int batch = std::max(limit, 1000);
    const qint64 scanCap = std::max<qint64>(qint64(limit) * 20, 50000);
    qint64 scanned = 0;
    QSqlDatabase d = db();
    for (;;) {
        QSqlQuery q(d);
        q.setForwardOnly(true);
        if (!q.prepare(QStringLiteral("SELECT c.seq, ") + kRecordColumns +
                       QStringLiteral(" FROM changes c JOIN records r ON r.kind = c.kind AND r.id = c.id "
                                      "WHERE c.seq > ? ORDER BY c.seq LIMIT ?")))
            return Database::sqlError(q);
        q.addBindValue(page.next);
        q.addBindValue(batch);
        if (!q.exec())
            return Database::sqlError(q);
        int rows = 0;
        bool full = false;
        while (q.next()) {
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            const QString kind = q.value(1).toString();
            const QString caseNo = q.value(3).toString();
            const QString volume = q.value(4).toString();
            page.next = seq;
            if (!viewer.canSee(kind, caseNo, volume))
                continue;
            page.changes.append(Change{seq, readRecord(q, 1)});
            if (page.changes.size() >= limit) {
                full = true;
                break;
            }
        }
        scanned += rows;
        if (full) {
            page.more = true; // at worst one empty page later
            break;
        }
        if (rows < batch) {
            page.more = false;
            break;
        }
        if (scanned >= scanCap) {
            page.more = true;
            break;
        }
    }
    return page;
}

Result<QList<Record>> ServerStore::templates()
{
    auto q = execSql(db(), QStringLiteral("SELECT ") + kRecordColumns +
                               QStringLiteral(" FROM records r WHERE r.kind = 'template' ORDER BY r.id"));
    if (!q)
        return q.error();
    QList<Record> out;
    while (q->next())
        out.append(readRecord(*q, 0));
    return out;
}

Result<Record> ServerStore::putTemplate(const QString& id, const QJsonObject& body, const QString& user)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto seqStart = beginSeq();
    if (!seqStart)
        return seqStart.error();
    qint64 seq = *seqStart;
    auto existing = record(QStringLiteral("template"), id);
    if (!existing)
        return existing.error();
    Record r;
    r.kind = QStringLiteral("template");
    r.id = id;
    r.revision = (*existing ? (*existing)->revision : 0) + 1;
    r.body = body;
    r.updatedBy = user;
    r.updatedAt = isoNow();
    auto w = writeRecord(r, existing->has_value());
    if (!w)
        return w.error();
    auto a = appendChange(r.kind, r.id, QString(), seq);
    if (!a)
        return a.error();
    if (auto c = commitWithSeq(tx, seq); !c)
        return c.error();
    return r;
}

// ---- cases

Result<bool> ServerStore::caseKnown(const QString& caseNo)
{
    auto q = execSql(db(), QStringLiteral("SELECT 1 FROM cases WHERE case_no = ?"), {caseNo});
    if (!q)
        return q.error();
    return q->next();
}

Result<bool> ServerStore::addMember(const QString& caseNo, const QString& user, const QString& relation)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto seqStart = beginSeq();
    if (!seqStart)
        return seqStart.error();
    qint64 seq = *seqStart;
    auto q = execSql(d, QStringLiteral("SELECT relation FROM case_members WHERE case_no = ? AND user_name = ?"),
                     {caseNo, user});
    if (!q)
        return q.error();
    if (q->next()) {
        if (q->value(0).toString() == relation)
            return false;
        auto u = execSql(d, QStringLiteral("UPDATE case_members SET relation = ? WHERE case_no = ? AND user_name = ?"),
                         {relation, caseNo, user});
        if (!u)
            return u.error();
    } else {
        auto i = execSql(d, QStringLiteral("INSERT INTO case_members (case_no, user_name, relation) VALUES (?, ?, ?)"),
                         {caseNo, user, relation});
        if (!i)
            return i.error();
        auto t = touchCase(caseNo, seq);
        if (!t)
            return t.error();
    }
    if (auto c = commitWithSeq(tx, seq); !c)
        return c.error();
    return true;
}

Result<QJsonArray> ServerStore::members(const QString& caseNo)
{
    auto q = execSql(
        db(), QStringLiteral("SELECT user_name, relation FROM case_members WHERE case_no = ? ORDER BY user_name"),
        {caseNo});
    if (!q)
        return q.error();
    QJsonArray out;
    while (q->next())
        out.append(QJsonObject{{QStringLiteral("user"), q->value(0).toString()},
                               {QStringLiteral("relation"), q->value(1).toString()}});
    return out;
}

// ---- blobs and uploads

Result<bool> ServerStore::mayReadBlob(const Viewer& viewer, const QString& sha256)
{
    if (viewer.isAdmin())
        return true;
    auto held = holdsBlob(viewer.name, sha256); // they sent these very bytes
    if (!held || *held)
        return held;
    // Only live page records decide (a removed page shows nobody its image); each was checked, when written,
    // to name an image its writer uploaded or could read.
    auto q = execSql(
        db(),
        QStringLiteral("SELECT kind, case_no, volume FROM records WHERE sha256 = ? AND kind = 'page' AND deleted = 0"),
        {sha256});
    if (!q)
        return q.error();
    while (q->next())
        if (viewer.canSee(q->value(0).toString(), q->value(1).toString(), q->value(2).toString()))
            return true;
    return false;
}

Result<bool> ServerStore::holdsBlob(const QString& user, const QString& sha256)
{
    auto q = cached(QStringLiteral("SELECT 1 FROM blob_holders WHERE sha256 = ? AND user_name = ?"), {sha256, user});
    if (!q)
        return q.error();
    const bool held = (*q)->next();
    (*q)->finish();
    return held;
}

Result<bool> ServerStore::mayUseBlob(const Viewer& viewer, const QString& sha256)
{
    return mayReadBlob(viewer, sha256);
}

Status ServerStore::addBlobHolder(const QString& sha256, const QString& user)
{
    auto lock = writeLock();
    auto q = execSql(
        db(),
        m_postgres ? QStringLiteral("INSERT INTO blob_holders (sha256, user_name) VALUES (?, ?) ON CONFLICT DO NOTHING")
                   : QStringLiteral("INSERT OR IGNORE INTO blob_holders (sha256, user_name) VALUES (?, ?)"),
        {sha256, user});
    if (!q)
        return q.error();
    return Ok{};
}

Status ServerStore::recordBlob(const QString& sha256, qint64 size)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto q = execSql(d, QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (!q->next()) {
        auto i = execSql(d, QStringLiteral("INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)"),
                         {sha256, size, isoNow()});
        if (!i)
            return i.error();
    }
    return tx.commit();
}

namespace {
std::optional<Upload> readUpload(QSqlQuery& q)
{
    if (!q.next())
        return std::nullopt;
    return Upload{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toInt() != 0};
}
} // namespace

Result<std::optional<Upload>> ServerStore::upload(const QString& id)
{
    auto q =
        execSql(db(), QStringLiteral("SELECT id, user_name, sha256, size, complete FROM uploads WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return readUpload(*q);
}

Result<std::optional<Upload>> ServerStore::openUpload(const QString& user, const QString& sha256)
{
    auto q = execSql(db(),
                     QStringLiteral("SELECT id, user_name, sha256, size, complete FROM uploads WHERE user_name = ? "
                                    "AND sha256 = ? AND complete = 0 ORDER BY created_at DESC"),
                     {user, sha256});
    if (!q)
        return q.error();
    return readUpload(*q);
}

Status ServerStore::createUpload(const Upload& u)
{
    auto lock = writeLock();
    auto q = execSql(
        db(),
        QStringLiteral(
            "INSERT INTO uploads (id, user_name, sha256, size, complete, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {u.id, u.user, u.sha256, u.size, int(u.complete), isoNow()});
    if (!q)
        return q.error();
    return Ok{};
}

Status ServerStore::markUploadComplete(const QString& id)
{
    auto lock = writeLock();
    auto q = execSql(db(), QStringLiteral("UPDATE uploads SET complete = 1 WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Ok{};
}

// ---- access requests

Status ServerStore::createAccessRequest(const AccessRequest& r)
{
    auto lock = writeLock();
    auto q = execSql(db(),
                     QStringLiteral("INSERT INTO access_requests (id, case_no, requester, reason, status, created_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {r.id, r.caseNo, r.requester, text(r.reason), r.status, r.createdAt});
    if (!q)
        return q.error();
    return Ok{};
}

namespace {
const QString kRequestColumns =
    QStringLiteral("id, case_no, requester, reason, status, decided_by, created_at, decided_at");
AccessRequest readRequest(const QSqlQuery& q)
{
    return AccessRequest{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
}
} // namespace

Result<std::optional<AccessRequest>> ServerStore::accessRequest(const QString& id)
{
    auto q = execSql(
        db(), QStringLiteral("SELECT ") + kRequestColumns + QStringLiteral(" FROM access_requests WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<AccessRequest>();
    return std::optional<AccessRequest>(readRequest(*q));
}

Result<QList<AccessRequest>> ServerStore::accessRequests()
{
    auto q = execSql(db(), QStringLiteral("SELECT ") + kRequestColumns +
                               QStringLiteral(" FROM access_requests ORDER BY created_at, id"));
    if (!q)
        return q.error();
    QList<AccessRequest> out;
    while (q->next())
        out.append(readRequest(*q));
    return out;
}

Status ServerStore::decideAccessRequest(const QString& id, const QString& status, const QString& decidedBy)
{
    auto lock = writeLock();
    auto q = execSql(
        db(), QStringLiteral("UPDATE access_requests SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?"),
        {status, decidedBy, isoNow(), id});
    if (!q)
        return q.error();
    return Ok{};
}

// ---- housekeeping

Result<QStringList> ServerStore::expireUploads(const QString& cutoff)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    auto q = execSql(d, QStringLiteral("SELECT id FROM uploads WHERE complete = 0 AND created_at < ?"), {cutoff});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids << q->value(0).toString();
    if (auto del = execSql(d, QStringLiteral("DELETE FROM uploads WHERE complete = 0 AND created_at < ?"), {cutoff});
        !del)
        return del.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return ids;
}

Result<QStringList> ServerStore::collectBlobs(const QString& cutoff)
{
    auto lock = writeLock();
    QSqlDatabase d = db();
    Transaction tx(d);
    // Any record naming the image keeps it: a removed page's too, and a conflict's kept page version.
    auto q = execSql(d,
                     QStringLiteral("SELECT b.sha256 FROM blobs b WHERE b.created_at < ? AND NOT EXISTS "
                                    "(SELECT 1 FROM records r WHERE r.sha256 = b.sha256)"),
                     {cutoff});
    if (!q)
        return q.error();
    QStringList shas;
    while (q->next())
        shas << q->value(0).toString();
    for (const QString& sha : std::as_const(shas))
        for (const char* sql : {"DELETE FROM blobs WHERE sha256 = ?", "DELETE FROM blob_holders WHERE sha256 = ?"})
            if (auto del = execSql(d, QString::fromLatin1(sql), {sha}); !del)
                return del.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return shas;
}

Result<QList<Upload>> ServerStore::fullUploads(const BlobStore& blobs)
{
    auto q =
        execSql(db(), QStringLiteral("SELECT id, user_name, sha256, size, complete FROM uploads WHERE complete = 0"));
    if (!q)
        return q.error();
    QList<Upload> out;
    while (q->next()) {
        Upload u{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toLongLong(),
                 false};
        if (blobs.partSize(u.id) >= u.size)
            out << u;
    }
    return out;
}

Result<int> ServerStore::pendingAccessRequests(const QString& user)
{
    auto q =
        execSql(db(), QStringLiteral("SELECT count(*) FROM access_requests WHERE requester = ? AND status = 'pending'"),
                {user});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

} // namespace Dossier::Server
