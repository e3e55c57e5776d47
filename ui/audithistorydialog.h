#pragma once

#include "station/audithistory.h"
#include "storage/profile.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Dossier {

class DbWorker;

// 卷宗 ▸ 历史记录…: a dossier's audit entries (time, user, action, details — in words) and the state of the desk's
// hash chain (verified, or broken at an entry, and how). Read and verified on the desk's database worker.
class AuditHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditHistoryDialog(DbWorker* db, Profile profile, QString caseNo, QString dossierId, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }

private:
    void showHistory(const Result<DossierHistory>& history);

    QLabel* m_state;
    QTableWidget* m_table;
    bool m_loaded = false;
};

} // namespace Dossier
