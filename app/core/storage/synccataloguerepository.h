#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Dossier {

class Statement;

// The catalogue rows of a profile as sync reads and writes them. Text columns holding JSON (info, flags, ocr,
// transform) are kept as their text; the record codec (sync/recordcodec.h) maps these rows to records.
struct SyncCaseRow final
{
    QString caseNo;
    QString info; // JSON object
    bool classified = false;
};

struct SyncDossierRow final
{
    QString caseNo, externalId, templateId, submittedAt, submittedBy;
    bool archived = false; // three verified copies made
    int templateVersion = 1;
};

struct SyncDocumentRow final
{
    QString uid, caseNo, dossierExternalId, volumeKind;
    int position = 0;
    QString docType, title;
    bool typeByHand = false; // a clerk chose the type (a template's migration says so before changing it)
};

struct SyncPageRow final
{
    QString uid, caseNo, volumeKind, documentUid;
    int position = 0;
    std::optional<int> pageInDocument;
    QString kind, sha256, format;
    qint64 bytes = 0;
    int rotation = 0;
    double skew = 0;
    int dpi = 0;
    QString colourMode;
    int width = 0, height = 0;
    QString flags; // JSON array or empty
    QString text;
    double ocrConfidence = 0;
    QString ocr, transform; // JSON objects or empty
    QString source;
    QString scannedBy; // who scanned it (its batch's operator on the desk that scanned it); empty: not recorded
};

// A QC sample review of a document (qc_reviews), as sync shares it: one immutable record per review.
struct SyncReviewRow final
{
    QString uid, caseNo, volumeKind, documentUid, reviewer;
    QString result; // "ok" or "mismatch"
    QString note, at;
};

// Where a document is on this desk (id 0: not here).
struct SyncDocumentPlace final
{
    qint64 id = 0, dossierId = 0;
    QString caseNo, volumeKind;
};

// Every statement fails with its own error; the caller holds the transaction. A dossier without a separator
// sheet has an empty external id, bound as '' (never NULL).
class SyncCatalogueRepository final
{
public:
    explicit SyncCatalogueRepository(QSqlDatabase db);
    ~SyncCatalogueRepository();
    SyncCatalogueRepository(const SyncCatalogueRepository&) = delete;
    SyncCatalogueRepository& operator=(const SyncCatalogueRepository&) = delete;

    // Reads: all rows that sync shares (a case only with a dossier, a page only when done and stored, a review
    // only of a document with a uid), or the one named (`only` non-empty: a case number,
    // "case_no|external_id", a document, page or review uid).
    Result<QList<SyncCaseRow>> cases(const QString& only = {});
    Result<QList<SyncDossierRow>> dossiers(const QString& only = {});
    Result<QList<SyncDocumentRow>> documents(const QString& only = {});
    Result<QList<SyncPageRow>> pages(const QString& only = {});
    Result<QList<SyncReviewRow>> reviews(const QString& only = {});
    // Pages marked removed here that have a uid (their deletion is shared).
    Result<QStringList> removedPageUids();
    // Every document, page and QC review gets a uid (the id sync shares) once.
    Status assignUids();

    // Writes of records from the feed.
    Status putCase(const SyncCaseRow& row); // prepared once
    // The dossier with its case and its volume `volumeKind` (made when missing).
    Status putDossier(const SyncDossierRow& row, const QString& volumeKind);
    // The volume `volumeKind` of a dossier, made when the dossier is here without it (a 副卷 comes with its first
    // document); 0: the dossier is not on this desk.
    Result<qint64> volumeOf(const QString& caseNo, const QString& externalId, const QString& volumeKind);
    Result<qint64> documentId(const QString& uid); // 0: none
    Result<qint64> pageId(const QString& uid);     // 0: none
    Status putDocument(qint64 volumeId, const SyncDocumentRow& row);
    // The page (made when missing) in document `documentId` (0: none), with its full-text entry. Who scanned it
    // is kept when the record does not say (one written by an older desk).
    Status putPage(qint64 documentId, const SyncPageRow& row);
    Result<SyncDocumentPlace> documentPlace(const QString& uid);
    // A review from another desk, of document `place` (taken once: by its uid).
    Status putReview(const SyncDocumentPlace& place, const SyncReviewRow& row);
    // A page deleted on another desk is taken out of its document, as a removal here would be (kept).
    Status removePage(const QString& uid);
    // Documents deleted on another desk (sync_records) that no page is left in.
    Status dropDeletedDocuments();

    // What the conflict review shows.
    Result<QString> documentTitle(const QString& uid); // empty: not on this desk
    Result<qint64> documentVolume(const QString& uid); // 0: not on this desk
    Result<qint64> dossierOfVolume(qint64 volumeId);   // 0: none

private:
    Result<qint64> idOf(const QString& sql, const QVariantList& binds);
    QSqlDatabase m_db;
    std::unique_ptr<Statement> m_putCase;
};

} // namespace Dossier
