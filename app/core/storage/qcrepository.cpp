#include "storage/qcrepository.h"

#include "common/clock.h"
#include "storage/auditrepository.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace Dossier {

Result<QList<QPair<QString, QString>>> QcRepository::failedPages(const QString& caseNo)
{
    auto q = execSql(m_db, QStringLiteral("SELECT source, error_code FROM pages WHERE status='error' AND case_no=?"),
                     {caseNo});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

Status QcRepository::addReview(qint64 dossierId, const ReviewRow& r)
{
    auto q =
        execSql(m_db,
                QStringLiteral("INSERT INTO qc_reviews(dossier_id, document_id, kind, reviewer, result, note, at, "
                               "uid) VALUES(?,?,'sample',?,?,?,?,?)"),
                {dossierId, r.documentId, r.reviewer, r.matches ? QStringLiteral("ok") : QStringLiteral("mismatch"),
                 r.note, Clock::stamp(), QUuid::createUuid().toString(QUuid::WithoutBraces)});
    return q ? Status(Ok{}) : Status(q.error());
}

Result<QList<QcRepository::ReviewRow>> QcRepository::reviews(qint64 dossierId)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT document_id, reviewer, result, note FROM qc_reviews WHERE dossier_id=? ORDER BY id"),
        {dossierId});
    if (!q)
        return q.error();
    QList<ReviewRow> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString() == QLatin1String("ok"),
                    q->value(3).toString()});
    return out;
}

Result<QString> QcRepository::scannedBy(qint64 dossierId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT p.scanned_by FROM pages p JOIN documents d ON d.id = p.document_id "
                                    "JOIN volumes v ON v.id = d.volume_id WHERE v.dossier_id=? AND "
                                    "coalesce(p.scanned_by, '') <> '' ORDER BY p.id DESC LIMIT 1"),
                     {dossierId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QList<QJsonObject>> QcRepository::batchOptions(qint64 dossierId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT b.options FROM batches b WHERE b.id IN (SELECT p.batch_id FROM pages p "
                                    "JOIN documents d ON d.id = p.document_id JOIN volumes v ON v.id = d.volume_id "
                                    "WHERE v.dossier_id=?) ORDER BY b.id"),
                     {dossierId});
    if (!q)
        return q.error();
    QList<QJsonObject> out;
    while (q->next())
        out.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    return out;
}

Status QcRepository::markSubmitted(qint64 dossierId, const QString& actor)
{
    Transaction tx(m_db);
    const QString at = Clock::stamp();
    if (auto u = execSql(m_db, QStringLiteral("UPDATE dossiers SET submitted_at=?, submitted_by=? WHERE id=?"),
                         {at, actor, dossierId});
        !u)
        return u.error();
    if (auto a = AuditRepository(m_db).record(actor, dossierId, QStringLiteral("submit"), {}, at); !a)
        return a;
    return tx.commit();
}

Result<QString> QcRepository::submittedAt(qint64 dossierId)
{
    auto q = execSql(m_db, QStringLiteral("SELECT submitted_at FROM dossiers WHERE id=?"), {dossierId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<bool> QcRepository::classified(const QString& caseNo)
{
    auto q = execSql(m_db, QStringLiteral("SELECT classified FROM cases WHERE case_no=?"), {caseNo});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toInt() != 0;
}

} // namespace Dossier
