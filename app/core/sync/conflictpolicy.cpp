#include "sync/conflictpolicy.h"

#include "common/clock.h"
#include "sync/recordcodec.h"
#include "sync/syncoutbox.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace Dossier::ConflictPolicy {

using RecordCodec::canonical;
using RecordCodec::compact;

namespace {

QString now()
{
    return Clock::stamp();
}

} // namespace

bool localWins(const QJsonObject& local, const QJsonObject& server)
{
    return canonical(local) > canonical(server);
}

bool noteWins(const QJsonObject& a, bool aDeleted, const QJsonObject& b, bool bDeleted)
{
    const auto at = [](const QJsonObject& o) {
        return QDateTime::fromString(o.value(QStringLiteral("updated_at")).toString(), Qt::ISODateWithMs);
    };
    const QDateTime ta = at(a), tb = at(b);
    if (ta.isValid() != tb.isValid())
        return ta.isValid(); // a version without a time (a deletion that carried no body) is the older
    if (ta != tb)
        return ta > tb;
    if (aDeleted != bDeleted)
        return aDeleted;
    return canonical(a) >= canonical(b);
}

QString conflictId(const QString& kind, const QString& id, const QJsonObject& other)
{
    return kind + QLatin1Char('/') + id + QLatin1Char('/') +
           QString::fromLatin1(QCryptographicHash::hash(canonical(other), QCryptographicHash::Sha256).toHex().left(16));
}

Status keepBoth(SyncRepository& repo, const Versions& v)
{
    const QString other = compact(v.other);
    auto exists = repo.hasConflict(v.kind, v.id, other);
    if (!exists)
        return exists.error();
    if (*exists)
        return Ok{};
    if (auto a = repo.addConflict({0, v.kind, v.id, compact(v.kept), other, v.otherFrom, now()}); !a)
        return a;
    // The losing version goes to the server too (once), so that every desk keeps both.
    const QString cid = conflictId(v.kind, v.id, v.other);
    auto known = repo.known(QStringLiteral("conflict"), cid);
    if (!known)
        return known.error();
    auto pending = repo.isQueued(QStringLiteral("conflict"), cid);
    if (!pending)
        return pending.error();
    if (*known || *pending)
        return Ok{};
    return SyncOutbox(repo).queue({QStringLiteral("conflict"), cid, v.caseNo, v.volume}, 0, false,
                                  compact(QJsonObject{{QStringLiteral("kind"), v.kind},
                                                      {QStringLiteral("id"), v.id},
                                                      {QStringLiteral("body"), v.other},
                                                      {QStringLiteral("from"), v.otherFrom}}));
}

Status takeConflictRecord(SyncRepository& repo, const SyncRecord& r)
{
    const QJsonObject other = r.body.value(QStringLiteral("body")).toObject();
    const QString ofKind = r.body.value(QStringLiteral("kind")).toString();
    const QString ofId = r.body.value(QStringLiteral("id")).toString();
    auto exists = repo.hasConflict(ofKind, ofId, compact(other));
    if (!exists)
        return exists.error();
    if (!*exists)
        if (auto a = repo.addConflict({0, ofKind, ofId, QStringLiteral("{}"), compact(other),
                                       r.body.value(QStringLiteral("from")).toString(), now()});
            !a)
            return a;
    return adoptSettlement(repo, r.body);
}

Status adoptSettlement(SyncRepository& repo, const QJsonObject& conflictBody)
{
    const QString at = conflictBody.value(QStringLiteral("settled_at")).toString();
    if (at.isEmpty())
        return Ok{};
    return repo.markSettled({conflictBody.value(QStringLiteral("kind")).toString(),
                             conflictBody.value(QStringLiteral("id")).toString(),
                             compact(conflictBody.value(QStringLiteral("body")).toObject()), at,
                             conflictBody.value(QStringLiteral("settled_by")).toString(),
                             conflictBody.value(QStringLiteral("resolution")).toString()});
}

QJsonObject mergeSettlement(const QJsonObject& server, const QJsonObject& ours)
{
    QJsonObject merged = server;
    for (const QString& k : {QStringLiteral("settled_at"), QStringLiteral("settled_by"), QStringLiteral("resolution")})
        if (!merged.contains(k) && ours.contains(k))
            merged.insert(k, ours.value(k));
    return merged;
}

} // namespace Dossier::ConflictPolicy
