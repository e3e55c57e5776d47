#pragma once

#include "domain/holidaycalendar.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Dossier {

class DbWorker;
class ServerJobs;

// The console's 节假日 tab: one year of the holiday calendar the 中间库's statutory clocks count on, edited from the
// year this desk holds (shipped, or published before), checked as every desk checks it (HolidayCalendar::fromJson),
// compared with that year, and published to every desk (SyncEngine::pushCalendar).
class HolidayPanel final : public QWidget
{
    Q_OBJECT

public:
    HolidayPanel(Profile profile, DbWorker* db, ServerJobs* server, QWidget* parent = nullptr);

    // Reads the year as this desk holds it (on the DB worker) into the editor.
    void loadYear(int year);
    int year() const;
    // The year as edited, as its file; and that file checked.
    QByteArray yearJson() const;
    Result<HolidayCalendar> validate() const;
    // The differences from the year as held, a line each.
    QStringList differences() const;
    void publish();

Q_SIGNALS:
    void loaded(int year);
    void published(int year);
    void message(const QString& text, bool error);

private:
    void buildTables();
    void fill(const HolidayCalendar::Year& year);
    static HolidayCalendar::Year startOf(const HolidayCalendar& cal, int year);
    void check();

    Profile m_profile;
    DbWorker* m_db;
    ServerJobs* m_server;
    std::optional<HolidayCalendar::Year> m_held; // as shipped or published (none: the year has no calendar)
    bool m_filling = false;

    QSpinBox* m_year = nullptr;
    QLineEdit* m_source = nullptr;
    QTableWidget* m_holidays = nullptr;
    QTableWidget* m_working = nullptr;
    QLabel* m_check = nullptr;
    QListWidget* m_diff = nullptr;
    QPushButton* m_publish = nullptr;
};

} // namespace Dossier
