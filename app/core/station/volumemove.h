#pragma once

#include "storage/profile.h"

#include <dossier/result.h>

#include <QString>

namespace Dossier {

// A clerk moves a document between the volumes of its dossier (正卷 ↔ 副卷, issue 15): it goes where its type
// comes in the template's 卷内目录 order there, with its pages; the dossier is marked edited by hand and the move
// audited. The value it returns undoes it (back to the volume and place it came from).
struct VolumeMove final
{
    qint64 documentId = 0;
    QString fromKind, toKind;
    int fromPosition = 0;
    qint64 fromVolumeId = 0, toVolumeId = 0;

    static Result<VolumeMove> run(const Profile& profile, qint64 documentId, const QString& toKind,
                                  const QString& actor);
    Status undo(const Profile& profile, const QString& actor) const;
    Status redo(const Profile& profile, const QString& actor) const;
};

} // namespace Dossier
