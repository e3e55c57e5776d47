#pragma once
// The sync's transport: the protocol of dossier-server over HTTP (change feed, changes, blobs, resumable
// uploads, templates), with its retry policy, over QNetworkAccessManagers its owner makes. No database here.
#include "domain/auditchain.h"
#include "storage/masterstore.h"
#include "sync/httpclient.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QFile;
class QNetworkAccessManager;

namespace Dossier {

// Makes a QNetworkAccessManager for the calling thread (one serves only the thread it lives in): the sync asks
// for one on its own thread and one on each upload stream's.
using NetworkFactory = std::function<std::unique_ptr<QNetworkAccessManager>()>;

// Where the sync talks to, as whom.
struct SyncEndpoint final
{
    QUrl server;
    QString token;
    QList<QSslCertificate> cas; // trusted besides the system's
};

class SyncTransport final
{
public:
    // Requests of this thread go through `nam` (owned by the caller); upload streams get theirs from `streams`.
    SyncTransport(SyncEndpoint endpoint, QNetworkAccessManager* nam, NetworkFactory streams);

    void setMaxAttempts(int n) { m_maxAttempts = n; }
    void setRetryPauseMs(int ms) { m_retryPauseMs = ms; }
    void setInitialChunk(int bytes) { m_chunk = bytes; }

    // A request whose network failures (and 502/503) are retried with growing pauses; answers, even errors,
    // are returned (401: the session has expired).
    Result<HttpClient::Reply> call(const QByteArray& method, const QString& path, const QByteArray& body = {},
                                   const QHash<QByteArray, QByteArray>& headers = {});
    static Error serverError(const HttpClient::Reply& r);
    static Error templateError(const HttpClient::Reply& r);

    // One page of the change feed after `cursor`: {"changes": [{"record": …}], "next": cursor, "more": bool}.
    Result<QJsonObject> changes(qint64 cursor, int limit);
    // Sends a batch of operations; their results by op_id.
    Result<QHash<QString, QJsonObject>> send(const QJsonArray& operations);
    // The image `sha256`, checked against its SHA-256: its bytes, or in `unavailable` why there are none (the
    // server refuses it, or sends other bytes); an error for what stops the sync (the network).
    Result<QByteArray> blob(const QString& sha256, std::optional<Error>& unavailable);
    // Publishes a catalogue template (admins).
    // Publishes a version of a catalogue template (admins), to the accounts and courts of `stage` first when it
    // names some ({"accounts": […], "courts": […]}); the server's answer (with "warnings" and "release"). A
    // version the server finds incompatible with those published comes back as template_incompatible, its
    // problems in the message.
    Result<QJsonObject> putTemplate(const QString& id, const QJsonObject& templateJson, const QJsonObject& stage = {});
    // Says which version of a template the desks use (TemplateVersions::Release::toJson).
    Status putTemplateRelease(const QString& id, const QJsonObject& release);
    // What publishing `draft` would change on the server's dossiers.
    Result<QJsonObject> templateImpact(const QString& id, const QJsonObject& draft);
    // Publishes a year of the holiday calendar (admins; PUT /api/v1/calendars/{year}); the server checks it as
    // every desk does (HolidayCalendar::fromJson) and refuses one that is not valid, with its reason.
    Status putCalendar(int year, const QJsonObject& yearJson);
    // A case's members (POST/GET /api/v1/cases/{case}/members): adds `user` with `relation` (administrators,
    // and chiefs whose court the case is in), and lists them ({"user","relation"} each). Refusals as errors with
    // the server's reason in words (forbidden, user_not_found, invalid_relation, invalid_case_no).
    Result<QJsonObject> addMember(const QString& caseNo, const QString& user, const QString& relation);
    Result<QJsonArray> members(const QString& caseNo);
    // The desk's audit chain (POST/GET /api/v1/audit/desks/{desk_id}): the head the server recorded ({0, ""}
    // when none), and a new head with the entries since the recorded one. A head that does not extend the
    // recorded one comes back as audit_chain_rewritten (409), a desk of another user as audit_desk_not_yours; a
    // server from before audit chains as audit_not_supported.
    Result<AuditChain::Head> auditHead(const QString& deskId);
    Result<AuditChain::Head> pushAudit(const QString& deskId, const AuditChain::Head& head,
                                       const QList<AuditChain::Link>& entries);

    struct Uploaded
    {
        qint64 bytes = 0;
        int blobs = 0;
    };
    // Uploads images (sha256, format) from `masters`, a few streams side by side, each resumable in chunks
    // whose size follows the link; `progress` after each image (called from the streams' threads).
    Status uploadAll(const MasterStore& masters, const QList<QPair<QString, QString>>& images, Uploaded& total,
                     const std::atomic_bool& cancel, const std::function<void(int done, int total)>& progress);

    // A page image is a few requests (create, then chunks): with 3 streams the desk waited on round trips
    // (bench_sync, 1 GB of 512 KB images: 36.5 MB/s, 0.71 × curl); with 4, 46–47 MB/s, 0.95–0.98 × curl.
    static constexpr int kUploadStreams = 4;

private:
    Status uploadBlob(HttpClient& http, const MasterStore& masters, const QString& sha256, const QString& format,
                      Uploaded& done, int& chunkSize, const std::atomic_bool& cancel);
    Status sendChunks(HttpClient& http, QFile& file, const QString& sha256, const QString& id, qint64 offset,
                      Uploaded& done, int& chunkSize, const std::atomic_bool& cancel);
    Result<HttpClient::Reply> callWith(HttpClient& http, const QByteArray& method, const QString& path,
                                       const QByteArray& body = {}, const QHash<QByteArray, QByteArray>& headers = {});

    SyncEndpoint m_endpoint;
    HttpClient m_http;
    NetworkFactory m_streams;
    static constexpr int kRefusedAttempts = 2;
    int m_maxAttempts = 6;
    int m_retryPauseMs = 250;
    int m_chunk = 256 * 1024;
};

Error cancelledError();

} // namespace Dossier
