// Statutory periods (民事诉讼法 §85) over the State Council's 2026 calendar as shipped, worked out by hand from the
// notice: weekends, the seven holidays and the six weekend days declared working (调休上班); periods in months;
// a year without a calendar making a deadline uncertain. The calendar file arrives by sync and is refused when
// hostile. The warehouse's five clocks (Nantong standard 11.2 and 15.1) from a case's events.
#include "domain/holidaycalendar.h"
#include "domain/statutoryclock.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Dossier;

namespace {

QDate day(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// A 2026 file with the given holidays and working days (JSON text).
QByteArray year2026(const QByteArray& holidays, const QByteArray& workingDays = "[]")
{
    return "{\"year\":2026,\"holidays\":" + holidays + ",\"working_days\":" + workingDays + "}";
}

QByteArray holiday(const char* from, const char* to, const QByteArray& name = "节")
{
    return "{\"name\":\"" + name + "\",\"from\":\"" + from + "\",\"to\":\"" + to + "\"}";
}

// 1 a working day, 0 a day off, -1 a day of a year the calendar does not cover.
int status(const HolidayCalendar& cal, const QDate& date)
{
    const std::optional<bool> working = cal.isWorkingDay(date);
    return working ? int(*working) : -1;
}

// Events as "kind date, kind date" (a date that does not parse stays invalid).
QList<CaseEvent> events(const QString& text)
{
    QList<CaseEvent> list;
    for (const QString& e : text.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const QStringList parts = e.split(QLatin1Char(' '));
        list << CaseEvent{parts.value(0), QDate::fromString(parts.value(1), Qt::ISODate)};
    }
    return list;
}

// A clock as one line: "key start due status[@stop] daysLeft[ ?]"; clocks joined by "; ".
QString render(const QList<ClockState>& clocks)
{
    QStringList lines;
    for (const ClockState& c : clocks) {
        QString status = statusKey(c.status);
        if (c.stoppedOn.isValid())
            status += QLatin1Char('@') + c.stoppedOn.toString(Qt::ISODate);
        lines << QStringLiteral("%1 %2 %3 %4 %5%6")
                     .arg(c.clock, c.start.toString(Qt::ISODate), c.due.toString(Qt::ISODate), status)
                     .arg(c.daysLeft)
                     .arg(c.uncertain ? QStringLiteral(" ?") : QString());
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestDeadlines final : public QObject
{
    Q_OBJECT

    HolidayCalendar m_2026; // the shipped 2026 file alone

private slots:
    void initTestCase();
    void shippedCalendar_data();
    void shippedCalendar();
    void deadlines_data();
    void deadlines();
    void walkIntoAYearNotCovered();
    void invalidStart();
    void hostileCalendar_data();
    void hostileCalendar();
    void acceptedCalendar_data();
    void acceptedCalendar();
    void aNoticeReachingIntoTheYearBefore();
    void addReplacesAYear();
    void builtinCoversTheShippedYears();
    void clockRulesAsData();
    void clocks_data();
    void clocks();
};

void TestDeadlines::initTestCase()
{
    const HolidayCalendar builtin = HolidayCalendar::builtin(); // registers the core's resources
    QVERIFY(builtin.covers(2026));
    QFile f(QStringLiteral(":/dossier/holidays/2026.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<HolidayCalendar> cal = HolidayCalendar::fromJson(f.readAll());
    QVERIFY_RESULT(cal);
    m_2026 = *cal;
    QCOMPARE(m_2026.years(), QList<int>{2026});
}

void TestDeadlines::shippedCalendar_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("expected"); // 1 working, 0 rest, -1 not covered

    QTest::newRow("元旦 01-01 Thu") << day("2026-01-01") << 0;
    QTest::newRow("元旦 01-03 Sat") << day("2026-01-03") << 0;
    QTest::newRow("01-04 Sun declared working") << day("2026-01-04") << 1;
    QTest::newRow("02-13 Fri") << day("2026-02-13") << 1;
    QTest::newRow("02-14 Sat declared working") << day("2026-02-14") << 1;
    QTest::newRow("春节 02-15 Sun") << day("2026-02-15") << 0;
    QTest::newRow("春节 02-18 Wed") << day("2026-02-18") << 0;
    QTest::newRow("春节 02-23 Mon") << day("2026-02-23") << 0;
    QTest::newRow("02-24 Tue") << day("2026-02-24") << 1;
    QTest::newRow("02-28 Sat declared working") << day("2026-02-28") << 1;
    QTest::newRow("03-01 Sun") << day("2026-03-01") << 0;
    QTest::newRow("清明 04-06 Mon") << day("2026-04-06") << 0;
    QTest::newRow("劳动节 05-05 Tue") << day("2026-05-05") << 0;
    QTest::newRow("05-09 Sat declared working") << day("2026-05-09") << 1;
    QTest::newRow("端午 06-19 Fri") << day("2026-06-19") << 0;
    QTest::newRow("09-20 Sun declared working") << day("2026-09-20") << 1;
    QTest::newRow("中秋 09-25 Fri") << day("2026-09-25") << 0;
    QTest::newRow("国庆 10-07 Wed") << day("2026-10-07") << 0;
    QTest::newRow("10-08 Thu") << day("2026-10-08") << 1;
    QTest::newRow("10-10 Sat declared working") << day("2026-10-10") << 1;
    QTest::newRow("10-11 Sun") << day("2026-10-11") << 0;
    QTest::newRow("12-31 Thu") << day("2026-12-31") << 1;
    QTest::newRow("2025 not in this calendar") << day("2025-12-31") << -1;
    QTest::newRow("2027 not covered") << day("2027-01-04") << -1;
    QTest::newRow("invalid date") << QDate() << -1;
}

void TestDeadlines::shippedCalendar()
{
    QFETCH(QDate, date);
    QFETCH(int, expected);
    QCOMPARE(status(m_2026, date), expected);
}

void TestDeadlines::deadlines_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<bool>("uncertain");

    // Days: the start day is not counted.
    QTest::newRow("5 days Wed 03-04 → Mon 03-09") << day("2026-03-04") << 5 << 0 << day("2026-03-09") << false;
    QTest::newRow("5 days from Mon lands Sat 03-07 → Mon") << day("2026-03-02") << 5 << 0 << day("2026-03-09") << false;
    QTest::newRow("1 day from Fri 03-13 lands Sat → Mon 03-16")
        << day("2026-03-13") << 1 << 0 << day("2026-03-16") << false;
    QTest::newRow("lands on a weekday before a weekend: Sat 12-26 + 5 → Thu 12-31")
        << day("2026-12-26") << 5 << 0 << day("2026-12-31") << false;
    // Holidays: the next working day after the whole holiday.
    QTest::newRow("国庆: 09-28 + 5 = 10-03 → 10-08") << day("2026-09-28") << 5 << 0 << day("2026-10-08") << false;
    QTest::newRow("国庆: 09-24 + 7 = 10-01 → 10-08") << day("2026-09-24") << 7 << 0 << day("2026-10-08") << false;
    QTest::newRow("10-10 Sat is a working day: 10-03 + 7 stays")
        << day("2026-10-03") << 7 << 0 << day("2026-10-10") << false;
    QTest::newRow("10-10 Sat is a working day: 10-05 + 5 stays")
        << day("2026-10-05") << 5 << 0 << day("2026-10-10") << false;
    QTest::newRow("春节: 02-12 + 5 = 02-17 → 02-24") << day("2026-02-12") << 5 << 0 << day("2026-02-24") << false;
    QTest::newRow("春节: 02-10 + 5 = 02-15 → 02-24") << day("2026-02-10") << 5 << 0 << day("2026-02-24") << false;
    QTest::newRow("02-14 Sat is a working day: 02-09 + 5 stays")
        << day("2026-02-09") << 5 << 0 << day("2026-02-14") << false;
    QTest::newRow("02-28 Sat is a working day: 02-23 + 5 stays")
        << day("2026-02-23") << 5 << 0 << day("2026-02-28") << false;
    QTest::newRow("01-04 Sun is a working day: 2025-12-30 + 5 stays")
        << day("2025-12-30") << 5 << 0 << day("2026-01-04") << false;
    QTest::newRow("元旦: 2025-12-27 + 5 = 01-01 → Sun 01-04 (working)")
        << day("2025-12-27") << 5 << 0 << day("2026-01-04") << false;
    QTest::newRow("清明: 03-30 + 5 = Sat 04-04 → Tue 04-07")
        << day("2026-03-30") << 5 << 0 << day("2026-04-07") << false;
    QTest::newRow("劳动节: 04-28 + 5 = 05-03 → Wed 05-06") << day("2026-04-28") << 5 << 0 << day("2026-05-06") << false;
    QTest::newRow("05-09 Sat is a working day: 05-04 + 5 stays")
        << day("2026-05-04") << 5 << 0 << day("2026-05-09") << false;
    QTest::newRow("端午: 06-14 + 5 = 06-19 → Mon 06-22") << day("2026-06-14") << 5 << 0 << day("2026-06-22") << false;
    QTest::newRow("09-20 Sun is a working day: 09-15 + 5 stays")
        << day("2026-09-15") << 5 << 0 << day("2026-09-20") << false;
    QTest::newRow("中秋: 09-20 + 5 = 09-25 → Mon 09-28") << day("2026-09-20") << 5 << 0 << day("2026-09-28") << false;
    // Months: the same day of the last month, or that month's last day.
    QTest::newRow("01-31 + 1 month = 02-28, a Saturday declared working")
        << day("2026-01-31") << 0 << 1 << day("2026-02-28") << false;
    QTest::newRow("03-31 + 2 months = Sun 05-31 → Mon 06-01")
        << day("2026-03-31") << 0 << 2 << day("2026-06-01") << false;
    QTest::newRow("08-31 + 1 month = Wed 09-30") << day("2026-08-31") << 0 << 1 << day("2026-09-30") << false;
    QTest::newRow("04-30 + 1 month = Sat 05-30, not 05-31 → Mon 06-01")
        << day("2026-04-30") << 0 << 1 << day("2026-06-01") << false;
    QTest::newRow("closing: 08-01 + 2 months = 10-01 → 10-08")
        << day("2026-08-01") << 0 << 2 << day("2026-10-08") << false;
    // Years without a calendar.
    QTest::newRow("12-28 + 7 = 2027-01-04: 2027 not covered")
        << day("2026-12-28") << 7 << 0 << day("2027-01-04") << true;
    QTest::newRow("12-20 + 7 = Sun 12-27 → Mon 12-28, certain")
        << day("2026-12-20") << 7 << 0 << day("2026-12-28") << false;
    QTest::newRow("2026-11-15 + 2 months = 2027-01-15: uncertain")
        << day("2026-11-15") << 0 << 2 << day("2027-01-15") << true;
    QTest::newRow("leap year 2024-01-31 + 1 month = 02-29: uncertain")
        << day("2024-01-31") << 0 << 1 << day("2024-02-29") << true;
}

void TestDeadlines::deadlines()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(int, months);
    QFETCH(QDate, due);
    QFETCH(bool, uncertain);
    const Deadline d = deadlineOf(start, Period{.days = days, .months = months}, m_2026);
    QCOMPARE(d.due, due);
    QCOMPARE(d.uncertain, uncertain);
}

void TestDeadlines::walkIntoAYearNotCovered()
{
    // The last day is covered (a holiday), but the walk to the next working day crosses into 2027: uncertain, and
    // the guess takes 2027-01-01 (a Friday) as working.
    const Result<HolidayCalendar> cal =
        HolidayCalendar::fromJson(year2026("[" + holiday("2026-12-30", "2026-12-31") + "]"));
    QVERIFY_RESULT(cal);
    const Deadline d = deadlineOf(day("2026-12-25"), Period{.days = 5}, *cal);
    QCOMPARE(d.due, day("2027-01-01"));
    QVERIFY(d.uncertain);
}

void TestDeadlines::invalidStart()
{
    const Deadline d = deadlineOf(QDate(), Period{.days = 5}, m_2026);
    QVERIFY(d.due.isNull());
}

void TestDeadlines::hostileCalendar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment"); // what the English message names

    const QByteArray ok = "[" + holiday("2026-10-01", "2026-10-07") + "]";
    QTest::newRow("not JSON") << QByteArray("{\"year\":2026,") << QStringLiteral("not JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("a list") << QByteArray("[2026]") << QStringLiteral("at $: not an object");
    QTest::newRow("no year") << QByteArray("{\"holidays\":" + ok + ",\"working_days\":[]}") << QStringLiteral("$.year");
    QTest::newRow("year as text") << QByteArray("{\"year\":\"2026\",\"holidays\":" + ok + ",\"working_days\":[]}")
                                  << QStringLiteral("$.year");
    QTest::newRow("fractional year") << QByteArray("{\"year\":2026.5,\"holidays\":" + ok + ",\"working_days\":[]}")
                                     << QStringLiteral("$.year");
    QTest::newRow("year 1900") << QByteArray("{\"year\":1900,\"holidays\":" + ok + ",\"working_days\":[]}")
                               << QStringLiteral("$.year");
    QTest::newRow("source a number") << QByteArray("{\"year\":2026,\"source\":7,\"holidays\":" + ok +
                                                   ",\"working_days\":[]}")
                                     << QStringLiteral("$.source");
    QTest::newRow("source too long") << QByteArray("{\"year\":2026,\"source\":\"" + QByteArray(300, 'x') +
                                                   "\",\"holidays\":" + ok + ",\"working_days\":[]}")
                                     << QStringLiteral("$.source");
    QTest::newRow("no holidays") << QByteArray("{\"year\":2026,\"working_days\":[]}") << QStringLiteral("$.holidays");
    QTest::newRow("holidays empty") << year2026("[]") << QStringLiteral("$.holidays");
    QTest::newRow("holidays an object") << year2026(holiday("2026-10-01", "2026-10-07"))
                                        << QStringLiteral("$.holidays");
    QTest::newRow("holiday a string") << year2026("[\"2026-10-01\"]") << QStringLiteral("$.holidays[0]: not an object");
    QTest::newRow("holiday without a name")
        << year2026("[{\"from\":\"2026-10-01\",\"to\":\"2026-10-07\"}]") << QStringLiteral("$.holidays[0].name");
    QTest::newRow("name too long") << year2026("[" + holiday("2026-10-01", "2026-10-07", QByteArray(41, 'n')) + "]")
                                   << QStringLiteral("$.holidays[0].name");
    QTest::newRow("holiday without an end")
        << year2026("[{\"name\":\"国庆\",\"from\":\"2026-10-01\"}]") << QStringLiteral("$.holidays[0].to");
    QTest::newRow("date without zeros") << year2026("[" + holiday("2026-2-15", "2026-02-23") + "]")
                                        << QStringLiteral("$.holidays[0].from (\"2026-2-15\")");
    QTest::newRow("30 February") << year2026("[" + holiday("2026-02-15", "2026-02-30") + "]")
                                 << QStringLiteral("$.holidays[0].to (\"2026-02-30\")");
    QTest::newRow("date with a time") << year2026("[" + holiday("2026-02-15T00:00:00", "2026-02-23") + "]")
                                      << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("full-width digits") << year2026("[" + holiday("２０２６-02-15", "2026-02-23") + "]")
                                       << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("a date of another year")
        << year2026("[" + holiday("2027-02-15", "2027-02-23") + "]") << QStringLiteral("not in the calendar's year");
    QTest::newRow("a date of the year before")
        << year2026("[" + holiday("2025-06-01", "2025-06-03") + "]") << QStringLiteral("not in the calendar's year");
    QTest::newRow("a holiday only in the week before the year")
        << year2026("[" + holiday("2025-12-28", "2025-12-31") + "]") << QStringLiteral("not in the calendar's year");
    QTest::newRow("reversed range") << year2026("[" + holiday("2026-10-07", "2026-10-01") + "]")
                                    << QStringLiteral("ends before it starts");
    QTest::newRow("16 days") << year2026("[" + holiday("2026-02-10", "2026-02-25") + "]")
                             << QStringLiteral("longer than 15 days");
    QTest::newRow("a year of holidays") << year2026("[" + holiday("2026-01-01", "2026-12-31") + "]")
                                        << QStringLiteral("longer than 15 days");
    QTest::newRow("no working days") << QByteArray("{\"year\":2026,\"holidays\":" + ok + "}")
                                     << QStringLiteral("$.working_days");
    QTest::newRow("working days a string") << year2026(ok, "\"2026-10-10\"") << QStringLiteral("$.working_days");
    QTest::newRow("working day on a Wednesday")
        << year2026(ok, "[\"2026-03-04\"]") << QStringLiteral("$.working_days[0] (\"2026-03-04\")");
    QTest::newRow("working day inside a holiday")
        << year2026(ok, "[\"2026-10-10\",\"2026-10-04\"]") << QStringLiteral("both a holiday and a working day");
    QTest::newRow("working day of another year")
        << year2026(ok, "[\"2027-10-09\"]") << QStringLiteral("not in the calendar's year");
    QByteArray many = "[";
    for (int i = 0; i < 33; ++i)
        many += (i ? "," : "") + holiday("2026-10-01", "2026-10-07");
    QTest::newRow("33 holidays") << year2026(many + "]") << QStringLiteral("$.holidays: too many entries");
    QByteArray saturdays = "[";
    for (QDate d = day("2026-01-10"); d.year() == 2026; d = d.addDays(7))
        saturdays += (d.month() > 1 || d.day() > 10 ? ",\"" : "\"") + d.toString(Qt::ISODate).toLatin1() + "\"";
    QTest::newRow("every Saturday working")
        << year2026(ok, saturdays + "]") << QStringLiteral("$.working_days: too many entries");
    QTest::newRow("100 KB") << year2026(ok, "[" + QByteArray(100 * 1024, ' ') + "]") << QStringLiteral("too large");
    QByteArray deep(3000, '[');
    QTest::newRow("nested 3000 deep") << deep << QStringLiteral("not JSON");
}

void TestDeadlines::hostileCalendar()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);
    const Result<HolidayCalendar> cal = HolidayCalendar::fromJson(json);
    QVERIFY2(!cal.ok(), json.left(200).constData());
    QCOMPARE(cal.error().code(), QStringLiteral("calendar_invalid"));
    QVERIFY2(cal.error().english().contains(fragment), qPrintable(cal.error().english()));
    QVERIFY(!cal.error().english().contains(QLatin1String("%1")));
}

void TestDeadlines::acceptedCalendar_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QDate>("holiday");

    QTest::newRow("unknown keys ignored")
        << QByteArray("{\"year\":2026,\"about\":{\"x\":[1,2]},\"holidays\":[{\"name\":\"国庆\",\"from\":\"2026-10-01\","
                      "\"to\":\"2026-10-07\",\"days\":7}],\"working_days\":[],\"signature\":null}")
        << day("2026-10-03");
    QTest::newRow("no source, no working days")
        << year2026("[" + holiday("2026-10-01", "2026-10-07") + "]") << day("2026-10-07");
    QTest::newRow("one-day holiday") << year2026("[" + holiday("2026-01-01", "2026-01-01") + "]") << day("2026-01-01");
    QTest::newRow("15 days") << year2026("[" + holiday("2026-02-10", "2026-02-24") + "]") << day("2026-02-24");
    QTest::newRow("元旦 from the last day of the year before")
        << year2026("[" + holiday("2025-12-31", "2026-01-02") + "]", "[\"2025-12-27\"]") << day("2026-01-02");
}

void TestDeadlines::acceptedCalendar()
{
    QFETCH(QByteArray, json);
    QFETCH(QDate, holiday);
    const Result<HolidayCalendar> cal = HolidayCalendar::fromJson(json);
    QVERIFY_RESULT(cal);
    QCOMPARE(cal->years(), QList<int>{2026});
    QCOMPARE(status(*cal, holiday), 0);
}

void TestDeadlines::aNoticeReachingIntoTheYearBefore()
{
    // 元旦 2023 was 2022-12-31 to 2023-01-02, in the 2023 notice. The day says nothing until 2022 is covered too;
    // then the later notice wins over the earlier one for a day both declare (here, a made-up 2022 working day).
    const Result<HolidayCalendar> y2023 = HolidayCalendar::fromJson(
        R"({"year":2023,"holidays":[{"name":"元旦","from":"2022-12-31","to":"2023-01-02"}],"working_days":[]})");
    QVERIFY_RESULT(y2023);
    QCOMPARE(status(*y2023, day("2022-12-31")), -1);
    QCOMPARE(status(*y2023, day("2023-01-02")), 0);
    const Result<HolidayCalendar> y2022 = HolidayCalendar::fromJson(
        R"({"year":2022,"holidays":[{"name":"国庆","from":"2022-10-01","to":"2022-10-07"}],
            "working_days":["2022-12-31"]})");
    QVERIFY_RESULT(y2022);
    for (bool laterFirst : {false, true}) {
        HolidayCalendar cal = laterFirst ? *y2023 : *y2022;
        cal.merge(laterFirst ? *y2022 : *y2023);
        QCOMPARE(cal.years(), (QList<int>{2022, 2023}));
        QCOMPARE(status(cal, day("2022-12-31")), 0);
        QCOMPARE(cal.holidayName(day("2022-12-31")), QStringLiteral("元旦"));
        QCOMPARE(status(cal, day("2022-10-07")), 0);
    }
}

void TestDeadlines::addReplacesAYear()
{
    HolidayCalendar cal = m_2026;
    QCOMPARE(cal.holidayName(day("2026-10-01")), QStringLiteral("国庆节"));
    // An administrator's corrected 2026: 国庆 moved (made up), the 调休 Saturday gone.
    HolidayCalendar::Year corrected;
    corrected.year = 2026;
    corrected.holidays = {{QStringLiteral("国庆节"), day("2026-10-02"), day("2026-10-08")}};
    cal.add(corrected);
    QCOMPARE(cal.years(), QList<int>{2026});
    QCOMPARE(status(cal, day("2026-10-01")), 1);
    QCOMPARE(status(cal, day("2026-10-08")), 0);
    QCOMPARE(status(cal, day("2026-10-10")), 0);
    QCOMPARE(status(cal, day("2026-02-17")), 1); // 春节 is not in the correction
    QVERIFY(cal.holidayName(day("2026-10-01")).isEmpty());
    QCOMPARE(cal.year(2026)->holidays.size(), 1);
    QVERIFY(!cal.year(2027));
}

void TestDeadlines::builtinCoversTheShippedYears()
{
    const HolidayCalendar cal = HolidayCalendar::builtin();
    QVERIFY(cal.covers(2026));
    QVERIFY(cal.covers(2025));
    QVERIFY(!cal.covers(2027));
    QCOMPARE(cal.years(), (QList<int>{2025, 2026}));
    QCOMPARE(cal.year(2026)->source, QStringLiteral("国务院办公厅 2025-11-04"));
    QCOMPARE(cal.year(2026)->holidays.size(), 7);
    QCOMPARE(cal.year(2026)->workingDays.size(), 6);
    QCOMPARE(cal.holidayName(day("2026-02-15")), QStringLiteral("春节"));
    // 2025 (notice of 2024-11-12): 国庆 and 中秋 together, 10-01 to 10-08; 10-11 Sat and 09-28 Sun working.
    QCOMPARE(deadlineOf(day("2025-09-26"), Period{.days = 5}, cal).due, day("2025-10-09"));
    QCOMPARE(status(cal, day("2025-10-11")), 1);
    QCOMPARE(status(cal, day("2025-09-28")), 1);
    QCOMPARE(status(cal, day("2025-01-28")), 0);
    QCOMPARE(status(cal, day("2025-06-02")), 0);
    // Across the turn of the year, both covered: certain.
    const Deadline d = deadlineOf(day("2025-12-27"), Period{.days = 5}, cal);
    QCOMPARE(d.due, day("2026-01-04"));
    QVERIFY(!d.uncertain);
}

void TestDeadlines::clockRulesAsData()
{
    QStringList keys;
    for (const ClockRule& r : clockRules()) {
        keys << r.key;
        QVERIFY(caseEventKinds().contains(r.startEvent));
        QVERIFY(caseEventKinds().contains(r.stopEvent));
        QVERIFY(r.afterEvent.isEmpty() || caseEventKinds().contains(r.afterEvent));
        QVERIFY(!clockName(r.key).isEmpty());
        QCOMPARE(clockRule(r.key), &r);
    }
    QCOMPARE(keys, (QStringList{QStringLiteral("appeal_handover"), QStringLiteral("appeal_archive"),
                                QStringLiteral("appeal_transfer"), QStringLiteral("closing_notice"),
                                QStringLiteral("closing_archive")}));
    QCOMPARE(clockRule(QStringLiteral("closing_notice"))->period.months, 2);
    QCOMPARE(clockRule(QStringLiteral("appeal_transfer"))->period.days, 7);
    QCOMPARE(clockRule(QStringLiteral("appeal_transfer"))->afterEvent, QStringLiteral("appeal_received"));
    QVERIFY(!clockRule(QStringLiteral("nothing")));
    QCOMPARE(clockName(QStringLiteral("nothing")), QStringLiteral("nothing"));
    QCOMPARE(statusKey(ClockState::Status::Running), QStringLiteral("running"));
    QCOMPARE(statusKey(ClockState::Status::DueSoon), QStringLiteral("due_soon"));
    QCOMPARE(statusKey(ClockState::Status::Overdue), QStringLiteral("overdue"));
    QCOMPARE(statusKey(ClockState::Status::Done), QStringLiteral("done"));
    QCOMPARE(statusKey(ClockState::Status::DoneLate), QStringLiteral("done_late"));
}

void TestDeadlines::clocks_data()
{
    QTest::addColumn<QString>("events");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("dueSoonDays");
    QTest::addColumn<QString>("expected");

    // An appeal received Mon 03-02: handed over by 03-07 Sat → Mon 03-09.
    const QString received = QStringLiteral("appeal_received 2026-03-02");
    QTest::newRow("no events") << QString() << day("2026-03-03") << 2 << QString();
    QTest::newRow("running") << received << day("2026-03-03") << 2
                             << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 running 6");
    QTest::newRow("due soon, 2 days left")
        << received << day("2026-03-07") << 2 << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 due_soon 2");
    QTest::newRow("running, 3 days left")
        << received << day("2026-03-06") << 2 << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 running 3");
    QTest::newRow("due soon on the due day")
        << received << day("2026-03-09") << 2 << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 due_soon 0");
    QTest::newRow("due soon from a week")
        << received << day("2026-03-03") << 7 << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 due_soon 6");
    QTest::newRow("overdue") << received << day("2026-03-10") << 2
                             << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 overdue -1");
    QTest::newRow("done, the next clock starts")
        << received + QStringLiteral(", handed_to_warehouse 2026-03-05") << day("2026-03-10") << 2
        << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 done@2026-03-05 4; "
                          "appeal_archive 2026-03-05 2026-03-10 due_soon 0");
    QTest::newRow("done on the due day") << received + QStringLiteral(", handed_to_warehouse 2026-03-09")
                                         << day("2026-03-09") << 2
                                         << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 done@2026-03-09 0; "
                                                           "appeal_archive 2026-03-09 2026-03-16 running 7");
    QTest::newRow("done late") << received + QStringLiteral(", handed_to_warehouse 2026-03-11") << day("2026-03-12")
                               << 2
                               << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 done_late@2026-03-11 -2; "
                                                 "appeal_archive 2026-03-11 2026-03-16 running 4");
    QTest::newRow("events after today have not happened")
        << received + QStringLiteral(", handed_to_warehouse 2026-03-05") << day("2026-03-04") << 2
        << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 running 5");
    QTest::newRow("the first start counts")
        << QStringLiteral("appeal_received 2026-03-04, ") + received << day("2026-03-04") << 2
        << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 running 5");
    QTest::newRow("unknown kinds and undated events ignored")
        << QStringLiteral("appeal_recieved 2026-03-02, appeal_received -, handed_to_warehouse") << day("2026-03-04")
        << 2 << QString();
    // A closed case, never appealed: no appeal clock, though it was archived.
    const QString closed = QStringLiteral("case_closed 2026-06-01, closing_notice_received 2026-06-15, "
                                          "archived 2026-06-18");
    QTest::newRow("closing, both done") << closed << day("2026-06-30") << 2
                                        << QStringLiteral("closing_notice 2026-06-01 2026-08-03 done@2026-06-15 49; "
                                                          "closing_archive 2026-06-15 2026-06-22 done@2026-06-18 4");
    QTest::newRow("closing archive running, 端午 in the way")
        << QStringLiteral("case_closed 2026-06-01, closing_notice_received 2026-06-15") << day("2026-06-19") << 2
        << QStringLiteral("closing_notice 2026-06-01 2026-08-03 done@2026-06-15 49; "
                          "closing_archive 2026-06-15 2026-06-22 running 3");
    QTest::newRow("appealed after archiving: the old archiving starts no transfer")
        << closed + QStringLiteral(", appeal_received 2026-07-01") << day("2026-07-10") << 2
        << QStringLiteral("appeal_handover 2026-07-01 2026-07-06 overdue -4; "
                          "closing_notice 2026-06-01 2026-08-03 done@2026-06-15 49; "
                          "closing_archive 2026-06-15 2026-06-22 done@2026-06-18 4");
    QTest::newRow("a stop before the start does not stop it")
        << QStringLiteral("archived 2026-03-01, handed_to_warehouse 2026-03-02") << day("2026-03-03") << 2
        << QStringLiteral("appeal_archive 2026-03-02 2026-03-09 running 6");
    // The whole appeal over 中秋 and 国庆: 09-21 + 5 = Sat 09-26 → 09-28; 09-24 + 5 = Tue 09-29;
    // 09-28 + 7 = 10-05 → 10-08, and sent on 10-09: a day late.
    QTest::newRow("the appeal through 国庆")
        << QStringLiteral("appeal_received 2026-09-21, handed_to_warehouse 2026-09-24, archived 2026-09-28, "
                          "sent_to_second_instance 2026-10-09")
        << day("2026-10-12") << 2
        << QStringLiteral("appeal_handover 2026-09-21 2026-09-28 done@2026-09-24 4; "
                          "appeal_archive 2026-09-24 2026-09-29 done@2026-09-28 1; "
                          "appeal_transfer 2026-09-28 2026-10-08 done_late@2026-10-09 -1");
    QTest::newRow("transfer running after the appeal's archiving")
        << QStringLiteral("appeal_received 2026-09-21, handed_to_warehouse 2026-09-24, archived 2026-09-28")
        << day("2026-10-06") << 2
        << QStringLiteral("appeal_handover 2026-09-21 2026-09-28 done@2026-09-24 4; "
                          "appeal_archive 2026-09-24 2026-09-29 done@2026-09-28 1; "
                          "appeal_transfer 2026-09-28 2026-10-08 due_soon 2");
    QTest::newRow("archived the day the appeal came: the transfer runs")
        << QStringLiteral("appeal_received 2026-03-02, archived 2026-03-02") << day("2026-03-03") << 2
        << QStringLiteral("appeal_handover 2026-03-02 2026-03-09 running 6; "
                          "appeal_transfer 2026-03-02 2026-03-09 running 6");
    QTest::newRow("closing notice due in 2027: uncertain")
        << QStringLiteral("case_closed 2026-11-15") << day("2026-12-01") << 2
        << QStringLiteral("closing_notice 2026-11-15 2027-01-15 running 45 ?");
}

void TestDeadlines::clocks()
{
    QFETCH(QString, events);
    QFETCH(QDate, today);
    QFETCH(int, dueSoonDays);
    QFETCH(QString, expected);
    QCOMPARE(render(clocksOf(::events(events), today, m_2026, dueSoonDays)), expected);
}

QTEST_GUILESS_MAIN(TestDeadlines)
#include "testdeadlines.moc"
