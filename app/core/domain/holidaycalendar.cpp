#include "domain/holidaycalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <cmath>

// Resources of a static library must be registered explicitly.
static void initCoreResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Dossier {
namespace {

Q_LOGGING_CATEGORY(lcCalendar, "dossier.calendar")

constexpr int kMinYear = 2000;
constexpr int kMaxYear = 2100;
constexpr qsizetype kMaxBytes = 64 * 1024; // a year's notice is under 2 KiB
constexpr qsizetype kMaxEntries = 32;      // holidays, and working days, of one year (a notice has 7 and 6)
constexpr qint64 kMaxHolidayDays = 15;     // 春节 is the longest at 8–9 days
constexpr int kEdgeDays = 7;               // a notice may reach this far into the adjacent year
constexpr qsizetype kMaxName = 40;
constexpr qsizetype kMaxSource = 200;

Error invalid(const QString& where, const char* why)
{
    return Error(QStringLiteral("calendar_invalid"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The holiday calendar is not valid at %1: %2."),
                 {where, QCoreApplication::translate("Dossier::Error", why)});
}

// The place in the file and the offending text, cut short: the text is the sender's and may be anything.
QString at(const QString& path, const QJsonValue& v)
{
    return v.isString() ? QStringLiteral("%1 (\"%2\")").arg(path, v.toString().left(24)) : path;
}

// Only YYYY-MM-DD: a week date, a time or a missing zero is a typing slip in a notice, not a form to guess at.
QDate parseDate(const QJsonValue& v)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString s = v.toString();
    return form.match(s).hasMatch() ? QDate::fromString(s, QStringLiteral("yyyy-MM-dd")) : QDate();
}

// A date of the calendar's year or of the week either side of it: 元旦 2023 was 2022-12-31 to 2023-01-02, and
// 2012's notice made 2011-12-31 a working day.
Result<QDate> dateNear(const QJsonValue& v, int year, const QString& path)
{
    const QDate d = parseDate(v);
    if (!d.isValid())
        return invalid(at(path, v),
                       QT_TRANSLATE_NOOP("Dossier::Error", "missing, or not a date of the form YYYY-MM-DD"));
    if (d < QDate(year, 1, 1).addDays(-kEdgeDays) || d > QDate(year, 12, 31).addDays(kEdgeDays))
        return invalid(at(path, v), QT_TRANSLATE_NOOP("Dossier::Error", "the date is not in the calendar's year"));
    return d;
}

Result<HolidayCalendar::Holiday> parseHoliday(const QJsonValue& v, int year, const QString& path)
{
    if (!v.isObject())
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "not an object"));
    const QJsonObject o = v.toObject();
    HolidayCalendar::Holiday h;
    h.name = o.value(QStringLiteral("name")).toString().trimmed();
    if (h.name.isEmpty() || h.name.size() > kMaxName)
        return invalid(path + QStringLiteral(".name"),
                       QT_TRANSLATE_NOOP("Dossier::Error", "missing, empty or too long"));
    const Result<QDate> from = dateNear(o.value(QStringLiteral("from")), year, path + QStringLiteral(".from"));
    if (!from)
        return from.error();
    const Result<QDate> to = dateNear(o.value(QStringLiteral("to")), year, path + QStringLiteral(".to"));
    if (!to)
        return to.error();
    if (*to < *from)
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "the holiday ends before it starts"));
    if (from->daysTo(*to) >= kMaxHolidayDays)
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "the holiday is longer than 15 days"));
    if (from->year() != year && to->year() != year)
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "the date is not in the calendar's year"));
    h.from = *from;
    h.to = *to;
    return h;
}

// A list of at most kMaxEntries; an empty list is allowed only where a notice may have none.
Result<QJsonArray> listAt(const QJsonObject& o, const QString& key, bool mayBeEmpty)
{
    const QJsonValue v = o.value(key);
    const QString path = QStringLiteral("$.") + key;
    if (!v.isArray() || (!mayBeEmpty && v.toArray().isEmpty()))
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "missing, empty or not a list"));
    if (v.toArray().size() > kMaxEntries)
        return invalid(path, QT_TRANSLATE_NOOP("Dossier::Error", "too many entries"));
    return v.toArray();
}

Result<QList<QDate>> parseWorkingDays(const QJsonObject& o, const HolidayCalendar::Year& y)
{
    const Result<QJsonArray> list = listAt(o, QStringLiteral("working_days"), true);
    if (!list)
        return list.error();
    QList<QDate> days;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = QStringLiteral("$.working_days[%1]").arg(i);
        const Result<QDate> d = dateNear(list->at(i), y.year, path);
        if (!d)
            return d.error();
        if (d->dayOfWeek() < Qt::Saturday) // a weekday works anyway: a slip for another date
            return invalid(at(path, list->at(i)),
                           QT_TRANSLATE_NOOP("Dossier::Error", "a working day must be a Saturday or a Sunday"));
        for (const HolidayCalendar::Holiday& h : y.holidays)
            if (*d >= h.from && *d <= h.to)
                return invalid(at(path, list->at(i)),
                               QT_TRANSLATE_NOOP("Dossier::Error", "the day is both a holiday and a working day"));
        days << *d;
    }
    return days;
}

Result<HolidayCalendar::Year> parseYear(const QJsonObject& o)
{
    HolidayCalendar::Year y;
    const QJsonValue year = o.value(QStringLiteral("year"));
    const double n = year.toDouble();
    if (!year.isDouble() || n != std::floor(n) || n < kMinYear || n > kMaxYear)
        return invalid(QStringLiteral("$.year"),
                       QT_TRANSLATE_NOOP("Dossier::Error", "missing, or not a year from 2000 to 2100"));
    y.year = int(n);
    const QJsonValue source = o.value(QStringLiteral("source"));
    if (!source.isUndefined() && (!source.isString() || source.toString().size() > kMaxSource))
        return invalid(QStringLiteral("$.source"),
                       QT_TRANSLATE_NOOP("Dossier::Error", "not a text of at most 200 characters"));
    y.source = source.toString();
    const Result<QJsonArray> holidays = listAt(o, QStringLiteral("holidays"), false);
    if (!holidays)
        return holidays.error();
    for (qsizetype i = 0; i < holidays->size(); ++i) {
        const Result<HolidayCalendar::Holiday> h =
            parseHoliday(holidays->at(i), y.year, QStringLiteral("$.holidays[%1]").arg(i));
        if (!h)
            return h.error();
        y.holidays << *h;
    }
    Result<QList<QDate>> working = parseWorkingDays(o, y);
    if (!working)
        return working.error();
    y.workingDays = std::move(working).value();
    return y;
}

} // namespace

Result<HolidayCalendar> HolidayCalendar::fromJson(const QByteArray& json)
{
    if (json.size() > kMaxBytes)
        return Error(QStringLiteral("calendar_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The holiday calendar is too large: %1 bytes (at most %2)."),
                     {QString::number(json.size()), QString::number(kMaxBytes)});
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(QStringLiteral("calendar_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The holiday calendar is not JSON: %1."),
                     {parseError.errorString()});
    if (!doc.isObject())
        return invalid(QStringLiteral("$"), QT_TRANSLATE_NOOP("Dossier::Error", "not an object"));
    const Result<Year> year = parseYear(doc.object());
    if (!year)
        return year.error();
    HolidayCalendar cal;
    cal.add(*year);
    return cal;
}

QByteArray HolidayCalendar::toJson(const Year& year)
{
    QJsonArray holidays;
    for (const Holiday& h : year.holidays)
        holidays.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("from"), h.from.toString(Qt::ISODate)},
                                    {QStringLiteral("to"), h.to.toString(Qt::ISODate)}});
    QJsonArray working;
    for (const QDate& d : year.workingDays)
        working.append(d.toString(Qt::ISODate));
    QJsonObject o{{QStringLiteral("year"), year.year},
                  {QStringLiteral("holidays"), holidays},
                  {QStringLiteral("working_days"), working}};
    if (!year.source.isEmpty())
        o.insert(QStringLiteral("source"), year.source);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HolidayCalendar HolidayCalendar::builtin()
{
    // Parsed once: the resources do not change while the program runs.
    static const HolidayCalendar shipped = [] {
        initCoreResources();
        HolidayCalendar cal;
        const QDir dir(QStringLiteral(":/dossier/holidays"));
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::ReadOnly)) {
                qCWarning(lcCalendar) << "cannot read the built-in holiday calendar" << name;
                continue;
            }
            const Result<HolidayCalendar> year = fromJson(f.readAll());
            if (!year)
                qCWarning(lcCalendar) << "skipped the built-in holiday calendar" << name << year.error().english();
            else if (year->years() != QList<int>{QFileInfo(name).baseName().toInt()})
                qCWarning(lcCalendar) << "skipped the built-in holiday calendar" << name << "of another year";
            else
                cal.merge(*year);
        }
        return cal;
    }();
    return shipped;
}

void HolidayCalendar::add(const Year& year)
{
    m_years.insert(year.year, year);
    index();
}

void HolidayCalendar::merge(const HolidayCalendar& other)
{
    for (const Year& y : other.m_years)
        m_years.insert(y.year, y);
    index();
}

const HolidayCalendar::Year* HolidayCalendar::year(int year) const
{
    const auto it = m_years.constFind(year);
    return it == m_years.constEnd() ? nullptr : &*it;
}

// The days of every year in one table, years in ascending order so that a later notice overrides an earlier one
// on a day both declare; within a year a working day wins over a holiday (fromJson refuses both on one day).
void HolidayCalendar::index()
{
    m_declared.clear();
    m_names.clear();
    for (const Year& y : std::as_const(m_years)) {
        for (const Holiday& h : y.holidays) {
            for (QDate d = h.from; d.isValid() && d <= h.to; d = d.addDays(1)) {
                m_declared.insert(d, false);
                m_names.insert(d, h.name);
            }
        }
        for (const QDate& d : y.workingDays) {
            m_declared.insert(d, true);
            m_names.remove(d);
        }
    }
}

std::optional<bool> HolidayCalendar::isWorkingDay(const QDate& date) const
{
    if (!date.isValid() || !covers(date.year()))
        return std::nullopt;
    const auto it = m_declared.constFind(date);
    if (it != m_declared.constEnd())
        return *it;
    return date.dayOfWeek() < Qt::Saturday;
}

QString HolidayCalendar::holidayName(const QDate& date) const
{
    return m_names.value(date);
}

} // namespace Dossier
