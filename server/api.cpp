#include "api.h"

#include "apireplies.h"
#include "blobstore.h"
#include "domain/recordschema.h"
#include "workers.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>
#include <QUuid>

#include <cstdio>
#include <initializer_list>

static void initServerResources()
{
    Q_INIT_RESOURCE(server);
}

namespace Dossier::Server {

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
    return errorReply(500, QStringLiteral("internal_error"),
                      QStringLiteral("The server could not complete the request."));
}

Reply busy(const QString& message)
{
    Reply r = errorReply(429, QStringLiteral("too_many_requests"), message);
    return r;
}

// Parses the body as a JSON object; on failure fills `failure`. (Its size was checked by the route.)
std::optional<QJsonObject> jsonBody(const HttpRequest& request, Reply& failure)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &err);
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

Reply notFound(const QString& message)
{
    return errorReply(404, QStringLiteral("not_found"), message);
}

namespace {

const QStringList& relations()
{
    static const QStringList r = {QStringLiteral("judge"),           QStringLiteral("panel_member"),
                                  QStringLiteral("judge_assistant"), QStringLiteral("clerk"),
                                  QStringLiteral("party"),           QStringLiteral("lawyer")};
    return r;
}

struct RouteRule
{
    std::initializer_list<const char*> pattern; // "*": any segment
    const char* method;
    Api::Endpoint endpoint;
    Api::Pool pool;
    qint64 maxBody;
};

const std::initializer_list<RouteRule>& routeRules()
{
    using E = Api::Endpoint;
    using P = Api::Pool;
    static const std::initializer_list<RouteRule> rules = {
        {{"health"}, "GET", E::Health, P::Probe, 0},
        {{"health"}, "HEAD", E::Health, P::Probe, 0},
        {{"metrics"}, "GET", E::Metrics, P::Probe, 0},
        {{"openapi.json"}, "GET", E::OpenApi, P::Inline, 0},
        {{"openapi.json"}, "HEAD", E::OpenApi, P::Inline, 0},
        {{"session"}, "POST", E::Login, P::Login, 8 * 1024},
        {{"session"}, "DELETE", E::Logout, P::Quick, 0},
        {{"changes"}, "GET", E::Changes, P::Bulk, 0},
        {{"changes"}, "POST", E::PostChanges, P::Bulk, Api::kMaxChangesBody},
        {{"blobs", "*"}, "GET", E::Blob, P::Bulk, 0},
        {{"blobs", "*"}, "HEAD", E::Blob, P::Quick, 0},
        {{"uploads"}, "POST", E::CreateUpload, P::Quick, Api::kMaxSmallBody},
        {{"uploads", "*"}, "PATCH", E::PatchUpload, P::Bulk, Api::kMaxChunk},
        {{"uploads", "*"}, "GET", E::GetUpload, P::Quick, 0},
        {{"templates"}, "GET", E::Templates, P::Quick, 0},
        {{"templates", "*"}, "PUT", E::PutTemplate, P::Quick, Api::kMaxTemplateBody},
        {{"templates", "*", "release"}, "PUT", E::ReleaseTemplate, P::Quick, Api::kMaxSmallBody},
        {{"templates", "*", "impact"}, "POST", E::TemplateImpact, P::Bulk, Api::kMaxTemplateBody},
        {{"calendars", "*"}, "PUT", E::PutCalendar, P::Quick, Api::kMaxSmallBody},
        {{"cases", "*", "members"}, "POST", E::AddMember, P::Quick, Api::kMaxSmallBody},
        {{"cases", "*", "members"}, "GET", E::ListMembers, P::Quick, 0},
        {{"access-requests"}, "POST", E::CreateAccessRequest, P::Quick, Api::kMaxSmallBody},
        {{"access-requests"}, "GET", E::ListAccessRequests, P::Quick, 0},
        {{"access-requests", "*", "approve"}, "POST", E::Decide, P::Quick, Api::kMaxSmallBody},
        {{"access-requests", "*", "deny"}, "POST", E::Decide, P::Quick, Api::kMaxSmallBody},
        {{"audit", "desks", "*"}, "POST", E::PushDeskAudit, P::Quick, Api::kMaxAuditBody},
        {{"audit", "desks", "*"}, "GET", E::GetDeskAudit, P::Quick, 0},
    };
    return rules;
}

bool matches(const RouteRule& rule, const QStringList& s)
{
    if (s.size() != qsizetype(rule.pattern.size()))
        return false;
    qsizetype i = 0;
    for (const char* p : rule.pattern) {
        if (p[0] != '*' && s[i] != QLatin1String(p))
            return false;
        if (p[0] == '*' && s[i].isEmpty())
            return false;
        ++i;
    }
    return true;
}

} // namespace

Reply errorReply(int status, const QString& code, const QString& message, const QJsonObject& extra)
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("error"),
             QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    return jsonReply(status, o);
}

bool mayUpload(const Viewer& viewer)
{
    return viewer.isAdmin() || viewer.role == QLatin1String("archive_clerk");
}

Api::Api(BlobStore* blobs, LoginGuard* guard, int tokenHours) : m_blobs(blobs), m_guard(guard), m_tokenHours(tokenHours)
{
    initServerResources();
}

Api::Route Api::route(const HttpRequest& request) const
{
    Route r;
    if (!request.path.startsWith(QLatin1String("/api/v1/"))) {
        r.refusal = notFound(QStringLiteral("No such endpoint."));
        return r;
    }
    for (const QString& s : request.path.mid(8).split(QLatin1Char('/')))
        r.segments.append(QUrl::fromPercentEncoding(s.toUtf8()));
    bool pathKnown = false;
    for (const RouteRule& rule : routeRules()) {
        if (!matches(rule, r.segments))
            continue;
        pathKnown = true;
        if (request.method != rule.method)
            continue;
        r.endpoint = rule.endpoint;
        r.pool = rule.pool;
        r.maxBody = rule.maxBody;
        break;
    }
    if (r.endpoint == Endpoint::None) {
        r.refusal = pathKnown ? errorReply(405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("This method is not allowed here."))
                              : notFound(QStringLiteral("No such endpoint."));
    } else if (request.contentLength > r.maxBody) {
        // Refused before a byte of it is read (or buffered), whoever sends it.
        r.refusal = errorReply(413, QStringLiteral("body_too_large"),
                               QStringLiteral("This request may carry at most %1 bytes.").arg(r.maxBody));
    }
    return r;
}

Reply Api::inlineReply(const Route& route) const
{
    if (route.refusal)
        return *route.refusal;
    static const QByteArray openapi = [] {
        QFile f(QStringLiteral(":/dossier-server/openapi.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    if (openapi.isEmpty())
        return internalError(Error(QStringLiteral("openapi_missing"), "The OpenAPI document is not embedded."));
    Reply r;
    r.body = openapi;
    return r;
}

QString Api::endpointName(Endpoint endpoint)
{
    static const char* const names[] = {"none",
                                        "health",
                                        "openapi",
                                        "login",
                                        "logout",
                                        "changes",
                                        "post_changes",
                                        "blob",
                                        "create_upload",
                                        "patch_upload",
                                        "get_upload",
                                        "templates",
                                        "put_template",
                                        "release_template",
                                        "template_impact",
                                        "put_calendar",
                                        "add_member",
                                        "list_members",
                                        "create_access_request",
                                        "list_access_requests",
                                        "decide_access_request",
                                        "push_desk_audit",
                                        "get_desk_audit",
                                        "metrics"};
    static_assert(std::size(names) == std::size_t(Endpoint::Metrics) + 1, "a name for every endpoint");
    const auto i = std::size_t(endpoint);
    return i < std::size(names) ? QString::fromLatin1(names[i]) : QStringLiteral("unknown");
}

HealthFacts Api::probe(ServerStore& store) const
{
    HealthFacts f;
    QElapsedTimer t;
    t.start();
    auto head = store.feedHead();
    f.databaseMs = double(t.nsecsElapsed()) / 1e6;
    f.databaseOk = head.ok();
    if (head)
        f.feedHead = *head;
    else
        f.databaseError = head.error().code();
    auto free = m_blobs->probe();
    f.blobsOk = free.ok();
    if (free)
        f.blobsFreeBytes = *free;
    else
        f.blobsError = free.error().code();
    return f;
}

Reply Api::healthReply(const HealthFacts& f)
{
    const auto part = [](bool ok, const QString& error) {
        QJsonObject o{{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("failing")}};
        if (!ok)
            o.insert(QStringLiteral("error"), error);
        return o;
    };
    QJsonObject database = part(f.databaseOk, f.databaseError);
    database.insert(QStringLiteral("ms"), qRound(f.databaseMs * 10) / 10.0);
    QJsonObject blobs = part(f.blobsOk, f.blobsError);
    if (f.blobsFreeBytes >= 0)
        blobs.insert(QStringLiteral("free_bytes"), f.blobsFreeBytes);
    const bool ok = f.databaseOk && f.blobsOk;
    return jsonReply(ok ? 200 : 503, {{QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("failing")},
                                      {QStringLiteral("version"), QStringLiteral(DOSSIER_VERSION)},
                                      {QStringLiteral("database"), database},
                                      {QStringLiteral("blob_store"), blobs}});
}

// ---- sign-in

Reply Api::login(ServerStore& store, const HttpRequest& request) const
{
    Reply failure;
    const auto body = jsonBody(request, failure);
    if (!body)
        return failure;
    const QJsonValue user = body->value(QStringLiteral("user"));
    const QJsonValue password = body->value(QStringLiteral("password"));
    if (!user.isString() || !password.isString() || user.toString().size() > 200 || password.toString().size() > 1024)
        return errorReply(400, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must have the strings \"user\" and \"password\"."));
    const QString name = user.toString();
    const QString address = request.peer.toString();
    if (const qint64 wait = m_guard->wait(name, address, QDateTime::currentMSecsSinceEpoch()); wait > 0) {
        const qint64 secs = (wait + 999) / 1000;
        Reply r = busy(QStringLiteral("Too many failed sign-ins: try again in %1 s.").arg(secs));
        r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(secs)));
        return r;
    }
    auto row = store.user(name);
    if (!row)
        return internalError(row.error());
    bool ok = false;
    if (row->has_value()) {
        ok = verifyPassword(password.toString(), (*row)->password) && !(*row)->disabled;
    } else { // the same work for unknown users: no timing oracle for user names
        static const QString dummy = hashPassword(QStringLiteral("dummy"));
        (void)verifyPassword(password.toString(), dummy); // only its time matters
    }
    if (!ok) {
        const qint64 lock = m_guard->failed(name, address, QDateTime::currentMSecsSinceEpoch());
        (void)store.audit(name, address, QStringLiteral("login_failed"), // best effort: the refusal stands without it
                          lock > 0 ? QStringLiteral("locked for %1 s").arg(lock / 1000) : QString());
        return errorReply(401, QStringLiteral("invalid_credentials"),
                          QStringLiteral("The user name or password is wrong."));
    }
    m_guard->succeeded(name);
    if (passwordIterations((*row)->password) < kPbkdf2Iterations) // made stronger now that it is known
        if (auto u = store.updatePassword(name, hashPassword(password.toString())); !u)
            std::fprintf(stderr, "dossier-server: cannot strengthen the password hash of %s: %s\n", qPrintable(name),
                         qPrintable(u.error().english()));
    const QByteArray token = newToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(qint64(m_tokenHours) * 3600);
    auto added = store.addSession(tokenDigest(token), (*row)->name, expires.toSecsSinceEpoch());
    if (!added)
        return internalError(added.error());
    (void)store.audit(name, address, QStringLiteral("login"), {}); // best effort: the session stands without it
    return jsonReply(200, {{QStringLiteral("token"), QString::fromLatin1(token)},
                           {QStringLiteral("expires_at"), expires.toString(Qt::ISODate)},
                           {QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), (*row)->name},
                                                                {QStringLiteral("role"), (*row)->role},
                                                                {QStringLiteral("scope"), (*row)->scope}}}});
}

Api::Auth Api::authenticate(ServerStore& store, const HttpRequest& request) const
{
    Auth a;
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer ") || header.size() < 8 || header.size() > 200) {
        a.failure = errorReply(401, QStringLiteral("unauthenticated"), QStringLiteral("A bearer token is required."));
        return a;
    }
    auto name = store.sessionUser(tokenDigest(header.mid(7).trimmed()), QDateTime::currentSecsSinceEpoch());
    if (!name) {
        a.failure = internalError(name.error());
        return a;
    }
    if (name->isEmpty()) {
        a.failure =
            errorReply(401, QStringLiteral("invalid_token"), QStringLiteral("The token is unknown or has expired."));
        return a;
    }
    auto row = store.user(*name);
    if (!row || !row->has_value() || (*row)->disabled) {
        a.failure = row ? errorReply(401, QStringLiteral("invalid_token"),
                                     QStringLiteral("The token's user no longer exists or is disabled."))
                        : internalError(row.error());
        return a;
    }
    auto viewer = store.viewer(**row);
    if (!viewer) {
        a.failure = internalError(viewer.error());
        return a;
    }
    a.user = *name;
    a.viewer = *viewer;
    return a;
}

Reply Api::handle(ServerStore& store, const Route& route, const HttpRequest& request, Auth& auth) const
{
    Context ctx{request, route.segments, auth.user, &auth.viewer, store};
    const QStringList& s = route.segments;
    switch (route.endpoint) {
    case Endpoint::Logout:
        return logout(ctx);
    case Endpoint::Changes:
        return getChanges(ctx);
    case Endpoint::PostChanges:
        return postChanges(ctx);
    case Endpoint::Blob:
        return getBlob(ctx, s[1], request.method == "HEAD");
    case Endpoint::CreateUpload:
        return createUpload(ctx);
    case Endpoint::GetUpload:
        return getUpload(ctx, s[1]);
    case Endpoint::Templates:
        return getTemplates(ctx);
    case Endpoint::PutTemplate:
        return putTemplate(ctx, s[1]);
    case Endpoint::ReleaseTemplate:
        return releaseTemplate(ctx, s[1]);
    case Endpoint::TemplateImpact:
        return templateImpact(ctx, s[1]);
    case Endpoint::PutCalendar:
        return putCalendar(ctx, s[1]);
    case Endpoint::AddMember:
        return addMember(ctx, s[1]);
    case Endpoint::ListMembers:
        return listMembers(ctx, s[1]);
    case Endpoint::CreateAccessRequest:
        return createAccessRequest(ctx);
    case Endpoint::ListAccessRequests:
        return listAccessRequests(ctx);
    case Endpoint::Decide:
        return decideAccessRequest(ctx, s[1], s[2] == QLatin1String("approve"));
    case Endpoint::PushDeskAudit:
        return pushDeskAudit(ctx, s[2]);
    case Endpoint::GetDeskAudit:
        return getDeskAudit(ctx, s[2]);
    default:
        return notFound(QStringLiteral("No such endpoint."));
    }
}

Reply Api::logout(Context& ctx) const
{
    auto removed = ctx.store.removeSession(tokenDigest(ctx.request.header("authorization").mid(7).trimmed()));
    if (!removed)
        return internalError(removed.error());
    return jsonReply(200, {{QStringLiteral("status"), QStringLiteral("ok")}});
}

// ---- changes

Reply Api::getChanges(Context& ctx) const
{
    const QUrlQuery& query = ctx.request.query;
    bool ok = true;
    qint64 after = 0;
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("after"))) {
        after = query.queryItemValue(QStringLiteral("after")).toLongLong(&ok);
        if (!ok || after < 0)
            return errorReply(400, QStringLiteral("invalid_parameter"),
                              QStringLiteral("after must be a non-negative integer."));
    }
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return errorReply(400, QStringLiteral("invalid_parameter"),
                              QStringLiteral("limit must be a positive integer."));
        limit = std::min(limit, 5000);
    }
    auto page = ctx.store.changes(*ctx.viewer, after, limit);
    if (!page)
        return internalError(page.error());
    QJsonArray changes;
    for (const Change& c : std::as_const(page->changes))
        changes.append(QJsonObject{{QStringLiteral("seq"), c.seq}, {QStringLiteral("record"), c.record.toJson()}});
    if (m_metrics && !page->more)
        m_metrics->pulled(page->next); // this desk is at the head of what it may read
    return jsonReply(200, {{QStringLiteral("changes"), changes},
                           {QStringLiteral("next"), page->next},
                           {QStringLiteral("more"), page->more}});
}

Reply Api::postChanges(Context& ctx) const
{
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QJsonValue ops = body->value(QStringLiteral("operations"));
    if (!ops.isArray())
        return errorReply(422, QStringLiteral("invalid_request"),
                          QStringLiteral("The body must have an array \"operations\"."));
    if (ops.toArray().size() > kMaxOperations)
        return errorReply(413, QStringLiteral("too_many_operations"),
                          QStringLiteral("A batch may hold at most %1 operations.").arg(kMaxOperations));
    auto results = ctx.store.applyOperations(*ctx.viewer, ops.toArray(), *m_blobs);
    if (!results)
        return internalError(results.error());
    return jsonReply(200, {{QStringLiteral("results"), *results}});
}

// ---- templates

Reply Api::getTemplates(Context& ctx) const
{
    auto list = ctx.store.templates();
    if (!list)
        return internalError(list.error());
    QJsonArray out;
    for (const Record& r : std::as_const(*list))
        out.append(r.toJson());
    return jsonReply(200, {{QStringLiteral("templates"), out}});
}

// A year of the holiday calendar (issue 14): checked as every desk checks it (RecordSchema: HolidayCalendar's
// own rules, and the year of the path), then published as a record of kind calendar that every feed carries.
Reply Api::putCalendar(Context& ctx, const QString& year) const
{
    if (!ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("Only an archive administrator may publish the holiday calendar."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const qsizetype size = QJsonDocument(*body).toJson(QJsonDocument::Compact).size();
    if (auto bad = RecordSchema::check({QStringLiteral("calendar"), year, {}, {}, false, *body}, size))
        return errorReply(422, QStringLiteral("invalid_record"), bad->english());
    auto r = ctx.store.publish(QStringLiteral("calendar"), year, *body, ctx.user);
    if (!r)
        return internalError(r.error());
    return jsonReply(200, r->toJson());
}

// ---- case members and access requests

Reply Api::addMember(Context& ctx, const QString& caseIn) const
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
    auto target = ctx.store.user(user);
    if (!target)
        return internalError(target.error());
    if (!target->has_value())
        return errorReply(404, QStringLiteral("user_not_found"), QStringLiteral("No user is called %1.").arg(user));
    auto changed = ctx.store.addMember(caseNo, user, relation);
    if (!changed)
        return internalError(changed.error());
    return jsonReply(200, {{QStringLiteral("case_no"), caseNo},
                           {QStringLiteral("user"), user},
                           {QStringLiteral("relation"), relation},
                           {QStringLiteral("changed"), *changed}});
}

Reply Api::listMembers(Context& ctx, const QString& caseIn) const
{
    const QString caseNo = normaliseCaseNo(caseIn);
    if (caseNo.isEmpty())
        return errorReply(422, QStringLiteral("invalid_case_no"), QStringLiteral("The case number does not parse."));
    if (!ctx.viewer->canManageMembers(caseNo) && !ctx.viewer->memberCases.contains(caseNo))
        return forbidden(QStringLiteral("You may not list the members of this case."));
    auto list = ctx.store.members(caseNo);
    if (!list)
        return internalError(list.error());
    return jsonReply(200, {{QStringLiteral("case_no"), caseNo}, {QStringLiteral("members"), *list}});
}

Reply Api::createAccessRequest(Context& ctx) const
{
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    const QString caseNo = normaliseCaseNo(body->value(QStringLiteral("case_no")).toString());
    if (caseNo.isEmpty())
        return errorReply(422, QStringLiteral("invalid_case_no"), QStringLiteral("The case number does not parse."));
    if (body->value(QStringLiteral("reason")).toString().size() > 2000)
        return errorReply(422, QStringLiteral("invalid_reason"),
                          QStringLiteral("The reason may be at most 2,000 characters."));
    auto pending = ctx.store.pendingAccessRequests(ctx.user);
    if (!pending)
        return internalError(pending.error());
    if (*pending >= kMaxPendingRequests)
        return busy(QStringLiteral("You have %1 access requests waiting for a decision already.").arg(*pending));
    AccessRequest r;
    r.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.caseNo = caseNo;
    r.requester = ctx.user;
    r.reason = body->value(QStringLiteral("reason")).toString();
    r.status = QStringLiteral("pending");
    r.createdAt = isoNow();
    auto created = ctx.store.createAccessRequest(r);
    if (!created)
        return internalError(created.error());
    return jsonReply(201, r.toJson());
}

Reply Api::listAccessRequests(Context& ctx) const
{
    auto list = ctx.store.accessRequests();
    if (!list)
        return internalError(list.error());
    QJsonArray out;
    for (const AccessRequest& r : std::as_const(*list))
        if (r.requester == ctx.user || ctx.viewer->canManageMembers(r.caseNo))
            out.append(r.toJson());
    return jsonReply(200, {{QStringLiteral("access_requests"), out}});
}

Reply Api::decideAccessRequest(Context& ctx, const QString& id, bool approve) const
{
    auto found = ctx.store.accessRequest(id);
    if (!found)
        return internalError(found.error());
    if (!found->has_value())
        return notFound(QStringLiteral("No such access request."));
    AccessRequest r = **found;
    if (!ctx.viewer->canManageMembers(r.caseNo))
        return forbidden(QStringLiteral("You may not decide access requests for this case."));
    if (r.status != QLatin1String("pending"))
        return errorReply(409, QStringLiteral("already_decided"),
                          QStringLiteral("The request was already %1.").arg(r.status));
    if (approve) {
        auto requester = ctx.store.user(r.requester);
        if (!requester)
            return internalError(requester.error());
        if (!requester->has_value())
            return errorReply(404, QStringLiteral("user_not_found"), QStringLiteral("The requester no longer exists."));
        auto added = ctx.store.addMember(r.caseNo, r.requester, (*requester)->role);
        if (!added)
            return internalError(added.error());
    }
    r.status = approve ? QStringLiteral("approved") : QStringLiteral("denied");
    auto decided = ctx.store.decideAccessRequest(r.id, r.status, ctx.user);
    if (!decided)
        return internalError(decided.error());
    auto updated = ctx.store.accessRequest(id);
    if (!updated || !updated->has_value())
        return internalError(updated ? Error(QStringLiteral("lost"), "The request vanished.") : updated.error());
    return jsonReply(200, (*updated)->toJson());
}

} // namespace Dossier::Server
