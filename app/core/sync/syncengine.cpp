#include "sync/syncengine.h"

#include "domain/recordschema.h"
#include "domain/textutil.h"
#include "pipeline/batchrunner.h"
#include "storage/database.h"
#include "storage/masterstore.h"
#include "sync/credentialstore.h"
#include "sync/syncrecords.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUuid>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcSync, "dossier.sync")

namespace Dossier {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact); // QJsonObject keeps its keys sorted
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(canonical(o));
}

QJsonObject parse(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QJsonValue parseValue(const QString& s)
{
    const QJsonDocument d = QJsonDocument::fromJson(s.toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : d.isObject() ? QJsonValue(d.object()) : QJsonValue();
}

// Kinds in the order they are applied: a page needs its document, a document its dossier.
int kindOrder(const QString& kind)
{
    static const QStringList order = {QStringLiteral("template"), QStringLiteral("case"), QStringLiteral("dossier"),
                                      QStringLiteral("document"), QStringLiteral("page"), QStringLiteral("conflict")};
    const int i = int(order.indexOf(kind));
    return i < 0 ? int(order.size()) : i;
}

using Record = SyncRecord;

Error serverError(const HttpClient::Reply& r)
{
    return Error(QStringLiteral("server_error"), QT_TRANSLATE_NOOP("Dossier::Error", "The server answered %1: %2."),
                 {QString::number(r.status), r.errorMessage()});
}

} // namespace

QJsonObject SyncSummary::toJson() const
{
    return {
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("pulled"), pulled},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("rejected"), rejected},
        {QStringLiteral("blobs_up"), blobsUp},    {QStringLiteral("blobs_down"), blobsDown},
        {QStringLiteral("bytes_up"), bytesUp},    {QStringLiteral("pending"), pending},
        {QStringLiteral("set_aside"), setAside},  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

struct SyncEngine::Context
{
    QSqlDatabase db;
    std::unique_ptr<HttpClient> http;
    QString token;
    // Read once per pull, kept up to date while it applies records: digests of this desk's records as they are,
    // and the revision of each record the server confirmed.
    QHash<QString, QByteArray> localDigest;
    QHash<QString, qint64> knownRevision;
    QSet<QString> setAsideKeys; // records kept aside (sync_set_aside)
    bool cachesLoaded = false;
    QString server;
    QString user;
    MasterStore masters;
    explicit Context(const QString& profile) : masters(BatchRunner::mastersPath(profile)) {}
};

SyncEngine::SyncEngine(QString profileDir, QObject* parent)
    : QObject(parent), m_profileDir(std::move(profileDir)), m_dbPath(BatchRunner::databasePath(m_profileDir))
{
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::account(const QString& serverUrl, const QString& user)
{
    return user + QLatin1Char('@') + QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash).toString();
}

namespace {

QString setting(QSqlDatabase db, const QString& key)
{
    auto q = execSql(db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {key});
    return q && q->next() ? q->value(0).toString() : QString();
}

Status setSetting(QSqlDatabase db, const QString& key, const QString& value)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                     {key, value});
    return q ? Status(Ok{}) : Status(q.error());
}

} // namespace

Status SyncEngine::setCaFile(const QString& path)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
    if (cas.isEmpty())
        return Error(QStringLiteral("ca_file_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "%1 holds no PEM certificate."), {path});
    m_caFile = QFileInfo(path).absoluteFilePath();
    m_cas = cas;
    return Ok{};
}

Result<QString> SyncEngine::requestToken(const QString& serverUrl, const QString& user, const QString& password) const
{
    HttpClient http{QUrl(serverUrl)};
    // The CA given now, or the one this profile was signed in with before (the window signs in again with it).
    QList<QSslCertificate> cas = m_cas;
    if (cas.isEmpty() && Database::open(m_dbPath))
        if (const QString ca = setting(Database::connection(m_dbPath), QStringLiteral("sync.ca_file")); !ca.isEmpty())
            cas = QSslCertificate::fromPath(ca, QSsl::Pem);
    http.setCaCertificates(cas);
    auto r = http.json("POST", QStringLiteral("/api/v1/session"),
                       {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (!r)
        return r.error();
    if (r->status == 401)
        return Error(QStringLiteral("login_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server does not accept this user name and password."));
    if (r->status != 200)
        return serverError(*r);
    return r->json().value(QStringLiteral("token")).toString();
}

Status SyncEngine::rememberLogin(const QString& serverUrl, const QString& user)
{
    if (auto s = Database::open(m_dbPath); !s)
        return s;
    QSqlDatabase db = Database::connection(m_dbPath);
    if (auto s = setSetting(db, QStringLiteral("sync.server"), serverUrl); !s)
        return s;
    if (!m_caFile.isEmpty())
        if (auto s = setSetting(db, QStringLiteral("sync.ca_file"), m_caFile); !s)
            return s;
    return setSetting(db, QStringLiteral("sync.user"), user);
}

QPair<QString, QString> SyncEngine::signedInAs() const
{
    if (!Database::open(m_dbPath))
        return {};
    QSqlDatabase db = Database::connection(m_dbPath);
    return {setting(db, QStringLiteral("sync.server")), setting(db, QStringLiteral("sync.user"))};
}

Status SyncEngine::login(const QString& serverUrl, const QString& user, const QString& password)
{
    if (auto s = Database::open(m_dbPath); !s)
        return s;
    auto token = requestToken(serverUrl, user, password);
    if (!token)
        return token.error();
    if (auto s = CredentialStore::store(account(serverUrl, user), *token); !s)
        return s;
    return rememberLogin(serverUrl, user);
}

Status SyncEngine::logout()
{
    QSqlDatabase db = Database::connection(m_dbPath);
    return CredentialStore::remove(
        account(setting(db, QStringLiteral("sync.server")), setting(db, QStringLiteral("sync.user"))));
}

Status SyncEngine::connect(Context& c)
{
    if (auto s = Database::open(m_dbPath); !s)
        return s;
    c.db = Database::connection(m_dbPath);
    c.server = setting(c.db, QStringLiteral("sync.server"));
    c.user = setting(c.db, QStringLiteral("sync.user"));
    if (c.server.isEmpty() || c.user.isEmpty())
        return Error(QStringLiteral("not_signed_in"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: run login first."));
    if (m_token.isEmpty()) {
        auto token = CredentialStore::read(account(c.server, c.user));
        if (!token)
            return token.error();
        c.token = *token;
    } else {
        c.token = m_token;
    }
    c.http = std::make_unique<HttpClient>(QUrl(c.server));
    c.http->setToken(c.token);
    if (const QString ca = setting(c.db, QStringLiteral("sync.ca_file")); !ca.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(ca, QSsl::Pem);
        if (cas.isEmpty())
            return Error(QStringLiteral("ca_file_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "%1 holds no PEM certificate."), {ca});
        c.http->setCaCertificates(cas);
    }
    return Ok{};
}

Result<HttpClient::Reply> SyncEngine::call(HttpClient& http, const QByteArray& method, const QString& path,
                                           const QByteArray& body, const QHash<QByteArray, QByteArray>& headers) const
{
    // Network failures are retried with growing pauses; answers (even errors) are returned.
    int pause = 250;
    for (int attempt = 1;; ++attempt) {
        auto r = http.request(method, path, body, headers);
        if (r && r->status == 401)
            return Error(QStringLiteral("session_expired"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The server session has expired: sign in again."));
        if (r && r->status != 502 && r->status != 503)
            return r;
        if (!r && r.error().code() != QLatin1String("network"))
            return r; // an untrusted certificate does not get better by retrying
        if (attempt >= m_maxAttempts)
            return r ? Result<HttpClient::Reply>(serverError(*r)) : r;
        qCDebug(lcSync) << "retry" << method << path << "in" << pause << "ms";
        QThread::msleep(pause);
        pause = std::min(pause * 2, 8000);
    }
}

Result<SyncSummary> SyncEngine::sync(const std::atomic_bool& cancel)
{
    Context c(m_profileDir);
    if (auto s = connect(c); !s)
        return s.error();
    SyncSummary s;
    // Pull first: a local edit of a record someone else changed meets the new version before it is pushed.
    if (auto p = pull(c, s, cancel); !p)
        return p.error();
    // Versions of ours that won a conflict go again on the server's revision: a second round sends them.
    for (int round = 0; round < 3; ++round) {
        const int conflictsBefore = s.conflicts;
        if (auto p = collect(c); !p)
            return p.error();
        if (auto p = push(c, s, cancel); !p)
            return p.error();
        if (s.conflicts == conflictsBefore)
            break;
    }
    // What the push made the server send back (conflict records of others, our own applied records).
    if (auto p = pull(c, s, cancel); !p)
        return p.error();
    if (auto q = execSql(c.db, QStringLiteral("SELECT count(*) FROM sync_outbox")); q && q->next())
        s.pending = q->value(0).toInt();
    // Records kept aside: those of the profile now (a record tried again in this sync counts once).
    if (auto q = execSql(c.db, QStringLiteral("SELECT count(*) FROM sync_set_aside")); q && q->next())
        s.setAside = q->value(0).toInt();
    s.problems.removeDuplicates();
    return s;
}

// ---- collect: local state → outbox ------------------------------------------------------------------------

namespace {

Status assignUids(QSqlDatabase db)
{
    for (const QString& table : {QStringLiteral("documents"), QStringLiteral("pages")}) {
        auto q = execSql(db, QStringLiteral("SELECT id FROM %1 WHERE uid IS NULL").arg(table));
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        for (qint64 id : ids)
            if (auto u = execSql(db, QStringLiteral("UPDATE %1 SET uid=? WHERE id=?").arg(table),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces), id});
                !u)
                return u.error();
    }
    return Ok{};
}

} // namespace

Status queueOperation(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo,
                      const QString& volume, qint64 base, bool deleted, const QString& body)
{
    auto ins = execSql(
        db,
        QStringLiteral("INSERT INTO sync_outbox(op_id, kind, rec_id, case_no, volume, base_revision, deleted, "
                       "body, created_at) VALUES(?,?,?,?,?,?,?,?,?)"),
        {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, id, caseNo.isEmpty() ? QVariant() : QVariant(caseNo),
         volume.isEmpty() ? QVariant() : QVariant(volume), base, deleted ? 1 : 0, body, now()});
    return ins ? Status(Ok{}) : Status(ins.error());
}

// The records this desk holds, as the server should have them: all of them, or the one named by kind and id.
Result<QList<SyncRecord>> localRecords(QSqlDatabase db, const QString& onlyKind, const QString& onlyId)
{
    using Record = SyncRecord;
    QList<Record> out;
    const bool one = !onlyKind.isEmpty();
    auto wanted = [&](const char* kind) { return !one || onlyKind == QLatin1String(kind); };
    const QVariantList idBind = one ? QVariantList{onlyId} : QVariantList{};
    if (wanted("case")) {
        auto cases = execSql(db,
                             QStringLiteral("SELECT case_no, info, classified FROM cases WHERE EXISTS "
                                            "(SELECT 1 FROM dossiers d WHERE d.case_id = cases.id)") +
                                 (one ? QStringLiteral(" AND case_no = ?") : QString()),
                             idBind);
        if (!cases)
            return cases.error();
        while (cases->next()) {
            Record r;
            r.kind = QStringLiteral("case");
            r.id = r.caseNo = cases->value(0).toString();
            r.body = {{QStringLiteral("case_no"), r.caseNo},
                      {QStringLiteral("info"), parse(cases->value(1).toString())},
                      {QStringLiteral("classified"), cases->value(2).toInt() != 0}};
            out << r;
        }
    }
    if (wanted("dossier")) {
        auto dossiers =
            execSql(db,
                    QStringLiteral("SELECT c.case_no, d.external_id, d.template_id, d.submitted_at, d.submitted_by, "
                                   "(SELECT count(*) FROM outputs o WHERE o.dossier_id = d.id AND o.kind='copy' AND "
                                   "o.verified_at IS NOT NULL) >= 3 "
                                   "FROM dossiers d JOIN cases c ON c.id = d.case_id") +
                        (one ? QStringLiteral(" WHERE c.case_no || '|' || d.external_id = ?") : QString()),
                    idBind);
        if (!dossiers)
            return dossiers.error();
        while (dossiers->next()) {
            Record r;
            r.kind = QStringLiteral("dossier");
            r.caseNo = dossiers->value(0).toString();
            r.id = r.caseNo + QLatin1Char('|') + dossiers->value(1).toString();
            r.volume = QStringLiteral("main");
            r.body = {{QStringLiteral("dossier_id"), dossiers->value(1).toString()},
                      {QStringLiteral("template_id"), dossiers->value(2).toString()},
                      {QStringLiteral("submitted_at"), dossiers->value(3).toString()},
                      {QStringLiteral("submitted_by"), dossiers->value(4).toString()},
                      {QStringLiteral("archived"), dossiers->value(5).toInt() != 0}};
            out << r;
        }
    }
    if (wanted("document")) {
        auto docs = execSql(
            db,
            QStringLiteral(
                "SELECT doc.uid, c.case_no, d.external_id, v.kind, doc.position, doc.doc_type, doc.title "
                "FROM documents doc JOIN volumes v ON v.id = doc.volume_id JOIN dossiers d ON d.id = v.dossier_id "
                "JOIN cases c ON c.id = d.case_id") +
                (one ? QStringLiteral(" WHERE doc.uid = ?") : QString()),
            idBind);
        if (!docs)
            return docs.error();
        while (docs->next()) {
            Record r;
            r.kind = QStringLiteral("document");
            r.id = docs->value(0).toString();
            r.caseNo = docs->value(1).toString();
            r.volume = docs->value(3).toString();
            r.body = {{QStringLiteral("dossier"), r.caseNo + QLatin1Char('|') + docs->value(2).toString()},
                      {QStringLiteral("position"), docs->value(4).toInt()},
                      {QStringLiteral("doc_type"), docs->value(5).toString()},
                      {QStringLiteral("title"), docs->value(6).toString()}};
            out << r;
        }
    }
    if (wanted("page")) {
        auto pages = execSql(
            db,
            QStringLiteral(
                "SELECT p.uid, c.case_no, v.kind, doc.uid, p.position, p.page_in_document, p.kind, p.sha256, "
                "p.master_format, p.master_bytes, p.status, p.rotation, p.skew, p.dpi, p.colour_mode, p.width, "
                "p.height, "
                "p.flags, p.text, p.ocr_confidence, p.ocr, p.transform, p.source "
                "FROM pages p JOIN documents doc ON doc.id = p.document_id JOIN volumes v ON v.id = doc.volume_id "
                "JOIN dossiers d ON d.id = v.dossier_id JOIN cases c ON c.id = d.case_id "
                "WHERE p.status='done' AND p.sha256 IS NOT NULL") +
                (one ? QStringLiteral(" AND p.uid = ?") : QString()),
            idBind);
        if (!pages)
            return pages.error();
        while (pages->next()) {
            Record r;
            r.kind = QStringLiteral("page");
            r.id = pages->value(0).toString();
            r.caseNo = pages->value(1).toString();
            r.volume = pages->value(2).toString();
            r.body = {{QStringLiteral("document"), pages->value(3).toString()},
                      {QStringLiteral("position"), pages->value(4).toInt()},
                      {QStringLiteral("page_in_document"),
                       pages->value(5).isNull() ? QJsonValue() : QJsonValue(pages->value(5).toInt())},
                      {QStringLiteral("kind"), pages->value(6).toString()},
                      {QStringLiteral("sha256"), pages->value(7).toString()},
                      {QStringLiteral("format"), pages->value(8).toString()},
                      {QStringLiteral("bytes"), pages->value(9).toLongLong()},
                      {QStringLiteral("rotation"), pages->value(11).toInt()},
                      {QStringLiteral("skew"), pages->value(12).toDouble()},
                      {QStringLiteral("dpi"), pages->value(13).toInt()},
                      {QStringLiteral("colour_mode"), pages->value(14).toString()},
                      {QStringLiteral("width"), pages->value(15).toInt()},
                      {QStringLiteral("height"), pages->value(16).toInt()},
                      {QStringLiteral("flags"), parseValue(pages->value(17).toString())},
                      {QStringLiteral("text"), pages->value(18).toString()},
                      {QStringLiteral("ocr_confidence"), pages->value(19).toDouble()},
                      {QStringLiteral("ocr"), parseValue(pages->value(20).toString())},
                      {QStringLiteral("transform"), parseValue(pages->value(21).toString())},
                      {QStringLiteral("source"), pages->value(22).toString()}};
            out << r;
        }
    }
    return out;
}

Status SyncEngine::collect(Context& c)
{
    Transaction tx(c.db);
    if (auto s = assignUids(c.db); !s)
        return s;
    auto records = localRecords(c.db);
    if (!records)
        return records.error();
    // Last known server state, and what is already waiting to be sent.
    struct Known
    {
        qint64 revision = 0;
        QByteArray body;
        bool deleted = false;
        QString caseNo, volume;
    };
    QHash<QString, Known> known;
    if (auto q = execSql(
            c.db, QStringLiteral("SELECT kind, rec_id, revision, body, deleted, case_no, volume FROM sync_records"));
        q)
        while (q->next())
            known.insert(q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString(),
                         {q->value(2).toLongLong(), q->value(3).toString().toUtf8(), q->value(4).toInt() != 0,
                          q->value(5).toString(), q->value(6).toString()});
    else
        return q.error();
    QSet<QString> waiting;
    if (auto q = execSql(c.db, QStringLiteral("SELECT kind, rec_id FROM sync_outbox")); q)
        while (q->next())
            waiting.insert(q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString());
    for (const Record& r : *records) {
        const QString key = r.kind + QLatin1Char('\n') + r.id;
        if (waiting.contains(key))
            continue; // sent (maybe applied) and not acknowledged yet: its result comes first
        const auto it = known.constFind(key);
        const QByteArray body = canonical(r.body);
        if (it != known.cend() && it->body == body && !it->deleted)
            continue; // (a record the server has as deleted and this desk has again is sent: an undone removal)
        if (auto q = queueOperation(c.db, r.kind, r.id, r.caseNo, r.volume, it == known.cend() ? 0 : it->revision,
                                    false, QString::fromUtf8(body));
            !q)
            return q;
    }
    // Removals are sent as explicit deletions, and only for what this desk itself took out of a catalogue: a
    // page marked removed (kept in the profile, with its reason), or a document that an edit here emptied
    // while its dossier is still on this desk. Nothing is ever deleted because a record is merely missing.
    QList<QPair<QString, QString>> removed; // kind, id
    if (auto q = execSql(c.db, QStringLiteral("SELECT uid FROM pages WHERE status='removed' AND uid IS NOT NULL")); q)
        while (q->next())
            removed.append({QStringLiteral("page"), q->value(0).toString()});
    else
        return q.error();
    QSet<QString> localDocuments, localDossiers;
    for (const Record& r : *records)
        if (r.kind == QLatin1String("document"))
            localDocuments.insert(r.id);
        else if (r.kind == QLatin1String("dossier"))
            localDossiers.insert(r.id);
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (it->deleted || !it.key().startsWith(QLatin1String("document\n")))
            continue;
        const QString id = it.key().mid(9);
        const QString dossier = parse(QString::fromUtf8(it->body)).value(QStringLiteral("dossier")).toString();
        if (!localDocuments.contains(id) && localDossiers.contains(dossier))
            removed.append({QStringLiteral("document"), id});
    }
    for (const auto& [kind, id] : std::as_const(removed)) {
        const QString key = kind + QLatin1Char('\n') + id;
        const auto it = known.constFind(key);
        if (it == known.cend() || it->deleted || waiting.contains(key))
            continue; // never on the server, already deleted there, or waiting for an answer
        if (auto q =
                queueOperation(c.db, kind, id, it->caseNo, it->volume, it->revision, true, QString::fromUtf8(it->body));
            !q)
            return q;
    }
    return tx.commit();
}

// ---- push: outbox → server ---------------------------------------------------------------------------------

namespace {

struct Op
{
    qint64 row = 0;
    QString opId, kind, recId, caseNo, volume;
    qint64 base = 0;
    bool deleted = false;
    QJsonObject body;
    QJsonObject toJson() const
    {
        return {{QStringLiteral("op_id"), opId},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("id"), recId},
                {QStringLiteral("case_no"), caseNo.isEmpty() ? QJsonValue() : QJsonValue(caseNo)},
                {QStringLiteral("volume"), volume.isEmpty() ? QJsonValue() : QJsonValue(volume)},
                {QStringLiteral("base_revision"), base},
                {QStringLiteral("deleted"), deleted},
                {QStringLiteral("body"), body}};
    }
};

Status remember(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo, const QString& volume,
                qint64 revision, bool deleted, const QJsonObject& body)
{
    auto q = execSql(db,
                     QStringLiteral("INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) "
                                    "VALUES(?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                                    "case_no=excluded.case_no, volume=excluded.volume, revision=excluded.revision, "
                                    "deleted=excluded.deleted, body=excluded.body"),
                     {kind, id, caseNo.isEmpty() ? QVariant() : QVariant(caseNo),
                      volume.isEmpty() ? QVariant() : QVariant(volume), revision, deleted ? 1 : 0, compact(body)});
    return q ? Status(Ok{}) : Status(q.error());
}

// Both versions of a record edited on two desks are kept. Which one stays in place is decided the same way
// on every desk (the greater canonical JSON); the other becomes a conflict record, with an id made from its
// content so that every desk names it the same.
Status keepConflict(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo,
                    const QString& volume, const QJsonObject& kept, const QJsonObject& other, const QString& from)
{
    const QString cid =
        kind + QLatin1Char('/') + id + QLatin1Char('/') +
        QString::fromLatin1(QCryptographicHash::hash(canonical(other), QCryptographicHash::Sha256).toHex().left(16));
    auto exists = execSql(db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE kind=? AND rec_id=? AND other_body=?"),
                          {kind, id, compact(other)});
    if (exists && exists->next())
        return Ok{};
    if (auto q =
            execSql(db,
                    QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, at) "
                                   "VALUES(?,?,?,?,?,?)"),
                    {kind, id, compact(kept), compact(other), from, now()});
        !q)
        return q.error();
    // The losing version goes to the server too (once), so that every desk keeps both.
    auto known = execSql(db, QStringLiteral("SELECT 1 FROM sync_records WHERE kind='conflict' AND rec_id=?"), {cid});
    if (known && known->next())
        return Ok{};
    auto pending = execSql(db, QStringLiteral("SELECT 1 FROM sync_outbox WHERE kind='conflict' AND rec_id=?"), {cid});
    if (pending && pending->next())
        return Ok{};
    return queueOperation(db, QStringLiteral("conflict"), cid, caseNo, volume, 0, false,
                          compact(QJsonObject{{QStringLiteral("kind"), kind},
                                              {QStringLiteral("id"), id},
                                              {QStringLiteral("body"), other},
                                              {QStringLiteral("from"), from}}));
}

// A conflict record settled on some desk ("settled_at" in its body) is settled on this one too.
Status markSettled(QSqlDatabase db, const QJsonObject& conflictBody)
{
    const QString at = conflictBody.value(QStringLiteral("settled_at")).toString();
    if (at.isEmpty())
        return Ok{};
    auto u = execSql(db,
                     QStringLiteral("UPDATE sync_conflicts SET resolved_at=?, resolved_by=?, resolution=? "
                                    "WHERE kind=? AND rec_id=? AND other_body=? AND resolved_at IS NULL"),
                     {at, conflictBody.value(QStringLiteral("settled_by")).toString(),
                      conflictBody.value(QStringLiteral("resolution")).toString(),
                      conflictBody.value(QStringLiteral("kind")).toString(),
                      conflictBody.value(QStringLiteral("id")).toString(),
                      compact(conflictBody.value(QStringLiteral("body")).toObject())});
    return u ? Status(Ok{}) : Status(u.error());
}

} // namespace

Status SyncEngine::uploadBlob(HttpClient& http, const MasterStore& masters, const QString& sha256,
                              const QString& format, Uploaded& done, int& chunkSize,
                              const std::atomic_bool& cancel) const
{
    QFile file(masters.pathFor(sha256, format));
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("master_missing"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The page image %1 is missing from the profile."), {sha256});
    const qint64 size = file.size();
    auto start = call(http, "POST", QStringLiteral("/api/v1/uploads"),
                      canonical({{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), size}}));
    if (!start)
        return start.error();
    if (start->status != 200 && start->status != 201)
        return serverError(*start);
    QJsonObject st = start->json();
    if (st.value(QStringLiteral("complete")).toBool())
        return Ok{};
    const QString id = st.value(QStringLiteral("id")).toVariant().toString();
    qint64 offset = st.value(QStringLiteral("offset")).toInteger();
    int failures = 0;
    // Stored only once the server says so: at full size an empty PATCH asks it to finish (a crash there
    // may have left the bytes all in but unchecked).
    bool complete = false;
    while (!complete) {
        if (cancel.load())
            return Error(QStringLiteral("cancelled"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Sync was cancelled; it resumes where it stopped."));
        file.seek(offset);
        const QByteArray chunk = file.read(std::min<qint64>(chunkSize, size - offset));
        QElapsedTimer t;
        t.start();
        auto r =
            http.request("PATCH", QStringLiteral("/api/v1/uploads/%1").arg(id), chunk,
                         {{"Upload-Offset", QByteArray::number(offset)}, {"Content-Type", "application/octet-stream"}});
        if (!r || r->status >= 500) {
            // The link dropped: smaller chunks, a pause, and ask the server how much it has.
            if (++failures >= m_maxAttempts)
                return r ? Status(serverError(*r)) : Status(r.error());
            chunkSize = std::max(64 * 1024, chunkSize / 2);
            QThread::msleep(std::min(250 << failures, 8000));
            auto at = call(http, "GET", QStringLiteral("/api/v1/uploads/%1").arg(id));
            if (!at)
                return at.error();
            if (at->status == 200) {
                complete = at->json().value(QStringLiteral("complete")).toBool();
                offset = at->json().value(QStringLiteral("offset")).toInteger();
            }
            continue;
        }
        if (r->status == 401)
            return Error(QStringLiteral("session_expired"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The server session has expired: sign in again."));
        if (r->status == 409) {                                  // the server has another offset: resume from there
            if (!r->json().contains(QStringLiteral("offset"))) { // another request of ours still writes it
                if (++failures >= m_maxAttempts)
                    return serverError(*r);
                QThread::msleep(std::min(250 << failures, 8000));
            }
            offset = r->json().value(QStringLiteral("offset")).toInteger(offset);
            continue;
        }
        if (r->status == 422)
            return Error(
                QStringLiteral("hash_mismatch"),
                QT_TRANSLATE_NOOP("Dossier::Error", "The server found that page image %1 does not match its SHA-256."),
                {sha256});
        if (r->status != 200 && r->status != 201)
            return serverError(*r);
        failures = 0;
        done.bytes += chunk.size();
        offset += chunk.size();
        complete = r->json().value(QStringLiteral("complete")).toBool();
        offset = r->json().value(QStringLiteral("offset")).toInteger(offset);
        // The chunk size follows the link: about a second per chunk.
        if (t.elapsed() < 500)
            chunkSize = std::min(8 * 1024 * 1024, chunkSize * 2);
        else if (t.elapsed() > 3000)
            chunkSize = std::max(64 * 1024, chunkSize / 2);
    }
    ++done.blobs;
    return Ok{};
}

Status SyncEngine::uploadAll(Context& c, const QList<QPair<QString, QString>>& images, SyncSummary& s,
                             const std::atomic_bool& cancel)
{
    if (images.isEmpty())
        return Ok{};
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_bool failed{false};
    QMutex mutex;
    std::optional<Error> firstError;
    Uploaded total;
    QThreadPool pool;
    pool.setMaxThreadCount(std::min<int>(kUploadStreams, int(images.size())));
    for (int w = 0; w < pool.maxThreadCount(); ++w)
        pool.start([&] {
            HttpClient http{c.http->base()};
            http.setToken(c.token);
            http.setCaCertificates(c.http->caCertificates());
            int chunk = m_chunk;
            Uploaded mine;
            for (int i = next++; i < images.size() && !failed.load(); i = next++) {
                if (auto u = uploadBlob(http, c.masters, images.at(i).first, images.at(i).second, mine, chunk, cancel);
                    !u) {
                    QMutexLocker lock(&mutex);
                    if (!firstError)
                        firstError = u.error();
                    failed.store(true);
                    break;
                }
                Q_EMIT progress(QStringLiteral("upload"), ++done, images.size());
            }
            QMutexLocker lock(&mutex);
            total.bytes += mine.bytes;
            total.blobs += mine.blobs;
        });
    pool.waitForDone();
    s.bytesUp += total.bytes;
    s.blobsUp += total.blobs;
    if (firstError)
        return *firstError;
    return Ok{};
}

Status SyncEngine::push(Context& c, SyncSummary& s, const std::atomic_bool& cancel)
{
    for (;;) {
        if (cancel.load())
            return Error(QStringLiteral("cancelled"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Sync was cancelled; it resumes where it stopped."));
        // In kind order, so that the server meets a case before its dossier and a document before its pages.
        auto q =
            execSql(c.db,
                    QStringLiteral("SELECT id, op_id, kind, rec_id, case_no, volume, base_revision, deleted, body "
                                   "FROM sync_outbox ORDER BY CASE kind WHEN 'template' THEN 0 WHEN 'case' THEN 1 "
                                   "WHEN 'dossier' THEN 2 WHEN 'document' THEN 3 WHEN 'page' THEN 4 ELSE 5 END, id "
                                   "LIMIT ?"),
                    {m_batchSize});
        if (!q)
            return q.error();
        QList<Op> ops;
        while (q->next()) {
            Op o;
            o.row = q->value(0).toLongLong();
            o.opId = q->value(1).toString();
            o.kind = q->value(2).toString();
            o.recId = q->value(3).toString();
            o.caseNo = q->value(4).toString();
            o.volume = q->value(5).toString();
            o.base = q->value(6).toLongLong();
            o.deleted = q->value(7).toInt() != 0;
            o.body = parse(q->value(8).toString());
            ops << o;
        }
        if (ops.isEmpty())
            return Ok{};
        // The images of the batch's pages first, a few at a time (each upload waits on its round trips).
        QList<QPair<QString, QString>> images;
        QSet<QString> seen;
        QJsonArray batch;
        for (const Op& o : ops) {
            const QString sha = o.body.value(QStringLiteral("sha256")).toString();
            if (o.kind == QLatin1String("page") && !seen.contains(sha)) {
                seen.insert(sha);
                images.append({sha, o.body.value(QStringLiteral("format")).toString()});
            }
            batch.append(o.toJson());
        }
        if (auto u = uploadAll(c, images, s, cancel); !u)
            return u;
        Q_EMIT progress(QStringLiteral("push"), s.pushed, s.pushed + ops.size());
        auto r = call(*c.http, "POST", QStringLiteral("/api/v1/changes"),
                      canonical({{QStringLiteral("operations"), batch}}));
        if (!r)
            return r.error();
        if (r->status != 200)
            return serverError(*r);
        QHash<QString, QJsonObject> results;
        for (const QJsonValue& v : r->json().value(QStringLiteral("results")).toArray())
            results.insert(v.toObject().value(QStringLiteral("op_id")).toString(), v.toObject());
        Transaction tx(c.db);
        for (const Op& o : ops) {
            const QJsonObject res = results.value(o.opId);
            const QString status = res.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("applied")) {
                ++s.pushed;
                if (auto m = remember(c.db, o.kind, o.recId, o.caseNo, o.volume,
                                      res.value(QStringLiteral("revision")).toInteger(), o.deleted, o.body);
                    !m)
                    return m;
            } else if (status == QLatin1String("conflict") && o.kind == QLatin1String("conflict")) {
                // A conflict record written by two desks (both settled it, say): the server's stays, with what
                // ours adds to it sent again on its revision.
                const Record server = Record::fromJson(res.value(QStringLiteral("record")).toObject());
                if (auto m = remember(c.db, o.kind, o.recId, server.caseNo, server.volume, server.revision,
                                      server.deleted, server.body);
                    !m)
                    return m;
                if (auto m = markSettled(c.db, server.body); !m)
                    return m;
                QJsonObject merged = server.body;
                for (const QString& k :
                     {QStringLiteral("settled_at"), QStringLiteral("settled_by"), QStringLiteral("resolution")})
                    if (!merged.contains(k) && o.body.contains(k))
                        merged.insert(k, o.body.value(k));
                if (merged != server.body)
                    if (auto q = queueOperation(c.db, o.kind, o.recId, o.caseNo, o.volume, server.revision, false,
                                                compact(merged));
                        !q)
                        return q;
            } else if (status == QLatin1String("conflict")) {
                ++s.conflicts;
                const Record server = Record::fromJson(res.value(QStringLiteral("record")).toObject());
                // The server's revision is now the base; whichever body wins stays, the other is kept.
                const bool localWins = canonical(o.body) > canonical(server.body);
                if (auto m = remember(c.db, o.kind, o.recId, server.caseNo, server.volume, server.revision,
                                      server.deleted, server.body);
                    !m)
                    return m;
                if (auto k = keepConflict(c.db, o.kind, o.recId, o.caseNo, o.volume, localWins ? o.body : server.body,
                                          localWins ? server.body : o.body, localWins ? server.updatedBy : c.user);
                    !k)
                    return k;
                if (!localWins)
                    m_adopt.append(res.value(QStringLiteral("record")).toObject());
                // When ours wins, the next collect sends it again on the server's revision.
            } else if (status == QLatin1String("rejected")) {
                ++s.rejected;
                s.problems
                    << QStringLiteral("%1 %2: %3").arg(o.kind, o.recId, res.value(QStringLiteral("reason")).toString());
            } else {
                // No result for this operation: keep it for the next attempt (same op_id).
                (void)execSql(c.db, QStringLiteral("UPDATE sync_outbox SET attempts=attempts+1 WHERE id=?"), {o.row});
                continue;
            }
            if (auto d = execSql(c.db, QStringLiteral("DELETE FROM sync_outbox WHERE id=?"), {o.row}); !d)
                return d.error();
        }
        if (auto cm = tx.commit(); !cm)
            return cm;
        if (!m_adopt.isEmpty()) {
            c.cachesLoaded = false;
            if (auto a = apply(c, m_adopt, s); !a)
                return a;
            m_adopt.clear();
        }
    }
}

// ---- pull: change feed → profile ---------------------------------------------------------------------------

Status SyncEngine::pull(Context& c, SyncSummary& s, const std::atomic_bool& cancel)
{
    c.cachesLoaded = false; // the profile may have changed since (collect, push, edits)
    qint64 cursor = setting(c.db, QStringLiteral("sync.cursor")).toLongLong();
    for (;;) {
        if (cancel.load())
            return Error(QStringLiteral("cancelled"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Sync was cancelled; it resumes where it stopped."));
        auto r = call(*c.http, "GET", QStringLiteral("/api/v1/changes?after=%1&limit=%2").arg(cursor).arg(5000));
        if (!r)
            return r.error();
        if (r->status != 200)
            return serverError(*r);
        const QJsonObject page = r->json();
        QList<QJsonObject> records;
        for (const QJsonValue& v : page.value(QStringLiteral("changes")).toArray())
            records << v.toObject().value(QStringLiteral("record")).toObject();
        if (auto a = apply(c, records, s); !a)
            return a;
        const qint64 next = page.value(QStringLiteral("next")).toInteger(cursor);
        // The cursor moves only after what it covers is in the profile.
        if (next != cursor)
            if (auto st = setSetting(c.db, QStringLiteral("sync.cursor"), QString::number(next)); !st)
                return st;
        Q_EMIT progress(QStringLiteral("pull"), s.pulled, s.pulled);
        if (!page.value(QStringLiteral("more")).toBool() || next == cursor)
            break;
        cursor = next;
    }
    return retrySetAside(c, s);
}

// Records set aside at an earlier sync are tried again (their image may be there now); one the feed has
// since brought in a newer revision is dropped.
Status SyncEngine::retrySetAside(Context& c, SyncSummary& s)
{
    auto q = execSql(c.db, QStringLiteral("SELECT kind, rec_id, revision, record FROM sync_set_aside ORDER BY at"));
    if (!q)
        return q.error();
    QList<QJsonObject> again;
    QList<QPair<QString, QString>> superseded;
    while (q->next()) {
        const QString key = q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString();
        if (c.knownRevision.value(key, -1) >= q->value(2).toLongLong())
            superseded.append({q->value(0).toString(), q->value(1).toString()});
        else
            again.append(parse(q->value(3).toString()));
    }
    for (const auto& [kind, id] : std::as_const(superseded)) {
        if (auto d = execSql(c.db, QStringLiteral("DELETE FROM sync_set_aside WHERE kind=? AND rec_id=?"), {kind, id});
            !d)
            return d.error();
        c.setAsideKeys.remove(kind + QLatin1Char('\n') + id);
    }
    if (again.isEmpty())
        return Ok{};
    const int pulledBefore = s.pulled;
    auto a = apply(c, again, s);
    s.pulled = pulledBefore; // tried again, not received
    return a;
}

namespace {

qint64 scalarId(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto q = execSql(db, sql, binds);
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

// A dossier without a separator sheet has an empty id: it must bind as '', not as NULL.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// A record from the feed this desk cannot take is kept aside with the reason, for the user and for the next
// sync; the rest of the feed goes on.
Status setAside(QSqlDatabase db, QSet<QString>& keys, const Record& r, const Error& why, SyncSummary& s)
{
    ++s.setAside;
    // Named for the clerk: the kind and the case it belongs to (a template by its id).
    s.problems << QCoreApplication::translate("Dossier::SyncEngine", "A %1 of %2 was set aside: %3")
                      .arg(RecordSchema::kindName(r.kind), r.caseNo.isEmpty() ? r.id.left(80) : r.caseNo,
                           why.message());
    qCWarning(lcSync) << "set aside" << r.kind << r.id << why.english();
    const QByteArray record = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    auto q = execSql(
        db,
        QStringLiteral("INSERT INTO sync_set_aside(kind, rec_id, revision, record, code, reason, args, at) "
                       "VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                       "revision=excluded.revision, record=excluded.record, code=excluded.code, "
                       "reason=excluded.reason, args=excluded.args, at=excluded.at"),
        {r.kind.left(40), r.id.left(600), r.revision,
         // Within the schema's limit it is kept whole (to be tried again); beyond it, only named.
         record.size() <= RecordSchema::kMaxRecordBytes + 4096 ? QString::fromUtf8(record) : QStringLiteral("{}"),
         why.code(), why.sourceText(),
         QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(why.args())).toJson(QJsonDocument::Compact)),
         now()});
    if (!q)
        return q.error();
    keys.insert(r.kind + QLatin1Char('\n') + r.id);
    return Ok{};
}

QString jsonText(const QJsonValue& v)
{
    if (v.isObject())
        return compact(v.toObject());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

Status SyncEngine::apply(Context& c, const QList<QJsonObject>& raw, SyncSummary& s)
{
    QList<Record> records;
    for (const QJsonObject& o : raw)
        records << Record::fromJson(o);
    std::stable_sort(records.begin(), records.end(),
                     [](const Record& a, const Record& b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    auto digest = [](const QByteArray& body) { return QCryptographicHash::hash(body, QCryptographicHash::Sha1); };
    if (!c.cachesLoaded) {
        c.localDigest.clear();
        c.knownRevision.clear();
        auto all = localRecords(c.db);
        if (!all)
            return all.error();
        for (const Record& r : *all)
            c.localDigest.insert(r.kind + QLatin1Char('\n') + r.id, digest(canonical(r.body)));
        auto q = execSql(c.db, QStringLiteral("SELECT kind, rec_id, revision FROM sync_records"));
        if (!q)
            return q.error();
        while (q->next())
            c.knownRevision.insert(q->value(0).toString() + QLatin1Char('\n') + q->value(1).toString(),
                                   q->value(2).toLongLong());
        auto aside = execSql(c.db, QStringLiteral("SELECT kind, rec_id FROM sync_set_aside"));
        if (!aside)
            return aside.error();
        c.setAsideKeys.clear();
        while (aside->next())
            c.setAsideKeys.insert(aside->value(0).toString() + QLatin1Char('\n') + aside->value(1).toString());
        c.cachesLoaded = true;
    }
    // Thousands of records a page: statements prepared once.
    Statement rememberStmt(
        c.db, QStringLiteral("INSERT INTO sync_records(kind, rec_id, case_no, volume, revision, deleted, body) "
                             "VALUES(?,?,?,?,?,?,?) ON CONFLICT(kind, rec_id) DO UPDATE SET "
                             "case_no=excluded.case_no, volume=excluded.volume, revision=excluded.revision, "
                             "deleted=excluded.deleted, body=excluded.body"));
    Statement knownBodyStmt(c.db, QStringLiteral("SELECT body FROM sync_records WHERE kind=? AND rec_id=?"));
    Statement caseStmt(
        c.db, QStringLiteral("INSERT INTO cases(case_no, created_at, info, classified) VALUES(?,?,?,?) "
                             "ON CONFLICT(case_no) DO UPDATE SET info=excluded.info, classified=excluded.classified"));
    Transaction tx(c.db);
    for (const Record& r : records) {
        const QString key = r.kind + QLatin1Char('\n') + r.id;
        if (c.knownRevision.value(key, -1) >= r.revision)
            continue; // already applied (our own push comes back through the feed)
        const QByteArray serverBody = canonical(r.body);
        // Hostile until checked: nothing of a record is used before it has passed the schema.
        std::optional<Error> bad =
            RecordSchema::check({r.kind, r.id, r.caseNo, r.volume, r.deleted, r.body}, serverBody.size());
        if (!bad && r.revision < 1)
            bad = Error(QStringLiteral("record_invalid"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "The record has no revision."));
        if (!bad && r.kind == QLatin1String("page") && !r.deleted)
            if (auto f = fetchImage(c, r.body.value(QStringLiteral("sha256")).toString(),
                                    r.body.value(QStringLiteral("format")).toString(), s, bad);
                !f)
                return f;
        if (bad) {
            if (auto k = setAside(c.db, c.setAsideKeys, r, *bad, s); !k)
                return k;
            continue;
        }
        ++s.pulled;
        // Edited here since the server's last version, and differently from the new one?
        bool editedHere = false;
        QJsonObject mineBody;
        if (const auto mine = c.localDigest.constFind(key);
            mine != c.localDigest.cend() && c.knownRevision.contains(key)) {
            auto known = knownBodyStmt.run({r.kind, r.id});
            if (!known)
                return known.error();
            const QByteArray knownBody = (*known)->next() ? (*known)->value(0).toString().toUtf8() : QByteArray();
            (*known)->finish();
            editedHere = *mine != digest(knownBody) && *mine != digest(serverBody);
            if (editedHere) {
                auto mine = localRecords(c.db, r.kind, r.id);
                if (!mine)
                    return mine.error();
                if (!mine->isEmpty())
                    mineBody = mine->constFirst().body;
            }
        }
        if (auto m = rememberStmt.run({r.kind, r.id, r.caseNo.isEmpty() ? QVariant() : QVariant(r.caseNo),
                                       r.volume.isEmpty() ? QVariant() : QVariant(r.volume), r.revision,
                                       r.deleted ? 1 : 0, QString::fromUtf8(serverBody)});
            !m)
            return m.error();
        c.knownRevision.insert(key, r.revision);
        if (c.setAsideKeys.remove(key))
            if (auto d = execSql(c.db, QStringLiteral("DELETE FROM sync_set_aside WHERE kind=? AND rec_id=?"),
                                 {r.kind, r.id});
                !d)
                return d.error();
        if (r.kind == QLatin1String("conflict")) {
            const QJsonObject other = r.body.value(QStringLiteral("body")).toObject();
            const QString ofKind = r.body.value(QStringLiteral("kind")).toString(),
                          ofId = r.body.value(QStringLiteral("id")).toString();
            auto exists =
                execSql(c.db, QStringLiteral("SELECT 1 FROM sync_conflicts WHERE kind=? AND rec_id=? AND other_body=?"),
                        {ofKind, ofId, compact(other)});
            if (!(exists && exists->next()))
                (void)execSql(
                    c.db,
                    QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, at) "
                                   "VALUES(?,?,'{}',?,?,?)"),
                    {ofKind, ofId, compact(other), r.body.value(QStringLiteral("from")).toString(), now()});
            if (auto m = markSettled(c.db, r.body); !m)
                return m;
            continue;
        }
        if (editedHere) {
            // Edited on this desk and on another: both kept; the same version wins on every desk.
            ++s.conflicts;
            const bool localWins = canonical(mineBody) > serverBody;
            if (auto k = keepConflict(c.db, r.kind, r.id, r.caseNo, r.volume, localWins ? mineBody : r.body,
                                      localWins ? r.body : mineBody, localWins ? r.updatedBy : c.user);
                !k)
                return k;
            // Any pending operation of ours on the old revision is superseded.
            (void)execSql(c.db, QStringLiteral("DELETE FROM sync_outbox WHERE kind=? AND rec_id=?"), {r.kind, r.id});
            if (localWins)
                continue; // ours stays; the next collect sends it on the server's revision
        }
        c.localDigest.insert(key, digest(serverBody)); // what this desk will hold once it is applied
        if (r.deleted) {
            // An explicit deletion from another desk: a page is taken out of its document as a removal here
            // would be (kept in the profile); an emptied document goes once no page is left in it. Nothing
            // else is dropped.
            if (r.kind == QLatin1String("page")) {
                if (auto u = execSql(c.db,
                                     QStringLiteral("UPDATE pages SET status='removed', removed_volume="
                                                    "(SELECT volume_id FROM documents WHERE id = pages.document_id), "
                                                    "document_id=NULL, position=NULL, page_in_document=NULL "
                                                    "WHERE uid=? AND status='done'"),
                                     {r.id});
                    !u)
                    return u.error();
            }
            continue;
        }
        const QJsonObject& b = r.body;
        if (r.kind == QLatin1String("case")) {
            if (auto u = caseStmt.run({r.id, now(), jsonText(b.value(QStringLiteral("info"))),
                                       b.value(QStringLiteral("classified")).toBool() ? 1 : 0});
                !u)
                return u.error();
        } else if (r.kind == QLatin1String("dossier")) {
            (void)execSql(
                c.db,
                QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES(?, ?) ON CONFLICT(case_no) DO NOTHING"),
                {r.caseNo, now()});
            const qint64 caseId = scalarId(c.db, QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {r.caseNo});
            const QString ext = b.value(QStringLiteral("dossier_id")).toString();
            qint64 dossier = scalarId(c.db, QStringLiteral("SELECT id FROM dossiers WHERE case_id=? AND external_id=?"),
                                      {caseId, ext});
            if (dossier == 0) {
                auto ins =
                    execSql(c.db,
                            QStringLiteral(
                                "INSERT INTO dossiers(case_id, external_id, template_id, created_at) VALUES(?,?,?,?)"),
                            {caseId, ext, b.value(QStringLiteral("template_id")).toString(), now()});
                if (!ins)
                    return ins.error();
                dossier = ins->lastInsertId().toLongLong();
            }
            (void)execSql(
                c.db, QStringLiteral("UPDATE dossiers SET template_id=?, submitted_at=?, submitted_by=? WHERE id=?"),
                {b.value(QStringLiteral("template_id")).toString(),
                 b.value(QStringLiteral("submitted_at")).toString().isEmpty()
                     ? QVariant()
                     : QVariant(b.value(QStringLiteral("submitted_at")).toString()),
                 b.value(QStringLiteral("submitted_by")).toString().isEmpty()
                     ? QVariant()
                     : QVariant(b.value(QStringLiteral("submitted_by")).toString()),
                 dossier});
            (void)execSql(
                c.db,
                QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1) ON CONFLICT DO NOTHING"),
                {dossier, r.volume.isEmpty() ? QStringLiteral("main") : r.volume});
        } else if (r.kind == QLatin1String("document")) {
            const QString dossierKey = b.value(QStringLiteral("dossier")).toString();
            const qint64 volume = scalarId(
                c.db,
                QStringLiteral("SELECT v.id FROM volumes v JOIN dossiers d ON d.id = v.dossier_id JOIN cases c "
                               "ON c.id = d.case_id WHERE c.case_no=? AND d.external_id=? AND v.kind=?"),
                {dossierKey.section(QLatin1Char('|'), 0, 0), nonNull(dossierKey.section(QLatin1Char('|'), 1)),
                 r.volume.isEmpty() ? QStringLiteral("main") : r.volume});
            if (volume == 0) {
                s.problems << QStringLiteral("document %1: its dossier %2 is not known").arg(r.id, dossierKey);
                continue;
            }
            const QVariantList values = {volume, b.value(QStringLiteral("position")).toInt(),
                                         b.value(QStringLiteral("doc_type")).toString(),
                                         b.value(QStringLiteral("title")).toString(), r.id};
            if (scalarId(c.db, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {r.id}) == 0) {
                if (auto ins = execSql(
                        c.db,
                        QStringLiteral(
                            "INSERT INTO documents(volume_id, position, doc_type, title, uid) VALUES(?,?,?,?,?)"),
                        values);
                    !ins)
                    return ins.error();
            } else if (auto u =
                           execSql(c.db,
                                   QStringLiteral(
                                       "UPDATE documents SET volume_id=?, position=?, doc_type=?, title=? WHERE uid=?"),
                                   values);
                       !u) {
                return u.error();
            }
        } else if (r.kind == QLatin1String("page")) {
            const QString sha = b.value(QStringLiteral("sha256")).toString();
            const QString format = b.value(QStringLiteral("format")).toString();
            // Its image is already in the profile (fetchImage, before the record was taken).
            const qint64 document = scalarId(c.db, QStringLiteral("SELECT id FROM documents WHERE uid=?"),
                                             {b.value(QStringLiteral("document")).toString()});
            const QJsonValue inDoc = b.value(QStringLiteral("page_in_document"));
            const QVariantList values = {document > 0 ? QVariant(document) : QVariant(),
                                         b.value(QStringLiteral("position")).toInt(),
                                         inDoc.isNull() || inDoc.isUndefined() ? QVariant() : QVariant(inDoc.toInt()),
                                         b.value(QStringLiteral("kind")).toString(),
                                         sha,
                                         format,
                                         b.value(QStringLiteral("bytes")).toInteger(),
                                         b.value(QStringLiteral("rotation")).toInt(),
                                         b.value(QStringLiteral("skew")).toDouble(),
                                         b.value(QStringLiteral("dpi")).toInt(),
                                         b.value(QStringLiteral("colour_mode")).toString(),
                                         b.value(QStringLiteral("width")).toInt(),
                                         b.value(QStringLiteral("height")).toInt(),
                                         jsonText(b.value(QStringLiteral("flags"))),
                                         b.value(QStringLiteral("text")).toString(),
                                         b.value(QStringLiteral("ocr_confidence")).toDouble(),
                                         jsonText(b.value(QStringLiteral("ocr"))),
                                         jsonText(b.value(QStringLiteral("transform"))),
                                         r.caseNo,
                                         r.id};
            qint64 pageId = scalarId(c.db, QStringLiteral("SELECT id FROM pages WHERE uid=?"), {r.id});
            if (pageId == 0) {
                auto ins =
                    execSql(c.db,
                            QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, created_at, uid) "
                                           "VALUES(?, ?, 0, 'done', ?, ?)"),
                            {QStringLiteral("sync:") + r.id, nonNull(b.value(QStringLiteral("source")).toString()),
                             now(), r.id});
                if (!ins)
                    return ins.error();
                pageId = ins->lastInsertId().toLongLong();
            }
            auto u = execSql(
                c.db,
                QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, kind=?, sha256=?, "
                               "master_format=?, master_bytes=?, rotation=?, skew=?, dpi=?, colour_mode=?, width=?, "
                               "height=?, flags=?, text=?, ocr_confidence=?, ocr=?, transform=?, case_no=?, "
                               "status='done', processed_at=processed_at WHERE uid=?"),
                values);
            if (!u)
                return u.error();
            (void)execSql(c.db, QStringLiteral("DELETE FROM page_fts WHERE rowid=?"), {pageId});
            if (const QString text = b.value(QStringLiteral("text")).toString(); !text.isEmpty())
                (void)execSql(c.db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"),
                              {pageId, TextUtil::ftsForm(text)});
        } else if (r.kind == QLatin1String("template")) {
            (void)setSetting(c.db, QStringLiteral("template:") + r.id, compact(b));
        }
    }
    // Documents deleted on another desk go once their pages have moved (maybe in a later page of the feed).
    if (auto d =
            execSql(c.db, QStringLiteral("DELETE FROM documents WHERE uid IN (SELECT rec_id FROM sync_records WHERE "
                                         "kind='document' AND deleted=1) AND NOT EXISTS "
                                         "(SELECT 1 FROM pages p WHERE p.document_id = documents.id)"));
        !d)
        return d.error();
    return tx.commit();
}

Status SyncEngine::fetchImage(Context& c, const QString& sha, const QString& format, SyncSummary& s,
                              std::optional<Error>& unavailable) const
{
    const QString path = c.masters.pathFor(sha, format); // both checked by the schema: never empty here
    if (path.isEmpty() || QFile::exists(path))
        return Ok{};
    // Downloaded, checked against its SHA-256, stored durably before the page record is taken.
    auto blob = call(*c.http, "GET", QStringLiteral("/api/v1/blobs/%1").arg(sha));
    if (!blob)
        return blob.error();
    if (blob->status >= 500)
        return serverError(*blob);
    if (blob->status != 200) {
        unavailable = Error(QStringLiteral("image_unavailable"),
                            QT_TRANSLATE_NOOP("Dossier::Error", "The server does not give out the page image %1 (%2)."),
                            {sha, QString::number(blob->status)});
        return Ok{};
    }
    const QString got = QString::fromLatin1(QCryptographicHash::hash(blob->body, QCryptographicHash::Sha256).toHex());
    if (got != sha) {
        unavailable =
            Error(QStringLiteral("hash_mismatch"),
                  QT_TRANSLATE_NOOP("Dossier::Error", "The server sent page image %1 with another SHA-256 (%2)."),
                  {sha, got});
        return Ok{};
    }
    if (auto put = c.masters.put(blob->body, format); !put)
        return put.error();
    ++s.blobsDown;
    return Ok{};
}

Status SyncEngine::pushTemplate(const QJsonObject& t)
{
    Context c(m_profileDir);
    if (auto s = connect(c); !s)
        return s;
    const QString id = t.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The template has no \"id\"."));
    auto r = call(*c.http, "PUT",
                  QStringLiteral("/api/v1/templates/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(id))),
                  canonical(t));
    if (!r)
        return r.error();
    if (r->status == 403)
        return Error(QStringLiteral("forbidden"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Only an archive administrator may publish templates."));
    if (r->status != 200 && r->status != 201)
        return serverError(*r);
    return Ok{};
}

} // namespace Dossier
