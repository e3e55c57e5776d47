#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// A page row as the pipeline writes it once the page is processed (status done).
struct ProcessedPageRow final
{
    QString kind; // separator, content, blank
    QString separatorPayload;
    QString separatorCaseNo; // kept as the page's case_no for a separator sheet
    int rotation = 0;
    double skew = 0;
    int dpi = 0;
    QString colourMode;
    int width = 0, height = 0;
    QStringList flags;
    QString text;
    double ocrConfidence = 0;
    QString ocrEngine;     // empty: no OCR ran
    QJsonObject ocr;       // PageResult::ocrToJson
    QJsonObject transform; // PageTransform::toJson
};

// What cataloguing reads back of a page row.
struct PageRow final
{
    QString status, kind, caseNo, separatorPayload, sha256, masterFormat, colourMode, text;
    QStringList flags;
    int rotation = 0, dpi = 0;
    double skew = 0;
    QJsonObject ocr, transform;
    std::optional<Error> error; // the error recorded on the page (status error)
};

// The page rows of a profile as the pipeline stores, processes and reads them; batches with them.
// Every statement fails with its own error (a batch never commits past a failed statement).
class PageRepository final
{
public:
    explicit PageRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Known
    {
        qint64 id = 0;
        QString status, sha256, masterFormat;
    };
    Result<std::optional<Known>> bySourceKey(const QString& sourceKey);

    struct NewPage
    {
        QString sourceKey, source;
        qint64 batchId = 0; // 0: none (a page a clerk adds by hand)
        int feedIndex = 0;
        QString scannedBy; // the batch's operator (empty: not recorded); travels with the page's sync record
    };
    // A page whose master is on disk (fsynced) and whose processing has not run yet.
    Result<qint64> insertStored(const NewPage& page, const QString& sha256, const QString& format, qint64 bytes);
    // A page whose image could not even be read: remembered so that the desk shows the failure.
    Result<qint64> insertFailed(const NewPage& page, const Error& error);
    Status markStored(qint64 pageId, const QString& sha256, const QString& format, qint64 bytes);
    Status recordError(qint64 pageId, const Error& error);
    // The processed page: its row, processing records and full-text entry, in one transaction.
    Status saveProcessed(qint64 pageId, const ProcessedPageRow& row);
    Result<PageRow> read(qint64 pageId);
    struct Master
    {
        QString sha256, format, source;
        int rotation = 0;
    };
    // The page's master image; an error when the page is unknown or has none.
    Result<Master> master(qint64 pageId);

    // What processing found on the latest page read from `source` (the badges under a thumbnail).
    struct Outcome
    {
        QString status, kind, errorCode;
        QStringList flags;
        int dpi = 0;
        double skew = 0, ocrConfidence = 0;
    };
    Result<std::optional<Outcome>> latestOutcome(const QString& source);

    // Batches: one row per run, with the options it ran with.
    Result<qint64> beginBatch(const QJsonObject& options);
    Status finishBatch(qint64 batchId);

    // The value of a profile setting (empty when unset).
    Result<QString> setting(const QString& key);

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
