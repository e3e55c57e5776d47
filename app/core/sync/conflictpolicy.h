#pragma once
// The conflict policy: a record edited on two desks keeps both versions. The same version wins on every desk
// whatever the order the edits meet (the greater canonical JSON); the other becomes a conflict record, named
// from its content so that every desk names it the same, shared through the server so that every desk keeps
// it, and settled on every desk once settled on one.
#include "storage/syncrepository.h"
#include "sync/syncrecords.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QString>

namespace Dossier::ConflictPolicy {

// Whether the local version stays in place against the server's: the deterministic winner rule.
bool localWins(const QJsonObject& local, const QJsonObject& server);
// A private note has one author, who edits it on their own desks: two versions are not two people's views to
// keep side by side but one person's older and newer thought, so the later edit wins (updated_at; a deletion
// is an edit at the moment of the deletion) and the other is dropped — no conflict record, which would show
// the note to whoever sees conflicts. Equal times fall back to the deletion, then to the greater canonical JSON,
// so every desk picks the same. True when `a` wins over `b`.
bool noteWins(const QJsonObject& a, bool aDeleted, const QJsonObject& b, bool bDeleted);
// The id of the conflict record holding `other`, the losing version of record `kind`/`id`.
QString conflictId(const QString& kind, const QString& id, const QJsonObject& other);

struct Versions
{
    QString kind, id, caseNo, volume;
    QJsonObject kept, other; // the winner (stays in place) and the loser
    QString otherFrom;       // the user whose version lost
};
// Keeps the loser for the user (once) and queues its conflict record for the server (once).
Status keepBoth(SyncRepository& repo, const Versions& v);
// A conflict record from another desk: kept for the user here too (once), settled if it was settled there.
Status takeConflictRecord(SyncRepository& repo, const SyncRecord& r);
// A conflict record settled on some desk ("settled_at" in its body) is settled on this one too.
Status adoptSettlement(SyncRepository& repo, const QJsonObject& conflictBody);
// A conflict record written by two desks: the server's, with what ours adds to it (who settled it, how).
QJsonObject mergeSettlement(const QJsonObject& server, const QJsonObject& ours);

} // namespace Dossier::ConflictPolicy
