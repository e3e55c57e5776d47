#include "archive/volume.h"

#include "pipeline/templatelibrary.h"

#include "domain/casenumber.h"
#include "domain/cataloguetemplate.h"
#include "pipeline/pageresult.h"
#include "storage/cataloguerepository.h"
#include "storage/masterstore.h"
#include "storage/profile.h"
#include "storage/volumerepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

// Resources of a static library must be registered explicitly (outside any namespace).
static void initCourtResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace Dossier {

namespace {

VolumePage pageFromRow(const VolumeRepository::PageRow& r, const MasterStore& masters)
{
    VolumePage p;
    p.id = r.id;
    p.sha256 = r.sha256;
    p.format = r.format;
    p.masterPath = masters.pathFor(p.sha256, p.format);
    p.kind = r.kind;
    p.dpi = r.dpi > 0 ? r.dpi : 300;
    p.pixels = QSize(r.width, r.height);
    p.transform = PageTransform::fromJson(r.transform);
    p.ocr = PageResult::ocrFromJson(r.ocr);
    p.flags = r.flags;
    p.colourMode = r.colourMode;
    return p;
}

} // namespace

QString courtName(const QString& courtCode)
{
    static const QJsonObject courts = [] {
        initCourtResources();
        QFile f(QStringLiteral(":/dossier/courts.json"));
        return f.open(QIODevice::ReadOnly)
                   ? QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("courts")).toObject()
                   : QJsonObject();
    }();
    return courts.value(courtCode).toString();
}

int Volume::numberedPages() const
{
    int n = 0;
    for (const VolumePage& p : pages)
        n = std::max(n, p.number);
    return n;
}

QString Volume::fileKey() const
{
    const auto cn = CaseNumber::parse(caseNo);
    QString key = cn ? cn->fileKey() : QString(caseNo).replace(QLatin1Char('/'), QLatin1Char('_'));
    return key + (info.volumeKind == QLatin1String("secondary") ? QStringLiteral("-F-1") : QStringLiteral("-Z-1"));
}

Result<VolumePage> Volume::page(const Profile& profile, qint64 pageId)
{
    auto row = VolumeRepository(profile.database()).page(pageId);
    if (!row)
        return row.error();
    if (!*row)
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    return pageFromRow(**row, profile.masters());
}

Result<Volume> Volume::loadMain(const Profile& profile, const QString& caseNo, Detail detail)
{
    auto dossiers = CatalogueRepository(profile.database()).dossiersOf(caseNo);
    if (!dossiers)
        return dossiers.error();
    if (dossiers->dossierIds.isEmpty())
        return Error(QStringLiteral("case_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no case %1 in this profile."), {caseNo});
    return load(profile, caseNo, dossiers->dossierIds.first(), detail);
}

Result<Volume> Volume::load(const Profile& profile, const QString& caseNo, const QString& dossierId, Detail detail,
                            const QString& kind)
{
    VolumeRepository repo(profile.database());
    auto d = repo.dossier(caseNo, dossierId);
    if (!d)
        return d.error();
    if (!*d)
        return Error(QStringLiteral("dossier_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no dossier %1 of case %2 in this profile."),
                     {dossierId, caseNo});
    Volume v;
    v.dossierRowId = (*d)->id;
    v.caseNo = caseNo;
    v.dossierId = dossierId;
    v.templateId = (*d)->templateId;
    const CaseInfo entered = CaseInfo::fromJson((*d)->caseInfo);
    const bool classified = (*d)->classified;
    auto tmpl = TemplateLibrary(profile).version(v.templateId, (*d)->templateVersion);
    if (tmpl)
        v.templateName = tmpl->name;
    auto docs = repo.documents(v.dossierRowId, kind);
    if (!docs)
        return docs.error();
    int number = 0;
    QList<QPair<QString, QString>> texts;
    for (const VolumeRepository::DocumentRow& row : std::as_const(*docs)) {
        VolumeDocument doc;
        doc.id = row.id;
        doc.docType = row.docType;
        doc.title = row.title;
        if (tmpl)
            if (const TemplateItem* item = tmpl->item(doc.docType))
                doc.typeName = item->name;
        auto pages =
            repo.pagesOf(row.id, detail == Detail::Full ? VolumeRepository::Ocr::Read : VolumeRepository::Ocr::Skip);
        if (!pages)
            return pages.error();
        QString docText;
        for (const VolumeRepository::PageRow& pr : std::as_const(*pages)) {
            VolumePage p = pageFromRow(pr, profile.masters());
            p.document = int(v.documents.size());
            if (p.kind != QLatin1String("blank")) {
                p.number = ++number;
                if (doc.firstPage == 0)
                    doc.firstPage = number;
                doc.lastPage = number;
            }
            docText += pr.text + QLatin1Char('\n');
            doc.pages << int(v.pages.size());
            v.pages << p;
        }
        texts.append({doc.docType, docText});
        v.documents << doc;
    }
    if (v.pages.isEmpty())
        return Error(QStringLiteral("dossier_empty"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The dossier %1 of case %2 has no processed pages."),
                     {dossierId, caseNo});
    v.info = entered;
    // The court's own name, when its code is known, before any reading of the pages.
    if (v.info.court.isEmpty())
        if (const auto cn = CaseNumber::parse(caseNo); cn)
            v.info.court = courtName(cn->courtCode);
    v.info.fillFrom(CaseInfo::fromPages(texts));
    v.info.caseNo = caseNo;
    v.info.dossierId = dossierId;
    v.info.classified = v.info.classified || classified;
    v.info.volumeKind = kind; // the volume read, whatever was entered
    if (v.info.retention.isEmpty())
        v.info.retention = QStringLiteral("long");
    return v;
}

Status Volume::saveCaseInfo(const Profile& profile, const QString& caseNo, const CaseInfo& entered)
{
    auto saved = VolumeRepository(profile.database()).saveCaseInfo(caseNo, entered.toJson(), entered.classified);
    if (!saved)
        return saved.error();
    if (!*saved)
        return Error(QStringLiteral("case_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no case %1 in this profile."), {caseNo});
    return Ok{};
}

} // namespace Dossier
