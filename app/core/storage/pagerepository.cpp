#include "storage/pagerepository.h"

#include "common/clock.h"
#include "domain/textutil.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString compact(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QJsonObject object(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QVariant textOrNull(const QString& s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

} // namespace

Result<std::optional<PageRepository::Known>> PageRepository::bySourceKey(const QString& sourceKey)
{
    auto q = execSql(m_db, QStringLiteral("SELECT id, status, sha256, master_format FROM pages WHERE source_key=?"),
                     {sourceKey});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Known>();
    return std::optional<Known>(
        Known{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString()});
}

Result<qint64> PageRepository::insertStored(const NewPage& page, const QString& sha256, const QString& format,
                                            qint64 bytes)
{
    auto q =
        execSql(m_db,
                QStringLiteral("INSERT INTO pages(source_key, source, batch_id, feed_index, sha256, master_format, "
                               "master_bytes, status, created_at, scanned_by) VALUES(?,?,?,?,?,?,?,'stored',?,?)"),
                {page.sourceKey, page.source, page.batchId > 0 ? QVariant(page.batchId) : QVariant(), page.feedIndex,
                 sha256, format, bytes, Clock::stamp(), textOrNull(page.scannedBy)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<qint64> PageRepository::insertFailed(const NewPage& page, const Error& error)
{
    auto q =
        execSql(m_db,
                QStringLiteral("INSERT INTO pages(source_key, source, batch_id, feed_index, status, error_code, "
                               "error_text, error_args, created_at, scanned_by) VALUES(?,?,?,?,'error',?,?,?,?,?)"),
                {page.sourceKey, page.source, page.batchId > 0 ? QVariant(page.batchId) : QVariant(), page.feedIndex,
                 error.code(), error.sourceText(), compact(error.args()), Clock::stamp(), textOrNull(page.scannedBy)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status PageRepository::markStored(qint64 pageId, const QString& sha256, const QString& format, qint64 bytes)
{
    return statusOf(execSql(
        m_db, QStringLiteral("UPDATE pages SET sha256=?, master_format=?, master_bytes=?, status='stored' WHERE id=?"),
        {sha256, format, bytes, pageId}));
}

Status PageRepository::recordError(qint64 pageId, const Error& error)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("UPDATE pages SET status='error', error_code=?, error_text=?, error_args=?, "
                                           "processed_at=? WHERE id=?"),
                            {error.code(), error.sourceText(), compact(error.args()), Clock::stamp(), pageId}));
}

Status PageRepository::saveProcessed(qint64 pageId, const ProcessedPageRow& p)
{
    Transaction tx(m_db);
    const QString at = Clock::stamp();
    const QVariant caseNo = p.kind == QLatin1String("separator") ? QVariant(p.separatorCaseNo) : QVariant();
    if (auto s = statusOf(
            execSql(m_db,
                    QStringLiteral(
                        "UPDATE pages SET status='done', error_code=NULL, error_text=NULL, error_args=NULL, kind=?, "
                        "separator_payload=?, case_no=?, rotation=?, skew=?, dpi=?, colour_mode=?, width=?, "
                        "height=?, flags=?, text=?, ocr_confidence=?, ocr=?, transform=?, processed_at=? WHERE id=?"),
                    {p.kind, p.separatorPayload.isEmpty() ? QVariant() : QVariant(p.separatorPayload), caseNo,
                     p.rotation, p.skew, p.dpi, p.colourMode, p.width, p.height, compact(p.flags), p.text,
                     p.ocrConfidence, compact(p.ocr), compact(p.transform), at, pageId}));
        !s)
        return s;
    const QString record =
        QStringLiteral("INSERT INTO processing_records(page_id, step, params, engine, at) VALUES(?,?,?,?,?)");
    if (auto s = statusOf(execSql(
            m_db, record, {pageId, QStringLiteral("image"), compact(p.transform), QStringLiteral("leptonica"), at}));
        !s)
        return s;
    if (!p.ocrEngine.isEmpty())
        if (auto s = statusOf(
                execSql(m_db, record,
                        {pageId, QStringLiteral("ocr"),
                         compact(QJsonObject{{QStringLiteral("confidence"), p.ocrConfidence}}), p.ocrEngine, at}));
            !s)
            return s;
    if (auto s = statusOf(execSql(m_db, QStringLiteral("DELETE FROM page_fts WHERE rowid=?"), {pageId})); !s)
        return s;
    if (!p.text.isEmpty())
        if (auto s = statusOf(execSql(m_db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"),
                                      {pageId, TextUtil::ftsForm(p.text)}));
            !s)
            return s;
    return tx.commit();
}

Result<PageRow> PageRepository::read(qint64 pageId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT status, kind, case_no, separator_payload, sha256, master_format, "
                                    "colour_mode, text, flags, rotation, dpi, skew, ocr, transform, error_code, "
                                    "error_text, error_args FROM pages WHERE id=?"),
                     {pageId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    PageRow r;
    r.status = q->value(0).toString();
    r.kind = q->value(1).toString();
    r.caseNo = q->value(2).toString();
    r.separatorPayload = q->value(3).toString();
    r.sha256 = q->value(4).toString();
    r.masterFormat = q->value(5).toString();
    r.colourMode = q->value(6).toString();
    r.text = q->value(7).toString();
    r.flags = stringList(q->value(8).toString());
    r.rotation = q->value(9).toInt();
    r.dpi = q->value(10).toInt();
    r.skew = q->value(11).toDouble();
    r.ocr = object(q->value(12).toString());
    r.transform = object(q->value(13).toString());
    if (!q->value(14).isNull())
        r.error = Error(q->value(14).toString(), q->value(15).toString().toUtf8().constData(),
                        stringList(q->value(16).toString()));
    return r;
}

Result<PageRepository::Master> PageRepository::master(qint64 pageId)
{
    auto q =
        execSql(m_db, QStringLiteral("SELECT sha256, master_format, source, rotation FROM pages WHERE id=?"), {pageId});
    if (!q)
        return q.error();
    if (!q->next() || q->value(0).toString().isEmpty())
        return Error(QStringLiteral("page_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no page %1 in this profile."),
                     {QString::number(pageId)});
    return Master{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toInt()};
}

Result<std::optional<PageRepository::Outcome>> PageRepository::latestOutcome(const QString& source)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT status, kind, flags, dpi, skew, ocr_confidence, error_code FROM pages "
                                    "WHERE source=? ORDER BY id DESC LIMIT 1"),
                     {source});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Outcome>();
    return std::optional<Outcome>(Outcome{q->value(0).toString(), q->value(1).toString(), q->value(6).toString(),
                                          stringList(q->value(2).toString()), q->value(3).toInt(),
                                          q->value(4).toDouble(), q->value(5).toDouble()});
}

Result<qint64> PageRepository::beginBatch(const QJsonObject& options)
{
    auto q = execSql(m_db, QStringLiteral("INSERT INTO batches(started_at, options, status) VALUES(?,?,'running')"),
                     {Clock::stamp(), compact(options)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status PageRepository::finishBatch(qint64 batchId)
{
    return statusOf(execSql(m_db, QStringLiteral("UPDATE batches SET finished_at=?, status='done' WHERE id=?"),
                            {Clock::stamp(), batchId}));
}

Result<QString> PageRepository::setting(const QString& key)
{
    auto q = execSql(m_db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace Dossier
