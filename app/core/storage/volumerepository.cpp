#include "storage/volumerepository.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

// The columns pageRow() reads, in its order.
const QString kPageColumns =
    QStringLiteral("id, sha256, master_format, kind, dpi, width, height, transform, ocr, flags, colour_mode, text");

QJsonObject object(const QVariant& v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

VolumeRepository::PageRow pageRow(const QSqlQuery& q)
{
    VolumeRepository::PageRow p;
    p.id = q.value(0).toLongLong();
    p.sha256 = q.value(1).toString();
    p.format = q.value(2).toString();
    p.kind = q.value(3).toString();
    p.dpi = q.value(4).toInt();
    p.width = q.value(5).toInt();
    p.height = q.value(6).toInt();
    p.transform = object(q.value(7));
    p.ocr = object(q.value(8));
    for (const QJsonValue& f : QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array())
        p.flags << f.toString();
    p.colourMode = q.value(10).toString();
    p.text = q.value(11).toString();
    return p;
}

} // namespace

Result<std::optional<VolumeRepository::DossierRow>> VolumeRepository::dossier(const QString& caseNo,
                                                                              const QString& dossierId)
{
    auto q =
        execSql(m_db,
                QStringLiteral("SELECT d.id, d.template_id, c.info, c.classified, d.template_version FROM dossiers d "
                               "JOIN cases c ON c.id = d.case_id WHERE c.case_no=? AND d.external_id=?"),
                {caseNo, dossierId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<DossierRow>();
    return std::optional<DossierRow>(DossierRow{q->value(0).toLongLong(), q->value(1).toString(), q->value(4).toInt(),
                                                object(q->value(2)), q->value(3).toInt() != 0});
}

Result<QList<VolumeRepository::DocumentRow>> VolumeRepository::documents(qint64 dossierRowId, const QString& kind)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT doc.id, doc.doc_type, doc.title FROM documents doc "
                                    "JOIN volumes vol ON vol.id = doc.volume_id "
                                    "WHERE vol.dossier_id=? AND vol.kind=? ORDER BY doc.position"),
                     {dossierRowId, kind});
    if (!q)
        return q.error();
    QList<DocumentRow> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<QList<VolumeRepository::PageRow>> VolumeRepository::pagesOf(qint64 documentId, Ocr ocr)
{
    const QString columns = ocr == Ocr::Read
                                ? kPageColumns
                                : QString(kPageColumns).replace(QStringLiteral(" ocr,"), QStringLiteral(" NULL,"));
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT %1 FROM pages WHERE document_id=? AND status='done' ORDER BY position").arg(columns),
        {documentId});
    if (!q)
        return q.error();
    QList<PageRow> out;
    while (q->next())
        out.append(pageRow(*q));
    return out;
}

Result<std::optional<VolumeRepository::PageRow>> VolumeRepository::page(qint64 pageId)
{
    auto q = execSql(m_db, QStringLiteral("SELECT %1 FROM pages WHERE id=?").arg(kPageColumns), {pageId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<PageRow>();
    return std::optional<PageRow>(pageRow(*q));
}

Result<bool> VolumeRepository::saveCaseInfo(const QString& caseNo, const QJsonObject& info, bool classified)
{
    auto q =
        execSql(m_db, QStringLiteral("UPDATE cases SET info=?, classified=? WHERE case_no=?"),
                {QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Compact)), classified ? 1 : 0, caseNo});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<VolumeRepository::PageOrigin> VolumeRepository::origin(qint64 pageId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT p.source, p.created_at, b.options, p.scanned_by FROM pages p "
                                    "LEFT JOIN batches b ON b.id = p.batch_id WHERE p.id=?"),
                     {pageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    return PageOrigin{q->value(0).toString(), q->value(1).toString(), object(q->value(2)), q->value(3).toString()};
}

Status VolumeRepository::recordOutputs(qint64 dossierRowId, const QList<QPair<QString, QString>>& outputs,
                                       const QString& at)
{
    Transaction tx(m_db);
    for (const auto& [kind, path] : outputs) {
        auto q = execSql(m_db,
                         QStringLiteral("INSERT INTO outputs(dossier_id, kind, path, created_at, verified_at) "
                                        "VALUES(?,?,?,?,?) ON CONFLICT(dossier_id, kind, path) DO UPDATE SET "
                                        "created_at=excluded.created_at, verified_at=excluded.verified_at"),
                         {dossierRowId, kind, path, at, at});
        if (!q)
            return q.error();
    }
    return tx.commit();
}

} // namespace Dossier
