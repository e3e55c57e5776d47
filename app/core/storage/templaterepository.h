#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// The catalogue templates a desk holds (issue 15): every published version it received, an administrator's drafts,
// the release that says which version the desk uses, and the template each dossier was catalogued with. Every
// statement fails with its own error; the caller holds the transaction.
class TemplateRepository final
{
public:
    explicit TemplateRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Version
    {
        QString id;
        int version = 0;
        bool draft = false;
        QJsonObject body;
        QString savedAt, savedBy;
    };
    // A published version: kept once (a version never changes; the same body again is nothing new). Returns
    // false when a different body is already held under that version (it is not stored).
    Result<bool> putPublished(const QString& id, int version, const QJsonObject& body);
    // An administrator's draft of the next version (one per template), replaced by each save.
    Status saveDraft(const QString& id, int version, const QJsonObject& body, const QString& by);
    Status dropDraft(const QString& id);
    Result<std::optional<Version>> draft(const QString& id);
    // The published versions of a template, oldest first.
    Result<QList<Version>> published(const QString& id);
    // Every template id with a published version or a draft.
    Result<QStringList> ids();

    Status putRelease(const QString& id, const QJsonObject& body);
    Result<std::optional<QJsonObject>> release(const QString& id);

    // The template a dossier was catalogued with.
    struct DossierTemplate
    {
        qint64 dossierId = 0;
        QString caseNo, externalId, templateId;
        int version = 1;
    };
    // The dossiers catalogued with any of `templateIds` (a template's id and its former ids).
    Result<QList<DossierTemplate>> dossiersOf(const QStringList& templateIds);
    Status setDossierTemplate(qint64 dossierId, const QString& templateId, int version);
    // The template of the dossier a document belongs to.
    Result<DossierTemplate> templateOfDocument(qint64 documentId);
    // The template of the dossier a volume belongs to, and the volume's kind (main / secondary).
    struct VolumeTemplate
    {
        QString templateId;
        int version = 1;
        QString volumeKind;
    };
    Result<VolumeTemplate> templateOfVolume(qint64 volumeId);

    // A document of a dossier, as a migration sees it.
    struct DocumentType
    {
        qint64 id = 0;
        qint64 volumeId = 0;
        QString volumeKind;
        QString docType, title;
        bool byHand = false;
    };
    Result<QList<DocumentType>> documentsOf(qint64 dossierId);
    // Counts for an impact preview: documents of each type, over the dossiers of `templateIds`.
    Result<QHash<QString, int>> documentCounts(const QStringList& templateIds);

private:
    Result<QList<Version>> versions(const QString& sql, const QVariantList& binds);
    QSqlDatabase m_db;
};

} // namespace Dossier
