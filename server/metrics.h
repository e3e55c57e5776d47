#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

#include <array>
#include <atomic>
#include <mutex>
#include <optional>

namespace Dossier::Server {

// What a probe found out, on a worker: the database answered (and the feed's head it holds), the blob store took
// a file and renamed it (and the room left on its disk). Errors are codes only: the reply goes to anyone.
struct HealthFacts final
{
    bool databaseOk = false;
    QString databaseError;
    double databaseMs = 0;
    qint64 feedHead = -1;
    bool blobsOk = false;
    QString blobsError;
    qint64 blobsFreeBytes = -1;
};

// The accepting thread's view when a probe was asked for.
struct ServerGauges final
{
    int connections = 0;
    QMap<QString, int> queued; // by pool
};

// The server's counters for Prometheus (text format 0.0.4): requests by endpoint and status, their latency
// histogram by endpoint, the pools' queues, open connections, the feed's head and the highest position a desk
// pulled through this server (the feed lag is their difference), the blob store's free room. Thread safe.
class Metrics final
{
public:
    static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    Metrics();
    void request(const QString& endpoint, int status, double seconds);
    void pulled(qint64 upTo); // a desk read the feed up to this position
    QByteArray render(const ServerGauges& gauges, const HealthFacts& facts) const;

private:
    struct Histogram
    {
        std::array<qint64, kBuckets.size()> buckets{};
        qint64 count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    QMap<QPair<QString, int>, qint64> m_requests;
    QMap<QString, Histogram> m_latency;
    std::atomic<qint64> m_pulled{-1};
    qint64 m_startedSecs;
};

} // namespace Dossier::Server
