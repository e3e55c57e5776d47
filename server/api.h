#pragma once

#include "auth.h"
#include "http.h"
#include "metrics.h"
#include "serverstore.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Dossier::Server {

class BlobStore;
class LoginGuard;

// The REST API (/api/v1/…), as functions of a request. route() runs on the accepting thread and decides
// from the request line and headers alone — before any body byte is read — where a request goes and how
// large a body it may bring; everything else runs on a worker thread with that thread's database connection.
class Api final
{
public:
    static constexpr qint64 kMaxChangesBody = 16LL * 1024 * 1024; // 500 operations
    static constexpr qint64 kMaxSmallBody = 64LL * 1024;          // sign-in, members, access requests
    static constexpr qint64 kMaxTemplateBody = 1024LL * 1024;
    static constexpr qint64 kMaxChunk = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxBlob = 512LL * 1024 * 1024;
    static constexpr int kMaxOperations = 500;
    static constexpr int kMaxPendingRequests = 20;
    static constexpr qint64 kMaxAuditBody = 8LL * 1024 * 1024; // a desk's audit head and entries since the last
    static constexpr int kMaxAuditEntries = 1000;              // access requests waiting per user

    enum class Endpoint {
        None,
        Health,
        OpenApi,
        Login,
        Logout,
        Changes,
        PostChanges,
        Blob,
        CreateUpload,
        PatchUpload,
        GetUpload,
        Templates,
        PutTemplate,
        ReleaseTemplate,
        TemplateImpact,
        PutCalendar,
        AddMember,
        ListMembers,
        CreateAccessRequest,
        ListAccessRequests,
        Decide,
        PushDeskAudit,
        GetDeskAudit,
        Metrics
    };
    // Probe: health and metrics, on the quick pool without signing in.
    enum class Pool { Inline, Login, Quick, Bulk, Probe };
    struct Route
    {
        Endpoint endpoint = Endpoint::None;
        Pool pool = Pool::Inline;
        qint64 maxBody = 0;
        QStringList segments;         // after /api/v1, decoded
        std::optional<Reply> refusal; // 404, 405, 413: answered before anything else
    };
    struct Auth
    {
        std::optional<Reply> failure;
        QString user;
        Viewer viewer;
    };

    Api(BlobStore* blobs, LoginGuard* guard, int tokenHours);

    Route route(const HttpRequest& request) const;
    static QString endpointName(Endpoint endpoint); // as the metrics label it
    void setMetrics(Metrics* metrics) { m_metrics = metrics; }
    // On a worker: the database read and the blob store written, each timed.
    HealthFacts probe(ServerStore& store) const;
    // 200 when both answered, else 503; what failed by its code only.
    static Reply healthReply(const HealthFacts& facts);
    Reply inlineReply(const Route& route) const;
    Reply login(ServerStore& store, const HttpRequest& request) const;
    Auth authenticate(ServerStore& store, const HttpRequest& request) const;
    Reply handle(ServerStore& store, const Route& route, const HttpRequest& request, Auth& auth) const;

    // PATCH /uploads/{id}: checked (owner, offset, size) before the body is read; then stored piece by piece
    // as it arrives; then finished (the SHA-256 is checked and the blob stored) when the last piece is in.
    std::optional<Reply> beginUpload(ServerStore& store, const Route& route, const HttpRequest& request,
                                     const Auth& auth, Upload& upload) const;
    Status storePiece(const Upload& upload, qint64 offset, const QByteArray& piece) const;
    Reply finishUpload(ServerStore& store, const Upload& upload) const;
    // An upload whose bytes are all in but that was never checked (a crash at the final hash) is finished.
    Reply completeIfFull(ServerStore& store, const Upload& upload) const;

private:
    struct Context;
    Reply logout(Context& ctx) const;
    Reply getChanges(Context& ctx) const;
    Reply postChanges(Context& ctx) const;
    Reply getBlob(Context& ctx, const QString& sha, bool head) const;
    Reply createUpload(Context& ctx) const;
    Reply getUpload(Context& ctx, const QString& id) const;
    Reply getTemplates(Context& ctx) const;
    Reply putTemplate(Context& ctx, const QString& id) const;
    Reply releaseTemplate(Context& ctx, const QString& id) const;
    Reply templateImpact(Context& ctx, const QString& id) const;
    Reply putCalendar(Context& ctx, const QString& year) const;
    Reply addMember(Context& ctx, const QString& caseNo) const;
    Reply listMembers(Context& ctx, const QString& caseNo) const;
    Reply createAccessRequest(Context& ctx) const;
    Reply listAccessRequests(Context& ctx) const;
    Reply decideAccessRequest(Context& ctx, const QString& id, bool approve) const;
    Reply pushDeskAudit(Context& ctx, const QString& deskId) const; // apiaudit.cpp
    Reply getDeskAudit(Context& ctx, const QString& deskId) const;

    BlobStore* m_blobs;
    LoginGuard* m_guard;
    int m_tokenHours;
    Metrics* m_metrics = nullptr;
};

Reply errorReply(int status, const QString& code, const QString& message, const QJsonObject& extra = {});
// Roles that capture page images (and so may upload them).
bool mayUpload(const Viewer& viewer);

} // namespace Dossier::Server
