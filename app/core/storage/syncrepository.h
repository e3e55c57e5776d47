#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Dossier {

class Statement;

// A record as the server last confirmed it (sync_records). The body is the server's compact JSON.
struct SyncKnownRow final
{
    QString kind, id, caseNo, volume; // caseNo, volume: empty when the record has none
    qint64 revision = 0;
    bool deleted = false;
    QString body;
};

// An operation waiting in the outbox for the server's answer (sync_outbox).
struct SyncOutboxRow final
{
    qint64 row = 0; // 0 for one not stored yet
    QString opId, kind, id, caseNo, volume;
    qint64 baseRevision = 0; // the server revision the change was made on (0: new there)
    bool deleted = false;
    QString body; // compact JSON
};

// A record from the feed this desk could not take, with why (sync_set_aside).
struct SyncSetAsideRow final
{
    QString kind, id;
    qint64 revision = 0;
    QString record;             // the whole feed record as compact JSON ("{}" when only named)
    QString code, reason, args; // the Error: code, English source text, arguments (JSON array)
    QString at;
};

// A record edited on two desks: the version kept in place and the other one (sync_conflicts).
struct SyncConflictRow final
{
    qint64 id = 0;
    QString kind, recId, keptBody, otherBody, otherFrom, at;
};

// A conflict settled (on this desk or another): who settled it, when, and which version stayed.
struct SyncSettlementRow final
{
    QString kind, recId, otherBody; // the conflict, named by its record and its other version
    QString at, by, resolution;
};

// Who this desk signed in as (issue 13): the server, the user, and the role and scope the server gave them at the
// sign-in (settings sync.server, sync.user, sync.role, sync.scope). All empty before any sign-in; role and scope
// empty after a sign-in by a desk older than this one, until the next.
struct SyncAccount final
{
    QString server, user, role, scope;
    bool signedIn() const { return !server.isEmpty() && !user.isEmpty(); }
    // Whether the server lets this user write catalogues (archive clerks and administrators): the others — a
    // judge, a chief, a party — get the reader, not the clerk's editing tools. A desk never signed in is its own
    // (true); so is one whose role is not known yet.
    bool editsCatalogue() const
    {
        return !signedIn() || role.isEmpty() || role == QLatin1String("archive_clerk") ||
               role == QLatin1String("archive_admin");
    }
    // Whether the 副卷 may be read at this desk: never by a party or a lawyer (the server does not send it to them;
    // a desk that holds one from an earlier account does not show it either).
    bool seesSecondary() const { return role != QLatin1String("party") && role != QLatin1String("lawyer"); }
};

// The sync's own tables of a profile (sync_records, sync_outbox, sync_set_aside, sync_conflicts) and the
// settings it keeps (sync.*). Every statement fails with its own error; the caller holds the transaction.
class SyncRepository final
{
public:
    explicit SyncRepository(QSqlDatabase db);
    ~SyncRepository();
    SyncRepository(const SyncRepository&) = delete;
    SyncRepository& operator=(const SyncRepository&) = delete;

    QSqlDatabase database() const { return m_db; }

    // Settings: the value of `key` (empty when unset), and setting it.
    Result<QString> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);
    // The account the profile is signed in with, and recording one (all four settings, in one transaction).
    Result<SyncAccount> account();
    Status setAccount(const SyncAccount& account);

    // sync_records: those a desk compares with its own (with bodies: every kind but the 中间库's movements and
    // case events, queued when they are recorded and never compared, and calendar years, which desks only receive),
    // the revisions of all of them (bodies left empty), one body.
    Result<QList<SyncKnownRow>> knownRecords();
    Result<QList<SyncKnownRow>> knownRevisions();
    Result<std::optional<SyncKnownRow>> known(const QString& kind, const QString& id);
    Result<std::optional<QString>> knownBody(const QString& kind, const QString& id); // prepared once
    Status remember(const SyncKnownRow& row);                                         // prepared once

    // sync_outbox, in the order the server must meet the kinds (a case before its dossier, …), then oldest.
    Status queue(const SyncOutboxRow& op);
    Result<QList<SyncOutboxRow>> outboxBatch(int limit);
    Result<QList<SyncOutboxRow>> outboxKeys(); // kind and id of each waiting operation
    Result<bool> isQueued(const QString& kind, const QString& id);
    // A waiting operation that creates the record (base revision 0), if any.
    Result<std::optional<SyncOutboxRow>> queuedCreation(const QString& kind, const QString& id);
    Status dropOperation(qint64 row);
    Status dropOperationsOf(const QString& kind, const QString& id);
    Status countAttempt(qint64 row);
    Result<int> outboxCount();

    // sync_set_aside.
    Status setAside(const SyncSetAsideRow& row);
    Result<QList<SyncSetAsideRow>> setAsideRows(); // oldest first
    Result<QList<SyncSetAsideRow>> setAsideKeys(); // kind and id only
    Status dropSetAside(const QString& kind, const QString& id);
    Result<int> setAsideCount();

    // sync_conflicts.
    Result<bool> hasConflict(const QString& kind, const QString& id, const QString& otherBody);
    Status addConflict(const SyncConflictRow& row);
    Status markSettled(const SyncSettlementRow& row); // the open conflict it names, if any
    Result<QList<SyncConflictRow>> openConflicts();   // newest first
    Result<int> openConflictCount();
    Status settleConflict(qint64 id, const QString& at, const QString& by, const QString& resolution);

    // The audit log entry of a settled conflict (dossierId 0: none).
    Status audit(const QString& at, const QString& actor, qint64 dossierId, const QString& action,
                 const QString& details);

private:
    QSqlDatabase m_db;
    std::unique_ptr<Statement> m_remember, m_knownBody;
};

} // namespace Dossier
