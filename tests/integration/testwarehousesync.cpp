// The 中间库's records between desks through the real dossier-server on loopback (issue 14): two warehouse desks
// share one warehouse — a check-in on one is found by `dossier-cli warehouse find` on the other; both lend the same
// paper while apart, and after they sync both hold both loans and name the later one as the conflict. A judge of the
// case sees where its paper is and asks for it; the clerk sees the request and hands the paper out, which closes
// it; a loan the judge records is refused by the server, taken off the judge's desk and told. A party sees nothing
// of the paper, a clerk of another court can record none of it. A year of the holiday calendar an administrator
// publishes (`dossier-cli calendar push`) reaches the desks, and their clocks count on it.
#include "serverprocess.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2026）苏0602民初9101号");
const QString kCase2 = QStringLiteral("（2026）苏0602民初9102号");
} // namespace

class TestWarehouseSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }
    QString desk(const QString& name) const { return m_tmp.filePath(name); }
    QString due() const { return QDate::currentDate().addDays(14).toString(Qt::ISODate); }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }

    // dossier-cli warehouse SUB --profile DESK ARGS…; its JSON (an empty object when it failed).
    QJsonValue wh(const QString& prof, const QString& sub, const QStringList& args, Test::ProcessResult* out = nullptr)
    {
        const auto r = cli(QStringList{QStringLiteral("warehouse"), sub, QStringLiteral("--profile"), prof} + args);
        if (out)
            *out = r;
        if (r.exitCode != 0)
            qWarning("warehouse %s: %s", qPrintable(sub), r.err.constData());
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return r.exitCode != 0 ? QJsonValue(QJsonObject()) : d.isArray() ? QJsonValue(d.array()) : d.object();
    }
    QJsonObject find(const QString& prof, const QString& code)
    {
        return wh(prof, QStringLiteral("find"), {code, QStringLiteral("--json")}).toObject();
    }

    // Signs `user` in on the desk (the token kept by the engine, not the keyring) and syncs.
    Result<SyncSummary> syncAs(const QString& prof, const QString& user)
    {
        return Test::syncAs(m_url, prof, user, QStringLiteral("pw-") + user);
    }

    int count(const QString& prof, const QString& table)
    {
        auto q = execSql(Test::openProfile(prof).database(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return q && q->next() ? q->value(0).toInt() : -1;
    }

    static QStringList ids(const QJsonArray& movements)
    {
        QStringList out;
        for (const QJsonValue& m : movements)
            out << m[QStringLiteral("id")].toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const auto& [name, role, scope] :
             {std::tuple{"keeperA", "warehouse_clerk", "苏0602"}, std::tuple{"keeperB", "warehouse_clerk", "苏0602"},
              std::tuple{"keeperX", "warehouse_clerk", "京"}, std::tuple{"judgeJ", "judge", ""},
              std::tuple{"partyP", "party", ""}, std::tuple{"admin", "archive_admin", ""}}) {
            const QString why =
                Test::ServerProcess::addUser(dataDir(), QString::fromUtf8(name), QString::fromUtf8(role),
                                             QStringLiteral("pw-") + QString::fromUtf8(name), QString::fromUtf8(scope));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QString why = m_server.start({dataDir(), {}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
        // The administrator gives the judge and the party both cases.
        const QString adminDesk = desk(QStringLiteral("ADM"));
        auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), adminDesk, QStringLiteral("--server"),
                          m_url, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                         "pw-admin\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        for (const QString& c : {kCase, kCase2})
            for (const auto& [user, relation] : {std::pair{"judgeJ", "judge"}, std::pair{"partyP", "party"}}) {
                auto added =
                    cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"),
                         QStringLiteral("--profile"), adminDesk, QStringLiteral("--case"), c, QStringLiteral("--user"),
                         QString::fromUtf8(user), QStringLiteral("--relation"), QString::fromUtf8(relation)});
                QVERIFY2(added.exitCode == 0, added.err.constData());
            }
        // Each desk signs in once, so that what it records is recorded as its user's.
        for (const auto& [prof, user] :
             {std::pair{"W1", "keeperA"}, std::pair{"W2", "keeperB"}, std::pair{"WX", "keeperX"},
              std::pair{"J", "judgeJ"}, std::pair{"P", "partyP"}})
            QVERIFY_RESULT(syncAs(desk(QString::fromUtf8(prof)), QString::fromUtf8(user)));
    }

    void cleanupTestCase() { m_server.stop(); }

    // A check-in on one warehouse desk is found on the other, by 案号 and by the case's scanned label.
    void checkInOnOneDeskIsFoundOnTheOther()
    {
        const QString w1 = desk(QStringLiteral("W1")), w2 = desk(QStringLiteral("W2"));
        const QJsonObject in = wh(w1, QStringLiteral("checkin"),
                                  {QStringLiteral("--case"), kCase, QStringLiteral("--volumes"), QStringLiteral("2"),
                                   QStringLiteral("--location"), QStringLiteral("A-03-2-15"), QStringLiteral("--items"),
                                   QStringLiteral("证据原件")})
                                   .toObject();
        QCOMPARE(in[QStringLiteral("status")].toString(), QStringLiteral("in"));
        QCOMPARE(find(w2, kCase)[QStringLiteral("status")].toString(), QStringLiteral("unknown"));
        auto s = syncAs(w1, QStringLiteral("keeperA"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->pushed, 1);
        QCOMPARE(s->rejected, 0);
        QVERIFY_RESULT(syncAs(w2, QStringLiteral("keeperB")));
        const QJsonObject found = find(w2, QStringLiteral("DOSSIER-CASE|D1|") + kCase);
        QCOMPARE(found[QStringLiteral("case_no")].toString(), kCase);
        QCOMPARE(found[QStringLiteral("status")].toString(), QStringLiteral("in"));
        QCOMPARE(found[QStringLiteral("location")].toString(), QStringLiteral("A-03-2-15"));
        QCOMPARE(found[QStringLiteral("volumes")].toInt(), 2);
        const QJsonArray history = found[QStringLiteral("history")].toArray();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.at(0)[QStringLiteral("by")].toString(), QStringLiteral("keeperA"));
        QCOMPARE(ids(history), ids(in[QStringLiteral("history")].toArray()));
        // Taken as it came: the second desk sends nothing back.
        auto again = syncAs(w2, QStringLiteral("keeperB"));
        QVERIFY_RESULT(again);
        QCOMPARE(again->pushed, 0);
    }

    // Both desks lend the paper while apart: after both have synced, each holds both loans, the paper is with the
    // first borrower, and the later loan is named as the conflict — the same on both desks.
    void offlineDoubleLoanIsAConflictOnBothDesks()
    {
        const QString w1 = desk(QStringLiteral("W1")), w2 = desk(QStringLiteral("W2"));
        const QJsonObject first = wh(w1, QStringLiteral("lend"),
                                     {QStringLiteral("--case"), kCase, QStringLiteral("--to"), QStringLiteral("judgeJ"),
                                      QStringLiteral("--due"), due()})
                                      .toObject();
        QTest::qWait(5); // a later time on the other desk
        const QJsonObject second = wh(w2, QStringLiteral("lend"),
                                      {QStringLiteral("--case"), kCase, QStringLiteral("--to"),
                                       QStringLiteral("陈书记员"), QStringLiteral("--due"), due()})
                                       .toObject();
        QCOMPARE(first[QStringLiteral("status")].toString(), QStringLiteral("lent"));
        QCOMPARE(second[QStringLiteral("status")].toString(), QStringLiteral("lent"));
        const QString later = ids(second[QStringLiteral("history")].toArray()).last();
        for (const auto& [prof, user] :
             {std::pair{w1, "keeperA"}, std::pair{w2, "keeperB"}, std::pair{w1, "keeperA"}}) {
            auto s = syncAs(prof, QString::fromUtf8(user));
            QVERIFY_RESULT(s);
            QCOMPARE(s->rejected, 0);
            QCOMPARE(s->setAside, 0);
        }
        for (const QString& prof : {w1, w2}) {
            const QJsonObject v = find(prof, kCase);
            QCOMPARE(v[QStringLiteral("history")].toArray().size(), 3);
            QCOMPARE(v[QStringLiteral("status")].toString(), QStringLiteral("lent"));
            QCOMPARE(v[QStringLiteral("holder")].toString(), QStringLiteral("judgeJ"));
            const QJsonArray conflicts = v[QStringLiteral("conflicts")].toArray();
            QCOMPARE(conflicts.size(), 1);
            QVERIFY2(conflicts.at(0).toString().startsWith(later + QStringLiteral(": ")),
                     qPrintable(conflicts.at(0).toString()));
        }
        QCOMPARE(find(w1, kCase), find(w2, kCase));
    }

    // The judge's desk shows where the paper is; the judge asks for it; the clerk's desk sees the request, and the
    // loan to the judge closes it, on both desks.
    void judgeSeesThePaperAndAsksForIt()
    {
        const QString w1 = desk(QStringLiteral("W1")), j = desk(QStringLiteral("J"));
        wh(w1, QStringLiteral("return"), {QStringLiteral("--case"), kCase});
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        QVERIFY_RESULT(syncAs(j, QStringLiteral("judgeJ")));
        QJsonObject seen = find(j, kCase);
        QCOMPARE(seen[QStringLiteral("status")].toString(), QStringLiteral("in"));
        QCOMPARE(seen[QStringLiteral("history")].toArray().size(), 4);
        const QJsonObject asked =
            wh(j, QStringLiteral("request"),
               {QStringLiteral("--case"), kCase, QStringLiteral("--purpose"), QStringLiteral("庭前阅卷")})
                .toObject();
        QCOMPARE(asked[QStringLiteral("status")].toString(), QStringLiteral("in")); // asking moves nothing
        auto s = syncAs(j, QStringLiteral("judgeJ"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->pushed, 1);
        QCOMPARE(s->rejected, 0);
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        const QJsonArray requests = find(w1, kCase)[QStringLiteral("requests")].toArray();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0)[QStringLiteral("to")].toString(), QStringLiteral("judgeJ"));
        QCOMPARE(requests.at(0)[QStringLiteral("purpose")].toString(), QStringLiteral("庭前阅卷"));
        const QJsonObject lent = wh(w1, QStringLiteral("lend"),
                                    {QStringLiteral("--case"), kCase, QStringLiteral("--to"), QStringLiteral("judgeJ"),
                                     QStringLiteral("--due"), due()})
                                     .toObject();
        QCOMPARE(lent[QStringLiteral("requests")].toArray().size(), 0);
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        QVERIFY_RESULT(syncAs(j, QStringLiteral("judgeJ")));
        seen = find(j, kCase);
        QCOMPARE(seen[QStringLiteral("status")].toString(), QStringLiteral("lent"));
        QCOMPARE(seen[QStringLiteral("holder")].toString(), QStringLiteral("judgeJ"));
        QCOMPARE(seen[QStringLiteral("requests")].toArray().size(), 0);
        QCOMPARE(seen, find(w1, kCase));
    }

    // A judge may only ask: a loan recorded on the judge's desk is refused by the server, taken off the desk (the
    // paper is where the warehouse's records say) and told in words; the next sync is clean. The clerks never
    // receive it.
    void judgesLoanIsTakenOffAndTold()
    {
        const QString w1 = desk(QStringLiteral("W1")), j = desk(QStringLiteral("J"));
        wh(w1, QStringLiteral("checkin"),
           {QStringLiteral("--case"), kCase2, QStringLiteral("--volumes"), QStringLiteral("1"),
            QStringLiteral("--location"), QStringLiteral("A-03-2-16")});
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        QVERIFY_RESULT(syncAs(j, QStringLiteral("judgeJ")));
        const QJsonObject lent = wh(j, QStringLiteral("lend"),
                                    {QStringLiteral("--case"), kCase2, QStringLiteral("--to"), QStringLiteral("judgeJ"),
                                     QStringLiteral("--due"), due()})
                                     .toObject();
        QCOMPARE(lent[QStringLiteral("status")].toString(), QStringLiteral("lent")); // on the judge's desk, for now
        auto s = syncAs(j, QStringLiteral("judgeJ"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->restored, 1);
        QCOMPARE(s->pending, 0);
        const QString told = s->problems.join(QLatin1Char('\n'));
        QVERIFY2(told.contains(QStringLiteral("The server refused the loan recorded at ")) && told.contains(kCase2) &&
                     told.contains(QStringLiteral("It is taken off this desk.")),
                 qPrintable(told));
        const QJsonObject after = find(j, kCase2);
        QCOMPARE(after[QStringLiteral("status")].toString(), QStringLiteral("in"));
        QCOMPARE(after[QStringLiteral("history")].toArray().size(), 1);
        auto again = syncAs(j, QStringLiteral("judgeJ"));
        QVERIFY_RESULT(again);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(again->pushed, 0);
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        QCOMPARE(find(w1, kCase2)[QStringLiteral("history")].toArray().size(), 1);
    }

    // A party of both cases gets nothing of their paper; a warehouse clerk of another court gets none of it and
    // may record none (a check-in there is taken off the desk).
    void othersSeeNoPaper()
    {
        const QString p = desk(QStringLiteral("P")), x = desk(QStringLiteral("WX"));
        auto s = syncAs(p, QStringLiteral("partyP"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->setAside, 0);
        QCOMPARE(count(p, QStringLiteral("paper_movements")), 0);
        QCOMPARE(find(p, kCase)[QStringLiteral("status")].toString(), QStringLiteral("unknown"));
        wh(x, QStringLiteral("checkin"),
           {QStringLiteral("--case"), kCase2, QStringLiteral("--volumes"), QStringLiteral("1"),
            QStringLiteral("--location"), QStringLiteral("Z-01-1-1")});
        s = syncAs(x, QStringLiteral("keeperX"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->restored, 1);
        QCOMPARE(count(x, QStringLiteral("paper_movements")), 0);
        QCOMPARE(count(x, QStringLiteral("paper_cases")), 0);
    }

    // The clocks: a case closed on 2026-12-01 owes its closing notice by 2027-02-01, a year no desk has a calendar
    // for (uncertain). The administrator publishes 2027 with a holiday over that week: a desk that syncs counts the
    // deadline on it (the next working day, 2027-02-08, certain). A year the calendar's rules refuse is refused
    // before it leaves the administrator's desk; a clerk may not publish one.
    void publishedCalendarCountsTheClocks()
    {
        const QString w1 = desk(QStringLiteral("W1")), w2 = desk(QStringLiteral("W2"));
        const QJsonObject event =
            wh(w1, QStringLiteral("event"),
               {QStringLiteral("--case"), kCase, QStringLiteral("--kind"), QStringLiteral("case_closed"),
                QStringLiteral("--date"), QStringLiteral("2026-12-01")})
                .toObject();
        QCOMPARE(event[QStringLiteral("kind")].toString(), QStringLiteral("case_closed"));
        QVERIFY_RESULT(syncAs(w1, QStringLiteral("keeperA")));
        auto closingNotice = [this](const QString& prof) {
            const QJsonArray all =
                wh(prof, QStringLiteral("deadlines"),
                   {QStringLiteral("--today"), QStringLiteral("2026-12-05"), QStringLiteral("--json")})
                    .toArray();
            for (const QJsonValue& c : all)
                if (c[QStringLiteral("case_no")].toString() == kCase &&
                    c[QStringLiteral("clock")].toString() == QLatin1String("closing_notice"))
                    return c.toObject();
            return QJsonObject();
        };
        QVERIFY_RESULT(syncAs(w2, QStringLiteral("keeperB")));
        QJsonObject before = closingNotice(w2); // the event reached the other desk
        QCOMPARE(before[QStringLiteral("due")].toString(), QStringLiteral("2027-02-01"));
        QCOMPARE(before[QStringLiteral("uncertain")].toBool(), true);
        const QString file = m_tmp.filePath(QStringLiteral("2027.json"));
        auto write = [](const QString& path, const QByteArray& json) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(json) == json.size();
        };
        QVERIFY(write(file, R"({"year":2027,"source":"测试通知","holidays":[{"name":"测试假日","from":"2027-02-01",
            "to":"2027-02-05"}],"working_days":[]})"));
        const QString bad = m_tmp.filePath(QStringLiteral("bad.json"));
        QVERIFY(write(bad, R"({"year":2027,"holidays":[{"name":"长假","from":"2027-02-01","to":"2027-02-28"}],
            "working_days":[]})"));
        const QString adminDesk = desk(QStringLiteral("ADM"));
        auto refused =
            cli({QStringLiteral("calendar"), QStringLiteral("push"), QStringLiteral("--profile"), adminDesk, bad});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("15"), refused.err.constData());
        auto pushed =
            cli({QStringLiteral("calendar"), QStringLiteral("push"), QStringLiteral("--profile"), adminDesk, file});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(pushed.out).object()[QStringLiteral("year")].toInt(), 2027);
        auto byClerk = cli({QStringLiteral("login"), QStringLiteral("--profile"), desk(QStringLiteral("WCLI")),
                            QStringLiteral("--server"), m_url, QStringLiteral("--user"), QStringLiteral("keeperA"),
                            QStringLiteral("--password-stdin")},
                           "pw-keeperA\n");
        QVERIFY2(byClerk.exitCode == 0, byClerk.err.constData());
        byClerk = cli({QStringLiteral("calendar"), QStringLiteral("push"), QStringLiteral("--profile"),
                       desk(QStringLiteral("WCLI")), file});
        QCOMPARE(byClerk.exitCode, 1);
        QVERIFY2(byClerk.err.contains("Only an archive administrator"), byClerk.err.constData());
        QVERIFY_RESULT(syncAs(w2, QStringLiteral("keeperB")));
        const QJsonObject after = closingNotice(w2);
        QCOMPARE(after[QStringLiteral("due")].toString(), QStringLiteral("2027-02-08"));
        QCOMPARE(after[QStringLiteral("uncertain")].toBool(), false);
        // Every desk gets the year, a party's too (it is no case's).
        QVERIFY_RESULT(syncAs(desk(QStringLiteral("P")), QStringLiteral("partyP")));
        auto q = execSql(Test::openProfile(desk(QStringLiteral("P"))).database(),
                         QStringLiteral("SELECT count(*) FROM settings WHERE key='calendar:2027'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWarehouseSync)
#include "testwarehousesync.moc"
