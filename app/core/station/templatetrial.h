#pragma once

#include "domain/cataloguetemplate.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QList>
#include <QString>

namespace Dossier {

// A template tried on a sample dossier before it is published (issue 15): the dossier's pages, in the order of its
// catalogue today, catalogued again by the draft, side by side with the catalogue it has. Nothing is written.
struct TemplateTrial final
{
    struct Document
    {
        QString volume; // main / secondary
        QString docType, typeName, title;
        int firstPage = 0, lastPage = 0; // content pages, numbered per volume
        bool operator==(const Document&) const = default;
    };
    QString caseNo, dossierId;
    QList<Document> today; // the catalogue the dossier has (its template's names)
    QList<Document> draft; // what the draft would make of the same pages
    int differences = 0;   // documents of the draft not in today's catalogue as they are

    // The first dossier of `caseNo` in the profile, tried with `draft`.
    static Result<TemplateTrial> run(const Profile& profile, const CatalogueTemplate& draft, const QString& caseNo);
};

} // namespace Dossier
