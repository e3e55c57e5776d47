#pragma once
// The outbox: every difference between this desk's records and the last state the server confirmed becomes an
// operation with an idempotency id and the base revision it edits, stored before it is sent, so that a retry
// after a lost reply or a killed process never applies twice; the server's results settle the operations.
#include "storage/syncrepository.h"
#include "sync/syncrecords.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Dossier {

// The record an operation is about.
struct SyncRecordRef final
{
    QString kind, id, caseNo, volume;
};

// An operation for the server: an outbox row with its body read.
struct SyncOperation final
{
    qint64 row = 0;
    QString opId;
    SyncRecordRef record;
    qint64 base = 0;
    bool deleted = false;
    QJsonObject body;
    QJsonObject toJson() const; // as POST /api/v1/changes takes it
};

// What the server's results for a batch came to.
struct PushOutcome final
{
    int pushed = 0, conflicts = 0, rejected = 0;
    QStringList problems;
    QList<QJsonObject> adopt;     // server versions that won a conflict, to apply here
    QList<SyncRecordRef> restore; // changes the server refused as forbidden: its version goes back in place here
};

class SyncOutbox final
{
public:
    explicit SyncOutbox(SyncRepository& repo) : m_repo(repo) {}

    // Puts an operation in the outbox with a new idempotency id: the record's new body (compact JSON), or its
    // deletion, written on the server's revision `base` (0: new there).
    Status queue(const SyncRecordRef& record, qint64 base, bool deleted, const QString& body);
    // This desk's records compared with the server's last state: each difference queued (one transaction).
    Status collect();
    // The next operations to send, in the order the server must meet them.
    Result<QList<SyncOperation>> next(int limit);
    // The server's results for `ops` (by op_id): applied ones leave the outbox, conflicts keep both versions
    // (ConflictPolicy; a note's later edit wins), rejections are told in `out.problems` — one refused as
    // forbidden also goes to `out.restore`, so that the server's version is put back and the change is not sent
    // again at every sync; one without a result stays for the next try.
    // `user` signs this desk's losing versions. The caller holds the transaction.
    Status settle(const QList<SyncOperation>& ops, const QHash<QString, QJsonObject>& results, const QString& user,
                  PushOutcome& out);

private:
    using Known = QHash<QString, SyncKnownRow>; // by kind + '\n' + id
    Status queueChanged(const QList<SyncRecord>& records, const Known& known, const QSet<QString>& waiting);
    Status queueRemovals(const QList<SyncRecord>& records, const Known& known, const QSet<QString>& waiting);
    Status queueNoteRemovals(const Known& known, const QSet<QString>& waiting);
    static QString refusal(const SyncOperation& o, const QJsonObject& result);
    Result<QString> forbidden(const SyncOperation& o, PushOutcome& out);
    Status settleApplied(const SyncOperation& o, const QJsonObject& result, PushOutcome& out);
    Status settleConflictRecord(const SyncOperation& o, const QJsonObject& result);
    Status settleConflict(const SyncOperation& o, const QJsonObject& result, const QString& user, PushOutcome& out);
    Status settleNoteConflict(const SyncOperation& o, const QJsonObject& result, PushOutcome& out);
    SyncRepository& m_repo;
};

} // namespace Dossier
