// The paper of a case in the 中间库: shelf places as clerks type them, movements and case events checked as hostile
// records (they arrive from other desks), where the paper is folded from its movements — a second loan of the same
// paper recorded offline on another desk kept and shown as a conflict, a judge's loan request open until the paper
// is lent to them — and the warehouse's records on a real profile database: a refused movement writes nothing, a
// recorded one waits in the outbox, a shelf's inventory, a bulk move, the loans past due, the published calendar.
#include "common/clock.h"
#include "domain/paper.h"
#include "domain/statutoryclock.h"
#include "station/tablereport.h"
#include "station/warehouse.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/warehouserepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2026）苏0602民初100号");

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

Movement movement(Movement::Kind kind, const QString& at, const QString& uid)
{
    Movement m;
    m.uid = uid;
    m.caseNo = kCase;
    m.kind = kind;
    m.at = QDateTime::fromString(at, Qt::ISODate);
    m.by = QStringLiteral("clerk");
    return m;
}

Movement checkIn(const QString& at, const QString& place = QStringLiteral("A-03-2-15"))
{
    Movement m = movement(Movement::Kind::CheckIn, at, QStringLiteral("in-") + at);
    m.location = place;
    m.volumes = 2;
    return m;
}

Movement loan(const QString& at, const QString& to, const QString& uid)
{
    Movement m = movement(Movement::Kind::Lend, at, uid);
    m.holder = to;
    m.due = m.at.date().addDays(14);
    return m;
}
} // namespace

class TestPaper final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shelfPlaces_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("full");
        QTest::addColumn<QString>("stored"); // empty: refused
        QTest::newRow("plain") << QStringLiteral("A-03-2-15") << true << QStringLiteral("A-03-2-15");
        QTest::newRow("marks") << QStringLiteral("A区-03架-2层-15格") << true << QStringLiteral("A-03-2-15");
        QTest::newRow("full width") << QStringLiteral("ａ－０３－２－１５") << true << QStringLiteral("A-03-2-15");
        QTest::newRow("lower case, spaces") << QStringLiteral(" b - 1 - 1 - 1 ") << true << QStringLiteral("B-1-1-1");
        QTest::newRow("a rack") << QStringLiteral("A-03") << false << QStringLiteral("A-03");
        QTest::newRow("a rack is not a place") << QStringLiteral("A-03") << true << QStringLiteral("");
        QTest::newRow("five parts") << QStringLiteral("A-1-2-3-4") << false << QStringLiteral("");
        QTest::newRow("empty part") << QStringLiteral("A--2-3") << true << QStringLiteral("");
        QTest::newRow("injection") << "A-1-2-3'; DROP TABLE x" << true << "";
        QTest::newRow("too long") << QStringLiteral("AAAAAAAAA-1-2-3") << true << QStringLiteral("");
        QTest::newRow("empty") << QStringLiteral("") << false << QStringLiteral("");
    }
    void shelfPlaces()
    {
        QFETCH(QString, typed);
        QFETCH(bool, full);
        QFETCH(QString, stored);
        const auto p = ShelfPlace::parse(typed, full);
        QCOMPARE(p ? p->toString() : QString(), stored);
        QVERIFY(ShelfPlace::parse(QStringLiteral("A-03-2-15"), true)
                    ->within(*ShelfPlace::parse(QStringLiteral("A-03"), false)));
        QVERIFY(!ShelfPlace::parse(QStringLiteral("A-031-2-15"), true)
                     ->within(*ShelfPlace::parse(QStringLiteral("A-03"), false)));
    }

    // Records from another desk, as sync would bring them: each refused with its reason.
    void hostileMovementsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("caseNo");
        const QJsonObject ok = object(R"({"kind": "lend", "at": "2026-03-03T12:00:00.000Z", "by": "clerk",
                                          "holder": "judge", "due": "2026-03-10"})");
        auto with = [&ok](const char* key, const QJsonValue& v) {
            QJsonObject o = ok;
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("unknown kind") << with("kind", QStringLiteral("burn")) << kCase;
        QTest::newRow("no time") << with("at", QStringLiteral("yesterday")) << kCase;
        QTest::newRow("in the future") << with("at", QStringLiteral("2099-01-01T00:00:00.000Z")) << kCase;
        QTest::newRow("no clerk") << with("by", QStringLiteral("")) << kCase;
        QTest::newRow("due not a date") << with("due", QStringLiteral("soon")) << kCase;
        QTest::newRow("due before the loan") << with("due", QStringLiteral("2026-03-01")) << kCase;
        QTest::newRow("no borrower") << with("holder", QStringLiteral("")) << kCase;
        QTest::newRow("a huge note") << with("note", QString(5000, QLatin1Char('x'))) << kCase;
        QTest::newRow("volumes not a number") << with("volumes", QStringLiteral("two")) << kCase;
        QTest::newRow("too many volumes") << with("volumes", 100000) << kCase;
        QTest::newRow("items not text") << with("items", QJsonArray{1, 2}) << kCase;
        QTest::newRow("not a case number") << ok << QStringLiteral("case 1");
        QJsonObject out = object(R"({"kind": "checkout", "at": "2026-03-03T12:00:00.000Z", "by": "clerk"})");
        QTest::newRow("check-out without reason") << out << kCase;
        out.insert(QStringLiteral("reason"), QStringLiteral("offline_trial"));
        QTest::newRow("offline trial without approval") << out << kCase;
        out.insert(QStringLiteral("reason"), QStringLiteral("evidence_return"));
        QTest::newRow("evidence returned to no one") << out << kCase;
        QJsonObject in =
            object(R"({"kind": "checkin", "at": "2026-03-03T12:00:00.000Z", "by": "clerk", "volumes": 1})");
        QTest::newRow("check-in without a place") << in << kCase;
        in.insert(QStringLiteral("location"), QStringLiteral("A-1"));
        QTest::newRow("check-in at a rack") << in << kCase;
        QJsonObject ask = object(R"({"kind": "request", "at": "2026-03-03T12:00:00.000Z", "by": "judge"})");
        QTest::newRow("request by no one") << ask << kCase;
        ask.insert(QStringLiteral("holder"), QStringLiteral("judge"));
        ask.insert(QStringLiteral("due"), QStringLiteral("2026-03-01"));
        QTest::newRow("request due before it") << ask << kCase;
    }
    void hostileMovementsAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, caseNo);
        const Movement m = Movement::fromJson(QStringLiteral("u1"), caseNo, body);
        const auto why = m.check();
        QVERIFY2(why, "a hostile record was taken");
        QCOMPARE(why->code(), QStringLiteral("movement_invalid"));
        // and a sound one round-trips
        const Movement good =
            loan(QStringLiteral("2026-03-03T12:00:00Z"), QStringLiteral("judge"), QStringLiteral("u2"));
        QVERIFY(!good.check());
        const Movement back = Movement::fromJson(good.uid, good.caseNo, good.toJson());
        QVERIFY(!back.check());
        QCOMPARE(back.toJson(), good.toJson());
    }

    // The paper's state is its movements folded in time order; a movement the state did not allow is kept aside.
    void twoLoansOfOnePaperAreAConflict()
    {
        const QList<Movement> history = {
            checkIn(QStringLiteral("2026-03-02T09:00:00Z")),
            loan(QStringLiteral("2026-03-03T09:00:00Z"), QStringLiteral("judge_a"), QStringLiteral("desk1-loan")),
            // recorded offline on another desk an hour later: the paper was already lent
            loan(QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("judge_b"), QStringLiteral("desk2-loan")),
        };
        // whatever order the records arrive in
        for (const QList<Movement>& order : {history, QList<Movement>{history.at(2), history.at(0), history.at(1)}}) {
            const PaperState s = PaperState::fold(order);
            QCOMPARE(s.status, PaperState::Status::Lent);
            QCOMPARE(s.holder, QStringLiteral("judge_a"));
            QCOMPARE(s.conflicts.size(), 1);
            QVERIFY(s.conflicts.first().startsWith(QStringLiteral("desk2-loan: ")));
        }
        PaperState s = PaperState::fold(history);
        QVERIFY(
            s.refuses(movement(Movement::Kind::CheckIn, QStringLiteral("2026-03-04T00:00:00Z"), QStringLiteral("x"))));
        Movement back = movement(Movement::Kind::Return, QStringLiteral("2026-03-05T00:00:00Z"), QStringLiteral("r"));
        s = PaperState::fold(history + QList<Movement>{back});
        QCOMPARE(s.status, PaperState::Status::In);
        QCOMPARE(s.location, QStringLiteral("A-03-2-15")); // back to its place
        QVERIFY(s.refuses(back));                          // a second return: the paper is in
    }

    // A report a clerk opens in Excel or WPS: Chinese readable (a byte-order mark), cells quoted, and a name from
    // another desk that starts like a formula stays text.
    void reportsAsCsv()
    {
        const TableReport r{QStringLiteral("中间库登记簿"),
                            {QStringLiteral("案号"), QStringLiteral("备注")},
                            {{kCase, QStringLiteral("=HYPERLINK(\"http://x\")")},
                             {QStringLiteral("a,b"), QStringLiteral("line\nbreak")}}};
        const QByteArray csv = r.toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(csv.mid(3));
        QCOMPARE(text, QStringLiteral("案号,备注\r\n") + kCase +
                           QStringLiteral(",\"'=HYPERLINK(\"\"http://x\"\")\"\r\n\"a,b\",\"line\nbreak\"\r\n"));
        const TableReport hostile{QStringLiteral("<b>"), {}, {{QStringLiteral("<script>")}}};
        QVERIFY(hostile.toHtml().contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!hostile.toHtml().contains(QStringLiteral("<script>")));
    }

    // A judge asks for the paper (a loan request): nothing of where the paper is changes, the request stays open
    // until the paper is lent to that judge (a loan to another, or one refused as a conflict, leaves it open), and
    // two requests recorded offline never conflict.
    void requestsStayOpenUntilLentToTheirHolder()
    {
        auto ask = [](const QString& at, const QString& who) {
            Movement m = movement(Movement::Kind::Request, at, QStringLiteral("ask-") + who);
            m.holder = who;
            m.by = who;
            m.purpose = QStringLiteral("庭前阅卷");
            return m;
        };
        const Movement in = checkIn(QStringLiteral("2026-03-02T09:00:00Z"));
        const Movement a = ask(QStringLiteral("2026-03-02T10:00:00Z"), QStringLiteral("judge_a"));
        const Movement b = ask(QStringLiteral("2026-03-02T11:00:00Z"), QStringLiteral("judge_b"));
        QVERIFY(!a.check());
        PaperState s = PaperState::fold({in, b, a});
        QCOMPARE(s.status, PaperState::Status::In);
        QCOMPARE(s.since, in.at); // a request is not the paper's latest movement
        QVERIFY(s.conflicts.isEmpty());
        QCOMPARE(s.requests.size(), 2);
        QCOMPARE(s.requests.first().holder, QStringLiteral("judge_a")); // oldest first
        QVERIFY(!s.refuses(a));
        const Movement toB =
            loan(QStringLiteral("2026-03-03T09:00:00Z"), QStringLiteral("judge_b"), QStringLiteral("l1"));
        const Movement toA =
            loan(QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("judge_a"), QStringLiteral("l2"));
        s = PaperState::fold({in, a, b, toB, toA}); // the second loan is a conflict: judge_a still waits
        QCOMPARE(s.holder, QStringLiteral("judge_b"));
        QCOMPARE(s.conflicts.size(), 1);
        QCOMPARE(s.requests.size(), 1);
        QCOMPARE(s.requests.first().holder, QStringLiteral("judge_a"));
        // A request made after the loan it would have been met by stays open.
        s = PaperState::fold({in, toB, ask(QStringLiteral("2026-03-04T09:00:00Z"), QStringLiteral("judge_b"))});
        QCOMPARE(s.requests.size(), 1);
        // Asked for before it was ever checked in, and checked in since: still asked for.
        s = PaperState::fold({a, in});
        QCOMPARE(s.status, PaperState::Status::In);
        QCOMPARE(s.requests.size(), 1);
    }

    // Case events from another desk, as sync brings them: each refused with its reason.
    void hostileCaseEventsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("uid");
        const QJsonObject ok =
            object(R"({"kind": "case_closed", "date": "2026-03-01", "at": "2026-03-02T09:00:00.000Z", "by": "clerk"})");
        auto with = [&ok](const char* key, const QJsonValue& v) {
            QJsonObject o = ok;
            o.insert(QLatin1String(key), v);
            return o;
        };
        QTest::newRow("unknown kind") << with("kind", QStringLiteral("case_burned")) << QStringLiteral("e1");
        QTest::newRow("no date") << with("date", QStringLiteral("")) << QStringLiteral("e1");
        QTest::newRow("a date not of the form") << with("date", QStringLiteral("2026-3-1")) << QStringLiteral("e1");
        QTest::newRow("a date after it was recorded")
            << with("date", QStringLiteral("2026-03-09")) << QStringLiteral("e1");
        QTest::newRow("before 2000") << with("date", QStringLiteral("1999-12-31")) << QStringLiteral("e1");
        QTest::newRow("recorded in the future")
            << with("at", QStringLiteral("2099-01-01T00:00:00.000Z")) << QStringLiteral("e1");
        QTest::newRow("recorded by no one") << with("by", QStringLiteral("")) << QStringLiteral("e1");
        QTest::newRow("a control character") << with("by", QStringLiteral("clerk\n")) << QStringLiteral("e1");
        QTest::newRow("no id") << ok << QString();
        QTest::newRow("a long id") << ok << QString(65, QLatin1Char('x'));
    }
    void hostileCaseEventsAreRefused()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, uid);
        const auto why = CaseEventRecord::fromJson(uid, kCase, body).check();
        QVERIFY2(why, "a hostile event was taken");
        QCOMPARE(why->code(), QStringLiteral("case_event_invalid"));
        const CaseEventRecord good = CaseEventRecord::fromJson(
            QStringLiteral("e2"), kCase,
            object(R"({"kind": "case_closed", "date": "2026-03-01", "at": "2026-03-02T09:00:00.000Z", "by": "c"})"));
        QVERIFY(!good.check());
        QCOMPARE(CaseEventRecord::fromJson(good.uid, good.caseNo, good.toJson()).toJson(), good.toJson());
        QVERIFY(CaseEventRecord::fromJson(QStringLiteral("e3"), QStringLiteral("case 1"), good.toJson()).check());
    }

    // The warehouse on a real profile: a refused movement writes nothing; the look-up, overdue list, inventory and
    // bulk move read what was written.
    void theWarehouseOnAProfile()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.filePath(QStringLiteral("p")));
        QVERIFY_RESULT(profile);
        Warehouse w(*profile, QStringLiteral("clerk"));
        const QString other = QStringLiteral("（2026）苏0602民初101号");
        const QString third = QStringLiteral("（2026）苏0602民初102号");
        for (const auto& [c, place] : {std::pair{kCase, "A-03-2-15"}, {other, "A-03-1-1"}, {third, "B-01-1-1"}}) {
            Movement m = checkIn(QStringLiteral("2026-03-02T09:00:00Z"), QString::fromLatin1(place));
            m.uid.clear();
            m.caseNo = c;
            QVERIFY_RESULT(w.record(m));
        }
        Movement l = loan(QStringLiteral("2026-03-03T09:00:00Z"), QStringLiteral("judge_a"), QString());
        QVERIFY_RESULT(w.record(l));
        auto again = w.record(loan(QStringLiteral("2026-03-03T10:00:00Z"), QStringLiteral("judge_b"), QString()));
        QVERIFY(!again);
        QCOMPARE(again.error().code(), QStringLiteral("movement_refused"));
        auto view = w.find(QStringLiteral("DOSSIER-CASE|D1|(2026)苏0602民初100号")); // a label, half-width brackets
        QVERIFY_RESULT(view);
        QCOMPARE(view->history.size(), 2); // the refused loan wrote nothing
        QCOMPARE(view->state.holder, QStringLiteral("judge_a"));
        QVERIFY(!w.find(QStringLiteral("DOSSIER-CASE|D1|nothing")));

        auto late = w.overdue(QDate(2026, 3, 20));
        QVERIFY_RESULT(late);
        QCOMPARE(late->size(), 1);
        QCOMPARE(late->first().daysOverdue, 3); // due 03-17
        QVERIFY(w.overdue(QDate(2026, 3, 17))->isEmpty());

        // rack A-03: the lent case is not there; 101 is; 102 (B-01) was put there; a stray label
        auto inv =
            w.inventory(QStringLiteral("A-03"), {third, QStringLiteral("DOSSIER-SEP|X|") + kCase, QStringLiteral("?")});
        QVERIFY_RESULT(inv);
        QCOMPARE(inv->missing, QStringList{other});
        QCOMPARE(inv->misplaced.size(), 1);
        QCOMPARE(inv->misplaced.first(), qMakePair(third, QStringLiteral("B-01-1-1")));
        QCOMPARE(inv->unexpected, (QStringList{kCase, QStringLiteral("?")})); // lent, and not a label

        auto moved = w.moveAll(QStringLiteral("A-03"), QStringLiteral("C-07"));
        QVERIFY_RESULT(moved);
        QCOMPARE(*moved, 1); // the lent paper goes back to its old place, moved when it is back
        QCOMPARE(w.find(other)->state.location, QStringLiteral("C-07-1-1"));
        QVERIFY(!w.moveAll(QStringLiteral("A-03"), QStringLiteral("C-07-1")));

        // Every movement and event recorded waits in the outbox, written with it (a refused one is not there).
        QVERIFY_RESULT(w.addEvent(kCase, QStringLiteral("case_closed"), QDate(2026, 3, 1)));
        auto queued = execSql(profile->database(),
                              QStringLiteral("SELECT kind, count(*) FROM sync_outbox GROUP BY kind ORDER BY kind"));
        QVERIFY_RESULT(queued);
        QStringList kinds;
        while (queued->next())
            kinds << queued->value(0).toString() + QLatin1Char(' ') + queued->value(1).toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("case_event 1"), QStringLiteral("movement 5")}));

        // Loaded in bulk (bench_warehouse's seeding): written once each, folded, and not sent.
        const QString fourth = QStringLiteral("（2026）苏0602民初103号");
        Movement a = checkIn(QStringLiteral("2026-03-02T09:00:00Z"), QStringLiteral("D-01-1-1"));
        a.caseNo = fourth;
        Movement b = loan(QStringLiteral("2026-03-03T09:00:00Z"), QStringLiteral("judge_c"), QStringLiteral("bulk-2"));
        b.caseNo = fourth;
        auto bulk = WarehouseRepository(profile->database()).recordAll({a, b, a});
        QVERIFY_RESULT(bulk);
        QCOMPARE(*bulk, 2);
        QCOMPARE(w.find(fourth)->state.status, PaperState::Status::Lent);
        auto outbox = execSql(profile->database(), QStringLiteral("SELECT count(*) FROM sync_outbox"));
        QVERIFY(outbox && outbox->next());
        QCOMPARE(outbox->value(0).toInt(), 6);
    }

    // The clocks count on the shipped calendar with the years administrators published over it: a published year
    // replaces the shipped one, and a year the desk lacked makes its deadlines certain.
    void publishedYearsJoinTheCalendar()
    {
        QTemporaryDir dir;
        auto profile = Profile::open(dir.filePath(QStringLiteral("p")));
        QVERIFY_RESULT(profile);
        Warehouse w(*profile, QStringLiteral("clerk"));
        auto before = w.calendar();
        QVERIFY_RESULT(before);
        QVERIFY(before->covers(2026));
        QVERIFY(!before->covers(2027));
        WarehouseRepository repo(profile->database());
        QVERIFY_RESULT(repo.putCalendarYear(
            2027, R"({"year":2027,"holidays":[{"name":"测试假日","from":"2027-02-01","to":"2027-02-05"}],)"
                  R"("working_days":[]})"));
        QVERIFY_RESULT(repo.putCalendarYear(2026, R"({"year":2026,"holidays":[{"name":"只此一天","from":"2026-10-05",)"
                                                  R"("to":"2026-10-05"}],"working_days":[]})"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("skipped the received holiday calendar")));
        QVERIFY_RESULT(repo.putCalendarYear(
            2028, R"({"year":2029,"holidays":[{"name":"x",)"
                  R"("from":"2029-01-01","to":"2029-01-01"}],"working_days":[]})")); // edited by hand: left out
        auto after = w.calendar();
        QVERIFY_RESULT(after);
        QCOMPARE(after->years(), (QList<int>{2025, 2026, 2027}));
        QCOMPARE(after->isWorkingDay(QDate(2027, 2, 3)), std::optional<bool>(false));
        QCOMPARE(after->isWorkingDay(QDate(2026, 10, 1)), std::optional<bool>(true)); // replaced: 国庆 not in it
        const Deadline d = deadlineOf(QDate(2026, 12, 1), Period{0, 2}, *after);
        QCOMPARE(d.due, QDate(2027, 2, 8));
        QVERIFY(!d.uncertain);
    }
};

QTEST_GUILESS_MAIN(TestPaper)
#include "testpaper.moc"
