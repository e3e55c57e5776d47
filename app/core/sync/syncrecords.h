#pragma once
// The records a desk exchanges with dossier-server, shared by the sync engine and the conflict review.
#include "domain/note.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dossier {

struct SyncRecord final
{
    QString kind, id, caseNo, volume;
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject body;
    QString updatedBy;
    static SyncRecord fromJson(const QJsonObject& o)
    {
        SyncRecord r;
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.id = o.value(QStringLiteral("id")).toString();
        r.caseNo = o.value(QStringLiteral("case_no")).toString();
        r.volume = o.value(QStringLiteral("volume")).toString();
        r.revision = o.value(QStringLiteral("revision")).toInteger();
        r.deleted = o.value(QStringLiteral("deleted")).toBool();
        r.body = o.value(QStringLiteral("body")).toObject();
        r.updatedBy = o.value(QStringLiteral("updated_by")).toString();
        return r;
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("kind"), kind},
                {QStringLiteral("id"), id},
                {QStringLiteral("case_no"), caseNo.isEmpty() ? QJsonValue() : QJsonValue(caseNo)},
                {QStringLiteral("volume"), volume.isEmpty() ? QJsonValue() : QJsonValue(volume)},
                {QStringLiteral("revision"), revision},
                {QStringLiteral("deleted"), deleted},
                {QStringLiteral("body"), body},
                {QStringLiteral("updated_by"), updatedBy}};
    }
};

// The records this profile holds, as the server should have them (case, dossier, document, page, qc_review, and
// the live notes of the user signed in): all of them, or only the one named by `kind` and `id`.
Result<QList<SyncRecord>> localRecords(QSqlDatabase db, const QString& kind = {}, const QString& id = {});
// The notes of the user this desk is signed in as (sync.user; none before a sign-in), tombstones included,
// except those on a page that has no uid yet (they wait for it). Notes of other authors never leave the desk.
Result<QList<Note>> syncedNotes(QSqlDatabase db, const QString& onlyId = {});

} // namespace Dossier
