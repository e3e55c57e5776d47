#pragma once
// The statutory clocks of the intermediate warehouse (中间库): the Nantong standard's 11.2 (an appeal is handed over
// within 5 days, archived within 5, sent to the second instance within 7) and 15.1 (the closing notice within
// 2 months of closing, archived within 7 days of it), counted as 民事诉讼法 §85 counts periods. Pure: a case's
// events, a day and a holiday calendar in, the clocks out; storing events and showing clocks are other layers'.
#include "domain/holidaycalendar.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// A period in days or in months (both: the months first, then the days).
struct Period final
{
    int days = 0;
    int months = 0;
};

struct Deadline final
{
    QDate due;              // null when the start is
    bool uncertain = false; // a day the count had to judge lies in a year the calendar does not cover
};

// The last day of a period that began on `start` (§85): the start day is not counted, so N days end on start + N;
// M months end on the same day of the M-th month after, or on that month's last day when it has no such day
// (01-31 + 1 month: 02-28). A last day that is a weekend day or a public holiday moves to the next working day; a
// weekend day declared working (调休上班) is a working day. A day of a year the calendar does not cover is taken
// as working Monday to Friday and the deadline marked uncertain: a guess until an administrator publishes the year.
Deadline deadlineOf(const QDate& start, Period period, const HolidayCalendar& cal);

// The kinds of a case's events the clocks read: appeal_received (the trial division received the appeal),
// handed_to_warehouse, archived, sent_to_second_instance, case_closed, closing_notice_received.
const QStringList& caseEventKinds();

// One clock, as data. It starts on the first `startEvent` — for a rule with an `afterEvent`, only for a case that
// has one and only on or after its first — and stops on the first `stopEvent` on or after its start: a stop dated
// before the start is another round of the case (the first instance's archiving is not the appeal's).
struct ClockRule final
{
    QString key;
    QString startEvent;
    QString stopEvent;
    Period period;
    const char* name = nullptr; // English source text in the context "Dossier::Clock": clockName() translates it
    QString afterEvent;         // empty: the clock runs for every case
};

// appeal_handover, appeal_archive, appeal_transfer, closing_notice, closing_archive, in the order a desk lists them.
const QList<ClockRule>& clockRules();
const ClockRule* clockRule(const QString& key); // null if unknown
QString clockName(const QString& key);          // in the current language; the key itself if unknown

struct CaseEvent final
{
    QString kind; // one of caseEventKinds(); another kind is ignored
    QDate date;
};

// A case event as a desk records it and sync carries it (record kind case_event): which event, the day it happened,
// when and by whom it was recorded. Never changed once recorded. Events arrive from other desks: hostile until
// check() passes.
struct CaseEventRecord final
{
    QString uid; // made by the desk that recorded it
    QString caseNo;
    QString kind; // one of caseEventKinds()
    QDate date;   // the day it happened
    QDateTime at; // when it was recorded (UTC)
    QString by;   // who recorded it

    // {"kind","date","at","by"}: the record's body.
    QJsonObject toJson() const;
    static CaseEventRecord fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body);
    // The first problem of the record: an id of at most 64 characters, a 案号, a kind of caseEventKinds(), a date
    // from 2000 to the day it was recorded (a day's grace for the time zones), a time of recording not in the
    // future, who recorded it (1–200 characters, no control characters). Error code "case_event_invalid".
    std::optional<Error> check() const;
};

struct ClockState final
{
    enum class Status { Running, DueSoon, Overdue, Done, DoneLate };

    QString clock; // ClockRule::key
    QDate start;
    QDate due;
    QDate stoppedOn; // null while it runs
    Status status = Status::Running;
    // Running: calendar days from today to the due day (0 on the day itself, negative when overdue). Stopped: from
    // the stop to the due day (the days to spare; negative: the days late) — today says nothing about a done clock.
    int daysLeft = 0;
    bool uncertain = false; // the due day is a guess (Deadline::uncertain)
};

// "running", "due_soon", "overdue", "done", "done_late".
QString statusKey(ClockState::Status status);

// The clocks of a case on `today`, one per rule whose start event happened, in clockRules() order. Events dated
// after today have not happened yet (the clocks as they stood on a past day); events without a date are ignored.
// A running clock is DueSoon from dueSoonDays calendar days before its due day through the due day, Overdue after.
QList<ClockState> clocksOf(const QList<CaseEvent>& events, const QDate& today, const HolidayCalendar& cal,
                           int dueSoonDays = 2);

} // namespace Dossier
