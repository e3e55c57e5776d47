#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace Dossier {

// What quality control reads and records: pages that failed, sample reviews, the submission of a dossier.
class QcRepository final
{
public:
    explicit QcRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct ReviewRow
    {
        qint64 documentId = 0;
        QString reviewer;
        bool matches = false;
        QString note;
    };

    // The pages of a case that could not be read: (source, error code).
    Result<QList<QPair<QString, QString>>> failedPages(const QString& caseNo);
    // A review made here, with a new uid: sync shares it as one immutable record (kind qc_review).
    Status addReview(qint64 dossierId, const ReviewRow& review);
    // Oldest first.
    Result<QList<ReviewRow>> reviews(qint64 dossierId);
    // Who scanned the dossier's pages, as the pages remember it (scanned here, or as the page's record brought
    // it from the desk that scanned it): the name on the page placed last, empty when no page has one.
    Result<QString> scannedBy(qint64 dossierId);
    // The options of every batch that brought pages into the dossier, oldest first.
    Result<QList<QJsonObject>> batchOptions(qint64 dossierId);
    // Marks the dossier submitted and logs it, in one transaction.
    Status markSubmitted(qint64 dossierId, const QString& actor);
    // Empty when not submitted.
    Result<QString> submittedAt(qint64 dossierId);
    // Whether the case is marked classified (涉密); false for an unknown case.
    Result<bool> classified(const QString& caseNo);

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
