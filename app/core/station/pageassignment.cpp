#include "station/pageassignment.h"

#include "domain/casenumber.h"
#include "pipeline/batchrunner.h"
#include "station/printforms.h"
#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/pagerepository.h"
#include "storage/profile.h"

#include <QJsonArray>

namespace Dossier {

Result<int> assignPagesToCase(const Profile& profile, const QList<qint64>& pageIds, const QString& caseNo,
                              const QString& templateId, const QString& actor)
{
    auto cn = CaseNumber::parse(caseNo);
    if (!cn)
        return cn.error();
    const QString canonical = cn->toString();
    auto tmpl = BatchRunner::templateFor(profile, templateId);
    if (!tmpl)
        return tmpl.error();
    PageRepository pages(profile.database());
    QList<Cataloguer::PageIn> in;
    QList<QStringList> flags; // kept as they are
    for (qint64 id : pageIds) {
        auto row = pages.read(id);
        if (!row)
            return row.error();
        if (row->status != QLatin1String("done") || row->kind == QLatin1String("separator"))
            return Error(QStringLiteral("page_not_assignable"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Page %1 is not a processed page of a document."),
                         {QString::number(id)});
        in << BatchRunner::cataloguerInput(*row);
        flags << row->flags;
    }
    const Cataloguer::Result cat = Cataloguer(*tmpl).run(in, canonical);
    if (cat.dossiers.size() != 1)
        return Error(QStringLiteral("page_not_assignable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Page %1 is not a processed page of a document."),
                     {QString::number(pageIds.value(0))});
    auto dossierId = dossierIdFor(profile, canonical);
    if (!dossierId)
        return dossierId.error();
    QList<CatalogueRepository::NewDocument> docs;
    for (const Cataloguer::Document& doc : cat.dossiers.first().documents) {
        CatalogueRepository::NewDocument nd{doc.docType, doc.title, {}};
        for (int idx : doc.pages)
            nd.pages << CatalogueRepository::PlacedPage{pageIds.at(idx), cat.pages.at(idx).pageInDocument,
                                                        flags.at(idx)};
        docs << nd;
    }
    QSqlDatabase db = profile.database();
    Transaction tx(db);
    CatalogueRepository catalogue(db);
    auto volume = catalogue.ensureMainVolume(canonical, *dossierId, tmpl->id);
    if (!volume)
        return volume.error();
    if (auto s = catalogue.appendDocuments(volume->volumeId, docs, canonical); !s)
        return s.error();
    auto dossier = catalogue.dossierOfVolume(volume->volumeId);
    if (!dossier)
        return dossier.error();
    QJsonArray ids;
    for (qint64 id : pageIds)
        ids.append(id);
    if (auto s = AuditRepository(db).record(actor, *dossier, QStringLiteral("assign pages"),
                                            {{QStringLiteral("case_no"), canonical}, {QStringLiteral("pages"), ids}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return int(docs.size());
}

} // namespace Dossier
