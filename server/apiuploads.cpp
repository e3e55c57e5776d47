// The API's images: GET /blobs/{sha256} and resumable uploads (POST /uploads, PATCH and GET /uploads/{id}).
#include "apireplies.h"
#include "blobstore.h"
#include "crashpoint.h"

#include <QJsonDocument>
#include <QUuid>

namespace Dossier::Server {
namespace {

// A decimal byte position: digits only, and small enough not to overflow.
std::optional<qint64> position(const QByteArray& digits)
{
    if (digits.isEmpty() || digits.size() > 18)
        return std::nullopt;
    for (const char c : digits)
        if (c < '0' || c > '9')
            return std::nullopt;
    return digits.toLongLong();
}

// "bytes=a-b", "bytes=a-" or "bytes=-n" within a blob of `size` bytes: [from, to], or nothing.
std::optional<QPair<qint64, qint64>> byteRange(const QByteArray& range, qint64 size)
{
    if (!range.startsWith("bytes=") || range.contains(','))
        return std::nullopt;
    const QByteArray spec = range.mid(6).trimmed();
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return std::nullopt;
    const QByteArray a = spec.left(dash), b = spec.mid(dash + 1);
    if (a.isEmpty()) { // suffix: the last n bytes
        const auto n = position(b);
        if (!n || *n == 0)
            return std::nullopt;
        return qMakePair(std::max<qint64>(0, size - *n), size - 1);
    }
    const auto from = position(a);
    if (!from || *from >= size)
        return std::nullopt;
    qint64 to = size - 1;
    if (!b.isEmpty()) {
        const auto last = position(b);
        if (!last || *last < *from)
            return std::nullopt;
        to = std::min(*last, size - 1);
    }
    return qMakePair(*from, to);
}

QJsonObject uploadJson(const Upload& u, qint64 offset)
{
    return {{QStringLiteral("id"), u.id}, {QStringLiteral("offset"), offset}, {QStringLiteral("size"), u.size}};
}

Reply completeReply(const Upload& u)
{
    return jsonReply(
        201,
        {{QStringLiteral("complete"), true}, {QStringLiteral("offset"), u.size}, {QStringLiteral("size"), u.size}});
}

} // namespace

// ---- blobs

Reply Api::getBlob(Context& ctx, const QString& shaIn, bool head) const
{
    const QString sha = shaIn.toLower();
    if (!BlobStore::isSha256(sha))
        return errorReply(400, QStringLiteral("invalid_sha256"),
                          QStringLiteral("The blob name must be a SHA-256 in hex."));
    const qint64 size = m_blobs->size(sha);
    // Whether an image exists is itself only for those who may read it.
    auto may = ctx.store.mayReadBlob(*ctx.viewer, sha);
    if (!may)
        return internalError(may.error());
    if (size < 0 || !*may)
        return notFound(QStringLiteral("The blob is not stored or not visible to you."));
    Reply r;
    r.contentType = "application/octet-stream";
    r.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    if (head) {
        r.headOnly = true;
        r.length = size;
        return r;
    }
    qint64 from = 0;
    qint64 to = size - 1;
    if (const QByteArray range = ctx.request.header("range"); !range.isEmpty()) {
        const auto span = byteRange(range, size);
        if (!span) {
            Reply bad = errorReply(416, QStringLiteral("range_not_satisfiable"),
                                   QStringLiteral("The range is not satisfiable."));
            bad.headers.append(qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(size)));
            return bad;
        }
        std::tie(from, to) = std::pair(span->first, span->second);
        r.status = 206;
        r.headers.append(qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(from) + '-' +
                                                                    QByteArray::number(to) + '/' +
                                                                    QByteArray::number(size)));
    }
    r.file = m_blobs->blobPath(sha); // streamed by the connection as the client reads
    r.fileOffset = from;
    r.length = to - from + 1;
    return r;
}

Reply Api::createUpload(Context& ctx) const
{
    if (!mayUpload(*ctx.viewer))
        return forbidden(QStringLiteral("Only those who capture pages may upload images."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QString sha = body->value(QStringLiteral("sha256")).toString().toLower();
    const QJsonValue sizeValue = body->value(QStringLiteral("size"));
    if (!BlobStore::isSha256(sha))
        return errorReply(422, QStringLiteral("invalid_sha256"), QStringLiteral("sha256 must be 64 hex digits."));
    if (!sizeValue.isDouble() || sizeValue.toDouble() < 1 || sizeValue.toDouble() != double(sizeValue.toInteger()))
        return errorReply(422, QStringLiteral("invalid_size"), QStringLiteral("size must be a positive integer."));
    const qint64 size = sizeValue.toInteger();
    if (size > kMaxBlob)
        return errorReply(413, QStringLiteral("too_large"),
                          QStringLiteral("A blob may be at most %1 bytes.").arg(kMaxBlob));
    if (m_blobs->has(sha)) {
        // Stored already: complete for those who hold or may read it; anyone else proves they have the bytes
        // by sending them (and learns nothing of whether someone else did).
        auto mayUse = ctx.store.mayUseBlob(*ctx.viewer, sha);
        if (!mayUse)
            return internalError(mayUse.error());
        if (*mayUse) {
            auto rec = ctx.store.recordBlob(sha, m_blobs->size(sha));
            if (!rec)
                return internalError(rec.error());
            return jsonReply(200, {{QStringLiteral("complete"), true}, {QStringLiteral("sha256"), sha}});
        }
    }
    auto open = ctx.store.openUpload(ctx.user, sha);
    if (!open)
        return internalError(open.error());
    if (open->has_value() && (*open)->size == size) {
        const Upload& u = **open;
        if (m_blobs->partSize(u.id) >= u.size) // all in but never checked (a crash at the final hash)
            return completeIfFull(ctx.store, u);
        return jsonReply(200, uploadJson(u, m_blobs->partSize(u.id)));
    }
    Upload u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.user = ctx.user;
    u.sha256 = sha;
    u.size = size;
    auto reset = m_blobs->resetPart(u.id);
    if (!reset)
        return internalError(reset.error());
    auto created = ctx.store.createUpload(u);
    if (!created)
        return internalError(created.error());
    return jsonReply(201, uploadJson(u, 0));
}

std::optional<Reply> Api::beginUpload(ServerStore& store, const Route& route, const HttpRequest& request,
                                      const Auth& auth, Upload& upload) const
{
    auto found = store.upload(route.segments[1]);
    if (!found)
        return internalError(found.error());
    if (!found->has_value() || (*found)->user != auth.user)
        return notFound(QStringLiteral("No such upload."));
    upload = **found;
    if (upload.complete)
        return completeReply(upload);
    bool ok = false;
    const qint64 claimed = request.header("upload-offset").toLongLong(&ok);
    if (!ok || claimed < 0)
        return errorReply(400, QStringLiteral("invalid_offset"),
                          QStringLiteral("The Upload-Offset header is required."));
    if (!m_blobs->claim(upload.id))
        return errorReply(409, QStringLiteral("upload_busy"),
                          QStringLiteral("Another request is writing this upload."));
    const qint64 offset = m_blobs->partSize(upload.id);
    std::optional<Reply> refusal;
    if (claimed != offset)
        refusal = errorReply(409, QStringLiteral("offset_mismatch"),
                             QStringLiteral("The upload is at offset %1, not %2.").arg(offset).arg(claimed),
                             {{QStringLiteral("offset"), offset}});
    else if (offset + request.contentLength > upload.size)
        refusal =
            errorReply(413, QStringLiteral("chunk_too_large"), QStringLiteral("The chunk goes past the declared size."),
                       {{QStringLiteral("offset"), offset}});
    else if (request.contentLength == 0)
        refusal = finishUpload(store, upload); // nothing more to send: finished if all is in
    if (refusal)
        m_blobs->release(upload.id);
    return refusal;
}

Status Api::storePiece(const Upload& upload, qint64 offset, const QByteArray& piece) const
{
    return m_blobs->appendAt(upload.id, offset, piece);
}

Reply Api::finishUpload(ServerStore& store, const Upload& upload) const
{
    if (auto synced = m_blobs->syncPart(upload.id); !synced)
        return internalError(synced.error());
    const qint64 now = m_blobs->partSize(upload.id);
    if (now < upload.size)
        return jsonReply(200, {{QStringLiteral("offset"), now}, {QStringLiteral("size"), upload.size}});
    crashPoint("upload-full");
    return completeIfFull(store, upload);
}

Reply Api::completeIfFull(ServerStore& store, const Upload& u) const
{
    auto hash = m_blobs->partSha256(u.id); // the running hash: no second read of the bytes
    if (!hash)
        return internalError(hash.error());
    if (QString::fromLatin1(*hash) != u.sha256 || m_blobs->partSize(u.id) != u.size) {
        if (auto reset = m_blobs->resetPart(u.id); !reset)
            return internalError(reset.error());
        return errorReply(
            422, QStringLiteral("hash_mismatch"),
            QStringLiteral("The uploaded bytes do not have the SHA-256 %1; the upload restarts at 0.").arg(u.sha256),
            {{QStringLiteral("offset"), 0}});
    }
    if (m_blobs->has(u.sha256)) { // someone stored the same image: this user proved they hold it too
        if (auto removed = m_blobs->removePart(u.id); !removed)
            return internalError(removed.error());
    } else {
        if (auto promoted = m_blobs->promote(u.id, u.sha256); !promoted)
            return internalError(promoted.error());
        crashPoint("blob-promoted");
    }
    if (auto completed = store.completeUpload(u); !completed)
        return internalError(completed.error());
    return completeReply(u);
}

Reply Api::getUpload(Context& ctx, const QString& id) const
{
    auto found = ctx.store.upload(id);
    if (!found)
        return internalError(found.error());
    if (!found->has_value() || (*found)->user != ctx.user)
        return notFound(QStringLiteral("No such upload."));
    const Upload& u = **found;
    if (!u.complete && m_blobs->partSize(u.id) >= u.size)
        return completeIfFull(ctx.store, u);
    return jsonReply(200, {{QStringLiteral("id"), u.id},
                           {QStringLiteral("sha256"), u.sha256},
                           {QStringLiteral("offset"), u.complete ? u.size : m_blobs->partSize(u.id)},
                           {QStringLiteral("size"), u.size},
                           {QStringLiteral("complete"), u.complete}});
}

} // namespace Dossier::Server
