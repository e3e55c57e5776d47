#pragma once

#include "domain/paper.h"
#include "station/warehouse.h"
#include "storage/profile.h"

#include <QMainWindow>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace Dossier {

class DbWorker;
class SyncController;
struct TableReport;

// The 中间库 desk (issue 14), keyboard and hand-held scanner first. The scan field always has the focus: a label read
// by a hand-held reader (or a 案号 typed) opens the case at once — where its paper is, who holds it, until when, its
// volumes, items and history — or, in return mode, records the return as well. Scans arriving faster than the
// desk answers wait in order on the database worker; none is lost, and the field is free for the next at once.
// Movements (入库, 补充, 借阅, 归还, 出库, 移位, 催还) are entered in MovementDialog; tabs list the loans past due,
// every statutory clock, the day's ledger and a shelf's list (print preview, CSV), and a shelf's inventory (盘点).
class WarehouseWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum class ScanMode { LookUp, Return, Inventory };

    explicit WarehouseWindow(Profile profile, QWidget* parent = nullptr);
    ~WarehouseWindow() override;

    // A code as a scanner or the clerk gives it (the scan field's Enter).
    void scan(const QString& code);
    void setScanMode(ScanMode mode);
    // Records a movement of the shown case of this kind, after asking its details.
    void startMovement(Movement::Kind kind);
    // Records a movement as given (tests; the dialog's result).
    void record(const Movement& movement);
    // Records a case event of the shown case (a clock starts or stops), after asking which and when.
    void startEvent();
    void recordEvent(const QString& caseNo, const QString& kind, const QDate& date);
    void refreshLists();
    bool isBusy() const;
    QString shownCase() const { return m_case ? m_case->caseNo : QString(); }
    int pendingScans() const { return m_pendingScans; }

Q_SIGNALS:
    void caseShown(const QString& caseNo);
    void listsRefreshed();
    void problem(const QString& text);

private:
    void buildActions();
    void buildCameraDock();
    void buildScanBar(QWidget* parent);
    QWidget* buildCaseCard();
    void buildTabs();
    void showCase(const Warehouse::View& view);
    void clearCase(const QString& why);
    void tell(const QString& text, bool error = false);
    void fillOverdue(const QList<Warehouse::Overdue>& late);
    void fillRequests(const QList<Movement>& requests);
    void fillClocks(const QList<Warehouse::CaseClock>& clocks);
    void fillLedger(const QList<Movement>& movements);
    void fillShelf(const QList<WarehouseRepository::Paper>& papers);
    void runInventory();
    void showReport(const TableReport& report);
    void saveCsv(const TableReport& report);
    TableReport ledgerReport() const;
    TableReport shelfReport() const;
    void recallSelected();
    void printLabelOf(const QString& caseNo);
    void moveShelf();
    void showShelf();
    void printReminders();

    Profile m_profile;
    DbWorker* m_worker = nullptr;
    SyncController* m_sync = nullptr;
    std::optional<Warehouse> m_warehouse;
    std::optional<Warehouse::View> m_case;
    ScanMode m_mode = ScanMode::LookUp;
    int m_pendingScans = 0;
    QStringList m_inventoryScans;
    QString m_lastCameraCase; // a label stays in front of the camera: it counts once
    QList<Movement> m_ledger;
    QList<WarehouseRepository::Paper> m_shelf;

    QLineEdit* m_scanField = nullptr;
    QComboBox* m_modeBox = nullptr;
    QLabel* m_queueLabel = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_caseTitle = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_conflicts = nullptr;
    QTableWidget* m_history = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableView* m_overdue = nullptr;
    QTableView* m_clocks = nullptr;
    QTableView* m_requests = nullptr;
    QComboBox* m_clockFilter = nullptr;
    QComboBox* m_holderFilter = nullptr;
    QList<Warehouse::Overdue> m_late;
    QTableView* m_ledgerTable = nullptr;
    QLineEdit* m_shelfPlace = nullptr;
    QTableView* m_shelfTable = nullptr;
    QLineEdit* m_inventoryPlace = nullptr;
    QTableView* m_inventoryTable = nullptr;
    QLabel* m_inventoryCount = nullptr;
};

} // namespace Dossier
