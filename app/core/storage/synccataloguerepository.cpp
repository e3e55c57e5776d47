#include "storage/synccataloguerepository.h"

#include "common/clock.h"
#include "domain/textutil.h"
#include "storage/database.h"

#include <QDateTime>
#include <QUuid>

namespace Dossier {
namespace {

// A dossier without a separator sheet has an empty id: it must bind as '', not as NULL.
QString nonNull(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString volumeKindOrMain(const QString& kind)
{
    return kind.isEmpty() ? QStringLiteral("main") : kind;
}

SyncPageRow pageRow(const QSqlQuery& q)
{
    SyncPageRow p;
    p.uid = q.value(0).toString();
    p.caseNo = q.value(1).toString();
    p.volumeKind = q.value(2).toString();
    p.documentUid = q.value(3).toString();
    p.position = q.value(4).toInt();
    if (!q.value(5).isNull())
        p.pageInDocument = q.value(5).toInt();
    p.kind = q.value(6).toString();
    p.sha256 = q.value(7).toString();
    p.format = q.value(8).toString();
    p.bytes = q.value(9).toLongLong();
    p.rotation = q.value(10).toInt();
    p.skew = q.value(11).toDouble();
    p.dpi = q.value(12).toInt();
    p.colourMode = q.value(13).toString();
    p.width = q.value(14).toInt();
    p.height = q.value(15).toInt();
    p.flags = q.value(16).toString();
    p.text = q.value(17).toString();
    p.ocrConfidence = q.value(18).toDouble();
    p.ocr = q.value(19).toString();
    p.transform = q.value(20).toString();
    p.source = q.value(21).toString();
    p.scannedBy = q.value(22).toString();
    return p;
}

} // namespace

SyncCatalogueRepository::SyncCatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

SyncCatalogueRepository::~SyncCatalogueRepository() = default;

Result<qint64> SyncCatalogueRepository::idOf(const QString& sql, const QVariantList& binds)
{
    auto q = execSql(m_db, sql, binds);
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

// ---- reads ---------------------------------------------------------------------------------------------------

Result<QList<SyncCaseRow>> SyncCatalogueRepository::cases(const QString& only)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT case_no, info, classified FROM cases WHERE EXISTS "
                                    "(SELECT 1 FROM dossiers d WHERE d.case_id = cases.id)") +
                         (only.isEmpty() ? QString() : QStringLiteral(" AND case_no = ?")),
                     only.isEmpty() ? QVariantList{} : QVariantList{only});
    if (!q)
        return q.error();
    QList<SyncCaseRow> out;
    while (q->next())
        out << SyncCaseRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toInt() != 0};
    return out;
}

Result<QList<SyncDossierRow>> SyncCatalogueRepository::dossiers(const QString& only)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT c.case_no, d.external_id, d.template_id, d.submitted_at, d.submitted_by, "
                                    "(SELECT count(*) FROM outputs o WHERE o.dossier_id = d.id AND o.kind='copy' AND "
                                    "o.verified_at IS NOT NULL) >= 3, d.template_version "
                                    "FROM dossiers d JOIN cases c ON c.id = d.case_id") +
                         (only.isEmpty() ? QString() : QStringLiteral(" WHERE c.case_no || '|' || d.external_id = ?")),
                     only.isEmpty() ? QVariantList{} : QVariantList{only});
    if (!q)
        return q.error();
    QList<SyncDossierRow> out;
    while (q->next())
        out << SyncDossierRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                              q->value(3).toString(), q->value(4).toString(), q->value(5).toInt() != 0,
                              q->value(6).toInt()};
    return out;
}

Result<QList<SyncDocumentRow>> SyncCatalogueRepository::documents(const QString& only)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT doc.uid, c.case_no, d.external_id, v.kind, doc.position, doc.doc_type, doc.title, "
                       "doc.type_by_hand "
                       "FROM documents doc JOIN volumes v ON v.id = doc.volume_id JOIN dossiers d ON d.id = "
                       "v.dossier_id JOIN cases c ON c.id = d.case_id") +
            (only.isEmpty() ? QString() : QStringLiteral(" WHERE doc.uid = ?")),
        only.isEmpty() ? QVariantList{} : QVariantList{only});
    if (!q)
        return q.error();
    QList<SyncDocumentRow> out;
    while (q->next())
        out << SyncDocumentRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toInt(),    q->value(5).toString(),
                               q->value(6).toString(), q->value(7).toBool()};
    return out;
}

Result<QList<SyncPageRow>> SyncCatalogueRepository::pages(const QString& only)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT p.uid, c.case_no, v.kind, doc.uid, p.position, p.page_in_document, p.kind, p.sha256, "
                       "p.master_format, p.master_bytes, p.rotation, p.skew, p.dpi, p.colour_mode, p.width, "
                       "p.height, p.flags, p.text, p.ocr_confidence, p.ocr, p.transform, p.source, p.scanned_by "
                       "FROM pages p JOIN documents doc ON doc.id = p.document_id JOIN volumes v ON v.id = "
                       "doc.volume_id JOIN dossiers d ON d.id = v.dossier_id JOIN cases c ON c.id = d.case_id "
                       "WHERE p.status='done' AND p.sha256 IS NOT NULL") +
            (only.isEmpty() ? QString() : QStringLiteral(" AND p.uid = ?")),
        only.isEmpty() ? QVariantList{} : QVariantList{only});
    if (!q)
        return q.error();
    QList<SyncPageRow> out;
    while (q->next())
        out << pageRow(*q);
    return out;
}

Result<QList<SyncReviewRow>> SyncCatalogueRepository::reviews(const QString& only)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT r.uid, c.case_no, v.kind, doc.uid, r.reviewer, r.result, coalesce(r.note, ''), r.at "
                       "FROM qc_reviews r JOIN documents doc ON doc.id = r.document_id JOIN volumes v ON v.id = "
                       "doc.volume_id JOIN dossiers d ON d.id = v.dossier_id JOIN cases c ON c.id = d.case_id "
                       "WHERE r.uid IS NOT NULL AND doc.uid IS NOT NULL") +
            (only.isEmpty() ? QString() : QStringLiteral(" AND r.uid = ?")),
        only.isEmpty() ? QVariantList{} : QVariantList{only});
    if (!q)
        return q.error();
    QList<SyncReviewRow> out;
    while (q->next())
        out << SyncReviewRow{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                             q->value(6).toString(), q->value(7).toString()};
    return out;
}

Result<QStringList> SyncCatalogueRepository::removedPageUids()
{
    auto q = execSql(m_db, QStringLiteral("SELECT uid FROM pages WHERE status='removed' AND uid IS NOT NULL"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status SyncCatalogueRepository::assignUids()
{
    for (const QString& table : {QStringLiteral("documents"), QStringLiteral("pages"), QStringLiteral("qc_reviews")}) {
        auto q = execSql(m_db, QStringLiteral("SELECT id FROM %1 WHERE uid IS NULL").arg(table));
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids << q->value(0).toLongLong();
        for (qint64 id : ids)
            if (auto u = execSql(m_db, QStringLiteral("UPDATE %1 SET uid=? WHERE id=?").arg(table),
                                 {QUuid::createUuid().toString(QUuid::WithoutBraces), id});
                !u)
                return u.error();
    }
    return Ok{};
}

// ---- writes --------------------------------------------------------------------------------------------------

Status SyncCatalogueRepository::putCase(const SyncCaseRow& r)
{
    if (!m_putCase)
        m_putCase = std::make_unique<Statement>(
            m_db, QStringLiteral("INSERT INTO cases(case_no, created_at, info, classified) VALUES(?,?,?,?) ON "
                                 "CONFLICT(case_no) DO UPDATE SET info=excluded.info, classified=excluded.classified"));
    auto q = m_putCase->run({r.caseNo, Clock::stamp(), r.info, r.classified ? 1 : 0});
    return q ? Status(Ok{}) : Status(q.error());
}

Status SyncCatalogueRepository::putDossier(const SyncDossierRow& r, const QString& volumeKind)
{
    if (auto c = execSql(
            m_db, QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES(?, ?) ON CONFLICT(case_no) DO NOTHING"),
            {r.caseNo, Clock::stamp()});
        !c)
        return c.error();
    auto caseId = idOf(QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {r.caseNo});
    if (!caseId)
        return caseId.error();
    const QString ext = nonNull(r.externalId);
    auto dossier = idOf(QStringLiteral("SELECT id FROM dossiers WHERE case_id=? AND external_id=?"), {*caseId, ext});
    if (!dossier)
        return dossier.error();
    if (*dossier == 0) {
        auto ins = execSql(m_db,
                           QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, template_version, "
                                          "created_at) VALUES(?,?,?,?,?)"),
                           {*caseId, ext, r.templateId, r.templateVersion, Clock::stamp()});
        if (!ins)
            return ins.error();
        *dossier = ins->lastInsertId().toLongLong();
    }
    if (auto u =
            execSql(m_db,
                    QStringLiteral("UPDATE dossiers SET template_id=?, template_version=?, submitted_at=?, "
                                   "submitted_by=? WHERE id=?"),
                    {r.templateId, r.templateVersion, textOrNull(r.submittedAt), textOrNull(r.submittedBy), *dossier});
        !u)
        return u.error();
    return statusOf(execSql(
        m_db, QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1) ON CONFLICT DO NOTHING"),
        {*dossier, volumeKindOrMain(volumeKind)}));
}

Result<qint64> SyncCatalogueRepository::volumeOf(const QString& caseNo, const QString& externalId,
                                                 const QString& volumeKind)
{
    auto dossier = idOf(QStringLiteral("SELECT d.id FROM dossiers d JOIN cases c ON c.id = d.case_id "
                                       "WHERE c.case_no=? AND d.external_id=?"),
                        {caseNo, nonNull(externalId)});
    if (!dossier || *dossier == 0)
        return dossier;
    const QString kind = volumeKindOrMain(volumeKind);
    if (auto s = statusOf(execSql(
            m_db,
            QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1) ON CONFLICT DO NOTHING"),
            {*dossier, kind}));
        !s)
        return s.error();
    return idOf(QStringLiteral("SELECT id FROM volumes WHERE dossier_id=? AND kind=? ORDER BY number LIMIT 1"),
                {*dossier, kind});
}

Result<qint64> SyncCatalogueRepository::documentId(const QString& uid)
{
    return idOf(QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid});
}

Result<qint64> SyncCatalogueRepository::pageId(const QString& uid)
{
    return idOf(QStringLiteral("SELECT id FROM pages WHERE uid=?"), {uid});
}

Status SyncCatalogueRepository::putDocument(qint64 volumeId, const SyncDocumentRow& r)
{
    const QVariantList values = {volumeId, r.position, r.docType, r.title, r.typeByHand, r.uid};
    auto existing = documentId(r.uid);
    if (!existing)
        return existing.error();
    if (*existing == 0)
        return statusOf(execSql(
            m_db,
            QStringLiteral(
                "INSERT INTO documents(volume_id, position, doc_type, title, type_by_hand, uid) VALUES(?,?,?,?,?,?)"),
            values));
    return statusOf(execSql(
        m_db,
        QStringLiteral("UPDATE documents SET volume_id=?, position=?, doc_type=?, title=?, type_by_hand=? WHERE uid=?"),
        values));
}

Status SyncCatalogueRepository::putPage(qint64 documentId, const SyncPageRow& r)
{
    const QVariantList values = {documentId > 0 ? QVariant(documentId) : QVariant(),
                                 r.position,
                                 r.pageInDocument ? QVariant(*r.pageInDocument) : QVariant(),
                                 r.kind,
                                 r.sha256,
                                 r.format,
                                 r.bytes,
                                 r.rotation,
                                 r.skew,
                                 r.dpi,
                                 r.colourMode,
                                 r.width,
                                 r.height,
                                 r.flags,
                                 r.text,
                                 r.ocrConfidence,
                                 r.ocr,
                                 r.transform,
                                 r.caseNo,
                                 textOrNull(r.scannedBy),
                                 r.uid};
    auto page = pageId(r.uid);
    if (!page)
        return page.error();
    if (*page == 0) {
        auto ins = execSql(m_db,
                           QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, created_at, uid) "
                                          "VALUES(?, ?, 0, 'done', ?, ?)"),
                           {QStringLiteral("sync:") + r.uid, nonNull(r.source), Clock::stamp(), r.uid});
        if (!ins)
            return ins.error();
        *page = ins->lastInsertId().toLongLong();
    }
    if (auto u = execSql(
            m_db,
            QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, kind=?, sha256=?, "
                           "master_format=?, master_bytes=?, rotation=?, skew=?, dpi=?, colour_mode=?, width=?, "
                           "height=?, flags=?, text=?, ocr_confidence=?, ocr=?, transform=?, case_no=?, "
                           "scanned_by=coalesce(?, scanned_by), status='done', processed_at=processed_at WHERE uid=?"),
            values);
        !u)
        return u.error();
    if (auto d = execSql(m_db, QStringLiteral("DELETE FROM page_fts WHERE rowid=?"), {*page}); !d)
        return d.error();
    if (r.text.isEmpty())
        return Ok{};
    return statusOf(execSql(m_db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"),
                            {*page, TextUtil::ftsForm(r.text)}));
}

Result<SyncDocumentPlace> SyncCatalogueRepository::documentPlace(const QString& uid)
{
    auto q =
        execSql(m_db,
                QStringLiteral("SELECT doc.id, d.id, c.case_no, v.kind FROM documents doc JOIN volumes v ON v.id = "
                               "doc.volume_id JOIN dossiers d ON d.id = v.dossier_id JOIN cases c ON c.id = "
                               "d.case_id WHERE doc.uid=?"),
                {uid});
    if (!q)
        return q.error();
    if (!q->next())
        return SyncDocumentPlace{};
    return SyncDocumentPlace{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                             q->value(3).toString()};
}

Status SyncCatalogueRepository::putReview(const SyncDocumentPlace& place, const SyncReviewRow& r)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO qc_reviews(dossier_id, document_id, kind, reviewer, result, "
                                           "note, at, uid) VALUES(?,?,'sample',?,?,?,?,?) ON CONFLICT(uid) DO NOTHING"),
                            {place.dossierId, place.id, r.reviewer, r.result, r.note, r.at, r.uid}));
}

Status SyncCatalogueRepository::removePage(const QString& uid)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE pages SET status='removed', removed_volume="
                                           "(SELECT volume_id FROM documents WHERE id = pages.document_id), "
                                           "document_id=NULL, position=NULL, page_in_document=NULL "
                                           "WHERE uid=? AND status='done'"),
                            {uid}));
}

Status SyncCatalogueRepository::dropDeletedDocuments()
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM documents WHERE uid IN (SELECT rec_id FROM sync_records "
                                                 "WHERE kind='document' AND deleted=1) AND NOT EXISTS "
                                                 "(SELECT 1 FROM pages p WHERE p.document_id = documents.id)")));
}

// ---- the conflict review -------------------------------------------------------------------------------------

Result<QString> SyncCatalogueRepository::documentTitle(const QString& uid)
{
    auto q = execSql(m_db, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<qint64> SyncCatalogueRepository::documentVolume(const QString& uid)
{
    return idOf(QStringLiteral("SELECT volume_id FROM documents WHERE uid=?"), {uid});
}

Result<qint64> SyncCatalogueRepository::dossierOfVolume(qint64 volumeId)
{
    return idOf(QStringLiteral("SELECT dossier_id FROM volumes WHERE id=?"), {volumeId});
}

} // namespace Dossier
