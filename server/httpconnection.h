#pragma once

#include "http.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

class QTcpSocket;

namespace Dossier::Server {

// One client connection, on the accepting thread: reads a request's line and headers within limits and a
// deadline, then waits for the server to decide what to do with the body (read it whole up to a size,
// stream it in pieces to a sink that asks for the next one, or refuse it), writes the reply and keeps the
// connection for the next request unless either side asked to close. Nothing here blocks: no disk, no
// database, no crypto (file replies read a piece at a time as the socket drains).
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket* socket, const HttpLimits& limits, QObject* parent = nullptr);
    ~HttpConnection() override;

    QHostAddress peer() const { return m_peer; }
    bool bodyPending() const { return m_bodyLeft > 0; }
    // May be closed to make room at the connection cap: no request of it is being served (idle, or its headers
    // still arriving), or the server said so (a stranger's sign-in body, a sign-in held in the tarpit).
    bool evictable() const { return m_state == State::Idle || m_state == State::Headers || m_evictable; }
    void setEvictable(bool evictable) { m_evictable = evictable; }
    qint64 waitingSinceNs() const { return m_waitingSince; }
    // Closed by the server to make room (see HttpServer's connection cap).
    void evict() { close(); }

    // The server's callbacks: a request's headers are in (the body is not read yet); the connection is gone.
    std::function<void(HttpConnection*, std::shared_ptr<HttpRequest>)> onRequest;
    std::function<void(HttpConnection*)> onClosed;
    // Called once the reply of a request has been handed to the socket (for the request log).
    std::function<void(HttpConnection*, const HttpRequest&, const Reply&)> onReplied;

    // Reads the body whole (its size was checked against the route's limit) and hands it over.
    void readBody(std::function<void()> done);
    // Streams the body: `sink(piece, last)` gets up to HttpLimits::streamPiece bytes and calls resume() when
    // it has stored them; the socket is not read meanwhile, so the client waits (TCP back-pressure).
    void streamBody(std::function<void(QByteArray piece, bool last)> sink);
    void resume();
    void sendContinue();
    void reply(Reply reply);

private:
    enum class State { Idle, Headers, Body, Busy, Writing, Closing };
    void onReadyRead();
    void parseHeaders();
    void refuse(int status, const QByteArray& code, const QString& message);
    void feedBody();
    void writeHead(const Reply& r, qint64 length);
    void pumpFile();
    void finishReply();
    void arm(int ms);
    void close();

    QTcpSocket* m_socket;
    HttpLimits m_limits;
    QHostAddress m_peer;
    State m_state = State::Idle;
    QByteArray m_buffer; // received, not yet parsed
    std::shared_ptr<HttpRequest> m_request;
    qint64 m_bodyLeft = 0;
    std::function<void()> m_bodyDone;
    std::function<void(QByteArray, bool)> m_sink;
    QByteArray m_piece;
    bool m_sinkBusy = false;
    Reply m_reply;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileLeft = 0;
    bool m_closeAfter = false;
    qint64 m_waitingSince = nowNs();
    bool m_evictable = false;
    QTimer m_timer;
    static inline QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();

public:
    static qint64 nowNs() { return m_clock.nsecsElapsed(); }
};

} // namespace Dossier::Server
