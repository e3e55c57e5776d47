#pragma once
// A QNetworkAccessManager that answers in-process (no sockets), as Nextcloud's FakeQNAM does: protocol tests
// of the sync run against a handler standing in for dossier-server, fast and deterministic.
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

namespace Dossier::Test {

// A request as the fake network receives it.
struct FakeRequest
{
    QByteArray method; // GET, POST, PATCH, …
    QUrl url;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QString path() const { return url.path(); }
    QUrlQuery query() const { return QUrlQuery(url); }
    QJsonObject json() const;
};

// What the fake network answers. A dropped reply is a request that arrived (the handler ran) whose answer is
// lost: the client sees the connection closed. A refused one never arrived: nothing listens there.
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    bool dropped = false;
    bool refused = false;
    static FakeResponse json(int status, const QJsonObject& body);
    static FakeResponse lost();
    static FakeResponse refusedConnection();
};

using FakeHandler = std::function<FakeResponse(const FakeRequest&)>;

// Every request goes to `handler`, called on the thread that sends it, when it is sent; the reply finishes
// from that thread's event loop. The handler must be safe to call from several threads when the manager is
// made on several (the sync's upload streams).
class FakeQnam final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeQnam(FakeHandler handler, QObject* parent = nullptr);

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& request, QIODevice* outgoingData) override;

private:
    FakeHandler m_handler;
};

} // namespace Dossier::Test
