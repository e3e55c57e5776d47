#include "httpserver.h"

#include "blobstore.h"
#include "httpconnection.h"
#include "serverstore.h"
#include "workers.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>

#include <sys/resource.h>

#include <cstdio>

namespace Dossier::Server {
namespace {

// Raises the soft limit on open files to the hard one and leaves room for the database, blobs and logs.
int capFor(int wanted)
{
    rlimit lim{};
    if (::getrlimit(RLIMIT_NOFILE, &lim) != 0)
        return wanted;
    if (lim.rlim_cur < lim.rlim_max) {
        rlimit raised = lim;
        raised.rlim_cur = lim.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
            lim = raised;
    }
    const qint64 room = qint64(lim.rlim_cur) - 64;
    return int(std::clamp<qint64>(room, 8, wanted));
}

Reply unavailable(const QString& message)
{
    Reply r = errorReply(503, QStringLiteral("busy"), message);
    r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
    return r;
}

// Said to a connection over the cap (in plain HTTP), with a Content-Length that matches its body.
QByteArray tooManyConnections()
{
    const QByteArray body = R"({"error":{"code":"too_many_connections","message":"Too many connections."}})";
    return "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
           "Connection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

constexpr int kLoginRefusalDelayMs = 1000;

QString iso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

HttpServer::HttpServer(Api* api, BlobStore* blobs, Pools pools, HttpLimits limits, Housekeeping housekeeping,
                       QObject* parent)
    : QTcpServer(parent), m_api(api), m_blobs(blobs), m_pools(pools), m_limits(limits), m_housekeeping(housekeeping),
      m_cap(capFor(limits.maxConnections))
{
    setMaxPendingConnections(128);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &HttpServer::keepHouse);
}

HttpServer::~HttpServer() = default;

void HttpServer::setTls(const QSslCertificate& certificate, const QSslKey& key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
}

void HttpServer::incomingConnection(qintptr fd)
{
    QTcpSocket* socket = m_tls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(fd)) {
        delete socket;
        return;
    }
    const QHostAddress peer = socket->peerAddress();
    // At the total cap, the connection that has waited longest for a request (idle, or dribbling its headers
    // as a slowloris does) makes room: held sockets from many addresses cannot lock everyone out.
    if (m_open >= m_cap && m_perAddress.value(peer) < m_limits.maxPerAddress)
        evictLongestWaiting();
    if (m_open >= m_cap || m_perAddress.value(peer) >= m_limits.maxPerAddress) {
        // Over the cap: told at once (in plain HTTP) and closed, so that the descriptor is free again.
        if (!m_tls)
            socket->write(tooManyConnections());
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            delete socket;
        else {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(1000, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
        }
        return;
    }
    ++m_open;
    ++m_perAddress[peer];
    if (auto* ssl = qobject_cast<QSslSocket*>(socket)) {
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
    }
    auto* c = new HttpConnection(socket, m_limits, this);
    m_live.insert(c);
    c->onRequest = [this](HttpConnection* conn, std::shared_ptr<HttpRequest> r) { onRequest(conn, std::move(r)); };
    c->onReplied = [this](HttpConnection* conn, const HttpRequest& r, const Reply& reply) { log(conn, r, reply); };
    c->onClosed = [this, peer](HttpConnection* conn) {
        m_live.remove(conn);
        --m_open;
        if (--m_perAddress[peer] <= 0)
            m_perAddress.remove(peer);
        if (const QString id = m_uploads.take(conn); !id.isEmpty())
            m_blobs->release(id); // the next PATCH may go on where this one stopped
    };
}

void HttpServer::evictLongestWaiting()
{
    HttpConnection* oldest = nullptr;
    for (HttpConnection* c : std::as_const(m_live))
        if (c->evictable() && (!oldest || c->waitingSinceNs() < oldest->waitingSinceNs()))
            oldest = c;
    if (oldest)
        oldest->evict(); // its onClosed frees the place at once
}

template <typename T>
void HttpServer::run(Workers* pool, HttpConnection* c, std::function<T(ServerStore&)> work,
                     std::function<void(HttpConnection*, T)> then)
{
    QPointer<HttpConnection> conn(c);
    const bool queued = pool->submit([this, conn, work = std::move(work), then = std::move(then)](ServerStore& store) {
        T result = work(store);
        QMetaObject::invokeMethod(
            this,
            [conn, then, result = std::move(result)]() mutable {
                if (conn)
                    then(conn.data(), std::move(result));
            },
            Qt::QueuedConnection);
    });
    if (!queued) {
        Reply busy = unavailable(QStringLiteral("The server is busy: try again in a moment."));
        if (pool != m_pools.login)
            return c->reply(busy);
        // A sign-in refused for a full queue is answered after a second (a tarpit): a flood of them then costs
        // a timer per connection instead of the accepting thread's every cycle. Meanwhile the connection is
        // the first to make room at the connection cap, and it ends with the answer.
        busy.close = true;
        c->setEvictable(true);
        QTimer::singleShot(kLoginRefusalDelayMs, c, [c, busy] { c->reply(busy); });
    }
}

void HttpServer::reply(Workers* pool, HttpConnection* c, std::function<Reply(ServerStore&)> work)
{
    run<Reply>(pool, c, std::move(work), [](HttpConnection* conn, Reply r) { conn->reply(std::move(r)); });
}

void HttpServer::onRequest(HttpConnection* c, std::shared_ptr<HttpRequest> request)
{
    auto route = std::make_shared<Api::Route>(m_api->route(*request));
    request->endpoint = Api::endpointName(route->endpoint);
    if (route->refusal || route->pool == Api::Pool::Inline)
        return c->reply(m_api->inlineReply(*route));
    if (route->pool == Api::Pool::Probe)
        return probe(c, route->endpoint);
    if (route->pool == Api::Pool::Login) { // unauthenticated: a small body, then the password check on its pool
        c->setEvictable(true);             // a stranger's body dribbled byte by byte holds no place
        return c->readBody([this, c, request] {
            c->setEvictable(false);
            reply(m_pools.login, c, [this, request](ServerStore& store) { return m_api->login(store, *request); });
        });
    }
    if (route->endpoint == Api::Endpoint::PatchUpload)
        return startUpload(c, request, route);
    Workers* pool = route->pool == Api::Pool::Bulk ? m_pools.bulk : m_pools.quick;
    if (request->contentLength > 0)
        return withBody(c, request, route, pool);
    reply(pool, c, [this, request, route](ServerStore& store) {
        Api::Auth auth = m_api->authenticate(store, *request);
        if (auth.failure)
            return *auth.failure;
        Reply r = m_api->handle(store, *route, *request, auth);
        r.user = auth.user;
        return r;
    });
}

// Who asks is known before a byte of the body is read: a stranger's body is never accepted.
void HttpServer::withBody(HttpConnection* c, std::shared_ptr<HttpRequest> request, std::shared_ptr<Api::Route> route,
                          Workers* pool)
{
    run<std::shared_ptr<Api::Auth>>(
        m_pools.quick, c,
        [this, request](ServerStore& store) {
            return std::make_shared<Api::Auth>(m_api->authenticate(store, *request));
        },
        [this, request, route, pool](HttpConnection* conn, std::shared_ptr<Api::Auth> auth) {
            if (auth->failure)
                return conn->reply(*auth->failure);
            conn->readBody([this, conn, request, route, pool, auth] {
                reply(pool, conn, [this, request, route, auth](ServerStore& store) {
                    Reply r = m_api->handle(store, *route, *request, *auth);
                    r.user = auth->user;
                    return r;
                });
            });
        });
}

void HttpServer::startUpload(HttpConnection* c, std::shared_ptr<HttpRequest> request, std::shared_ptr<Api::Route> route)
{
    struct Begun
    {
        std::optional<Reply> refusal;
        Upload upload;
        qint64 offset = 0;
    };
    run<std::shared_ptr<Begun>>(
        m_pools.quick, c,
        [this, request, route](ServerStore& store) {
            auto b = std::make_shared<Begun>();
            const Api::Auth auth = m_api->authenticate(store, *request);
            b->refusal = auth.failure ? auth.failure : m_api->beginUpload(store, *route, *request, auth, b->upload);
            b->offset = request->header("upload-offset").toLongLong();
            return b;
        },
        [this](HttpConnection* conn, std::shared_ptr<Begun> b) {
            if (b->refusal)
                return conn->reply(*b->refusal);
            m_uploads.insert(conn, b->upload.id);
            streamUpload(conn, b->upload, b->offset);
        });
}

// The body goes to disk a piece at a time on a bulk worker, the running SHA-256 with it; the socket is not
// read while a piece is being written, so a fast client waits for the disk instead of filling memory.
void HttpServer::streamUpload(HttpConnection* c, const Upload& upload, qint64 offset)
{
    auto at = std::make_shared<qint64>(offset);
    c->streamBody([this, c, upload, at](QByteArray piece, bool last) {
        struct Stored
        {
            std::optional<Reply> done;
        };
        run<Stored>(
            m_pools.bulk, c,
            [this, upload, at, piece, last](ServerStore& store) {
                Stored s;
                if (auto w = m_api->storePiece(upload, *at, piece); !w) {
                    std::fprintf(stderr, "dossier-server: upload %s: %s\n", qPrintable(upload.id),
                                 qPrintable(w.error().english()));
                    s.done = errorReply(500, QStringLiteral("internal_error"),
                                        QStringLiteral("The chunk could not be stored."));
                } else if (last) {
                    s.done = m_api->finishUpload(store, upload);
                }
                *at += piece.size();
                if (s.done)
                    m_blobs->release(upload.id);
                return s;
            },
            [this, upload](HttpConnection* conn, Stored s) {
                if (!s.done)
                    return conn->resume();
                m_uploads.remove(conn);
                s.done->user = upload.user;
                conn->reply(*s.done);
            });
    });
}

void HttpServer::startHousekeeping()
{
    const bool queued = m_pools.bulk->submit([this](ServerStore& store) {
        auto full = store.fullUploads(*m_blobs);
        if (!full) {
            std::fprintf(stderr, "dossier-server: housekeeping: %s\n", qPrintable(full.error().english()));
            return;
        }
        for (const Upload& u : std::as_const(*full)) {
            const Reply r = m_api->completeIfFull(store, u);
            std::fprintf(stderr, "dossier-server: upload %s was complete but unchecked: %s\n", qPrintable(u.id),
                         r.status == 201 ? "now stored" : "its bytes did not match; it restarts at 0");
        }
    });
    if (!queued)
        std::fprintf(stderr, "dossier-server: housekeeping postponed: the server is busy\n");
    keepHouse();
    m_housekeepingTimer.start(m_housekeeping.intervalSecs * 1000);
}

void HttpServer::keepHouse()
{
    const bool queued = m_pools.bulk->submit([this](ServerStore& store) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (auto expired =
                store.expireUploads(now.addSecs(-m_housekeeping.uploadExpirySecs).toString(Qt::ISODateWithMs)))
            for (const QString& id : std::as_const(*expired))
                (void)m_blobs->removePart(id); // a part left behind is harmless; the next pass cannot see it again
        else
            std::fprintf(stderr, "dossier-server: housekeeping: %s\n", qPrintable(expired.error().english()));
        if (auto collected = store.collectBlobs(now.addSecs(-m_housekeeping.blobGraceSecs).toString(Qt::ISODateWithMs)))
            for (const QString& sha : std::as_const(*collected))
                (void)m_blobs->removeBlob(sha); // likewise: only the file's space is lost
        else
            std::fprintf(stderr, "dossier-server: housekeeping: %s\n", qPrintable(collected.error().english()));
    });
    if (!queued)
        std::fprintf(stderr, "dossier-server: housekeeping postponed: the server is busy\n");
}

void HttpServer::setMetrics(Metrics* metrics, QList<QPair<QHostAddress, int>> allowed)
{
    m_metrics = metrics;
    m_metricsFrom = std::move(allowed);
}

// Health for anyone (a load balancer); metrics for the allowed subnets. Both read the database and write the blob
// store on the quick pool, so that a stuck database or a full disk shows.
void HttpServer::probe(HttpConnection* c, Api::Endpoint endpoint)
{
    if (endpoint == Api::Endpoint::Metrics) {
        QHostAddress peer = c->peer();
        bool v4 = false;
        if (const quint32 a = peer.toIPv4Address(&v4); v4)
            peer = QHostAddress(a); // ::ffff:127.0.0.1 is 127.0.0.1
        const bool allowed = m_metrics && std::any_of(m_metricsFrom.cbegin(), m_metricsFrom.cend(),
                                                      [&peer](const auto& net) { return peer.isInSubnet(net); });
        if (!allowed)
            return c->reply(errorReply(403, QStringLiteral("forbidden"),
                                       QStringLiteral("Metrics are served to the monitoring network only.")));
    }
    ServerGauges gauges;
    gauges.connections = m_open;
    gauges.queued = {{QStringLiteral("login"), m_pools.login->queued()},
                     {QStringLiteral("quick"), m_pools.quick->queued()},
                     {QStringLiteral("bulk"), m_pools.bulk->queued()}};
    reply(m_pools.quick, c, [this, endpoint, gauges](ServerStore& store) {
        const HealthFacts facts = m_api->probe(store);
        if (endpoint == Api::Endpoint::Health)
            return Api::healthReply(facts);
        Reply r;
        r.body = m_metrics->render(gauges, facts);
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return r;
    });
}

void HttpServer::log(const HttpConnection* c, const HttpRequest& request, const Reply& reply) const
{
    const double seconds = double(HttpConnection::nowNs() - request.startedNs) / 1e9;
    if (m_metrics)
        m_metrics->request(request.endpoint.isEmpty() ? Api::endpointName(Api::Endpoint::None) : request.endpoint,
                           reply.status, seconds); // routed once, in onRequest
    // Structured and escaped: nothing a client sends can forge a line.
    const QJsonObject line{
        {QStringLiteral("at"), iso()},
        {QStringLiteral("peer"), c->peer().toString()},
        {QStringLiteral("method"), QString::fromLatin1(request.method.left(16))},
        {QStringLiteral("path"), QString::fromUtf8(request.target.left(300))},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("ms"), double((HttpConnection::nowNs() - request.startedNs) / 100000) / 10.0},
        {QStringLiteral("user"), reply.user.isEmpty() ? QStringLiteral("-") : reply.user}};
    std::fprintf(stderr, "%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
}

} // namespace Dossier::Server
