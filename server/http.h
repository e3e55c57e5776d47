#pragma once
// The server's own HTTP/1.1: requests as values, replies as values, and the limits a connection keeps.
// (Qt HttpServer reads a whole body into memory before the application sees the request, with no limit and
// no timeout; a court's server must refuse by route, size and credentials first.)
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace Dossier::Server {

struct HttpRequest final
{
    QByteArray method; // GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS
    QByteArray target; // as sent: /api/v1/changes?after=3
    QString path;      // the target's path, percent-encoded as sent
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
    QByteArray body; // once read (never for a streamed upload)
    QHostAddress peer;
    qint64 startedNs = 0; // monotonic, when its headers were in (for the request log)
    QString endpoint;     // the route's name once routed (for the metrics), empty before

    QByteArray header(const char* lowerName) const
    {
        for (const auto& [k, v] : headers)
            if (k == lowerName)
                return v;
        return {};
    }
};

// One reply: status, body and extra headers. headOnly: Content-Length of `length` but no body. A file reply
// streams [fileOffset, fileOffset + length) of `file` as the socket drains.
struct Reply final
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool headOnly = false;
    qint64 length = -1;
    QString file;
    qint64 fileOffset = 0;
    bool close = false; // end the connection after this reply
    QString user;       // who asked, once known (for the request log)
};

struct HttpLimits final
{
    int requestLineBytes = 8 * 1024;
    int headerBytes = 32 * 1024; // the whole header block
    int headerCount = 100;
    int idleMs = 30000;        // keep-alive: no new request for this long
    int headerMs = 10000;      // from the first byte of a request to the end of its headers
    int bodyIdleMs = 20000;    // no body byte for this long
    int writeIdleMs = 30000;   // the client reads nothing of the reply for this long
    int maxConnections = 1000; // in all (and never more than the file descriptors allow)
    int maxPerAddress = 64;
    qint64 streamPiece = 1024 * 1024; // an upload goes to disk in pieces of this size
};

const char* reasonPhrase(int status);

} // namespace Dossier::Server
