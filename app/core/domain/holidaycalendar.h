#pragma once
// The public holidays the State Council announces each year (usually in November, for the next year): the days off
// (放假) and the weekend days declared working (调休上班). Statutory periods (民事诉讼法 §85) end on the next working
// day after a weekend or a holiday, so a deadline is only as good as the calendar of its year: a year without one
// is not guessed at here (isWorkingDay() says nothing), and the deadline built on it is marked uncertain.
// One JSON file per year, shipped at :/dossier/holidays/<year>.json and later synced from administrators:
//   {"year":2026,"source":"国务院办公厅 2025-11-04",
//    "holidays":[{"name":"春节","from":"2026-02-15","to":"2026-02-23"},…],"working_days":["2026-02-14",…]}
#include <dossier/result.h>

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Dossier {

class HolidayCalendar final
{
public:
    struct Holiday final
    {
        QString name; // 春节
        QDate from;   // first day off
        QDate to;     // last day off (inclusive)
    };
    struct Year final
    {
        int year = 0;
        QString source; // the notice it was taken from
        QList<Holiday> holidays;
        QList<QDate> workingDays; // weekend days declared working
    };

    // One year's file, checked: it arrives by sync and is hostile until checked. The year must be 2000–2100; every
    // date strict YYYY-MM-DD and in that year, or within a week of it (元旦 2023 began on 2022-12-31); a holiday at
    // most 15 days and not reversed; a working day a Saturday or a Sunday outside every holiday; at most 32
    // holidays and 32 working days, 64 KiB in all. Unknown keys are ignored. Error code "calendar_invalid".
    static Result<HolidayCalendar> fromJson(const QByteArray& json);
    // One year as its file (what fromJson reads back), compact.
    static QByteArray toJson(const Year& year);
    // Every year shipped in the resources (:/dossier/holidays/*.json); a broken file is skipped with a warning.
    static HolidayCalendar builtin();

    // Adds a year, replacing the one already held for it (an administrator's correction replaces the notice).
    // The year is taken as it is: what comes from outside goes through fromJson() first.
    void add(const Year& year);
    // Adds every year of another calendar, replacing this one's years of the same number.
    void merge(const HolidayCalendar& other);

    bool covers(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    const Year* year(int year) const;

    // Whether a day is a working day: Monday to Friday unless a holiday, Saturday and Sunday only when declared
    // working. Nothing when the calendar has no file for the day's year (or the date is invalid).
    std::optional<bool> isWorkingDay(const QDate& date) const;
    // The holiday a day falls in ("国庆节"), or empty.
    QString holidayName(const QDate& date) const;

private:
    void index();

    QMap<int, Year> m_years;
    // Every declared day of every year: true for a working day, false for a holiday. A file may declare a day of
    // the adjacent year; the later year's notice wins over the earlier, being the later word of the State Council.
    QHash<QDate, bool> m_declared;
    QHash<QDate, QString> m_names;
};

} // namespace Dossier
