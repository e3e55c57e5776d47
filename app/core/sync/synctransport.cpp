#include "sync/synctransport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcSyncTransport, "dossier.sync")

namespace Dossier {

namespace {

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Error cancelledError()
{
    return Error(QStringLiteral("cancelled"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "Sync was cancelled; it resumes where it stopped."));
}

SyncTransport::SyncTransport(SyncEndpoint endpoint, QNetworkAccessManager* nam, NetworkFactory streams)
    : m_endpoint(std::move(endpoint)), m_http(m_endpoint.server, nam), m_streams(std::move(streams))
{
    m_http.setToken(m_endpoint.token);
    m_http.setCaCertificates(m_endpoint.cas);
}

Error SyncTransport::serverError(const HttpClient::Reply& r)
{
    return Error(QStringLiteral("server_error"), QT_TRANSLATE_NOOP("Dossier::Error", "The server answered %1: %2."),
                 {QString::number(r.status), r.errorMessage()});
}

Result<HttpClient::Reply> SyncTransport::call(const QByteArray& method, const QString& path, const QByteArray& body,
                                              const QHash<QByteArray, QByteArray>& headers)
{
    return callWith(m_http, method, path, body, headers);
}

Result<HttpClient::Reply> SyncTransport::callWith(HttpClient& http, const QByteArray& method, const QString& path,
                                                  const QByteArray& body, const QHash<QByteArray, QByteArray>& headers)
{
    int pause = m_retryPauseMs;
    for (int attempt = 1;; ++attempt) {
        auto r = http.request(method, path, body, headers);
        if (r && r->status == 401)
            return Error(QStringLiteral("session_expired"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The server session has expired: sign in again."));
        if (r && r->status != 502 && r->status != 503)
            return r;
        // An untrusted certificate does not get better by retrying. Nothing listening (refused) gets one more try,
        // a moment later, for a server that is restarting; a desk is told in a second, not after the backoff.
        const bool refused = !r && r.error().code() == QLatin1String("connection_refused");
        if (!r && !refused && r.error().code() != QLatin1String("network"))
            return r;
        if (refused && attempt >= std::min(m_maxAttempts, kRefusedAttempts))
            return r;
        if (attempt >= m_maxAttempts) // 502/503 to the end: the server is not there (another may be)
            return r ? Result<HttpClient::Reply>(
                           Error(QStringLiteral("server_unavailable"),
                                 QT_TRANSLATE_NOOP("Dossier::Error", "The server answered %1: %2."),
                                 {QString::number(r->status), r->errorMessage()}))
                     : r;
        qCDebug(lcSyncTransport) << "retry" << method << path << "in" << pause << "ms";
        QThread::msleep(pause);
        pause = std::min(pause * 2, 8000);
    }
}

Result<QJsonObject> SyncTransport::changes(qint64 cursor, int limit)
{
    auto r = call("GET", QStringLiteral("/api/v1/changes?after=%1&limit=%2").arg(cursor).arg(limit));
    if (!r)
        return r.error();
    if (r->status != 200)
        return serverError(*r);
    return r->json();
}

Result<QHash<QString, QJsonObject>> SyncTransport::send(const QJsonArray& operations)
{
    auto r = call("POST", QStringLiteral("/api/v1/changes"), canonical({{QStringLiteral("operations"), operations}}));
    if (!r)
        return r.error();
    if (r->status != 200)
        return serverError(*r);
    QHash<QString, QJsonObject> results;
    for (const QJsonValue& v : r->json().value(QStringLiteral("results")).toArray())
        results.insert(v.toObject().value(QStringLiteral("op_id")).toString(), v.toObject());
    return results;
}

Result<QByteArray> SyncTransport::blob(const QString& sha, std::optional<Error>& unavailable)
{
    auto blob = call("GET", QStringLiteral("/api/v1/blobs/%1").arg(sha));
    if (!blob)
        return blob.error();
    if (blob->status >= 500)
        return serverError(*blob);
    if (blob->status != 200) {
        unavailable = Error(QStringLiteral("image_unavailable"),
                            QT_TRANSLATE_NOOP("Dossier::Error", "The server does not give out the page image %1 (%2)."),
                            {sha, QString::number(blob->status)});
        return QByteArray();
    }
    const QString got = QString::fromLatin1(QCryptographicHash::hash(blob->body, QCryptographicHash::Sha256).toHex());
    if (got != sha) {
        unavailable =
            Error(QStringLiteral("hash_mismatch"),
                  QT_TRANSLATE_NOOP("Dossier::Error", "The server sent page image %1 with another SHA-256 (%2)."),
                  {sha, got});
        return QByteArray();
    }
    return blob->body;
}

namespace {

// The case number as it is (a normalised 案号 has no '/', '?', '#' or '%'): HttpClient's URL encodes it.
QString membersPath(const QString& caseNo)
{
    return QStringLiteral("/api/v1/cases/%1/members").arg(caseNo);
}

// A refusal of the members endpoint in the user's words, or the server's answer as it came.
Error memberError(const HttpClient::Reply& r, const QString& caseNo, const QString& user, bool adding)
{
    const QString code = r.errorCode();
    if (r.status == 403 && adding)
        return Error(QStringLiteral("forbidden"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Only an archive administrator, or a chief of the court of "
                                                         "%1, may give the case members."),
                     {caseNo});
    if (r.status == 403)
        return Error(QStringLiteral("forbidden"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "You may not see the members of %1."), {caseNo});
    if (code == QLatin1String("user_not_found"))
        return Error(QStringLiteral("user_not_found"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server has no user called %1."), {user});
    if (code == QLatin1String("invalid_relation"))
        return Error(QStringLiteral("invalid_relation"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server does not accept this relation: %1."),
                     {r.errorMessage()});
    if (code == QLatin1String("invalid_case_no"))
        return Error(QStringLiteral("invalid_case_no"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 is not a case number."),
                     {caseNo});
    return SyncTransport::serverError(r);
}

} // namespace

Result<QJsonObject> SyncTransport::addMember(const QString& caseNo, const QString& user, const QString& relation)
{
    auto r = call("POST", membersPath(caseNo),
                  canonical({{QStringLiteral("user"), user}, {QStringLiteral("relation"), relation}}),
                  {{"Content-Type", "application/json"}});
    if (!r)
        return r.error();
    if (r->status != 200)
        return memberError(*r, caseNo, user, true);
    return r->json();
}

Result<QJsonArray> SyncTransport::members(const QString& caseNo)
{
    auto r = call("GET", membersPath(caseNo));
    if (!r)
        return r.error();
    if (r->status != 200)
        return memberError(*r, caseNo, {}, false);
    return r->json().value(QStringLiteral("members")).toArray();
}

namespace {

QString templatePath(const QString& id, const char* tail = "")
{
    return QStringLiteral("/api/v1/templates/%1%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)), QLatin1String(tail));
}

} // namespace

// A refusal of the template's checks, with every problem the server named.
Error SyncTransport::templateError(const HttpClient::Reply& r)
{
    if (r.status == 403)
        return Error(QStringLiteral("forbidden"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Only an archive administrator may publish templates."));
    if (r.status != 409 && r.status != 422)
        return serverError(r);
    QStringList problems;
    for (const QJsonValue& v : r.json().value(QStringLiteral("problems")).toArray())
        problems << v.toString();
    if (problems.isEmpty())
        problems << r.errorMessage();
    return Error(QStringLiteral("template_incompatible"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The server refused the template: %1"),
                 {problems.join(QStringLiteral("; "))});
}

Result<QJsonObject> SyncTransport::putTemplate(const QString& id, const QJsonObject& t, const QJsonObject& stage)
{
    const QJsonObject body =
        stage.isEmpty() ? t : QJsonObject{{QStringLiteral("template"), t}, {QStringLiteral("release"), stage}};
    auto r = call("PUT", templatePath(id), canonical(body));
    if (!r)
        return r.error();
    if (r->status != 200 && r->status != 201)
        return templateError(*r);
    return r->json();
}

Status SyncTransport::putTemplateRelease(const QString& id, const QJsonObject& release)
{
    auto r = call("PUT", templatePath(id, "/release"), canonical(release));
    if (!r)
        return r.error();
    if (r->status != 200)
        return templateError(*r);
    return Ok{};
}

Result<QJsonObject> SyncTransport::templateImpact(const QString& id, const QJsonObject& draft)
{
    auto r = call("POST", templatePath(id, "/impact"), canonical(draft));
    if (!r)
        return r.error();
    if (r->status != 200)
        return templateError(*r);
    return r->json();
}

Status SyncTransport::putCalendar(int year, const QJsonObject& yearJson)
{
    auto r = call("PUT", QStringLiteral("/api/v1/calendars/%1").arg(year), canonical(yearJson));
    if (!r)
        return r.error();
    if (r->status == 403)
        return Error(
            QStringLiteral("forbidden"),
            QT_TRANSLATE_NOOP("Dossier::Error", "Only an archive administrator may publish the holiday calendar."));
    if (r->status != 200 && r->status != 201)
        return serverError(*r);
    return Ok{};
}

namespace {

QString auditPath(const QString& deskId)
{
    return QStringLiteral("/api/v1/audit/desks/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(deskId)));
}

Result<AuditChain::Head> headOf(const HttpClient::Reply& r)
{
    const QJsonObject o = r.json();
    AuditChain::Head h{qint64(o.value(QStringLiteral("seq")).toDouble(-1)), o.value(QStringLiteral("hash")).toString()};
    if (h.seq < 0 || (h.seq > 0 && !AuditChain::isHash(h.hash)))
        return Error(QStringLiteral("server_reply_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server's reply is not what the protocol says (%1)."),
                     {QStringLiteral("audit head")});
    return h;
}

Error auditError(const HttpClient::Reply& r)
{
    if (r.status == 409)
        return Error(QStringLiteral("audit_chain_rewritten"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The server refused this desk's audit log: its history differs from what was "
                                       "synced before (%1). Nothing was sent or deleted; ask the archive administrator "
                                       "to run dossier-cli audit verify on this desk."),
                     {r.errorMessage()});
    if (r.status == 403)
        return Error(QStringLiteral("audit_desk_not_yours"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The server keeps this desk's audit log under another user: sign in as the "
                                       "desk's user to sync it."));
    return SyncTransport::serverError(r);
}

} // namespace

Result<AuditChain::Head> SyncTransport::auditHead(const QString& deskId)
{
    auto r = call("GET", auditPath(deskId));
    if (!r)
        return r.error();
    if (r->status == 404 && r->errorCode() == QLatin1String("audit_desk_unknown"))
        return AuditChain::Head{};
    if (r->status == 404) // a server from before audit chains
        return Error(QStringLiteral("audit_not_supported"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server does not record audit chains."));
    if (r->status != 200)
        return auditError(*r);
    return headOf(*r);
}

Result<AuditChain::Head> SyncTransport::pushAudit(const QString& deskId, const AuditChain::Head& head,
                                                  const QList<AuditChain::Link>& entries)
{
    QJsonArray list;
    for (const AuditChain::Link& l : entries)
        list.append(l.toJson());
    const QJsonObject body{
        {QStringLiteral("seq"), head.seq}, {QStringLiteral("hash"), head.hash}, {QStringLiteral("entries"), list}};
    auto r = call("POST", auditPath(deskId), canonical(body), {{"Content-Type", "application/json"}});
    if (!r)
        return r.error();
    if (r->status != 200)
        return auditError(*r);
    return headOf(*r);
}

} // namespace Dossier
