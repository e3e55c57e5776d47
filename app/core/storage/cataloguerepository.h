#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

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
    Result<VolumeRef> ensureMainVolume(const QString& caseNo, const QString& dossierId, const QString& templateId,
                                       int templateVersion = 1);
    // The volume of kind `kind` ("main", "secondary") of a dossier the profile holds, made when missing.
    Result<qint64> ensureVolumeOf(qint64 dossierId, const QString& kind);
    // A document goes to another volume of its dossier, at `position` there (the documents after it move down);
    // its pages go with it.
    Status moveDocument(qint64 documentId, qint64 toVolumeId, int position);
    // A clerk moves a document to the volume `kind` of its dossier, at `position` there (-1: where its type comes in
    // `order`, the template's codes in 卷内目录 order): one transaction with the dossier marked edited by hand and
    // an audit entry. Returns where it was: {volume id, kind, position}, and the volume it went to. A document
    // already in a volume of that kind is refused.
    struct Place
    {
        qint64 volumeId = 0;
        QString kind;
        int position = 0;
        qint64 movedTo = 0;
    };
    Result<Place> moveDocumentByHand(qint64 documentId, const QString& kind, int position, const QStringList& order,
                                     const QString& actor, const QString& action);
    // A document's type, as a template's migration sets it (not by hand).
    Status retype(qint64 documentId, const QString& docType);

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
    // `documents` go after the volume's last document; marks the dossier edited by hand.
    Status appendDocuments(qint64 volumeId, const QList<NewDocument>& documents, const QString& caseNo);

    // The dossier id of a case: its first dossier's, or the one issued for it before it had any; empty if none.
    Result<QString> dossierIdOf(const QString& caseNo);
    // Every dossier id the profile knows: its dossiers' and the ones issued on separator sheets.
    Result<QStringList> knownDossierIds();
    Status recordIssuedDossierId(const QString& caseNo, const QString& dossierId);

    // The dossiers of a case, oldest first, with the case details entered by hand (cases.info).
    struct CaseDossiers
    {
        QStringList dossierIds;
        QJsonObject caseInfo;
    };
    Result<CaseDossiers> dossiersOf(const QString& caseNo);
    // Every dossier of the profile with the SHA-256 of its processed pages in catalogue order.
    struct DossierPages
    {
        QString caseNo, dossierId;
        QStringList pageSha256;
    };
    Result<QList<DossierPages>> allDossierPages();

    // A volume's catalogue as rows: its documents in order with their pages, and the pages taken out of it.
    struct VolumeCatalogue
    {
        struct Document
        {
            qint64 id = 0; // 0: not stored yet
            QString docType, title;
            QList<qint64> pages;
            bool typeByHand = false; // a clerk chose the type
        };
        QList<Document> documents;
        QList<qint64> removed;
    };
    Result<qint64> dossierOfVolume(qint64 volumeId);
    // The main volume of a case's dossier; empty when the profile has no such dossier.
    Result<std::optional<qint64>> mainVolumeOf(const QString& caseNo, const QString& dossierId);
    Result<VolumeCatalogue> readVolume(qint64 volumeId);
    // Writes a volume's catalogue as it is given (documents kept, made, brought back with their old id, or
    // deleted; pages placed, numbered, taken out), marks the dossier edited by hand and logs the edit, all in
    // one transaction. Returns the catalogue with the ids of new documents.
    Result<VolumeCatalogue> writeVolume(qint64 volumeId, qint64 dossierId, VolumeCatalogue catalogue,
                                        const QString& actor, const QString& action, const QJsonObject& details);

private:
    Status insertDocuments(qint64 volumeId, const QList<NewDocument>& documents, const QString& caseNo, int first);
    Status writeDocuments(qint64 volumeId, VolumeCatalogue& catalogue, const QSet<qint64>& existing);
    Status unplaceDropped(const VolumeCatalogue& catalogue, const QSet<qint64>& existing);
    Status deleteDropped(const VolumeCatalogue& catalogue, const QSet<qint64>& existing);
    Status placePages(qint64 volumeId, const VolumeCatalogue& catalogue);
    Result<qint64> idOf(const QString& sql, const QVariantList& binds);
    QSqlDatabase m_db;
};

} // namespace Dossier
