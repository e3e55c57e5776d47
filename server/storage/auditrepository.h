#pragma once

#include "domain/auditchain.h"
#include "storage/rows.h"

#include <dossier/result.h>

#include <QSqlDatabase>

#include <optional>

namespace Dossier::Server {

class ServerDatabase;

// audit_log: who did what from where, as a hash chain (each entry carries the hash of the one before it; triggers
// abort an UPDATE or DELETE); desk_audit_heads: the chain heads desks send with each sync; desk_audit_entries: the
// entries that came with them (append-only too).
class AuditRepository final
{
public:
    explicit AuditRepository(ServerDatabase& db) : m_db(db) {}

    // Appends at the chain's end: in the caller's transaction (on PostgreSQL the table is locked until it ends,
    // so that servers sharing the database append one at a time).
    Status append(const AuditEntry& entry);
    Result<QList<AuditEntry>> latest(int limit) const; // newest first
    // The whole chain in seq order (what `dossier-server audit verify` walks).
    Result<QList<AuditEntry>> chain() const;

    // ["dossier-server-audit/1", seq, at, user, address, action, details, prev_hash] hashed (domain/auditchain.h).
    static QString entryHash(const AuditEntry& e);
    // For migration 4: copies audit_log_v3 into the chained audit_log in the order written (hashing each).
    static Status chainOldEntries(QSqlDatabase d);

    Result<std::optional<DeskAuditHead>> deskHead(const QString& deskId) const;
    Result<QList<DeskAuditHead>> deskHeads() const;
    // Inserts or moves the desk's recorded head (a new desk's entries are kept from its first).
    Status recordDeskHead(const DeskAuditHead& head);
    // Keeps entries of a desk's chain (in the caller's transaction, with the head they lead to).
    Status appendDeskEntries(const QString& deskId, const QList<AuditChain::Link>& entries);
    // The desk's kept entries in seq order.
    Result<QList<AuditChain::Link>> deskEntries(const QString& deskId) const;

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
