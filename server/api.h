#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace Dossier::Server {

class BlobStore;
class ServerStore;
struct Viewer;

// One HTTP reply: status, body and extra headers. headOnly: send Content-Length of `length` but no body.
struct Reply final
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool headOnly = false;
    qint64 length = -1;
};

// The REST API (/api/v1/…): routing, authentication, JSON errors, one log line per request on stderr.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    ApiServer(ServerStore* store, BlobStore* blobs, int tokenHours, QObject* parent = nullptr);

    static constexpr qint64 kMaxJsonBody = 32LL * 1024 * 1024;
    static constexpr qint64 kMaxChunk = 64LL * 1024 * 1024;
    static constexpr qint64 kMaxBlob = 512LL * 1024 * 1024;
    static constexpr int kMaxOperations = 500;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Context;
    Reply dispatch(Context& ctx);
    Reply session(Context& ctx);
    Reply logout(Context& ctx);
    Reply getChanges(Context& ctx);
    Reply postChanges(Context& ctx);
    Reply getBlob(Context& ctx, const QString& sha, bool head);
    Reply createUpload(Context& ctx);
    Reply patchUpload(Context& ctx, const QString& id);
    Reply getUpload(Context& ctx, const QString& id);
    Reply getTemplates(Context& ctx);
    Reply putTemplate(Context& ctx, const QString& id);
    Reply addMember(Context& ctx, const QString& caseNo);
    Reply listMembers(Context& ctx, const QString& caseNo);
    Reply createAccessRequest(Context& ctx);
    Reply listAccessRequests(Context& ctx);
    Reply decideAccessRequest(Context& ctx, const QString& id, bool approve);
    bool authenticate(Context& ctx, Reply& failure);
    void send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply);

    ServerStore* m_store;
    BlobStore* m_blobs;
    int m_tokenHours;
};

Reply errorReply(int status, const QString& code, const QString& message, const QJsonObject& extra = {});

} // namespace Dossier::Server
