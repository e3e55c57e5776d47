// ServerStore's part of the audit chain (issue 16): desk heads pushed and checked, the server's chain verified.
#include "serverstore.h"

#include "storage/database.h"

#include <algorithm>
#include <cstdio>

namespace Dossier::Server {

namespace {

using DeskPush = ServerStore::DeskPush;

DeskPush refused(DeskPush::Outcome o, const std::optional<DeskAuditHead>& recorded, const QString& why)
{
    return DeskPush{o, recorded, why};
}

// Whether `head` with `entries` extends the recorded head `from` (nothing written).
DeskPush judgePush(const QString& deskId, const std::optional<DeskAuditHead>& recorded, const AuditChain::Head& head,
                   const QList<AuditChain::Link>& entries)
{
    const AuditChain::Head from = recorded ? AuditChain::Head{recorded->seq, recorded->hash} : AuditChain::Head{};
    using O = DeskPush::Outcome;
    if (head.seq < from.seq)
        return refused(O::Rewritten, recorded,
                       QStringLiteral("The desk's audit chain ends at entry %1, but entry %2 was recorded.")
                           .arg(head.seq)
                           .arg(from.seq));
    if (head.seq == from.seq)
        return head.hash == from.hash
                   ? DeskPush{O::Unchanged, recorded, {}}
                   : refused(
                         O::Rewritten, recorded,
                         QStringLiteral("Entry %1 of the desk's audit chain is not the one recorded.").arg(from.seq));
    if (entries.isEmpty() || entries.first().seq != from.seq + 1)
        return refused(
            O::Invalid, recorded,
            QStringLiteral("The entries must start at entry %1, after the head recorded.").arg(from.seq + 1));
    if (entries.first().prevHash != from.hash)
        return refused(O::Rewritten, recorded,
                       QStringLiteral("Entry %1 does not follow the entry %2 recorded: the history before it changed.")
                           .arg(entries.first().seq)
                           .arg(from.seq));
    if (const QString why = AuditChain::extends(deskId, from, entries); !why.isEmpty())
        return refused(O::Invalid, recorded, QStringLiteral("The entries are not a chain: %1.").arg(why));
    if (entries.last().seq != head.seq || entries.last().hash != head.hash)
        return refused(O::Invalid, recorded, QStringLiteral("The head is not the last entry sent."));
    return DeskPush{O::Recorded, recorded, {}};
}

} // namespace

Result<ServerStore::DeskPush> ServerStore::pushDeskHead(const QString& user, const QString& address,
                                                        const QString& deskId, const AuditChain::Head& head,
                                                        const QList<AuditChain::Link>& entries)
{
    auto lock = m_db->writeLock();
    Transaction tx(m_db->connection());
    auto pushed = [&]() -> Result<DeskPush> {
        auto recorded = m_audit.deskHead(deskId);
        if (!recorded)
            return recorded.error();
        if (*recorded && (*recorded)->user != user)
            return refused(DeskPush::Outcome::NotYours, std::nullopt,
                           QStringLiteral("This desk's audit chain belongs to another user."));
        DeskPush p = judgePush(deskId, *recorded, head, entries);
        if (p.outcome == DeskPush::Outcome::Rewritten) {
            // Kept on the server's own chain: who tried to move a recorded head, and to what.
            if (auto a = m_audit.append(AuditEntry{isoNow(), user.left(200), address,
                                                   QStringLiteral("audit_chain_rewritten"),
                                                   QStringLiteral("desk %1 sent entry %2 (%3)")
                                                       .arg(deskId, QString::number(head.seq), head.hash.left(64))});
                !a)
                return a.error();
        }
        if (p.outcome != DeskPush::Outcome::Recorded)
            return p;
        const DeskAuditHead now{deskId, user, head.seq, head.hash, isoNow()};
        if (auto s = m_audit.recordDeskHead(now); !s)
            return s.error();
        if (auto s = m_audit.appendDeskEntries(deskId, entries); !s)
            return s.error();
        p.recorded = now;
        return p;
    }();
    if (!pushed)
        return pushed; // the transaction rolls back
    if (auto c = tx.commit(); !c)
        return c.error();
    return pushed;
}

Result<std::optional<DeskAuditHead>> ServerStore::deskAuditHead(const QString& deskId)
{
    return m_audit.deskHead(deskId);
}

Result<bool> ServerStore::verifyAudit(QStringList& lines)
{
    auto chain = m_audit.chain();
    if (!chain)
        return chain.error();
    bool ok = true;
    QString prev;
    qint64 expected = 1;
    for (const AuditEntry& e : std::as_const(*chain)) {
        QStringList wrong;
        if (e.seq != expected)
            wrong << (e.seq > expected ? QStringLiteral("entries %1 to %2 before it are missing (deleted)")
                                             .arg(expected)
                                             .arg(e.seq - 1)
                                       : QStringLiteral("it is out of order"));
        else if (e.prevHash != prev)
            wrong << QStringLiteral("it does not link to the entry before it (reordered or relinked)");
        if (AuditRepository::entryHash(e) != e.hash)
            wrong << QStringLiteral("its fields do not match its hash (edited)");
        if (!wrong.isEmpty()) {
            ok = false;
            lines << QStringLiteral("entry %1 (%2, %3, %4): %5")
                         .arg(QString::number(e.seq), e.at, e.user, e.action, wrong.join(QStringLiteral("; ")));
        }
        prev = e.hash;
        expected = e.seq + 1;
    }
    lines << QStringLiteral("server audit chain: %1 entries, %2")
                 .arg(chain->size())
                 .arg(ok ? QStringLiteral("intact") : QStringLiteral("BROKEN"));
    auto heads = m_audit.deskHeads();
    if (!heads)
        return heads.error();
    for (const DeskAuditHead& h : std::as_const(*heads)) {
        const bool good = AuditChain::isDeskId(h.deskId) && AuditChain::isHash(h.hash) && h.seq > 0;
        auto kept = keptEntriesProblem(h);
        if (!kept)
            return kept.error();
        ok = ok && good && kept->isEmpty();
        lines << QStringLiteral("desk %1 (%2): entry %3, %4, received %5%6; %7")
                     .arg(h.deskId, h.user, QString::number(h.seq), h.hash, h.receivedAt,
                          good ? QString() : QStringLiteral(" — NOT A VALID HEAD"),
                          !kept->isEmpty() ? QStringLiteral("its kept entries are BROKEN: %1").arg(*kept)
                          : h.seq < h.keptFrom
                              ? QStringLiteral("no entries kept yet (recorded before the server kept them)")
                              : QStringLiteral("entries %1 to %2 kept, intact").arg(h.keptFrom).arg(h.seq));
    }
    return ok;
}

Result<QString> ServerStore::keptEntriesProblem(const DeskAuditHead& h)
{
    auto entries = m_audit.deskEntries(h.deskId);
    if (!entries)
        return entries.error();
    const qint64 expected = std::max<qint64>(0, h.seq - h.keptFrom + 1);
    if (entries->size() != expected)
        return QStringLiteral("%1 entries kept where entries %2 to %3 should be (deleted or added)")
            .arg(entries->size())
            .arg(h.keptFrom)
            .arg(h.seq);
    if (entries->isEmpty())
        return QString();
    // Kept from the first: linked from the empty chain; kept from later (recorded before the server kept entries):
    // the first kept links to what it names.
    const AuditChain::Head from{h.keptFrom - 1, h.keptFrom > 1 ? entries->first().prevHash : QString()};
    if (const QString why = AuditChain::extends(h.deskId, from, *entries); !why.isEmpty())
        return why;
    if (entries->last().hash != h.hash)
        return QStringLiteral("the last entry kept is not the head recorded");
    return QString();
}

Result<QJsonArray> ServerStore::auditLog(int limit)
{
    auto entries = m_audit.latest(limit);
    if (!entries)
        return entries.error();
    QJsonArray out;
    for (const AuditEntry& e : std::as_const(*entries))
        out.append(e.toJson());
    return out;
}

int auditVerifyCommand(ServerStore& store)
{
    QStringList lines;
    auto ok = store.verifyAudit(lines);
    if (!ok) {
        std::fprintf(stderr, "dossier-server: %s\n", qPrintable(ok.error().english()));
        return 1;
    }
    for (const QString& line : std::as_const(lines))
        std::fprintf(stdout, "%s\n", qPrintable(line));
    return *ok ? 0 : 2;
}

} // namespace Dossier::Server
