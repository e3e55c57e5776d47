#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// What the archive and quality control read of a dossier's main volume: the dossier, its documents in
// order, their processed pages in order.
class VolumeRepository final
{
public:
    explicit VolumeRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct DossierRow
    {
        qint64 id = 0;
        QString templateId;
        int templateVersion = 1;
        QJsonObject caseInfo; // cases.info: the case details entered by hand
        bool classified = false;
    };
    struct DocumentRow
    {
        qint64 id = 0;
        QString docType, title;
    };
    struct PageRow
    {
        qint64 id = 0;
        QString sha256, format, kind, colourMode, text;
        int dpi = 0, width = 0, height = 0;
        QJsonObject transform, ocr;
        QStringList flags;
    };

    Result<std::optional<DossierRow>> dossier(const QString& caseNo, const QString& dossierId);
    // The documents of one volume of a dossier (kind: main 正卷 / secondary 副卷), in catalogue order.
    Result<QList<DocumentRow>> documents(qint64 dossierRowId, const QString& kind);
    // Whether a read brings the pages' OCR (words and boxes; large): the reader opens a volume without it and reads
    // a page's when it needs them.
    enum class Ocr { Read, Skip };
    // The processed pages of a document, in order.
    Result<QList<PageRow>> pagesOf(qint64 documentId, Ocr ocr = Ocr::Read);
    Result<std::optional<PageRow>> page(qint64 pageId);
    // Stores the case details entered by hand; false when the profile has no such case.
    Result<bool> saveCaseInfo(const QString& caseNo, const QJsonObject& info, bool classified);

    // Where a page came from: its source, when it was stored, the options of its batch (device, operator) and
    // who scanned it (as the page remembers it: also on a desk that has it through sync, without its batch).
    struct PageOrigin
    {
        QString source, storedAt;
        QJsonObject batchOptions;
        QString scannedBy;
    };
    Result<PageOrigin> origin(qint64 pageId);

    // Remembers a dossier's archive outputs (kind → absolute path; verified copies as kind "copy"), in one
    // transaction.
    Status recordOutputs(qint64 dossierRowId, const QList<QPair<QString, QString>>& outputs, const QString& at);

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
