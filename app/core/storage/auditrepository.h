#pragma once

#include "domain/auditchain.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Dossier {

// The profile's audit log: who did what to which dossier, when. Entries are only ever added (triggers abort an
// UPDATE or DELETE), each chained to the one before it on the desk and on its dossier (domain/auditchain.h).
class AuditRepository final
{
public:
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // `dossierId` 0: an action on no dossier (a refused scan, say); `at` empty: now. Runs in the caller's
    // transaction, or in one of its own (BEGIN IMMEDIATE: the chain's end read and the entry written at once).
    Status record(const QString& actor, qint64 dossierId, const QString& action, const QJsonObject& details = {},
                  const QString& at = {});
    // The same with `details` as text (compact JSON, or empty).
    Status recordText(const QString& actor, qint64 dossierId, const QString& action, const QString& details,
                      const QString& at = {});

    // The desk's chain id (settings audit.desk_id, made by migration 12).
    Result<QString> deskId() const;
    // The whole chain in seq order (what verify walks).
    Result<QList<AuditChain::Link>> chain() const;
    // One dossier's entries in seq order.
    Result<QList<AuditChain::Link>> dossierEntries(qint64 dossierId) const;
    // Up to `limit` entries after `seq`, in seq order (what a sync sends the server).
    Result<QList<AuditChain::Link>> entriesAfter(qint64 seq, int limit) const;
    Result<AuditChain::Head> head() const;

    // The last head the server recorded for this desk (settings audit.pushed_seq / audit.pushed_hash).
    Result<std::optional<AuditChain::Head>> pushedHead() const;
    Status setPushedHead(const AuditChain::Head& h);

    // Migration 12's step: hashes the entries it numbered, in seq order.
    static Status chainUnhashed(QSqlDatabase db);

private:
    Status append(const QString& deskId, AuditChain::Link l);
    Result<QList<AuditChain::Link>> links(const QString& where, const QVariantList& binds) const;

    QSqlDatabase m_db;
};

} // namespace Dossier
