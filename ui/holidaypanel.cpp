#include "holidaypanel.h"

#include "common/clock.h"
#include "serverjobs.h"
#include "station/dbworker.h"
#include "station/warehouse.h"
#include "storage/warehouserepository.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dossier {
namespace {

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* it = t->item(row, column);
    return it ? it->text().trimmed() : QString();
}

QString span(const HolidayCalendar::Holiday& h)
{
    return h.from == h.to ? h.from.toString(Qt::ISODate)
                          : QStringLiteral("%1 – %2").arg(h.from.toString(Qt::ISODate), h.to.toString(Qt::ISODate));
}

// A table with its own add and remove buttons under it.
QWidget* withButtons(QTableWidget* table, const QString& add, const QString& remove, const QString& name)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->addWidget(table, 1);
    auto* row = new QHBoxLayout;
    auto* plus = new QPushButton(add, box);
    plus->setObjectName(name + QStringLiteral("Add"));
    auto* minus = new QPushButton(remove, box);
    minus->setObjectName(name + QStringLiteral("Remove"));
    QObject::connect(plus, &QPushButton::clicked, table, [table] {
        const int r = table->rowCount();
        table->insertRow(r);
        for (int c = 0; c < table->columnCount(); ++c)
            table->setItem(r, c, new QTableWidgetItem);
        table->setCurrentCell(r, 0);
        table->editItem(table->item(r, 0));
    });
    QObject::connect(minus, &QPushButton::clicked, table, [table] {
        if (table->currentRow() >= 0)
            table->removeRow(table->currentRow());
    });
    row->addWidget(plus);
    row->addWidget(minus);
    row->addStretch(1);
    v->addLayout(row);
    return box;
}

} // namespace

HolidayPanel::HolidayPanel(Profile profile, DbWorker* db, ServerJobs* server, QWidget* parent)
    : QWidget(parent), m_profile(std::move(profile)), m_db(db), m_server(server)
{
    setObjectName(QStringLiteral("holidayPanel"));
    auto* v = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("calendarYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::today().year() + 1); // the State Council announces next year's in November
    auto* load = new QPushButton(tr("Load"), this);
    load->setObjectName(QStringLiteral("calendarLoad"));
    connect(load, &QPushButton::clicked, this, [this] { loadYear(m_year->value()); });
    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("calendarSource"));
    m_source->setPlaceholderText(tr("the notice it is taken from (国务院办公厅 2026-11-…)"));
    connect(m_source, &QLineEdit::textChanged, this, [this] { check(); });
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);
    top->addWidget(load);
    top->addWidget(new QLabel(tr("Source:"), this));
    top->addWidget(m_source, 1);
    v->addLayout(top);
    buildTables();
    m_check = new QLabel(this);
    m_check->setObjectName(QStringLiteral("calendarCheck"));
    m_check->setWordWrap(true);
    v->addWidget(m_check);
    m_diff = new QListWidget(this);
    m_diff->setObjectName(QStringLiteral("calendarDiff"));
    m_diff->setMaximumHeight(120);
    v->addWidget(new QLabel(tr("Changes from the calendar desks hold now:"), this));
    v->addWidget(m_diff);
    m_publish = new QPushButton(tr("Publish this year to every desk…"), this);
    m_publish->setObjectName(QStringLiteral("calendarPublish"));
    connect(m_publish, &QPushButton::clicked, this, &HolidayPanel::publish);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_publish);
    v->addLayout(bottom);
}

void HolidayPanel::buildTables()
{
    m_holidays = new QTableWidget(0, 3, this);
    m_holidays->setObjectName(QStringLiteral("calendarHolidays"));
    m_holidays->setHorizontalHeaderLabels({tr("Holiday"), tr("First day off"), tr("Last day off")});
    m_holidays->horizontalHeader()->setStretchLastSection(true);
    m_working = new QTableWidget(0, 1, this);
    m_working->setObjectName(QStringLiteral("calendarWorkingDays"));
    m_working->setHorizontalHeaderLabels({tr("Weekend day worked (调休上班)")});
    m_working->horizontalHeader()->setStretchLastSection(true);
    for (QTableWidget* t : {m_holidays, m_working}) {
        t->verticalHeader()->hide();
        connect(t, &QTableWidget::itemChanged, this, [this] { check(); });
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, [this] { check(); });
    }
    m_holidays->setColumnWidth(0, 110);
    m_holidays->setColumnWidth(1, 120);
    auto* v = static_cast<QVBoxLayout*>(layout());
    v->addWidget(withButtons(m_holidays, tr("Add holiday"), tr("Remove holiday"), QStringLiteral("holiday")), 3);
    v->addWidget(withButtons(m_working, tr("Add working day"), tr("Remove working day"), QStringLiteral("working")), 2);
}

void HolidayPanel::loadYear(int year)
{
    m_year->setValue(year);
    m_db->run(
        this, [profile = m_profile] { return Warehouse(profile, {}).calendar(); },
        [this, year](const Result<HolidayCalendar>& cal) {
            if (!cal)
                return Q_EMIT message(cal.error().message(), true);
            const HolidayCalendar::Year* held = cal->year(year);
            m_held = held ? std::optional<HolidayCalendar::Year>(*held) : std::nullopt;
            fill(held ? *held : startOf(*cal, year));
            Q_EMIT loaded(year);
        });
}

int HolidayPanel::year() const
{
    return m_year->value();
}

// A year no desk holds a calendar of: the holidays of the nearest year before it, by name, their days to be
// filled from the State Council's notice (the lunar ones move).
HolidayCalendar::Year HolidayPanel::startOf(const HolidayCalendar& cal, int year)
{
    HolidayCalendar::Year start;
    start.year = year;
    const QList<int> years = cal.years();
    for (auto it = years.crbegin(); it != years.crend(); ++it)
        if (*it < year) {
            for (const HolidayCalendar::Holiday& h : cal.year(*it)->holidays)
                start.holidays.append({h.name, {}, {}});
            break;
        }
    return start;
}

void HolidayPanel::fill(const HolidayCalendar::Year& y)
{
    m_filling = true;
    m_source->setText(y.source);
    m_holidays->setRowCount(0);
    for (const HolidayCalendar::Holiday& h : y.holidays) {
        const int r = m_holidays->rowCount();
        m_holidays->insertRow(r);
        m_holidays->setItem(r, 0, new QTableWidgetItem(h.name));
        m_holidays->setItem(r, 1, new QTableWidgetItem(h.from.toString(Qt::ISODate)));
        m_holidays->setItem(r, 2, new QTableWidgetItem(h.to.toString(Qt::ISODate)));
    }
    m_working->setRowCount(0);
    for (const QDate& d : y.workingDays) {
        m_working->insertRow(m_working->rowCount());
        m_working->setItem(m_working->rowCount() - 1, 0, new QTableWidgetItem(d.toString(Qt::ISODate)));
    }
    m_filling = false;
    check();
}

QByteArray HolidayPanel::yearJson() const
{
    QJsonArray holidays;
    for (int r = 0; r < m_holidays->rowCount(); ++r)
        if (!cell(m_holidays, r, 0).isEmpty() || !cell(m_holidays, r, 1).isEmpty())
            holidays.append(
                QJsonObject{{QStringLiteral("name"), cell(m_holidays, r, 0)},
                            {QStringLiteral("from"), cell(m_holidays, r, 1)},
                            {QStringLiteral("to"),
                             cell(m_holidays, r, 2).isEmpty() ? cell(m_holidays, r, 1) : cell(m_holidays, r, 2)}});
    QJsonArray working;
    for (int r = 0; r < m_working->rowCount(); ++r)
        if (!cell(m_working, r, 0).isEmpty())
            working.append(cell(m_working, r, 0));
    QJsonObject o{{QStringLiteral("year"), m_year->value()},
                  {QStringLiteral("holidays"), holidays},
                  {QStringLiteral("working_days"), working}};
    if (!m_source->text().trimmed().isEmpty())
        o.insert(QStringLiteral("source"), m_source->text().trimmed());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<HolidayCalendar> HolidayPanel::validate() const
{
    return HolidayCalendar::fromJson(yearJson());
}

QStringList HolidayPanel::differences() const
{
    const Result<HolidayCalendar> now = validate();
    if (!now || !now->year(m_year->value()))
        return {};
    const HolidayCalendar::Year& y = *now->year(m_year->value());
    const HolidayCalendar::Year was = m_held ? *m_held : HolidayCalendar::Year{};
    QStringList out;
    const auto find = [](const QList<HolidayCalendar::Holiday>& l, const QString& name) {
        auto it = std::find_if(l.begin(), l.end(), [&](const HolidayCalendar::Holiday& h) { return h.name == name; });
        return it == l.end() ? nullptr : &*it;
    };
    for (const HolidayCalendar::Holiday& h : y.holidays) {
        const HolidayCalendar::Holiday* before = find(was.holidays, h.name);
        if (!before)
            out << tr("+ %1 %2").arg(h.name, span(h));
        else if (before->from != h.from || before->to != h.to)
            out << tr("~ %1: %2 → %3").arg(h.name, span(*before), span(h));
    }
    for (const HolidayCalendar::Holiday& h : was.holidays)
        if (!find(y.holidays, h.name))
            out << tr("− %1 %2").arg(h.name, span(h));
    for (const QDate& d : y.workingDays)
        if (!was.workingDays.contains(d))
            out << tr("+ working day %1").arg(d.toString(Qt::ISODate));
    for (const QDate& d : was.workingDays)
        if (!y.workingDays.contains(d))
            out << tr("− working day %1").arg(d.toString(Qt::ISODate));
    if (y.source != was.source)
        out << tr("~ source: %1").arg(y.source);
    return out;
}

void HolidayPanel::check()
{
    if (m_filling)
        return;
    const Result<HolidayCalendar> cal = validate();
    m_diff->clear();
    if (!cal) {
        m_check->setStyleSheet(QStringLiteral("color:#b71c1c"));
        m_check->setText(m_held ? cal.error().message()
                                : tr("No desk holds a calendar of %1 yet: fill in the days of each holiday from the "
                                     "State Council's notice.")
                                          .arg(m_year->value()) +
                                      QLatin1Char('\n') + cal.error().message());
        m_publish->setEnabled(false);
        return;
    }
    const QStringList diff = differences();
    m_diff->addItems(diff);
    m_check->setStyleSheet(QStringLiteral("color:#2e7d32"));
    m_check->setText(m_held ? tr("Valid. Desks hold a calendar of %1 now; publishing replaces it.").arg(m_year->value())
                            : tr("Valid. Desks hold no calendar of %1 yet: its deadlines are uncertain until it is "
                                 "published.")
                                  .arg(m_year->value()));
    m_publish->setEnabled(!diff.isEmpty() || !m_held);
}

void HolidayPanel::publish()
{
    const Result<HolidayCalendar> cal = validate();
    if (!cal)
        return Q_EMIT message(cal.error().message(), true);
    if (QMessageBox::question(this, tr("Publish the holiday calendar"),
                              tr("Publish the calendar of %1 to every desk? The statutory periods of every 中间库 "
                                 "desk are counted on it from their next sync.")
                                  .arg(m_year->value())) != QMessageBox::Yes)
        return;
    m_publish->setEnabled(false);
    const QByteArray json = yearJson();
    m_server->run<int>([json](SyncEngine& e) { return e.pushCalendar(json); },
                       [this, json](const Result<int>& year) {
                           if (!year) {
                               check();
                               return Q_EMIT message(year.error().message(), true);
                           }
                           // kept here at once, as every desk keeps it when it arrives
                           m_db->run(
                               this,
                               [profile = m_profile, y = *year, json] {
                                   return WarehouseRepository(profile.database()).putCalendarYear(y, json);
                               },
                               [this, y = *year](const Status& kept) {
                                   if (!kept)
                                       Q_EMIT message(kept.error().message(), true);
                                   loadYear(y);
                                   Q_EMIT published(y);
                               });
                       });
}

} // namespace Dossier
