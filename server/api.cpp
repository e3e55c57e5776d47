#include "api.h"

#include "auth.h"
#include "blobstore.h"
#include "crashpoint.h"
#include "serverstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cstdio>
#include <optional>

static void initServerResources()
{
    Q_INIT_RESOURCE(server);
}

namespace Dossier::Server {

struct ApiServer::Context
{
    const QHttpServerRequest& request;
    QHttpServerRequest::Method method;
    QStringList segments; // after /api/v1
    QString user;         // once authenticated
    std::optional<Viewer> viewer;
};

namespace {

using Method = QHttpServerRequest::Method;

Reply jsonReply(int status, const QJsonObject& o)
{
    Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Reply internalError(const Error& e)
{
    std::fprintf(stderr, "dossier-server: internal error %s: %s\n", qPrintable(e.code()), qPrintable(e.english()));
    return errorReply(500, QStringLiteral("internal_error"), QStringLiteral("The server could not complete the request."));
}

QByteArray header(const QHttpServerRequest& request, const char* name)
{
    const QByteArray key = QByteArray(name).toLower();
    for (const auto& [k, v] : request.headers())
        if (k.toLower() == key)
            return v.trimmed();
    return {};
}

const char* methodName(Method m)
{
    switch (m) {
    case Method::Get: return "GET";
    case Method::Put: return "PUT";
    case Method::Delete: return "DELETE";
    case Method::Post: return "POST";
    case Method::Head: return "HEAD";
    case Method::Options: return "OPTIONS";
    case Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

// Parses the body as a JSON object; on failure fills `failure`.
std::optional<QJsonObject> jsonBody(const QHttpServerRequest& request, Reply& failure)
{
    const QByteArray body = request.body();
    if (body.size() > ApiServer::kMaxJsonBody) {
        failure = errorReply(413, QStringLiteral("body_too_large"), QStringLiteral("The request body is too large."));
        return std::nullopt;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        failure = errorReply(400, QStringLiteral("invalid_json"),
                             err.error != QJsonParseError::NoError
                                 ? QStringLiteral("The request body is not valid JSON: %1.").arg(err.errorString())
                                 : QStringLiteral("The request body must be a JSON object."));
        return std::nullopt;
    }
    return doc.object();
}

Reply forbidden(const QString& message)
{
    return errorReply(403, QStringLiteral("forbidden"), message);
}

Reply notFound(const QString& message = QStringLiteral("No such resource."))
{
    return errorReply(404, QStringLiteral("not_found"), message);
}

const QStringList& relations()
{
    static const QStringList r = {QStringLiteral("judge"),          QStringLiteral("panel_member"),
                                  QStringLiteral("judge_assistant"), QStringLiteral("clerk"),
                                  QStringLiteral("party"),          QStringLiteral("lawyer")};
    return r;
}

} // namespace

Reply errorReply(int status, const QString& code, const QString& message, const QJsonObject& extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    return jsonReply(status, o);
}

ApiServer::ApiServer(ServerStore* store, BlobStore* blobs, int tokenHours, QObject* parent)
    : QAbstractHttpServer(parent), m_store(store), m_blobs(blobs), m_tokenHours(tokenHours)
{
    initServerResources();
}

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    const QString encodedPath = request.url().path(QUrl::FullyEncoded);
    Context ctx{request, request.method(), {}, {}, std::nullopt};
    Reply reply;
    if (!encodedPath.startsWith(QLatin1String("/api/v1/"))) {
        reply = notFound(QStringLiteral("No such endpoint."));
    } else {
        for (const QString& s : encodedPath.mid(8).split(QLatin1Char('/')))
            ctx.segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
        reply = dispatch(ctx);
    }
    send(request, socket, reply);
    std::fprintf(stderr, "%s %s %d %lldms %s\n", methodName(ctx.method), qPrintable(request.url().path()),
                 reply.status, static_cast<long long>(timer.elapsed()),
                 ctx.user.isEmpty() ? "-" : qPrintable(ctx.user));
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    send(request, socket, notFound(QStringLiteral("No such endpoint.")));
}

void ApiServer::send(const QHttpServerRequest& request, QTcpSocket* socket, const Reply& reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    const qint64 length = reply.length >= 0 ? reply.length : reply.body.size();
    responder.writeHeader("Content-Length", QByteArray::number(length));
    for (const auto& [k, v] : reply.headers)
        responder.writeHeader(k, v);
    if (reply.headOnly || request.method() == Method::Head)
        responder.writeBody("", 0);
    else
        responder.writeBody(reply.body);
}

bool ApiServer::authenticate(Context& ctx, Reply& failure)
{
    const QByteArray auth = header(ctx.request, "authorization");
    if (!auth.startsWith("Bearer ") || auth.size() < 8) {
        failure = errorReply(401, QStringLiteral("unauthenticated"), QStringLiteral("A bearer token is required."));
        return false;
    }
    const QString digest = tokenDigest(auth.mid(7).trimmed());
    auto name = m_store->sessionUser(digest, QDateTime::currentSecsSinceEpoch());
    if (!name) {
        failure = internalError(name.error());
        return false;
    }
    if (name->isEmpty()) {
        failure = errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("The token is unknown or has expired."));
        return false;
    }
    auto row = m_store->user(*name);
    if (!row || !row->has_value()) {
        failure = row ? errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("The token's user no longer exists."))
                      : internalError(row.error());
        return false;
    }
    auto viewer = m_store->viewer(**row);
    if (!viewer) {
        failure = internalError(viewer.error());
        return false;
    }
    ctx.user = *name;
    ctx.viewer = *viewer;
    return true;
}

Reply ApiServer::dispatch(Context& ctx)
{
    const QStringList& s = ctx.segments;
    const Method m = ctx.method;
    const qsizetype n = s.size();
    const auto is = [&](std::initializer_list<const char*> parts) {
        if (n != qsizetype(parts.size()))
            return false;
        qsizetype i = 0;
        for (const char* p : parts) {
            if (p[0] != '*' && s[i] != QLatin1String(p))
                return false;
            ++i;
        }
        return true;
    };
    const auto methodNotAllowed = [] {
        return errorReply(405, QStringLiteral("method_not_allowed"), QStringLiteral("This method is not allowed here."));
    };

    if (is({"health"})) {
        if (m != Method::Get && m != Method::Head)
            return methodNotAllowed();
        return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                               {QStringLiteral("version"), QStringLiteral(DOSSIER_VERSION)}});
    }
    if (is({"openapi.json"})) {
        if (m != Method::Get && m != Method::Head)
            return methodNotAllowed();
        QFile f(QStringLiteral(":/dossier-server/openapi.json"));
        if (!f.open(QIODevice::ReadOnly))
            return internalError(Error(QStringLiteral("openapi_missing"), "The OpenAPI document is not embedded."));
        Reply r;
        r.body = f.readAll();
        return r;
    }
    if (is({"session"}) && m == Method::Post)
        return session(ctx);

    // Everything below needs a known route first (404 before 401 would leak nothing either way), then a token.
    enum class Route {
        None, Session, Changes, Blob, Uploads, Upload, Templates, Template, Members, AccessRequests, Decide
    };
    Route route = Route::None;
    if (is({"session"}))
        route = Route::Session;
    else if (is({"changes"}))
        route = Route::Changes;
    else if (is({"blobs", "*"}))
        route = Route::Blob;
    else if (is({"uploads"}))
        route = Route::Uploads;
    else if (is({"uploads", "*"}))
        route = Route::Upload;
    else if (is({"templates"}))
        route = Route::Templates;
    else if (is({"templates", "*"}))
        route = Route::Template;
    else if (is({"cases", "*", "members"}))
        route = Route::Members;
    else if (is({"access-requests"}))
        route = Route::AccessRequests;
    else if (is({"access-requests", "*", "approve"}) || is({"access-requests", "*", "deny"}))
        route = Route::Decide;
    if (route == Route::None)
        return notFound(QStringLiteral("No such endpoint."));

    Reply failure;
    if (!authenticate(ctx, failure))
        return failure;

    switch (route) {
    case Route::Session:
        return m == Method::Delete ? logout(ctx) : methodNotAllowed();
    case Route::Changes:
        if (m == Method::Get)
            return getChanges(ctx);
        return m == Method::Post ? postChanges(ctx) : methodNotAllowed();
    case Route::Blob:
        if (m == Method::Get || m == Method::Head)
            return getBlob(ctx, s[1], m == Method::Head);
        return methodNotAllowed();
    case Route::Uploads:
        return m == Method::Post ? createUpload(ctx) : methodNotAllowed();
    case Route::Upload:
        if (m == Method::Patch)
            return patchUpload(ctx, s[1]);
        return m == Method::Get ? getUpload(ctx, s[1]) : methodNotAllowed();
    case Route::Templates:
        return m == Method::Get ? getTemplates(ctx) : methodNotAllowed();
    case Route::Template:
        return m == Method::Put ? putTemplate(ctx, s[1]) : methodNotAllowed();
    case Route::Members:
        if (m == Method::Post)
            return addMember(ctx, s[1]);
        return m == Method::Get ? listMembers(ctx, s[1]) : methodNotAllowed();
    case Route::AccessRequests:
        if (m == Method::Post)
            return createAccessRequest(ctx);
        return m == Method::Get ? listAccessRequests(ctx) : methodNotAllowed();
    case Route::Decide:
        return m == Method::Post ? decideAccessRequest(ctx, s[1], s[2] == QLatin1String("approve")) : methodNotAllowed();
    case Route::None:
        break;
    }
    return notFound();
}

// ---- session

Reply ApiServer::session(Context& ctx)
{
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QJsonValue user = body->value(QStringLiteral("user"));
    const QJsonValue password = body->value(QStringLiteral("password"));
    if (!user.isString() || !password.isString())
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must have the strings \"user\" and \"password\"."));
    auto row = m_store->user(user.toString());
    if (!row)
        return internalError(row.error());
    bool ok = false;
    if (row->has_value()) {
        ok = verifyPassword(password.toString(), (*row)->password);
    } else { // same work for unknown users: no timing oracle for user names
        static const QString dummy = hashPassword(QStringLiteral("dummy"));
        verifyPassword(password.toString(), dummy);
    }
    if (!ok)
        return errorReply(401, QStringLiteral("invalid_credentials"), QStringLiteral("The user name or password is wrong."));
    const QByteArray token = newToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(m_tokenHours) * 3600);
    auto added = m_store->addSession(tokenDigest(token), (*row)->name, expires.toSecsSinceEpoch());
    if (!added)
        return internalError(added.error());
    ctx.user = (*row)->name;
    return jsonReply(200, {{QStringLiteral("token"), QString::fromLatin1(token)},
                           {QStringLiteral("expires_at"), expires.toString(Qt::ISODate)},
                           {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), (*row)->name},
                                                                {QStringLiteral("role"), (*row)->role},
                                                                {QStringLiteral("scope"), (*row)->scope}}}});
}

Reply ApiServer::logout(Context& ctx)
{
    const QByteArray auth = header(ctx.request, "authorization");
    auto removed = m_store->removeSession(tokenDigest(auth.mid(7).trimmed()));
    if (!removed)
        return internalError(removed.error());
    return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

// ---- changes

Reply ApiServer::getChanges(Context& ctx)
{
    const QUrlQuery query(ctx.request.url());
    bool ok = true;
    qint64 after = 0;
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return errorReply(400, QStringLiteral("invalid_parameter"), QStringLiteral("after must be a non-negative integer."));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return errorReply(400, QStringLiteral("invalid_parameter"), QStringLiteral("limit must be a positive integer."));
        limit = std::min(limit, 5000);
    }
    auto page = m_store->changes(*ctx.viewer, after, limit);
    if (!page)
        return internalError(page.error());
    QJsonArray changes;
    for (const Change& c : std::as_const(page->changes))
        changes.append(QJsonObject{{QStringLiteral("seq"), c.seq}, {QStringLiteral("record"), c.record.toJson()}});
    return jsonReply(200, {{QStringLiteral("changes"), changes},
                           {QStringLiteral("next"), page->next},
                           {QStringLiteral("more"), page->more}});
}

Reply ApiServer::postChanges(Context& ctx)
{
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QJsonValue ops = body->value(QStringLiteral("operations"));
    if (!ops.isArray())
        return errorReply(422, QStringLiteral("invalid_request"), QStringLiteral("The body must have an array \"operations\"."));
    if (ops.toArray().size() > kMaxOperations)
        return errorReply(413, QStringLiteral("too_many_operations"),
                          QStringLiteral("A batch may hold at most %1 operations.").arg(kMaxOperations));
    auto results = m_store->applyOperations(*ctx.viewer, ops.toArray(), *m_blobs);
    if (!results)
        return internalError(results.error());
    return jsonReply(200, {{QStringLiteral("results"), *results}});
}

// ---- blobs

Reply ApiServer::getBlob(Context& ctx, const QString& shaIn, bool head)
{
    const QString sha = shaIn.toLower();
    if (!BlobStore::isSha256(sha))
        return errorReply(400, QStringLiteral("invalid_sha256"), QStringLiteral("The blob name must be a SHA-256 in hex."));
    const qint64 size = m_blobs->size(sha);
    if (head) {
        if (size < 0)
            return notFound(QStringLiteral("The blob is not stored."));
        Reply r;
        r.contentType = "application/octet-stream";
        r.headOnly = true;
        r.length = size;
        return r;
    }
    auto may = m_store->mayReadBlob(*ctx.viewer, sha);
    if (!may)
        return internalError(may.error());
    if (size < 0 || !*may)
        return notFound(QStringLiteral("The blob is not stored or not visible to you."));
    qint64 from = 0;
    qint64 to = size - 1;
    bool partial = false;
    const QByteArray range = header(ctx.request, "range");
    if (!range.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const auto match = re.match(QString::fromLatin1(range));
        const QString a = match.captured(1);
        const QString b = match.captured(2);
        bool valid = match.hasMatch() && !(a.isEmpty() && b.isEmpty());
        if (valid) {
            if (a.isEmpty()) { // suffix: the last b bytes
                const qint64 n = b.toLongLong();
                from = std::max<qint64>(0, size - n);
                valid = n > 0;
            } else {
                from = a.toLongLong();
                if (!b.isEmpty())
                    to = std::min(b.toLongLong(), size - 1);
                valid = from < size && from <= to;
            }
        }
        if (!valid) {
            Reply r = errorReply(416, QStringLiteral("range_not_satisfiable"), QStringLiteral("The range is not satisfiable."));
            r.headers.append(qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(size)));
            return r;
        }
        partial = true;
    }
    auto data = m_blobs->read(sha, from, to - from + 1);
    if (!data)
        return internalError(data.error());
    Reply r;
    r.status = partial ? 206 : 200;
    r.contentType = "application/octet-stream";
    r.body = *data;
    r.headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
    if (partial)
        r.headers.append(qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(from) + '-' +
                                                                  QByteArray::number(to) + '/' + QByteArray::number(size)));
    return r;
}

Reply ApiServer::createUpload(Context& ctx)
{
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
        auto rec = m_store->recordBlob(sha, m_blobs->size(sha));
        if (!rec)
            return internalError(rec.error());
        return jsonReply(200, {{QStringLiteral("complete"), true}, {QStringLiteral("sha256"), sha}});
    }
    auto open = m_store->openUpload(ctx.user, sha);
    if (!open)
        return internalError(open.error());
    if (open->has_value() && (*open)->size == size) {
        const Upload& u = **open;
        return jsonReply(200, {{QStringLiteral("id"), u.id},
                               {QStringLiteral("offset"), m_blobs->partSize(u.id)},
                               {QStringLiteral("size"), u.size}});
    }
    Upload u;
    u.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    u.user = ctx.user;
    u.sha256 = sha;
    u.size = size;
    auto reset = m_blobs->resetPart(u.id);
    if (!reset)
        return internalError(reset.error());
    auto created = m_store->createUpload(u);
    if (!created)
        return internalError(created.error());
    return jsonReply(201, {{QStringLiteral("id"), u.id}, {QStringLiteral("offset"), 0}, {QStringLiteral("size"), size}});
}

Reply ApiServer::patchUpload(Context& ctx, const QString& id)
{
    auto found = m_store->upload(id);
    if (!found)
        return internalError(found.error());
    if (!found->has_value() || (*found)->user != ctx.user)
        return notFound(QStringLiteral("No such upload."));
    const Upload u = **found;
    const QJsonObject complete{{QStringLiteral("complete"), true}, {QStringLiteral("offset"), u.size},
                               {QStringLiteral("size"), u.size}};
    if (u.complete || m_blobs->has(u.sha256)) {
        if (!u.complete) {
            auto done = m_store->markUploadComplete(u.id);
            if (!done)
                return internalError(done.error());
        }
        return jsonReply(201, complete);
    }
    bool ok = false;
    const qint64 claimed = header(ctx.request, "upload-offset").toLongLong(&ok);
    if (!ok || claimed < 0)
        return errorReply(400, QStringLiteral("invalid_offset"), QStringLiteral("The Upload-Offset header is required."));
    const qint64 offset = m_blobs->partSize(u.id);
    if (claimed != offset)
        return errorReply(409, QStringLiteral("offset_mismatch"),
                          QStringLiteral("The upload is at offset %1, not %2.").arg(offset).arg(claimed),
                          {{QStringLiteral("offset"), offset}});
    const QByteArray chunk = ctx.request.body();
    if (chunk.size() > kMaxChunk || offset + chunk.size() > u.size)
        return errorReply(413, QStringLiteral("chunk_too_large"),
                          QStringLiteral("The chunk is too large or goes past the declared size."),
                          {{QStringLiteral("offset"), offset}});
    if (!chunk.isEmpty()) {
        auto appended = m_blobs->append(u.id, chunk);
        if (!appended)
            return internalError(appended.error());
    }
    const qint64 now = offset + chunk.size();
    if (now < u.size)
        return jsonReply(200, {{QStringLiteral("offset"), now}, {QStringLiteral("size"), u.size}});
    auto hash = m_blobs->partSha256(u.id);
    if (!hash)
        return internalError(hash.error());
    if (QString::fromLatin1(*hash) != u.sha256) {
        auto reset = m_blobs->resetPart(u.id);
        if (!reset)
            return internalError(reset.error());
        return errorReply(422, QStringLiteral("hash_mismatch"),
                          QStringLiteral("The uploaded bytes do not have the SHA-256 %1; the upload restarts at 0.").arg(u.sha256),
                          {{QStringLiteral("offset"), 0}});
    }
    auto promoted = m_blobs->promote(u.id, u.sha256);
    if (!promoted)
        return internalError(promoted.error());
    crashPoint("blob-promoted");
    auto rec = m_store->recordBlob(u.sha256, u.size);
    if (!rec)
        return internalError(rec.error());
    auto done = m_store->markUploadComplete(u.id);
    if (!done)
        return internalError(done.error());
    return jsonReply(201, complete);
}

Reply ApiServer::getUpload(Context& ctx, const QString& id)
{
    auto found = m_store->upload(id);
    if (!found)
        return internalError(found.error());
    if (!found->has_value() || (*found)->user != ctx.user)
        return notFound(QStringLiteral("No such upload."));
    const Upload& u = **found;
    const bool complete = u.complete || m_blobs->has(u.sha256);
    return jsonReply(200, {{QStringLiteral("id"), u.id},
                           {QStringLiteral("sha256"), u.sha256},
                           {QStringLiteral("offset"), complete ? u.size : m_blobs->partSize(u.id)},
                           {QStringLiteral("size"), u.size},
                           {QStringLiteral("complete"), complete}});
}

// ---- templates

Reply ApiServer::getTemplates(Context&)
{
    auto list = m_store->templates();
    if (!list)
        return internalError(list.error());
    QJsonArray out;
    for (const Record& r : std::as_const(*list))
        out.append(r.toJson());
    return jsonReply(200, {{QStringLiteral("templates"), out}});
}

Reply ApiServer::putTemplate(Context& ctx, const QString& id)
{
    if (!ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("Only an archive administrator may publish templates."));
    if (id.isEmpty() || id.size() > 200)
        return errorReply(422, QStringLiteral("invalid_id"), QStringLiteral("The template id is not valid."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    auto r = m_store->putTemplate(id, *body, ctx.user);
    if (!r)
        return internalError(r.error());
    return jsonReply(200, r->toJson());
}

// ---- case members and access requests

Reply ApiServer::addMember(Context& ctx, const QString& caseIn)
{
    const QString caseNo = normaliseCaseNo(caseIn);
    if (caseNo.isEmpty())
        return errorReply(422, QStringLiteral("invalid_case_no"), QStringLiteral("The case number does not parse."));
    if (!ctx.viewer->canManageMembers(caseNo))
        return forbidden(QStringLiteral("You may not add members to this case."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QString user = body->value(QStringLiteral("user")).toString();
    const QString relation = body->value(QStringLiteral("relation")).toString();
    if (!relations().contains(relation))
        return errorReply(422, QStringLiteral("invalid_relation"),
                          QStringLiteral("relation must be one of %1.").arg(relations().join(QStringLiteral(", "))));
    auto target = m_store->user(user);
    if (!target)
        return internalError(target.error());
    if (!target->has_value())
        return errorReply(404, QStringLiteral("user_not_found"), QStringLiteral("No user is called %1.").arg(user));
    auto changed = m_store->addMember(caseNo, user, relation);
    if (!changed)
        return internalError(changed.error());
    return jsonReply(200, {{QStringLiteral("case_no"), caseNo},
                           {QStringLiteral("user"), user},
                           {QStringLiteral("relation"), relation},
                           {QStringLiteral("changed"), *changed}});
}

Reply ApiServer::listMembers(Context& ctx, const QString& caseIn)
{
    const QString caseNo = normaliseCaseNo(caseIn);
    if (caseNo.isEmpty())
        return errorReply(422, QStringLiteral("invalid_case_no"), QStringLiteral("The case number does not parse."));
    if (!ctx.viewer->canManageMembers(caseNo) && !ctx.viewer->memberCases.contains(caseNo))
        return forbidden(QStringLiteral("You may not list the members of this case."));
    auto list = m_store->members(caseNo);
    if (!list)
        return internalError(list.error());
    return jsonReply(200, {{QStringLiteral("case_no"), caseNo}, {QStringLiteral("members"), *list}});
}

Reply ApiServer::createAccessRequest(Context& ctx)
{
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QString caseNo = normaliseCaseNo(body->value(QStringLiteral("case_no")).toString());
    if (caseNo.isEmpty())
        return errorReply(422, QStringLiteral("invalid_case_no"), QStringLiteral("The case number does not parse."));
    AccessRequest r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.caseNo = caseNo;
    r.requester = ctx.user;
    r.reason = body->value(QStringLiteral("reason")).toString();
    r.status = QStringLiteral("pending");
    r.createdAt = isoNow();
    auto created = m_store->createAccessRequest(r);
    if (!created)
        return internalError(created.error());
    return jsonReply(201, r.toJson());
}

Reply ApiServer::listAccessRequests(Context& ctx)
{
    auto list = m_store->accessRequests();
    if (!list)
        return internalError(list.error());
    QJsonArray out;
    for (const AccessRequest& r : std::as_const(*list))
        if (r.requester == ctx.user || ctx.viewer->canManageMembers(r.caseNo))
            out.append(r.toJson());
    return jsonReply(200, {{QStringLiteral("access_requests"), out}});
}

Reply ApiServer::decideAccessRequest(Context& ctx, const QString& id, bool approve)
{
    auto found = m_store->accessRequest(id);
    if (!found)
        return internalError(found.error());
    if (!found->has_value())
        return notFound(QStringLiteral("No such access request."));
    AccessRequest r = **found;
    if (!ctx.viewer->canManageMembers(r.caseNo))
        return forbidden(QStringLiteral("You may not decide access requests for this case."));
    if (r.status != QLatin1String("pending"))
        return errorReply(409, QStringLiteral("already_decided"), QStringLiteral("The request was already %1.").arg(r.status));
    if (approve) {
        auto requester = m_store->user(r.requester);
        if (!requester)
            return internalError(requester.error());
        if (!requester->has_value())
            return errorReply(404, QStringLiteral("user_not_found"), QStringLiteral("The requester no longer exists."));
        auto added = m_store->addMember(r.caseNo, r.requester, (*requester)->role);
        if (!added)
            return internalError(added.error());
    }
    r.status = approve ? QStringLiteral("approved") : QStringLiteral("denied");
    auto decided = m_store->decideAccessRequest(r.id, r.status, ctx.user);
    if (!decided)
        return internalError(decided.error());
    auto updated = m_store->accessRequest(id);
    if (!updated || !updated->has_value())
        return internalError(updated ? Error(QStringLiteral("lost"), "The request vanished.") : updated.error());
    return jsonReply(200, (*updated)->toJson());
}

} // namespace Dossier::Server
