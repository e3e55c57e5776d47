#include "metrics.h"

#include <QDateTime>

namespace Dossier::Server {

namespace {

// A label value as the text format wants it: backslash, quote and newline escaped.
QByteArray label(const QString& value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}

void family(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

void sample(QByteArray& out, const QByteArray& name, double value)
{
    out += name + ' ' + QByteArray::number(value, 'g', 15) + '\n';
}

} // namespace

Metrics::Metrics() : m_startedSecs(QDateTime::currentSecsSinceEpoch()) {}

void Metrics::request(const QString& endpoint, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{endpoint, status}];
    Histogram& h = m_latency[endpoint];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++h.buckets[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::pulled(qint64 upTo)
{
    qint64 seen = m_pulled.load();
    while (upTo > seen && !m_pulled.compare_exchange_weak(seen, upTo)) {
    }
}

QByteArray Metrics::render(const ServerGauges& gauges, const HealthFacts& facts) const
{
    QByteArray out;
    {
        std::lock_guard lock(m_mutex);
        family(out, "dossier_requests_total", "counter", "Requests answered, by endpoint and status.");
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            sample(out,
                   "dossier_requests_total{endpoint=\"" + label(it.key().first) + "\",status=\"" +
                       QByteArray::number(it.key().second) + "\"}",
                   double(it.value()));
        family(out, "dossier_request_duration_seconds", "histogram", "Time from a request's first byte to its reply.");
        for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
            const QByteArray e = "endpoint=\"" + label(it.key()) + '"';
            for (std::size_t i = 0; i < kBuckets.size(); ++i)
                sample(out,
                       "dossier_request_duration_seconds_bucket{" + e + ",le=\"" +
                           QByteArray::number(kBuckets[i], 'g', 6) + "\"}",
                       double(it->buckets[i]));
            sample(out, "dossier_request_duration_seconds_bucket{" + e + ",le=\"+Inf\"}", double(it->count));
            sample(out, "dossier_request_duration_seconds_sum{" + e + '}', it->sum);
            sample(out, "dossier_request_duration_seconds_count{" + e + '}', double(it->count));
        }
    }
    family(out, "dossier_queue_depth", "gauge", "Jobs waiting for a worker, by pool.");
    for (auto it = gauges.queued.cbegin(); it != gauges.queued.cend(); ++it)
        sample(out, "dossier_queue_depth{pool=\"" + label(it.key()) + "\"}", it.value());
    family(out, "dossier_connections_open", "gauge", "Open client connections.");
    sample(out, "dossier_connections_open", gauges.connections);
    family(out, "dossier_database_up", "gauge", "1 when the database answered the probe.");
    sample(out, "dossier_database_up", facts.databaseOk ? 1 : 0);
    family(out, "dossier_blob_store_up", "gauge", "1 when the blob store took a file and renamed it.");
    sample(out, "dossier_blob_store_up", facts.blobsOk ? 1 : 0);
    if (facts.blobsFreeBytes >= 0) {
        family(out, "dossier_blob_store_free_bytes", "gauge", "Room left on the blob store's disk.");
        sample(out, "dossier_blob_store_free_bytes", double(facts.blobsFreeBytes));
    }
    const qint64 pulled = m_pulled.load();
    if (facts.feedHead >= 0) {
        family(out, "dossier_feed_head", "gauge", "The change feed's newest position (shared by every server).");
        sample(out, "dossier_feed_head", double(facts.feedHead));
        family(out, "dossier_feed_lag", "gauge",
               "Positions between the feed's head and the furthest a desk pulled through this server.");
        sample(out, "dossier_feed_lag",
               double(pulled < 0 ? facts.feedHead : std::max<qint64>(0, facts.feedHead - pulled)));
    }
    family(out, "dossier_process_start_time_seconds", "gauge", "When this server started (Unix time).");
    sample(out, "dossier_process_start_time_seconds", double(m_startedSecs));
    return out;
}

} // namespace Dossier::Server
