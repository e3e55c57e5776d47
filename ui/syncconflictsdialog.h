#pragma once

#include "storage/profile.h"
#include "sync/syncconflicts.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace Dossier {

class CatalogueEditor;
class DbWorker;

// Review of sync conflicts: each record changed on two desks while offline, with the fields that differ
// side by side. The clerk keeps the version in place or takes the other one (through the volume's catalogue
// editor, so it can be undone, and it syncs like any edit). Listed on a worker thread.
class SyncConflictsDialog final : public QDialog
{
    Q_OBJECT

public:
    SyncConflictsDialog(DbWorker* db, Profile profile, QString user,
                        std::function<CatalogueEditor*(qint64 volumeId)> editorFor, QWidget* parent = nullptr);

    void reload();
    int openConflicts() const { return int(m_conflicts.size()); }

Q_SIGNALS:
    void settled(); // the profile changed: the catalogue view should reload

private:
    void showConflict();
    void settle(bool useOther);
    const SyncConflict* current() const;

    DbWorker* m_db;
    Profile m_profile;
    QString m_user;
    std::function<CatalogueEditor*(qint64)> m_editorFor;
    QList<SyncConflict> m_conflicts;
    QTreeWidget* m_list;
    QTableWidget* m_fields;
    QLabel* m_summary;
    QLabel* m_detail;
    QPushButton* m_keep;
    QPushButton* m_useOther;
};

} // namespace Dossier
