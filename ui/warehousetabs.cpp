// The 中间库 desk's lists: loans past due, the statutory clocks, the day's ledger, a shelf's list and its inventory.
#include "common/clock.h"
#include "rowsmodel.h"
#include "station/dbworker.h"
#include "station/tablereport.h"
#include "warehousewindow.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Dossier {
namespace {

QTableView* table(QWidget* parent, const char* name, const QStringList& header)
{
    auto* t = new QTableView(parent);
    t->setObjectName(QLatin1String(name));
    t->setModel(new RowsModel(header, t));
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setResizeContentsPrecision(100); // columns fitted to the first rows, not to 10,000
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

RowsModel* rowsOf(QTableView* t)
{
    return static_cast<RowsModel*>(t->model());
}

// Replaces a list's rows; the columns fitted to what the first screenful holds.
void fill(QTableView* t, QList<RowsModel::Row> rows)
{
    rowsOf(t)->setRows(std::move(rows));
    for (int c = 0; c + 1 < t->model()->columnCount(); ++c)
        t->resizeColumnToContents(c);
}

QString clockStatusName(ClockState::Status s)
{
    switch (s) {
    case ClockState::Status::Running:
        return QCoreApplication::translate("Dossier::WarehouseWindow", "running");
    case ClockState::Status::DueSoon:
        return QCoreApplication::translate("Dossier::WarehouseWindow", "due soon");
    case ClockState::Status::Overdue:
        return QCoreApplication::translate("Dossier::WarehouseWindow", "overdue");
    case ClockState::Status::Done:
        return QCoreApplication::translate("Dossier::WarehouseWindow", "done");
    case ClockState::Status::DoneLate:
        return QCoreApplication::translate("Dossier::WarehouseWindow", "done late");
    }
    return {};
}

QColor clockColour(ClockState::Status s)
{
    return s == ClockState::Status::Overdue || s == ClockState::Status::DoneLate ? QColor(0xb7, 0x1c, 0x1c)
           : s == ClockState::Status::DueSoon                                    ? QColor(0xe6, 0x51, 0x00)
           : s == ClockState::Status::Done                                       ? QColor(0x75, 0x75, 0x75)
                                                                                 : QColor();
}

// A tab: a bar of widgets over a table.
QWidget* tab(QWidget* parent, const QList<QWidget*>& bar, QTableView* t)
{
    auto* w = new QWidget(parent);
    auto* v = new QVBoxLayout(w);
    auto* h = new QHBoxLayout;
    for (QWidget* b : bar)
        h->addWidget(b);
    h->addStretch(1);
    v->addLayout(h);
    v->addWidget(t, 1);
    return w;
}

} // namespace

void WarehouseWindow::buildTabs()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("warehouseTabs"));
    // Enter or a double click on a list's row shows its case
    const auto opens = [this](QTableView* t, int column) {
        connect(t, &QAbstractItemView::activated, this, [this, t, column](const QModelIndex& i) {
            const QString caseNo = rowsOf(t)->row(i.row()).cells.value(column);
            if (!caseNo.isEmpty() && m_mode != ScanMode::Inventory)
                scan(caseNo);
        });
    };
    m_overdue = table(m_tabs, "overdueTable", {tr("Case"), tr("Borrower"), tr("Due"), tr("Days overdue")});
    auto* recall = new QPushButton(tr("Recall selected"), m_tabs);
    connect(recall, &QPushButton::clicked, this, &WarehouseWindow::recallSelected);
    m_holderFilter = new QComboBox(m_tabs);
    m_holderFilter->setObjectName(QStringLiteral("holderFilter"));
    m_holderFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_holderFilter, &QComboBox::currentIndexChanged, this, [this] { fillOverdue(m_late); });
    auto* reminders = new QPushButton(tr("Print reminders…"), m_tabs);
    connect(reminders, &QPushButton::clicked, this, &WarehouseWindow::printReminders);
    m_tabs->addTab(tab(m_tabs, {new QLabel(tr("Borrower:"), m_tabs), m_holderFilter, recall, reminders}, m_overdue),
                   tr("Overdue loans"));
    opens(m_overdue, 0);

    m_requests = table(m_tabs, "requestTable",
                       {tr("Case"), tr("Asked for by"), tr("Asked on"), tr("Wanted until"), tr("Purpose")});
    m_tabs->addTab(tab(m_tabs, {new QLabel(tr("Enter on a row opens the case; Ctrl+L lends it to who asked."), m_tabs)},
                       m_requests),
                   tr("Loan requests"));
    opens(m_requests, 0);

    m_clocks = table(m_tabs, "clockTable",
                     {tr("Case"), tr("Period"), tr("Starts"), tr("Deadline"), tr("Days left"), tr("Status")});
    m_clockFilter = new QComboBox(m_tabs);
    m_clockFilter->setObjectName(QStringLiteral("clockFilter"));
    m_clockFilter->addItems({tr("Running"), tr("Due soon or overdue"), tr("Done"), tr("All")});
    connect(m_clockFilter, &QComboBox::currentIndexChanged, this, &WarehouseWindow::refreshLists);
    m_tabs->addTab(tab(m_tabs, {new QLabel(tr("Show:"), m_tabs), m_clockFilter}, m_clocks), tr("Statutory periods"));
    opens(m_clocks, 0);

    m_ledgerTable =
        table(m_tabs, "ledgerTable", {tr("Time"), tr("Case"), tr("Movement"), tr("By"), tr("To / place"), tr("Note")});
    auto* printLedger = new QPushButton(tr("Print preview…"), m_tabs);
    auto* csvLedger = new QPushButton(tr("Save CSV…"), m_tabs);
    connect(printLedger, &QPushButton::clicked, this, [this] { showReport(ledgerReport()); });
    connect(csvLedger, &QPushButton::clicked, this, [this] { saveCsv(ledgerReport()); });
    m_tabs->addTab(tab(m_tabs, {printLedger, csvLedger}, m_ledgerTable), tr("Today's ledger"));
    opens(m_ledgerTable, 1);

    m_shelfTable =
        table(m_tabs, "shelfTable", {tr("Place"), tr("Case"), tr("Status"), tr("Holder"), tr("Due"), tr("Volumes")});
    m_shelfPlace = new QLineEdit(m_tabs);
    m_shelfPlace->setObjectName(QStringLiteral("shelfPlace"));
    m_shelfPlace->setPlaceholderText(tr("zone or rack, e.g. A-03"));
    connect(m_shelfPlace, &QLineEdit::returnPressed, this, &WarehouseWindow::showShelf);
    auto* printShelf = new QPushButton(tr("Print preview…"), m_tabs);
    auto* csvShelf = new QPushButton(tr("Save CSV…"), m_tabs);
    connect(printShelf, &QPushButton::clicked, this, [this] { showReport(shelfReport()); });
    connect(csvShelf, &QPushButton::clicked, this, [this] { saveCsv(shelfReport()); });
    auto* moveAll = new QPushButton(tr("Move the whole shelf…"), m_tabs);
    moveAll->setObjectName(QStringLiteral("moveShelf"));
    connect(moveAll, &QPushButton::clicked, this, &WarehouseWindow::moveShelf);
    m_tabs->addTab(
        tab(m_tabs, {new QLabel(tr("Shelf:"), m_tabs), m_shelfPlace, printShelf, csvShelf, moveAll}, m_shelfTable),
        tr("Shelf list"));
    opens(m_shelfTable, 1);

    m_inventoryTable = table(m_tabs, "inventoryTable", {tr("Finding"), tr("Case"), tr("Recorded place")});
    m_inventoryPlace = new QLineEdit(m_tabs);
    m_inventoryPlace->setObjectName(QStringLiteral("inventoryPlace"));
    m_inventoryPlace->setPlaceholderText(tr("the shelf scanned, e.g. A-03"));
    m_inventoryCount = new QLabel(m_tabs);
    auto* check = new QPushButton(tr("Check"), m_tabs);
    check->setObjectName(QStringLiteral("inventoryCheck"));
    connect(check, &QPushButton::clicked, this, &WarehouseWindow::runInventory);
    m_tabs->addTab(
        tab(m_tabs, {new QLabel(tr("Shelf:"), m_tabs), m_inventoryPlace, m_inventoryCount, check}, m_inventoryTable),
        tr("Inventory"));
}

void WarehouseWindow::refreshLists()
{
    struct Lists
    {
        Result<QList<Warehouse::Overdue>> late = Error();
        Result<QList<Warehouse::CaseClock>> clocks = Error();
        Result<QList<Movement>> ledger = Error();
        Result<QList<Movement>> requests = Error();
    };
    m_worker->run(
        this,
        [profile = m_profile] {
            Warehouse w(profile, {});
            const QDate today = Clock::today();
            auto calendar = w.calendar(); // the shipped years and those administrators published
            auto clocks =
                calendar ? w.deadlines(today, *calendar) : Result<QList<Warehouse::CaseClock>>(calendar.error());
            return Lists{w.overdue(today), clocks, w.ledger(today), w.openRequests()};
        },
        [this](const Lists& l) {
            for (const Error* e : {l.late ? nullptr : &l.late.error(), l.clocks ? nullptr : &l.clocks.error(),
                                   l.ledger ? nullptr : &l.ledger.error(), l.requests ? nullptr : &l.requests.error()})
                if (e)
                    return tell(e->message(), true);
            fillOverdue(*l.late);
            fillClocks(*l.clocks);
            fillLedger(*l.ledger);
            fillRequests(*l.requests);
            Q_EMIT listsRefreshed();
        });
}

void WarehouseWindow::fillOverdue(const QList<Warehouse::Overdue>& late)
{
    m_late = late;
    // the borrowers with loans past due, to see one's list (and print their reminder)
    const QString holder = m_holderFilter->currentIndex() > 0 ? m_holderFilter->currentText() : QString();
    QStringList holders;
    for (const Warehouse::Overdue& l : late)
        if (!holders.contains(l.holder))
            holders << l.holder;
    holders.sort();
    if (holders != [this] {
            QStringList shown;
            for (int i = 1; i < m_holderFilter->count(); ++i)
                shown << m_holderFilter->itemText(i);
            return shown;
        }()) {
        const QSignalBlocker quiet(m_holderFilter);
        m_holderFilter->clear();
        m_holderFilter->addItem(tr("All borrowers"));
        m_holderFilter->addItems(holders);
        m_holderFilter->setCurrentIndex(std::max(0, int(holders.indexOf(holder)) + 1));
    }
    QList<RowsModel::Row> rows;
    rows.reserve(late.size());
    for (const Warehouse::Overdue& l : late)
        if (holder.isEmpty() || l.holder == holder)
            rows.append({{l.caseNo, l.holder, l.due.toString(Qt::ISODate), QString::number(l.daysOverdue)},
                         QColor(0xb7, 0x1c, 0x1c)});
    fill(m_overdue, std::move(rows));
    m_tabs->setTabText(m_tabs->indexOf(m_overdue->parentWidget()),
                       late.isEmpty() ? tr("Overdue loans") : tr("Overdue loans (%1)").arg(late.size()));
}

void WarehouseWindow::fillRequests(const QList<Movement>& requests)
{
    QList<RowsModel::Row> rows;
    for (const Movement& r : requests)
        rows.append({{r.caseNo, r.holder, r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                      r.due.isValid() ? r.due.toString(Qt::ISODate) : QString(), r.purpose},
                     {}});
    fill(m_requests, std::move(rows));
    m_tabs->setTabText(m_tabs->indexOf(m_requests->parentWidget()),
                       requests.isEmpty() ? tr("Loan requests") : tr("Loan requests (%1)").arg(requests.size()));
}

void WarehouseWindow::fillClocks(const QList<Warehouse::CaseClock>& clocks)
{
    QList<RowsModel::Row> rows;
    QHash<QString, QString> names; // translated once a clock, not once a row
    const int filter = m_clockFilter->currentIndex();
    int urgent = 0;
    for (const Warehouse::CaseClock& c : clocks) {
        const ClockState::Status s = c.state.status;
        const bool done = s == ClockState::Status::Done || s == ClockState::Status::DoneLate;
        const bool pressing = s == ClockState::Status::DueSoon || s == ClockState::Status::Overdue;
        urgent += pressing ? 1 : 0;
        if ((filter == 0 && done) || (filter == 1 && !pressing) || (filter == 2 && !done))
            continue;
        const QString left = done ? QString() : QString::number(c.state.daysLeft);
        const QString due = c.state.due.toString(Qt::ISODate) + (c.state.uncertain ? tr(" (uncertain: no holiday "
                                                                                        "calendar for that year)")
                                                                                   : QString());
        auto name = names.find(c.state.clock);
        if (name == names.end())
            name = names.insert(c.state.clock, clockName(c.state.clock));
        rows.append(
            {{c.caseNo, *name, c.state.start.toString(Qt::ISODate), due, left, clockStatusName(s)}, clockColour(s)});
    }
    fill(m_clocks, std::move(rows));
    m_tabs->setTabText(m_tabs->indexOf(m_clocks->parentWidget()),
                       urgent == 0 ? tr("Statutory periods") : tr("Statutory periods (%1)").arg(urgent));
}

void WarehouseWindow::fillLedger(const QList<Movement>& movements)
{
    m_ledger = movements;
    QList<RowsModel::Row> rows;
    for (const QStringList& row : ledgerReport().rows)
        rows.append({row, {}});
    fill(m_ledgerTable, std::move(rows));
}

void WarehouseWindow::fillShelf(const QList<WarehouseRepository::Paper>& papers)
{
    m_shelf = papers;
    QList<RowsModel::Row> rows;
    for (const QStringList& row : shelfReport().rows)
        rows.append({row, {}});
    fill(m_shelfTable, std::move(rows));
}

TableReport WarehouseWindow::ledgerReport() const
{
    TableReport r{tr("Intermediate warehouse ledger, %1").arg(Clock::today().toString(Qt::ISODate)),
                  {tr("Time"), tr("Case"), tr("Movement"), tr("By"), tr("To / place"), tr("Note")},
                  {}};
    for (const Movement& m : m_ledger)
        r.rows << QStringList{
            m.at.toLocalTime().toString(QStringLiteral("HH:mm")), m.caseNo, Movement::kindName(m.kind), m.by,
            m.location.isEmpty() ? m.holder : m.location,         m.note};
    return r;
}

TableReport WarehouseWindow::shelfReport() const
{
    TableReport r{tr("Shelf list %1").arg(m_shelfPlace->text()),
                  {tr("Place"), tr("Case"), tr("Status"), tr("Holder"), tr("Due"), tr("Volumes")},
                  {}};
    for (const WarehouseRepository::Paper& p : m_shelf)
        r.rows << QStringList{p.location,
                              p.caseNo,
                              PaperState::statusName(p.status),
                              p.holder,
                              p.due.isValid() ? p.due.toString(Qt::ISODate) : QString(),
                              QString::number(p.volumes)};
    return r;
}

void WarehouseWindow::showReport(const TableReport& report)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&report](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(report.toHtml());
        doc.print(p);
    });
    preview.exec();
}

void WarehouseWindow::saveCsv(const TableReport& report)
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save CSV"), report.title + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(report.toCsv()) < 0)
        return tell(tr("%1 could not be written: %2").arg(path, f.errorString()), true);
    tell(tr("Wrote %1.").arg(path));
}

void WarehouseWindow::runInventory()
{
    const QString place = m_inventoryPlace->text();
    const QStringList scans = m_inventoryScans;
    m_worker->run(
        this, [profile = m_profile, place, scans] { return Warehouse(profile, {}).inventory(place, scans); },
        [this, sent = scans.size()](const Result<Warehouse::Inventory>& inv) {
            if (!inv)
                return tell(inv.error().message(), true);
            QList<RowsModel::Row> rows;
            const QColor red(0xb7, 0x1c, 0x1c);
            for (const QString& c : inv->missing)
                rows.append({{tr("missing"), c, QString()}, red});
            for (const auto& [c, where] : inv->misplaced)
                rows.append({{tr("belongs elsewhere"), c, where}, QColor(0xe6, 0x51, 0x00)});
            for (const QString& c : inv->unexpected)
                rows.append({{tr("should not be here"), c, QString()}, red});
            fill(m_inventoryTable, std::move(rows));
            tell(inv->missing.isEmpty() && inv->misplaced.isEmpty() && inv->unexpected.isEmpty()
                     ? tr("The shelf is as recorded.")
                     : tr("%1 missing, %2 misplaced, %3 should not be here.")
                           .arg(inv->missing.size())
                           .arg(inv->misplaced.size())
                           .arg(inv->unexpected.size()));
            m_inventoryScans.remove(0, std::min(m_inventoryScans.size(), sent)); // scanned meanwhile: kept
            m_inventoryCount->setText(m_inventoryScans.isEmpty()
                                          ? QString()
                                          : tr("%n label(s) scanned", nullptr, int(m_inventoryScans.size())));
        });
}

// One reminder (催还通知) a borrower, each on its own page: the cases they hold past due. A Chinese court notice
// whatever the interface language.
void WarehouseWindow::printReminders()
{
    const QString only = m_holderFilter->currentIndex() > 0 ? m_holderFilter->currentText() : QString();
    QMap<QString, QList<Warehouse::Overdue>> byHolder;
    for (const Warehouse::Overdue& l : std::as_const(m_late))
        if (only.isEmpty() || l.holder == only)
            byHolder[l.holder] << l;
    if (byHolder.isEmpty())
        return tell(tr("No loan is past due."));
    QString html = QStringLiteral("<html><body style=\"font-family:'AR PL UMing CN';font-size:14pt\">");
    for (auto it = byHolder.cbegin(); it != byHolder.cend(); ++it) {
        if (it != byHolder.cbegin())
            html += QStringLiteral("<p style=\"page-break-before:always\"></p>");
        html += QStringLiteral(
                    "<h2 align=\"center\">催还通知</h2><p>%1：</p><p>您借阅的下列纸质卷宗已超过归还期限，请于收到本通知"
                    "后尽快归还中间库。</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                    "width=\"100%\"><tr><th>案号</th><th>应还日期</th><th>超期天数</th></tr>")
                    .arg(it.key().toHtmlEscaped());
        for (const Warehouse::Overdue& l : it.value())
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(l.caseNo.toHtmlEscaped(), l.due.toString(Qt::ISODate))
                        .arg(l.daysOverdue);
        html += QStringLiteral("</table><p align=\"right\">中间库　%1</p>").arg(Clock::today().toString(Qt::ISODate));
    }
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&html](QPrinter* p) {
        QTextDocument doc;
        doc.setHtml(html + QStringLiteral("</body></html>"));
        doc.print(p);
    });
    preview.exec();
}

void WarehouseWindow::showShelf()
{
    m_worker->run(
        this, [profile = m_profile, place = m_shelfPlace->text()] { return Warehouse(profile, {}).shelf(place); },
        [this](const Result<QList<WarehouseRepository::Paper>>& papers) {
            if (!papers)
                return tell(papers.error().message(), true);
            fillShelf(*papers);
        });
}

// Everything in the warehouse under the shelf shown goes to another place of the same kind: one move record a case.
void WarehouseWindow::moveShelf()
{
    const QString from = m_shelfPlace->text().trimmed();
    if (from.isEmpty())
        return tell(tr("Type the shelf to move first (e.g. A-03), then Enter."), true);
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Move the whole shelf"),
                                             tr("Move everything under %1 to:").arg(from), QLineEdit::Normal, {}, &ok);
    if (!ok || to.trimmed().isEmpty())
        return;
    m_worker->run(
        this,
        [profile = m_profile, user = m_warehouse ? m_warehouse->user() : QString(), from, to] {
            return Warehouse(profile, user).moveAll(from, to);
        },
        [this, from, to](const Result<int>& moved) {
            if (!moved)
                return tell(moved.error().message(), true);
            tell(tr("Moved %n case(s) from %1 to %2.", nullptr, *moved).arg(from, to.trimmed()));
            m_shelfPlace->setText(to.trimmed());
            showShelf(); // the shelf list where the paper is now
            refreshLists();
        });
}

void WarehouseWindow::recallSelected()
{
    const int row = m_overdue->currentIndex().row();
    if (row < 0)
        return tell(tr("Choose a loan to recall."), true);
    Movement m;
    m.kind = Movement::Kind::Recall;
    m.caseNo = rowsOf(m_overdue)->row(row).cells.value(0);
    record(m);
}

} // namespace Dossier
