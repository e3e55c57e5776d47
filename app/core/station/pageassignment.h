#pragma once

#include <dossier/result.h>

#include <QList>
#include <QString>

namespace Dossier {

class Profile;

// Pages that were processed but belong to no dossier — a batch with neither separator sheet nor 案号 — given
// their case by the clerk: they are catalogued (documents found by title as in a batch) into the case's
// dossier, made when the case has none, after the documents it already has. One transaction; logged.
// Returns the number of documents made.
Result<int> assignPagesToCase(const Profile& profile, const QList<qint64>& pageIds, const QString& caseNo,
                              const QString& templateId, const QString& actor);

} // namespace Dossier
