#include "fakeqnam.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

#include <cstring>

namespace Dossier::Test {

namespace {

QByteArray methodOf(QNetworkAccessManager::Operation op, const QNetworkRequest& request)
{
    switch (op) {
    case QNetworkAccessManager::HeadOperation:
        return "HEAD";
    case QNetworkAccessManager::GetOperation:
        return "GET";
    case QNetworkAccessManager::PutOperation:
        return "PUT";
    case QNetworkAccessManager::PostOperation:
        return "POST";
    case QNetworkAccessManager::DeleteOperation:
        return "DELETE";
    default:
        return request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
    }
}

// A reply whose answer is known when it is made; it finishes from the event loop, as a real one would.
class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, const FakeResponse& response,
              QObject* parent)
        : QNetworkReply(parent), m_body(response.body), m_dropped(response.dropped || response.refused),
          m_refused(response.refused)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (!m_dropped) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
            for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
                setRawHeader(it.key(), it.value());
            setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
        }
        QTimer::singleShot(0, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (isFinished())
            return;
        m_body.clear();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        finish();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_body.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_body.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_body.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_refused) {
            setError(ConnectionRefusedError, QStringLiteral("Connection refused"));
        } else if (m_dropped) {
            setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        } else {
            Q_EMIT metaDataChanged();
            if (!m_body.isEmpty())
                Q_EMIT readyRead();
        }
        finish();
    }
    void finish()
    {
        if (error() != NoError)
            Q_EMIT errorOccurred(error());
        setFinished(true);
        Q_EMIT finished();
    }

    QByteArray m_body;
    qint64 m_offset = 0;
    bool m_dropped = false;
    bool m_refused = false;
};

} // namespace

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QJsonObject& body)
{
    return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}, false};
}

FakeResponse FakeResponse::lost()
{
    FakeResponse r;
    r.dropped = true;
    return r;
}

FakeResponse FakeResponse::refusedConnection()
{
    FakeResponse r;
    r.refused = true;
    return r;
}

FakeQnam::FakeQnam(FakeHandler handler, QObject* parent) : QNetworkAccessManager(parent), m_handler(std::move(handler))
{
}

QNetworkReply* FakeQnam::createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData)
{
    FakeRequest r;
    r.method = methodOf(op, request);
    r.url = request.url();
    for (const QByteArray& name : request.rawHeaderList())
        r.headers.insert(name.toLower(), request.rawHeader(name));
    if (outgoingData)
        r.body = outgoingData->readAll();
    return new FakeReply(op, request, m_handler(r), this);
}

} // namespace Dossier::Test
