#include "domain/statutoryclock.h"

#include "domain/casenumber.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Dossier {
namespace {

// The longest walk to a working day: 国庆 with its weekends is 9 days; a calendar that needs more is broken.
constexpr int kMaxWalk = 60;

struct StatusKey
{
    ClockState::Status status;
    const char* key;
};
constexpr std::array kStatuses = {
    StatusKey{ClockState::Status::Running, "running"},    StatusKey{ClockState::Status::DueSoon, "due_soon"},
    StatusKey{ClockState::Status::Overdue, "overdue"},    StatusKey{ClockState::Status::Done, "done"},
    StatusKey{ClockState::Status::DoneLate, "done_late"},
};

// The first event of a kind dated from `from` (any day when null) to today.
QDate firstOf(const QList<CaseEvent>& events, const QString& kind, const QDate& from, const QDate& today)
{
    QDate first;
    for (const CaseEvent& e : events) {
        if (e.kind != kind || !e.date.isValid() || e.date > today || (from.isValid() && e.date < from))
            continue;
        if (first.isNull() || e.date < first)
            first = e.date;
    }
    return first;
}

ClockState stateOf(const ClockRule& rule, const QDate& start, const QList<CaseEvent>& events, const QDate& today,
                   const HolidayCalendar& cal, int dueSoonDays)
{
    const Deadline deadline = deadlineOf(start, rule.period, cal);
    ClockState s;
    s.clock = rule.key;
    s.start = start;
    s.due = deadline.due;
    s.uncertain = deadline.uncertain;
    s.stoppedOn = firstOf(events, rule.stopEvent, start, today);
    if (s.stoppedOn.isValid()) {
        s.daysLeft = int(s.stoppedOn.daysTo(s.due));
        s.status = s.daysLeft >= 0 ? ClockState::Status::Done : ClockState::Status::DoneLate;
    } else {
        s.daysLeft = int(today.daysTo(s.due));
        s.status = s.daysLeft < 0              ? ClockState::Status::Overdue
                   : s.daysLeft <= dueSoonDays ? ClockState::Status::DueSoon
                                               : ClockState::Status::Running;
    }
    return s;
}

} // namespace

Deadline deadlineOf(const QDate& start, Period period, const HolidayCalendar& cal)
{
    Deadline d;
    if (!start.isValid())
        return d;
    // QDate::addMonths gives the month's last day when it has no such day, as §85 asks.
    d.due = start.addMonths(period.months).addDays(period.days);
    for (int step = 0; step < kMaxWalk; ++step) {
        const std::optional<bool> working = cal.isWorkingDay(d.due);
        if (!working)
            d.uncertain = true;
        if (working.value_or(d.due.dayOfWeek() < Qt::Saturday))
            return d;
        d.due = d.due.addDays(1);
    }
    d.uncertain = true; // weeks without a working day: the calendar is not to be trusted
    return d;
}

const QStringList& caseEventKinds()
{
    static const QStringList kinds = {
        QStringLiteral("appeal_received"), QStringLiteral("handed_to_warehouse"),
        QStringLiteral("archived"),        QStringLiteral("sent_to_second_instance"),
        QStringLiteral("case_closed"),     QStringLiteral("closing_notice_received"),
    };
    return kinds;
}

QJsonObject CaseEventRecord::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("date"), date.toString(Qt::ISODate)},
            {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("by"), by}};
}

CaseEventRecord CaseEventRecord::fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body)
{
    CaseEventRecord e;
    e.uid = uid;
    e.caseNo = caseNo;
    e.kind = body.value(QStringLiteral("kind")).toString();
    // Only YYYY-MM-DD: anything else is no date, and refused by check().
    const QString date = body.value(QStringLiteral("date")).toString();
    e.date = date.size() == 10 ? QDate::fromString(date, QStringLiteral("yyyy-MM-dd")) : QDate();
    e.at = QDateTime::fromString(body.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    e.by = body.value(QStringLiteral("by")).toString();
    return e;
}

std::optional<Error> CaseEventRecord::check() const
{
    const auto invalid = [](const char* why, const QStringList& args = {}) {
        return Error(QStringLiteral("case_event_invalid"), why, args);
    };
    if (uid.isEmpty() || uid.size() > 64)
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A case event needs an id of at most 64 characters."));
    if (!CaseNumber::parse(caseNo))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is not a case number (案号)."), {caseNo.left(80)});
    if (!caseEventKinds().contains(kind))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is not a case event: %2."),
                       {kind.left(40), caseEventKinds().join(QStringLiteral(", "))});
    if (!at.isValid() || at.date().year() < 2000 || at > QDateTime::currentDateTimeUtc().addDays(1))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A case event needs the time it was recorded."));
    if (!date.isValid() || date.year() < 2000 || date > at.toUTC().date().addDays(1))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A case event needs its date, no later than the day it "
                                                           "was recorded."));
    const bool clean = std::all_of(by.begin(), by.end(), [](QChar c) { return c.unicode() >= 0x20; });
    if (by.isEmpty() || by.size() > 200 || !clean)
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A case event needs who recorded it."));
    return std::nullopt;
}

const QList<ClockRule>& clockRules()
{
    // 11.2: handover 5 days, archiving 5 days, transfer 7 days; 15.1: closing notice 2 months, archiving 7 days.
    // The transfer waits for the archiving of an appeal: the archiving of a case that was never appealed sends
    // nothing to a second instance.
    static const QList<ClockRule> rules = {
        {QStringLiteral("appeal_handover"), QStringLiteral("appeal_received"), QStringLiteral("handed_to_warehouse"),
         Period{.days = 5, .months = 0}, QT_TRANSLATE_NOOP("Dossier::Clock", "Appeal: hand over to the warehouse"),
         QString()}, // 上诉移交中间库
        {QStringLiteral("appeal_archive"), QStringLiteral("handed_to_warehouse"), QStringLiteral("archived"),
         Period{.days = 5, .months = 0}, QT_TRANSLATE_NOOP("Dossier::Clock", "Appeal: archive in the warehouse"),
         QString()}, // 上诉中间库归档
        {QStringLiteral("appeal_transfer"), QStringLiteral("archived"), QStringLiteral("sent_to_second_instance"),
         Period{.days = 7, .months = 0}, QT_TRANSLATE_NOOP("Dossier::Clock", "Appeal: send to the second instance"),
         QStringLiteral("appeal_received")}, // 上诉移送二审
        {QStringLiteral("closing_notice"), QStringLiteral("case_closed"), QStringLiteral("closing_notice_received"),
         Period{.days = 0, .months = 2}, QT_TRANSLATE_NOOP("Dossier::Clock", "Closing: send the closing notice"),
         QString()}, // 结案通知单
        {QStringLiteral("closing_archive"), QStringLiteral("closing_notice_received"), QStringLiteral("archived"),
         Period{.days = 7, .months = 0}, QT_TRANSLATE_NOOP("Dossier::Clock", "Closing: archive in the warehouse"),
         QString()}, // 结案中间库归档
    };
    return rules;
}

const ClockRule* clockRule(const QString& key)
{
    for (const ClockRule& rule : clockRules())
        if (rule.key == key)
            return &rule;
    return nullptr;
}

QString clockName(const QString& key)
{
    const ClockRule* rule = clockRule(key);
    return rule ? QCoreApplication::translate("Dossier::Clock", rule->name) : key;
}

QString statusKey(ClockState::Status status)
{
    for (const StatusKey& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

QList<ClockState> clocksOf(const QList<CaseEvent>& events, const QDate& today, const HolidayCalendar& cal,
                           int dueSoonDays)
{
    QList<ClockState> clocks;
    for (const ClockRule& rule : clockRules()) {
        QDate after;
        if (!rule.afterEvent.isEmpty()) {
            after = firstOf(events, rule.afterEvent, QDate(), today);
            if (after.isNull())
                continue; // not a case of this clock
        }
        const QDate start = firstOf(events, rule.startEvent, after, today);
        if (start.isValid())
            clocks << stateOf(rule, start, events, today, cal, dueSoonDays);
    }
    return clocks;
}

} // namespace Dossier
