#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Dossier {

// The catalogue rows of a profile as a batch places its pages: cases, dossiers, their main volume and its
// documents. Every statement fails with its own error; the caller holds the transaction.
class CatalogueRepository final
{
public:
    explicit CatalogueRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct VolumeRef
    {
        qint64 volumeId = 0;
        bool editedByHand = false; // a clerk has edited the dossier's catalogue: it is kept
    };
    // The main volume of dossier `dossierId` of case `caseNo`, made (with its case and dossier) when missing.
    Result<VolumeRef> ensureMainVolume(const QString& caseNo, const QString& dossierId, const QString& templateId);

    // Pages the volume does not hold yet go to the end of its last document (when it has one); removed pages
    // and pages placed elsewhere stay where they are.
    Status appendToLastDocument(qint64 volumeId, const QList<qint64>& pageIds, const QString& caseNo);

    struct PlacedPage
    {
        qint64 pageId = 0;
        int pageInDocument = 0; // 0: a blank back (no number)
        QStringList flags;
    };
    struct NewDocument
    {
        QString docType, title;
        QList<PlacedPage> pages;
    };
    // The volume's documents become `documents`, in order (its old documents go, their pages left unplaced).
    Status replaceDocuments(qint64 volumeId, const QList<NewDocument>& documents, const QString& caseNo);

private:
    Result<qint64> idOf(const QString& sql, const QVariantList& binds);
    QSqlDatabase m_db;
};

} // namespace Dossier
