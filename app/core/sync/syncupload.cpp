// Page images to the server: content-addressed, in resumable chunks whose size follows the link, a few
// streams side by side (each on its own thread, with its own QNetworkAccessManager); the server verifies the
// SHA-256 before accepting.
#include "sync/synctransport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QThread>
#include <QThreadPool>

namespace Dossier {

Status SyncTransport::uploadAll(const MasterStore& masters, const QList<QPair<QString, QString>>& images,
                                Uploaded& total, const std::atomic_bool& cancel,
                                const std::function<void(int, int)>& progress)
{
    if (images.isEmpty())
        return Ok{};
    std::atomic_int next{0};
    std::atomic_int done{0};
    std::atomic_bool failed{false};
    QMutex mutex;
    std::optional<Error> firstError;
    QThreadPool pool;
    pool.setMaxThreadCount(std::min<int>(kUploadStreams, int(images.size())));
    for (int w = 0; w < pool.maxThreadCount(); ++w)
        pool.start([&] {
            const std::unique_ptr<QNetworkAccessManager> nam = m_streams();
            HttpClient http{m_endpoint.server, nam.get()};
            http.setToken(m_endpoint.token);
            http.setCaCertificates(m_endpoint.cas);
            int chunk = m_chunk;
            Uploaded mine;
            for (int i = next++; i < images.size() && !failed.load(); i = next++) {
                if (auto u = uploadBlob(http, masters, images.at(i).first, images.at(i).second, mine, chunk, cancel);
                    !u) {
                    QMutexLocker lock(&mutex);
                    if (!firstError)
                        firstError = u.error();
                    failed.store(true);
                    break;
                }
                progress(++done, int(images.size()));
            }
            QMutexLocker lock(&mutex);
            total.bytes += mine.bytes;
            total.blobs += mine.blobs;
        });
    pool.waitForDone();
    if (firstError)
        return *firstError;
    return Ok{};
}

Status SyncTransport::uploadBlob(HttpClient& http, const MasterStore& masters, const QString& sha256,
                                 const QString& format, Uploaded& done, int& chunkSize, const std::atomic_bool& cancel)
{
    QFile file(masters.pathFor(sha256, format));
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("master_missing"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The page image %1 is missing from the profile."), {sha256});
    const QJsonObject request{{QStringLiteral("sha256"), sha256}, {QStringLiteral("size"), file.size()}};
    auto start = callWith(http, "POST", QStringLiteral("/api/v1/uploads"),
                          QJsonDocument(request).toJson(QJsonDocument::Compact));
    if (!start)
        return start.error();
    if (start->status != 200 && start->status != 201)
        return serverError(*start);
    const QJsonObject st = start->json();
    if (st.value(QStringLiteral("complete")).toBool())
        return Ok{};
    if (auto s = sendChunks(http, file, sha256, st.value(QStringLiteral("id")).toVariant().toString(),
                            st.value(QStringLiteral("offset")).toInteger(), done, chunkSize, cancel);
        !s)
        return s;
    ++done.blobs;
    return Ok{};
}

// The upload's chunks from `offset` until the server says it is complete: stored only once it says so (at full
// size an empty PATCH asks it to finish: a crash there may have left the bytes all in but unchecked).
Status SyncTransport::sendChunks(HttpClient& http, QFile& file, const QString& sha256, const QString& id, qint64 offset,
                                 Uploaded& done, int& chunkSize, const std::atomic_bool& cancel)
{
    const qint64 size = file.size();
    int failures = 0;
    bool complete = false;
    while (!complete) {
        if (cancel.load())
            return cancelledError();
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
            QThread::msleep(std::min(m_retryPauseMs << failures, 8000));
            auto at = callWith(http, "GET", QStringLiteral("/api/v1/uploads/%1").arg(id));
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
                QThread::msleep(std::min(m_retryPauseMs << failures, 8000));
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
    return Ok{};
}

} // namespace Dossier
