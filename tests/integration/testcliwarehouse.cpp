// dossier-cli warehouse, the 中间库's command line as the contract states it, on a real profile: check-in,
// loan, return, check-out, moves, look-up by 案号 or scanned label, overdue loans, case events and the statutory
// clocks over the shipped holiday calendar, a shelf's inventory. Bad input gets a clear error in Chinese and English
// and changes nothing.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2026）苏0602民初100号");
const QString kOther = QStringLiteral("（2026）苏0602民初101号");
} // namespace

class TestCliWarehouse final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    Test::ProcessResult wh(const QString& sub, const QStringList& args, const QString& today)
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                         QStringList{QStringLiteral("warehouse"), sub, QStringLiteral("--profile"),
                                     m_tmp.filePath(QStringLiteral("p")), QStringLiteral("--today"), today} +
                             args);
    }
    QJsonValue json(const Test::ProcessResult& r)
    {
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    QJsonObject find(const QString& code)
    {
        const auto r = wh(QStringLiteral("find"), {code, QStringLiteral("--json")}, QStringLiteral("2026-03-20"));
        return r.exitCode == 0 ? json(r).toObject() : QJsonObject();
    }
    // A refused command: exit 1, its reason in both languages, the paper as it was.
    void refused(const QString& sub, const QStringList& args, const QString& today, const QString& zh,
                 const QString& en)
    {
        const QJsonObject before = find(kCase);
        const auto r = wh(sub, args, today);
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(zh) && err.contains(en), qPrintable(err));
        QCOMPARE(find(kCase), before);
    }

private Q_SLOTS:
    void paperMovesAndIsFound()
    {
        auto r = wh(QStringLiteral("checkin"),
                    {QStringLiteral("--case"), kCase, QStringLiteral("--volumes"), QStringLiteral("2"),
                     QStringLiteral("--location"), QStringLiteral("A区-03架-2层-15格"), QStringLiteral("--items"),
                     QStringLiteral("证据原件，光盘")},
                    QStringLiteral("2026-03-02"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r)[QStringLiteral("location")].toString(), QStringLiteral("A-03-2-15"));
        r = wh(QStringLiteral("lend"),
               {QStringLiteral("--case"), QStringLiteral("(2026)苏0602民初100号"), QStringLiteral("--to"),
                QStringLiteral("judge_li"), QStringLiteral("--due"), QStringLiteral("2026-03-10")},
               QStringLiteral("2026-03-03"));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // found by the case label a hand-held reader types
        const QJsonObject f = find(QStringLiteral("DOSSIER-CASE|D011000|") + kCase);
        QCOMPARE(f[QStringLiteral("case_no")].toString(), kCase);
        QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("lent"));
        QCOMPARE(f[QStringLiteral("holder")].toString(), QStringLiteral("judge_li"));
        QCOMPARE(f[QStringLiteral("due")].toString(), QStringLiteral("2026-03-10"));
        QCOMPARE(f[QStringLiteral("volumes")].toInt(), 2);
        QCOMPARE(f[QStringLiteral("items")].toArray().size(), 2);
        const QJsonArray history = f[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1)[QStringLiteral("kind")].toString(), QStringLiteral("lend"));
        QCOMPARE(history.at(1)[QStringLiteral("to")].toString(), QStringLiteral("judge_li"));
        QVERIFY(!history.at(1)[QStringLiteral("by")].toString().isEmpty());

        // overdue from 03-11 on
        r = wh(QStringLiteral("overdue"), {QStringLiteral("--json")}, QStringLiteral("2026-03-10"));
        QCOMPARE(json(r).toArray().size(), 0);
        r = wh(QStringLiteral("overdue"), {QStringLiteral("--json")}, QStringLiteral("2026-03-13"));
        const QJsonArray late = json(r).toArray();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.at(0)[QStringLiteral("days_overdue")].toInt(), 3);
        QCOMPARE(late.at(0)[QStringLiteral("holder")].toString(), QStringLiteral("judge_li"));
    }

    void badInputChangesNothing()
    {
        const QString day = QStringLiteral("2026-03-05");
        refused(QStringLiteral("lend"),
                {QStringLiteral("--case"), kCase, QStringLiteral("--to"), QStringLiteral("x"), QStringLiteral("--due"),
                 QStringLiteral("2026-03-20")},
                day, QStringLiteral("不在库"), QStringLiteral("is not in the warehouse"));
        refused(QStringLiteral("checkin"),
                {QStringLiteral("--case"), QStringLiteral("苏0602民初100"), QStringLiteral("--volumes"),
                 QStringLiteral("1"), QStringLiteral("--location"), QStringLiteral("A-1-1-1")},
                day, QStringLiteral("既不是案件标签也不是案号"),
                QStringLiteral("is neither a case label nor a case number"));
        refused(QStringLiteral("return"), {QStringLiteral("--case"), kOther}, day, QStringLiteral("未借出"),
                QStringLiteral("is not lent"));
        QVERIFY(wh(QStringLiteral("return"), {QStringLiteral("--case"), kCase}, day).exitCode == 0);
        refused(QStringLiteral("return"), {QStringLiteral("--case"), kCase}, day, QStringLiteral("未借出"),
                QStringLiteral("is not lent"));
        refused(QStringLiteral("lend"),
                {QStringLiteral("--case"), kCase, QStringLiteral("--to"), QStringLiteral("x"), QStringLiteral("--due"),
                 QStringLiteral("2026-03-01")},
                day, QStringLiteral("早于"), QStringLiteral("is before the loan"));
        refused(QStringLiteral("checkout"),
                {QStringLiteral("--case"), kCase, QStringLiteral("--reason"), QStringLiteral("offline_trial")}, day,
                QStringLiteral("审批"), QStringLiteral("approval"));
        refused(QStringLiteral("move"),
                {QStringLiteral("--case"), kCase, QStringLiteral("--location"), QStringLiteral("A-3")}, day,
                QStringLiteral("架位"), QStringLiteral("is not a shelf place"));
    }

    void checkOutAndInventory()
    {
        const QString day = QStringLiteral("2026-03-06");
        QVERIFY(wh(QStringLiteral("checkin"),
                   {QStringLiteral("--case"), kOther, QStringLiteral("--volumes"), QStringLiteral("1"),
                    QStringLiteral("--location"), QStringLiteral("A-03-1-1")},
                   day)
                    .exitCode == 0);
        auto r = wh(QStringLiteral("checkout"),
                    {QStringLiteral("--case"), kOther, QStringLiteral("--reason"), QStringLiteral("evidence_return"),
                     QStringLiteral("--to"), QStringLiteral("石强远")},
                    day);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r)[QStringLiteral("status")].toString(), QStringLiteral("out"));
        QCOMPARE(json(r)[QStringLiteral("reason")].toString(), QStringLiteral("evidence_return"));
        // rack A-03 holds kCase (back from loan); the paper of kOther was returned to a party but its label is there
        QFile scanned(m_tmp.filePath(QStringLiteral("scanned.txt")));
        QVERIFY(scanned.open(QIODevice::WriteOnly));
        scanned.write((QStringLiteral("DOSSIER-CASE|D2|") + kOther + QStringLiteral("\n\n")).toUtf8());
        scanned.close();
        r = wh(QStringLiteral("inventory"),
               {QStringLiteral("--location"), QStringLiteral("A-03"), QStringLiteral("--scanned"), scanned.fileName(),
                QStringLiteral("--json")},
               day);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r)[QStringLiteral("missing")].toArray(), QJsonArray{kCase});
        QCOMPARE(json(r)[QStringLiteral("unexpected")].toArray(), QJsonArray{kOther});
        // a whole rack moved, with paper checked in there the same moment (the clock fixed at noon)
        const QString third = QStringLiteral("（2026）苏0602民初102号");
        QVERIFY(wh(QStringLiteral("checkin"),
                   {QStringLiteral("--case"), third, QStringLiteral("--volumes"), QStringLiteral("1"),
                    QStringLiteral("--location"), QStringLiteral("A-03-9-9")},
                   day)
                    .exitCode == 0);
        r = wh(QStringLiteral("move"),
               {QStringLiteral("--from"), QStringLiteral("A-03"), QStringLiteral("--location"), QStringLiteral("B-01")},
               day);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r)[QStringLiteral("moved")].toInt(), 2);
        QCOMPARE(find(kCase)[QStringLiteral("location")].toString(), QStringLiteral("B-01-2-15"));
        const QJsonObject moved = find(third);
        QCOMPARE(moved[QStringLiteral("location")].toString(), QStringLiteral("B-01-9-9"));
        QVERIFY(moved[QStringLiteral("conflicts")].toArray().isEmpty());
    }

    // Appeal received on Wednesday 2026-09-23: hand over within 5 days → Monday 09-28; handed over 09-28, archive
    // within 5 days → 10-03 in 国庆 → 10-08; a closed case's 2-month notice clock from 01-31 → 03-31.
    void clocksRunOverTheHolidayCalendar()
    {
        const QString day = QStringLiteral("2026-09-30");
        for (const auto& [c, kind, date] : {std::tuple{kCase, "appeal_received", "2026-09-23"},
                                            {kCase, "handed_to_warehouse", "2026-09-28"},
                                            {kOther, "case_closed", "2026-01-31"}}) {
            const auto r = wh(QStringLiteral("event"),
                              {QStringLiteral("--case"), c, QStringLiteral("--kind"), QString::fromLatin1(kind),
                               QStringLiteral("--date"), QString::fromLatin1(date)},
                              day);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        refused(QStringLiteral("event"),
                {QStringLiteral("--case"), kCase, QStringLiteral("--kind"), QStringLiteral("archived"),
                 QStringLiteral("--date"), QStringLiteral("2026-10-02")},
                day, QStringLiteral("不能晚于今天"), QStringLiteral("no later than today"));
        const auto r = wh(QStringLiteral("deadlines"), {QStringLiteral("--json")}, day);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QHash<QString, QJsonObject> byClock;
        for (const QJsonValue& v : json(r).toArray())
            byClock.insert(v[QStringLiteral("clock")].toString(), v.toObject());
        QCOMPARE(byClock.value(QStringLiteral("appeal_handover"))[QStringLiteral("status")].toString(),
                 QStringLiteral("done"));
        const QJsonObject archive = byClock.value(QStringLiteral("appeal_archive"));
        QCOMPARE(archive[QStringLiteral("due")].toString(), QStringLiteral("2026-10-08"));
        QCOMPARE(archive[QStringLiteral("status")].toString(), QStringLiteral("running"));
        QCOMPARE(archive[QStringLiteral("days_left")].toInt(), 8);
        const QJsonObject notice = byClock.value(QStringLiteral("closing_notice"));
        QCOMPARE(notice[QStringLiteral("due")].toString(), QStringLiteral("2026-03-31"));
        QCOMPARE(notice[QStringLiteral("status")].toString(), QStringLiteral("overdue"));
    }
};

QTEST_GUILESS_MAIN(TestCliWarehouse)
#include "testcliwarehouse.moc"
