#include "httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpSocket>

namespace Dossier::Server {

const char* reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 416:
        return "Range Not Satisfiable";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

namespace {

constexpr qint64 kReadBuffer = 256 * 1024; // what Qt holds of a socket before TCP pushes back
constexpr qint64 kFileChunk = 256 * 1024;  // a file reply is written this much at a time

qint64 pendingOut(QTcpSocket* s)
{
    qint64 n = s->bytesToWrite();
    if (auto* ssl = qobject_cast<QSslSocket*>(s))
        n += ssl->encryptedBytesToWrite();
    return n;
}

bool validToken(const QByteArray& t)
{
    if (t.isEmpty())
        return false;
    for (const char c : t)
        if (c <= 32 || c >= 127 || c == ':' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"')
            return false;
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, const HttpLimits& limits, QObject* parent)
    : QObject(parent), m_socket(socket), m_limits(limits), m_peer(socket->peerAddress())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // A client that says nothing, sends headers too slowly, stalls its body or stops reading is dropped.
        if (m_state == State::Busy)
            return; // the server is the slow one
        close();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state != State::Writing)
            return;
        arm(m_limits.writeIdleMs);
        pumpFile();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::close);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
        if (e != QAbstractSocket::RemoteHostClosedError || m_state != State::Writing)
            close();
    });
    arm(m_limits.headerMs); // the first request (and a TLS handshake) must come soon
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::arm(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::close()
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    m_timer.stop();
    m_socket->abort();
    if (onClosed)
        onClosed(this);
    deleteLater();
}

void HttpConnection::onReadyRead()
{
    switch (m_state) {
    case State::Idle:
    case State::Headers: {
        // Never more than the header limit in memory before the headers are parsed.
        const qint64 room = m_limits.requestLineBytes + m_limits.headerBytes + 4 - m_buffer.size();
        if (room > 0)
            m_buffer += m_socket->read(room);
        parseHeaders();
        break;
    }
    case State::Body:
        feedBody();
        break;
    default:
        break; // the next request waits in the socket until this one is answered
    }
}

void HttpConnection::refuse(int status, const QByteArray& code, const QString& message)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(
                 QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QString::fromLatin1(code)},
                                                                   {QStringLiteral("message"), message}}}})
                 .toJson(QJsonDocument::Compact);
    r.close = true;
    if (!m_request)
        m_request = std::make_shared<HttpRequest>();
    m_state = State::Busy;
    reply(std::move(r));
}

void HttpConnection::parseHeaders()
{
    if (m_state == State::Idle) {
        while (m_buffer.startsWith("\r\n")) // tolerated between requests
            m_buffer.remove(0, 2);
        if (m_buffer.isEmpty())
            return;
        m_state = State::Headers;
        arm(m_limits.headerMs);
    }
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if ((lineEnd < 0 && m_buffer.size() > m_limits.requestLineBytes) || lineEnd > m_limits.requestLineBytes)
        return refuse(414, "uri_too_long",
                      QStringLiteral("The request line is longer than %1 bytes.").arg(m_limits.requestLineBytes));
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() >= m_limits.requestLineBytes + m_limits.headerBytes)
            return refuse(431, "headers_too_large",
                          QStringLiteral("The header block is larger than %1 bytes.").arg(m_limits.headerBytes));
        return;
    }
    if (end - lineEnd > m_limits.headerBytes)
        return refuse(431, "headers_too_large",
                      QStringLiteral("The header block is larger than %1 bytes.").arg(m_limits.headerBytes));
    auto req = std::make_shared<HttpRequest>();
    m_request = req;
    req->peer = m_peer;
    req->startedNs = m_clock.nsecsElapsed();
    const QList<QByteArray> parts = m_buffer.left(lineEnd).split(' ');
    const QByteArray head = m_buffer.mid(lineEnd + 2, end - lineEnd - 2);
    m_buffer.remove(0, end + 4);
    if (parts.size() != 3 || !validToken(parts[0]) || !parts[1].startsWith('/'))
        return refuse(400, "bad_request", QStringLiteral("The request line is not valid HTTP."));
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0")
        return refuse(505, "http_version", QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
    req->method = parts[0];
    req->target = parts[1];
    const qsizetype q = req->target.indexOf('?');
    req->path = QString::fromLatin1(q < 0 ? req->target : req->target.left(q));
    if (q >= 0)
        req->query = QUrlQuery(QString::fromUtf8(req->target.mid(q + 1)));
    req->keepAlive = parts[2] == "HTTP/1.1";
    bool lengthSeen = false;
    for (const QByteArray& line : head.isEmpty() ? QList<QByteArray>() : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0 || !validToken(l.left(colon)))
            return refuse(400, "bad_header", QStringLiteral("A header line is not valid."));
        if (req->headers.size() >= m_limits.headerCount)
            return refuse(431, "too_many_headers", QStringLiteral("More than %1 headers.").arg(m_limits.headerCount));
        const QByteArray name = l.left(colon).toLower();
        const QByteArray value = l.mid(colon + 1).trimmed();
        req->headers.append({name, value});
        if (name == "content-length") {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (lengthSeen && n != req->contentLength))
                return refuse(400, "bad_length", QStringLiteral("The Content-Length is not valid."));
            req->contentLength = n;
            lengthSeen = true;
        } else if (name == "transfer-encoding") {
            return refuse(501, "chunked_not_supported",
                          QStringLiteral("Bodies must be sent with a Content-Length, not a Transfer-Encoding."));
        } else if (name == "connection") {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                req->keepAlive = false;
            else if (v.contains("keep-alive"))
                req->keepAlive = true;
        } else if (name == "expect") {
            if (value.toLower() != "100-continue")
                return refuse(417, "bad_expect", QStringLiteral("Only Expect: 100-continue is understood."));
            req->expectContinue = true;
        }
    }
    m_bodyLeft = req->contentLength;
    m_closeAfter = !req->keepAlive;
    m_state = State::Busy;
    m_timer.stop();
    if (onRequest)
        onRequest(this, req);
}

void HttpConnection::sendContinue()
{
    if (m_request && m_request->expectContinue && m_bodyLeft > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::readBody(std::function<void()> done)
{
    m_bodyDone = std::move(done);
    m_sink = nullptr;
    m_sinkBusy = false;
    m_request->body.reserve(qsizetype(m_bodyLeft));
    sendContinue();
    m_state = State::Body;
    arm(m_limits.bodyIdleMs);
    feedBody();
}

void HttpConnection::streamBody(std::function<void(QByteArray, bool)> sink)
{
    m_sink = std::move(sink);
    m_bodyDone = nullptr;
    m_piece.clear();
    m_sinkBusy = false;
    sendContinue();
    m_state = State::Body;
    arm(m_limits.bodyIdleMs);
    feedBody();
}

void HttpConnection::resume()
{
    m_sinkBusy = false;
    if (m_state != State::Body)
        return;
    arm(m_limits.bodyIdleMs);
    feedBody();
}

void HttpConnection::feedBody()
{
    if (m_state != State::Body || m_sinkBusy)
        return;
    const auto take = [this](qint64 max) {
        QByteArray got;
        if (!m_buffer.isEmpty()) {
            got = m_buffer.left(qsizetype(std::min<qint64>(max, m_buffer.size())));
            m_buffer.remove(0, got.size());
        }
        if (got.size() < max)
            got += m_socket->read(max - got.size());
        return got;
    };
    if (!m_sink) {
        const QByteArray got = take(m_bodyLeft);
        m_request->body += got;
        m_bodyLeft -= got.size();
        if (!got.isEmpty())
            arm(m_limits.bodyIdleMs);
        if (m_bodyLeft == 0) {
            m_state = State::Busy;
            m_timer.stop();
            if (auto done = std::exchange(m_bodyDone, nullptr))
                done();
        }
        return;
    }
    const QByteArray got = take(std::min(m_bodyLeft, m_limits.streamPiece - m_piece.size()));
    m_piece += got;
    m_bodyLeft -= got.size();
    if (!got.isEmpty())
        arm(m_limits.bodyIdleMs);
    const bool last = m_bodyLeft == 0;
    if (m_piece.size() >= m_limits.streamPiece || last) {
        m_sinkBusy = true;
        if (last) {
            m_state = State::Busy;
            m_timer.stop();
        }
        m_sink(std::exchange(m_piece, QByteArray()), last);
    }
}

void HttpConnection::writeHead(const Reply& r, qint64 length)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "Content-Type: " + r.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    for (const auto& [k, v] : r.headers)
        head += k + ": " + v + "\r\n";
    head += m_closeAfter ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    m_socket->write(head);
}

void HttpConnection::reply(Reply r)
{
    if (m_state == State::Closing)
        return;
    // A body the server did not read cannot be told from the next request: the connection ends after this.
    if (r.close || m_bodyLeft > 0 || m_state == State::Body)
        m_closeAfter = true;
    m_state = State::Writing;
    m_sink = nullptr;
    m_bodyDone = nullptr;
    const bool head = m_request && m_request->method == "HEAD";
    const qint64 length = r.length >= 0 ? r.length : r.body.size();
    writeHead(r, length);
    m_fileLeft = 0;
    if (!head && !r.headOnly) {
        if (!r.file.isEmpty()) {
            m_file = std::make_unique<QFile>(r.file);
            if (!m_file->open(QIODevice::ReadOnly) || !m_file->seek(r.fileOffset)) {
                m_closeAfter = true; // the head promised bytes that cannot come: end the connection
                m_file.reset();
            } else {
                m_fileLeft = length;
            }
        } else {
            m_socket->write(r.body);
        }
    }
    m_reply = std::move(r);
    if (onReplied && m_request)
        onReplied(this, *m_request, m_reply);
    arm(m_limits.writeIdleMs);
    pumpFile();
}

void HttpConnection::pumpFile()
{
    while (m_file && m_fileLeft > 0 && pendingOut(m_socket) < 2 * kFileChunk) {
        const QByteArray chunk = m_file->read(std::min(m_fileLeft, kFileChunk));
        if (chunk.isEmpty()) {
            m_file.reset();
            m_closeAfter = true;
            break;
        }
        m_fileLeft -= chunk.size();
        m_socket->write(chunk);
    }
    if (m_fileLeft == 0)
        m_file.reset();
    if (!m_file && pendingOut(m_socket) == 0)
        finishReply();
}

void HttpConnection::finishReply()
{
    if (m_state != State::Writing)
        return;
    if (m_closeAfter) {
        m_state = State::Closing;
        m_timer.stop();
        m_socket->disconnectFromHost();
        if (onClosed)
            onClosed(this);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        QTimer::singleShot(5000, this, &QObject::deleteLater);
        return;
    }
    // Nothing of this request may reach the next one on the connection (a streamed body's last piece left the
    // sink marked busy, and the next request's body was never read).
    m_request.reset();
    m_reply = Reply();
    m_sink = nullptr;
    m_sinkBusy = false;
    m_piece.clear();
    m_bodyDone = nullptr;
    m_state = State::Idle;
    m_waitingSince = nowNs();
    m_evictable = false;
    arm(m_limits.idleMs);
    // A request that came in behind this one (pipelined) is parsed now.
    if (m_socket->bytesAvailable() > 0 || !m_buffer.isEmpty())
        onReadyRead();
}

} // namespace Dossier::Server
