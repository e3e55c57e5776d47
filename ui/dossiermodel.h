#pragma once

#include "domain/cataloguetemplate.h"
#include "storage/cataloguesnapshot.h"

#include <QHash>
#include <QStandardItemModel>

namespace Dossier {

class MasterStore;

// The profile's dossiers as a tree: case → document (卷内目录 row) → page; a dossier's 副卷 documents come last,
// under a heading row of their own (case → 副卷 → document → page). Built from a snapshot of the
// catalogue read off the GUI thread (CatalogueSnapshot::read); the model itself never reads the database.
class DossierModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    // What a page's QC flag means, for the clerk ("low_dpi" → 分辨率不足).
    static QString flagLabel(const QString& code);
    enum Role {
        PageIdRole = Qt::UserRole + 1,
        MasterPathRole,
        TextRole,
        DocumentIdRole,
        VolumeIdRole,
        KindRole,
        DocTypeRole, // a document's template item code
        CaseNoRole,  // on every row: the case and dossier it belongs to
        DossierIdRole,
        UnassignedRole, // true on the row of pages in no dossier and on its pages
        SourceRole,     // a page's source (file or scanner sheet), as the thumbnails name it
        VolumeKindRole  // "main" or "secondary" on document and page rows and on the 副卷's heading
    };

    explicit DossierModel(QObject* parent = nullptr);
    ~DossierModel() override;
    // `templates`: the template of each dossier's template id (the version this desk uses), which names the types.
    void apply(const CatalogueSnapshot& snapshot, const MasterStore& masters,
               const QHash<QString, CatalogueTemplate>& templates);
    // The row holding the pages in no dossier; invalid when there are none.
    QModelIndex unassignedRow() const;

    // The index of a page or document by its id, or invalid.
    QModelIndex findPage(qint64 pageId) const;
    QModelIndex findDocument(qint64 documentId) const;

    // Drag and drop: pages onto a document (or between its pages) of the same volume.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

Q_SIGNALS:
    // The view asks to move pages; the window carries it out through the volume's CatalogueEditor.
    void movePagesRequested(qint64 volumeId, const QList<qint64>& pages, qint64 toDocument, int position);

private:
    void appendUnassigned(const CatalogueSnapshot& snapshot, const MasterStore& masters);
    static void tag(QStandardItem* item, const CatalogueSnapshot::Dossier& dossier, qint64 volumeId);
    QList<QStandardItem*> documentRow(const CatalogueSnapshot& snapshot, const CatalogueSnapshot::Dossier& dossier,
                                      const CatalogueSnapshot::Document& doc,
                                      const QList<const CatalogueSnapshot::Page*>& pages,
                                      const MasterStore& masters) const;
    QHash<QString, CatalogueTemplate> m_templates;
};

} // namespace Dossier
