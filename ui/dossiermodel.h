#pragma once

#include <QStandardItemModel>

#include <memory>

namespace Dossier {

class CatalogueTemplate;

// The profile's dossiers as a tree: case → document (卷内目录 row) → page. Read from the profile database.
class DossierModel final : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { PageIdRole = Qt::UserRole + 1, MasterPathRole, TextRole };

    explicit DossierModel(QObject* parent = nullptr);
    ~DossierModel() override;
    void reload(const QString& profileDir);

private:
    std::unique_ptr<CatalogueTemplate> m_template;
};

} // namespace Dossier
