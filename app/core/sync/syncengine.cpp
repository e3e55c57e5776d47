#include "sync/syncengine.h"
#include "sync/syncengine_p.h"

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
namespace SyncDetail {

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

} // namespace SyncDetail

using namespace SyncDetail;

QJsonObject SyncSummary::toJson() const
{
    return {
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("pulled"), pulled},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("rejected"), rejected},
        {QStringLiteral("blobs_up"), blobsUp},    {QStringLiteral("blobs_down"), blobsDown},
        {QStringLiteral("bytes_up"), bytesUp},    {QStringLiteral("pending"), pending},
        {QStringLiteral("set_aside"), setAside},  {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

SyncEngine::SyncEngine(Profile profile, QObject* parent) : QObject(parent), m_profile(std::move(profile)) {}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::account(const QString& serverUrl, const QString& user)
{
    return user + QLatin1Char('@') + QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash).toString();
}

namespace SyncDetail {

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

} // namespace SyncDetail

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
    if (cas.isEmpty())
        if (const QString ca = setting(m_profile.database(), QStringLiteral("sync.ca_file")); !ca.isEmpty())
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
    QSqlDatabase db = m_profile.database();
    if (auto s = setSetting(db, QStringLiteral("sync.server"), serverUrl); !s)
        return s;
    if (!m_caFile.isEmpty())
        if (auto s = setSetting(db, QStringLiteral("sync.ca_file"), m_caFile); !s)
            return s;
    return setSetting(db, QStringLiteral("sync.user"), user);
}

QPair<QString, QString> SyncEngine::signedInAs() const
{
    QSqlDatabase db = m_profile.database();
    return {setting(db, QStringLiteral("sync.server")), setting(db, QStringLiteral("sync.user"))};
}

Status SyncEngine::login(const QString& serverUrl, const QString& user, const QString& password)
{
    auto token = requestToken(serverUrl, user, password);
    if (!token)
        return token.error();
    if (auto s = CredentialStore::store(account(serverUrl, user), *token); !s)
        return s;
    return rememberLogin(serverUrl, user);
}

Status SyncEngine::logout()
{
    QSqlDatabase db = m_profile.database();
    return CredentialStore::remove(
        account(setting(db, QStringLiteral("sync.server")), setting(db, QStringLiteral("sync.user"))));
}

Status SyncEngine::connect(Context& c)
{
    c.db = m_profile.database();
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
    Context c(m_profile);
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

namespace SyncDetail {

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

} // namespace SyncDetail

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
                // The server's reason code, and what it found wrong when it says (a record failing the schema).
                const QString message = res.value(QStringLiteral("message")).toString();
                s.problems << QStringLiteral("%1 %2: %3")
                                  .arg(o.kind, o.recId,
                                       res.value(QStringLiteral("reason")).toString() +
                                           (message.isEmpty() ? QString() : QStringLiteral(" — ") + message));
            } else {
                // No result for this operation: keep it for the next attempt (same op_id).
                (void)execSql(c.db, QStringLiteral("UPDATE sync_outbox SET attempts=attempts+1 WHERE id=?"),
                              {o.row}); // only a count for the user: the operation is kept either way
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
        auto r = call(*c.http, "GET", QStringLiteral("/api/v1/changes?after=%1&limit=%2").arg(cursor).arg(m_pullPage));
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

Status SyncEngine::pushTemplate(const QJsonObject& t)
{
    Context c(m_profile);
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
