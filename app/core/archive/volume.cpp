#include "archive/volume.h"

#include "domain/casenumber.h"
#include "domain/cataloguetemplate.h"
#include "pipeline/pageresult.h"
#include "storage/database.h"
#include "storage/masterstore.h"
#include "storage/profile.h"

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

// The columns pageFromRow() reads, in its order.
const QString kPageColumns =
    QStringLiteral("id, sha256, master_format, kind, dpi, width, height, transform, ocr, flags, colour_mode");

VolumePage pageFromRow(const QSqlQuery& q, const MasterStore& masters)
{
    VolumePage p;
    p.id = q.value(0).toLongLong();
    p.sha256 = q.value(1).toString();
    p.format = q.value(2).toString();
    p.masterPath = masters.pathFor(p.sha256, p.format);
    p.kind = q.value(3).toString();
    p.dpi = q.value(4).toInt() > 0 ? q.value(4).toInt() : 300;
    p.pixels = QSize(q.value(5).toInt(), q.value(6).toInt());
    p.transform = PageTransform::fromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
    p.ocr = PageResult::ocrFromJson(QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    for (const QJsonValue& f : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
        p.flags << f.toString();
    p.colourMode = q.value(10).toString();
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
    QSqlDatabase db = profile.database();
    auto q = execSql(db, QStringLiteral("SELECT %1 FROM pages WHERE id=?").arg(kPageColumns), {pageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    return pageFromRow(*q, profile.masters());
}

Result<Volume> Volume::load(const Profile& profile, const QString& caseNo, const QString& dossierId)
{
    QSqlDatabase db = profile.database();
    auto d = execSql(db,
                     QStringLiteral("SELECT d.id, d.template_id, c.info, c.classified FROM dossiers d "
                                    "JOIN cases c ON c.id = d.case_id WHERE c.case_no=? AND d.external_id=?"),
                     {caseNo, dossierId});
    if (!d)
        return d.error();
    if (!d->next())
        return Error(QStringLiteral("dossier_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no dossier %1 of case %2 in this profile."),
                     {dossierId, caseNo});
    Volume v;
    v.dossierRowId = d->value(0).toLongLong();
    v.caseNo = caseNo;
    v.dossierId = dossierId;
    v.templateId = d->value(1).toString();
    const CaseInfo entered = CaseInfo::fromJson(QJsonDocument::fromJson(d->value(2).toString().toUtf8()).object());
    const bool classified = d->value(3).toInt() != 0;
    auto tmpl = CatalogueTemplate::builtin(v.templateId);
    if (tmpl)
        v.templateName = tmpl->name;

    auto docs = execSql(db,
                        QStringLiteral("SELECT doc.id, doc.doc_type, doc.title FROM documents doc "
                                       "JOIN volumes vol ON vol.id = doc.volume_id "
                                       "WHERE vol.dossier_id=? AND vol.kind='main' ORDER BY doc.position"),
                        {v.dossierRowId});
    if (!docs)
        return docs.error();
    QList<qint64> docIds;
    while (docs->next()) {
        VolumeDocument doc;
        doc.id = docs->value(0).toLongLong();
        docIds << doc.id;
        doc.docType = docs->value(1).toString();
        doc.title = docs->value(2).toString();
        if (tmpl)
            if (const TemplateItem* item = tmpl->item(doc.docType))
                doc.typeName = item->name;
        v.documents << doc;
    }
    const MasterStore& masters = profile.masters();
    int number = 0;
    QList<QPair<QString, QString>> texts;
    for (qsizetype k = 0; k < docIds.size(); ++k) {
        VolumeDocument& doc = v.documents[k];
        auto q = execSql(db,
                         QStringLiteral("SELECT %1, text FROM pages WHERE document_id=? AND status='done' "
                                        "ORDER BY position")
                             .arg(kPageColumns),
                         {docIds.at(k)});
        if (!q)
            return q.error();
        QString docText;
        while (q->next()) {
            VolumePage p = pageFromRow(*q, masters);
            p.document = int(k);
            if (p.kind != QLatin1String("blank")) {
                p.number = ++number;
                if (doc.firstPage == 0)
                    doc.firstPage = number;
                doc.lastPage = number;
            }
            docText += q->value(11).toString() + QLatin1Char('\n');
            doc.pages << int(v.pages.size());
            v.pages << p;
        }
        texts.append({doc.docType, docText});
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
    if (v.info.volumeKind.isEmpty())
        v.info.volumeKind = QStringLiteral("main");
    if (v.info.retention.isEmpty())
        v.info.retention = QStringLiteral("long");
    return v;
}

Status Volume::saveCaseInfo(const Profile& profile, const QString& caseNo, const CaseInfo& entered)
{
    QSqlDatabase db = profile.database();
    auto u = execSql(db, QStringLiteral("UPDATE cases SET info=?, classified=? WHERE case_no=?"),
                     {QString::fromUtf8(QJsonDocument(entered.toJson()).toJson(QJsonDocument::Compact)),
                      entered.classified ? 1 : 0, caseNo});
    if (!u)
        return u.error();
    if (u->numRowsAffected() < 1)
        return Error(QStringLiteral("case_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no case %1 in this profile."), {caseNo});
    return Ok{};
}

} // namespace Dossier
