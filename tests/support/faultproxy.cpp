#include "faultproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace Dossier::Test {

class FaultProxy::Worker final : public QObject
{
public:
    Worker(FaultProxy* owner, quint16 target) : m_owner(owner), m_target(target) {}

    quint16 start()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* client = m_server->nextPendingConnection())
                bridge(client);
        });
        return m_server->serverPort();
    }

private:
    void bridge(QTcpSocket* client)
    {
        auto* upstream = new QTcpSocket(this);
        client->setParent(this);
        auto sent = std::make_shared<qint64>(0);
        auto closed = std::make_shared<bool>(false);
        const QPointer<QTcpSocket> c(client), u(upstream);
        auto closeBoth = [closed, c, u] {
            if (*closed)
                return;
            *closed = true;
            for (const QPointer<QTcpSocket>& s : {c, u})
                if (s) {
                    s->abort();
                    s->deleteLater();
                }
        };
        auto forward = [this](QTcpSocket* to, const QByteArray& data) {
            const int delay = m_owner->m_delayMs.load();
            if (delay <= 0)
                to->write(data);
            else
                QTimer::singleShot(delay, to, [to, data] {
                    if (to->state() == QAbstractSocket::ConnectedState)
                        to->write(data);
                });
        };
        connect(client, &QTcpSocket::readyRead, this, [=, this] {
            const QByteArray data = client->readAll();
            const qint64 limit = m_owner->m_resetAfter.load();
            if (limit > 0 && *sent + data.size() > limit) {
                // Forward up to the limit, then cut the connection as a failing link would.
                forward(upstream, data.left(limit - *sent));
                *sent = limit;
                ++m_owner->m_resets;
                QTimer::singleShot(m_owner->m_delayMs.load() + 20, this, closeBoth);
                return;
            }
            *sent += data.size();
            forward(upstream, data);
        });
        connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
            const QByteArray data = upstream->readAll();
            if (m_owner->m_dropReplies.fetch_sub(1) > 0) {
                ++m_owner->m_resets;
                closeBoth();
                return;
            }
            forward(client, data);
        });
        connect(client, &QTcpSocket::disconnected, this, closeBoth);
        connect(upstream, &QTcpSocket::disconnected, this,
                [=] { QTimer::singleShot(50, client, [client] { client->disconnectFromHost(); }); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [=](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                closeBoth();
        });
        upstream->connectToHost(QHostAddress::LocalHost, m_target);
    }

    FaultProxy* m_owner;
    quint16 m_target;
    QTcpServer* m_server = nullptr;
};

FaultProxy::FaultProxy(quint16 targetPort, QObject* parent)
    : QObject(parent), m_worker(new Worker(this, targetPort)), m_thread(new QThread)
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QSemaphore ready;
    QMetaObject::invokeMethod(m_worker, [this, &ready] {
        m_port = m_worker->start();
        ready.release();
    });
    ready.acquire();
}

FaultProxy::~FaultProxy()
{
    QMetaObject::invokeMethod(
        m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace Dossier::Test
