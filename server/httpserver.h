#pragma once

#include "api.h"
#include "http.h"

#include <QHash>
#include <QHostAddress>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>
#include <QTimer>

#include <functional>
#include <memory>

namespace Dossier::Server {

class BlobStore;
class HttpConnection;
class Workers;

// The accepting thread: takes connections within the caps (in all, and per address), hands each request to
// the API's route, then to a pool of workers — sign-ins, quick requests and bulk work (feed pages, change
// batches, uploads, images) each have their own, so that none waits behind another kind — and writes the
// answers. One structured request log line (JSON) per request on stderr.
class HttpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Pools
    {
        Workers* login;
        Workers* quick;
        Workers* bulk;
    };
    struct Housekeeping
    {
        qint64 uploadExpirySecs = 24 * 3600; // an unfinished upload untouched this long is dropped
        qint64 blobGraceSecs = 24 * 3600;    // an image no record names is collected after this long
        int intervalSecs = 3600;
    };
    HttpServer(Api* api, BlobStore* blobs, Pools pools, HttpLimits limits, Housekeeping housekeeping,
               QObject* parent = nullptr);
    ~HttpServer() override;

    void setTls(const QSslCertificate& certificate, const QSslKey& key);
    // Counts every request; /metrics answers only clients in `allowed` (subnets), others get 403.
    void setMetrics(Metrics* metrics, QList<QPair<QHostAddress, int>> allowed);
    // Finishes uploads a crash left at full size, then keeps house every interval.
    void startHousekeeping();
    int connectionCap() const { return m_cap; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void onRequest(HttpConnection* c, std::shared_ptr<HttpRequest> request);
    void withBody(HttpConnection* c, std::shared_ptr<HttpRequest> request, std::shared_ptr<Api::Route> route,
                  Workers* pool);
    void startUpload(HttpConnection* c, std::shared_ptr<HttpRequest> request, std::shared_ptr<Api::Route> route);
    void streamUpload(HttpConnection* c, const Upload& upload, qint64 offset);
    // Runs `work` on a worker of `pool` and `then` back here (if the connection is still there); a full pool
    // answers 503 at once.
    template <typename T>
    void run(Workers* pool, HttpConnection* c, std::function<T(ServerStore&)> work,
             std::function<void(HttpConnection*, T)> then);
    void reply(Workers* pool, HttpConnection* c, std::function<Reply(ServerStore&)> work);
    void keepHouse();
    void probe(HttpConnection* c, Api::Endpoint endpoint);
    void evictLongestWaiting();
    void log(const HttpConnection* c, const HttpRequest& request, const Reply& reply) const;

    Api* m_api;
    BlobStore* m_blobs;
    Pools m_pools;
    HttpLimits m_limits;
    Housekeeping m_housekeeping;
    int m_cap = 0;
    int m_open = 0;
    Metrics* m_metrics = nullptr;
    QList<QPair<QHostAddress, int>> m_metricsFrom;
    QHash<QHostAddress, int> m_perAddress;
    QSet<HttpConnection*> m_live;
    QHash<const HttpConnection*, QString> m_uploads; // connection → the upload it holds (claimed)
    bool m_tls = false;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QTimer m_housekeepingTimer;
};

} // namespace Dossier::Server
