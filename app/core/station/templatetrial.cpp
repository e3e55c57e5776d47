#include "station/templatetrial.h"

#include "archive/volume.h"
#include "pipeline/batchrunner.h"
#include "pipeline/cataloguer.h"
#include "storage/cataloguerepository.h"
#include "storage/pagerepository.h"

namespace Dossier {
namespace {

// One volume's documents as the trial lists them, numbered from 1 in the volume.
void listVolume(const Volume& v, const QString& kind, QList<TemplateTrial::Document>& out)
{
    for (const VolumeDocument& d : v.documents)
        out.append({kind, d.docType, d.typeName, d.title, d.firstPage, d.lastPage});
}

} // namespace

Result<TemplateTrial> TemplateTrial::run(const Profile& profile, const CatalogueTemplate& draft, const QString& caseNo)
{
    auto dossiers = CatalogueRepository(profile.database()).dossiersOf(caseNo);
    if (!dossiers)
        return dossiers.error();
    if (dossiers->dossierIds.isEmpty())
        return Error(QStringLiteral("dossier_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no dossier %1 of case %2 in this profile."),
                     {QString(), caseNo});
    TemplateTrial t;
    t.caseNo = caseNo;
    t.dossierId = dossiers->dossierIds.first();
    QList<qint64> pageIds;
    for (const QString& kind : {QStringLiteral("main"), QStringLiteral("secondary")}) {
        auto v = Volume::load(profile, caseNo, t.dossierId, Volume::Detail::Reading, kind);
        if (!v && v.error().code() == QLatin1String("dossier_empty"))
            continue; // a dossier without a 副卷 (or with nothing in it yet)
        if (!v)
            return v.error();
        listVolume(*v, kind, t.today);
        for (const VolumeDocument& d : v->documents)
            for (int p : d.pages)
                pageIds << v->pages.at(p).id;
    }
    if (pageIds.isEmpty())
        return Error(QStringLiteral("dossier_empty"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The dossier %1 of case %2 has no processed pages."),
                     {t.dossierId, caseNo});
    PageRepository pages(profile.database());
    QList<Cataloguer::PageIn> in;
    for (qint64 id : std::as_const(pageIds)) {
        auto row = pages.read(id);
        if (!row)
            return row.error();
        in << BatchRunner::cataloguerInput(*row);
    }
    const Cataloguer::Result r = Cataloguer(draft).run(in, caseNo);
    if (!r.dossiers.isEmpty()) {
        const QList<Cataloguer::Document>& docs = r.dossiers.first().documents;
        const QStringList volumes = BatchRunner::volumesOf(draft, docs);
        QHash<QString, int> pageOf; // running page number per volume
        for (qsizetype k = 0; k < docs.size(); ++k) {
            const Cataloguer::Document& d = docs.at(k);
            const TemplateItem* item = draft.item(d.docType);
            const int content = d.lastPage - d.firstPage + 1;
            int& at = pageOf[volumes.at(k)];
            t.draft.append({volumes.at(k), d.docType, item ? item->name : d.docType, d.title, at + 1, at + content});
            at += content;
        }
    }
    for (const Document& d : std::as_const(t.draft))
        if (!t.today.contains(d))
            ++t.differences;
    return t;
}

} // namespace Dossier
