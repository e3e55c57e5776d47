// The API's desk audit chains (issue 16, standard 16): POST /audit/desks/{desk_id} records a desk's chain head
// with the entries since the head recorded before (each linked and hashed: domain/auditchain.h); a head that does
// not extend the recorded one is refused with 409 audit_chain_rewritten — the desk's history changed after it
// synced. GET /audit/desks/{desk_id} returns the recorded head. A desk is its first sender's.
#include "apireplies.h"
#include "serverstore.h"

#include <QJsonArray>

namespace Dossier::Server {
namespace {

Reply headReply(int status, const DeskAuditHead& h)
{
    return jsonReply(status, h.toJson());
}

Reply invalid(const QString& message)
{
    return errorReply(422, QStringLiteral("invalid_audit_chain"), message);
}

// The body: {"seq": n, "hash": h, "entries": [entry…]} — nothing else, each part checked.
std::optional<Reply> parsePush(const QJsonObject& body, AuditChain::Head& head, QList<AuditChain::Link>& entries)
{
    for (auto it = body.begin(); it != body.end(); ++it)
        if (it.key() != QLatin1String("seq") && it.key() != QLatin1String("hash") &&
            it.key() != QLatin1String("entries"))
            return invalid(QStringLiteral("Unknown field \"%1\".").arg(it.key().left(40)));
    const QJsonValue seq = body.value(QStringLiteral("seq"));
    const double s = seq.toDouble(-1);
    if (!seq.isDouble() || s < 0 || s > 9007199254740991.0 || s != double(qint64(s)))
        return invalid(QStringLiteral("seq must be a non-negative integer."));
    head.seq = qint64(s);
    head.hash = body.value(QStringLiteral("hash")).toString();
    if (!body.value(QStringLiteral("hash")).isString() ||
        (head.seq > 0 ? !AuditChain::isHash(head.hash) : !head.hash.isEmpty()))
        return invalid(QStringLiteral("hash must be 64 lowercase hex digits (empty for an empty chain)."));
    const QJsonValue list = body.value(QStringLiteral("entries"));
    if (!list.isUndefined() && !list.isArray())
        return invalid(QStringLiteral("entries must be an array."));
    const QJsonArray array = list.toArray();
    if (array.size() > Api::kMaxAuditEntries)
        return errorReply(413, QStringLiteral("too_many_entries"),
                          QStringLiteral("At most %1 entries a request.").arg(Api::kMaxAuditEntries));
    for (const QJsonValue& v : array) {
        auto l = AuditChain::Link::fromJson(v);
        if (!l)
            return invalid(QStringLiteral("Entry %1 is not a well-formed audit entry.").arg(entries.size()));
        entries << *l;
    }
    return std::nullopt;
}

} // namespace

Reply Api::pushDeskAudit(Context& ctx, const QString& deskId) const
{
    if (!AuditChain::isDeskId(deskId))
        return errorReply(400, QStringLiteral("invalid_desk_id"),
                          QStringLiteral("A desk id is a lowercase UUID (8-4-4-4-12 hex digits)."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    AuditChain::Head head;
    QList<AuditChain::Link> entries;
    if (auto bad = parsePush(*body, head, entries))
        return *bad;
    auto pushed = ctx.store.pushDeskHead(ctx.user, ctx.request.peer.toString(), deskId, head, entries);
    if (!pushed)
        return internalError(pushed.error());
    using O = ServerStore::DeskPush::Outcome;
    const QJsonObject recorded = pushed->recorded ? pushed->recorded->toJson() : QJsonObject();
    switch (pushed->outcome) {
    case O::Recorded:
    case O::Unchanged:
        // An empty chain of a desk never recorded: nothing to record, and nothing claimed.
        return pushed->recorded ? headReply(200, *pushed->recorded)
                                : jsonReply(200, {{QStringLiteral("desk_id"), deskId},
                                                  {QStringLiteral("seq"), 0},
                                                  {QStringLiteral("hash"), QString()}});
    case O::NotYours:
        return forbidden(pushed->why);
    case O::Rewritten:
        return errorReply(409, QStringLiteral("audit_chain_rewritten"), pushed->why,
                          {{QStringLiteral("recorded"), recorded}});
    case O::Invalid:
        break;
    }
    return errorReply(422, QStringLiteral("invalid_audit_chain"), pushed->why,
                      {{QStringLiteral("recorded"), recorded}});
}

Reply Api::getDeskAudit(Context& ctx, const QString& deskId) const
{
    if (!AuditChain::isDeskId(deskId))
        return errorReply(400, QStringLiteral("invalid_desk_id"),
                          QStringLiteral("A desk id is a lowercase UUID (8-4-4-4-12 hex digits)."));
    auto head = ctx.store.deskAuditHead(deskId);
    if (!head)
        return internalError(head.error());
    if (!*head)
        return errorReply(404, QStringLiteral("audit_desk_unknown"),
                          QStringLiteral("No head of this desk is recorded."));
    if ((*head)->user != ctx.user && !ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("This desk's audit chain belongs to another user."));
    return headReply(200, **head);
}

} // namespace Dossier::Server
