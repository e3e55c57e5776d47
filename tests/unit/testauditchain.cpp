// The audit log's hash chain (issue 16): entries chained per desk and per dossier, the table append-only, every
// kind of tampering (an entry edited, deleted, reordered, relinked, the chain truncated or rewritten after it was
// pushed) detected and named by its entry, a desk database of the previous version chained when it opens, and
// `dossier-cli audit verify` exiting 0 on an intact chain and 2 on a broken one, naming the entry.
#include "domain/auditchain.h"
#include "station/audithistory.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;
using Kind = AuditChain::Break::Kind;

namespace {

QString readText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

// A desk with two dossiers and six entries: seq 1 no dossier, 2 4 6 on dossier 1, 3 5 on dossier 2.
Profile deskWithEntries(const QString& dir)
{
    Profile p = Test::openProfile(dir);
    QSqlDatabase db = p.database();
    exec(db, QStringLiteral("INSERT INTO cases(id, case_no, created_at) VALUES(1, '（2024）苏0602民初1号', 'x'), "
                            "(2, '（2024）苏0602民初2号', 'x')"));
    exec(db, QStringLiteral("INSERT INTO dossiers(id, case_id, external_id, template_id, created_at) VALUES"
                            "(1, 1, 'D-1', 'civil-first-instance-main', 'x'), (2, 2, 'D-2', "
                            "'civil-first-instance-main', 'x')"));
    AuditRepository repo(db);
    const qint64 dossiers[] = {0, 1, 2, 1, 2, 1};
    const char* actions[] = {
        "scan refused: classified", "set title", "submit", "move pages", "set type", "remove page"};
    for (int i = 0; i < 6; ++i) {
        const Status s =
            repo.record(QStringLiteral("赵磊"), dossiers[i], QString::fromLatin1(actions[i]),
                        {{QStringLiteral("document"), i + 1}}, QStringLiteral("2024-05-0%1T09:00:00Z").arg(i + 1));
        if (!s)
            qFatal("record: %s", qPrintable(s.error().english()));
    }
    return p;
}

AuditChain::Report verifyDesk(const Profile& p, const std::optional<AuditChain::Head>& pushed = std::nullopt)
{
    AuditRepository repo(p.database());
    return AuditChain::verify(repo.deskId().value(), repo.chain().value(), pushed);
}

QString describe(const AuditChain::Report& r)
{
    QStringList out;
    for (const AuditChain::Break& b : r.breaks)
        out << QStringLiteral("%1@%2").arg(AuditChain::Break::kindName(b.kind)).arg(b.seq);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestAuditChain final : public QObject
{
    Q_OBJECT

private slots:
    void chainsPerDeskAndPerDossier();
    void appendOnly();
    void tamperingIsNamed_data();
    void tamperingIsNamed();
    void rewrittenAfterPushIsNamed();
    void oldDeskDatabaseIsChained();
    void cliVerifyExitsTwoOnABreak();
    void readableWording();
};

void TestAuditChain::chainsPerDeskAndPerDossier()
{
    QTemporaryDir dir;
    Profile p = deskWithEntries(dir.path());
    AuditRepository repo(p.database());
    const auto chain = repo.chain().value();
    QCOMPARE(chain.size(), 6);
    const QString desk = repo.deskId().value();
    QVERIFY(AuditChain::isDeskId(desk));
    for (int i = 0; i < chain.size(); ++i) {
        QCOMPARE(chain[i].seq, i + 1);
        QCOMPARE(chain[i].prevHash, i == 0 ? QString() : chain[i - 1].hash);
        QCOMPARE(chain[i].hash, AuditChain::linkHash(desk, chain[i]));
    }
    // Dossier 1's entries (seq 2, 4, 6) name each other; dossier 2's (3, 5) likewise; seq 1 names none.
    QCOMPARE(chain[0].dossierPrev, QString());
    QCOMPARE(chain[1].dossierPrev, QString());
    QCOMPARE(chain[3].dossierPrev, chain[1].hash);
    QCOMPARE(chain[5].dossierPrev, chain[3].hash);
    QCOMPARE(chain[4].dossierPrev, chain[2].hash);
    const auto r = verifyDesk(p);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.entries, 6);
    QCOMPARE(r.dossiers, 2);
    QCOMPARE(r.head, (AuditChain::Head{6, chain[5].hash}));
    // The same desk id on another profile hashes differently: entries cannot be carried between desks.
    AuditChain::Link moved = chain[0];
    QVERIFY(AuditChain::linkHash(QStringLiteral("00000000-0000-4000-8000-000000000000"), moved) != moved.hash);
}

void TestAuditChain::appendOnly()
{
    QTemporaryDir dir;
    Profile p = deskWithEntries(dir.path());
    QSqlDatabase db = p.database();
    SqlFromTest guard;
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action='nothing' WHERE seq=2")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE seq=6")));
    QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log")) && q.next());
    QCOMPARE(q.value(0).toInt(), 6);
}

void TestAuditChain::tamperingIsNamed_data()
{
    QTest::addColumn<QStringList>("tamper"); // run after the triggers are dropped (a user holding the file)
    QTest::addColumn<QString>("expected");   // kind@seq of each break, in seq order
    QTest::addRow("edited details") << QStringList{QStringLiteral(
                                           "UPDATE audit_log SET details='{\"document\":9}' WHERE seq=4")}
                                    << QStringLiteral("edited@4");
    QTest::addRow("edited actor") << QStringList{QStringLiteral("UPDATE audit_log SET actor='王芳' WHERE seq=1")}
                                  << QStringLiteral("edited@1");
    QTest::addRow("edited hash too")
        << QStringList{QStringLiteral(
               "UPDATE audit_log SET action='submit', hash=lower(hex(randomblob(32))) WHERE seq=3")}
        << QStringLiteral("edited@3 relinked@4 dossier_chain@5");
    QTest::addRow("deleted") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq=3")}
                             << QStringLiteral("deleted@4 dossier_chain@5");
    QTest::addRow("deleted two") << QStringList{QStringLiteral("DELETE FROM audit_log WHERE seq IN (2, 3)")}
                                 << QStringLiteral("deleted@4 dossier_chain@4 dossier_chain@5");
    QTest::addRow("reordered") << QStringList{QStringLiteral("UPDATE audit_log SET seq=-1 WHERE seq=3"),
                                              QStringLiteral("UPDATE audit_log SET seq=3 WHERE seq=4"),
                                              QStringLiteral("UPDATE audit_log SET seq=4 WHERE seq=-1")}
                               << QStringLiteral("reordered@3 reordered@4 reordered@5");
    QTest::addRow("duplicated") << QStringList{QStringLiteral("DROP INDEX audit_seq"),
                                               QStringLiteral("INSERT INTO audit_log(seq, at, actor, dossier_id, "
                                                              "action, details, prev_hash, dossier_prev, hash) SELECT "
                                                              "seq, at, actor, dossier_id, action, details, prev_hash, "
                                                              "dossier_prev, hash FROM audit_log WHERE seq=5")}
                                << QStringLiteral("duplicated@5 dossier_chain@5");
}

void TestAuditChain::tamperingIsNamed()
{
    QFETCH(QStringList, tamper);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    Profile p = deskWithEntries(dir.path());
    QSqlDatabase db = p.database();
    {
        SqlFromTest guard;
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        for (const QString& sql : tamper)
            QVERIFY(exec(db, sql));
    }
    const auto r = verifyDesk(p);
    QCOMPARE(describe(r), expected);
    QVERIFY(!r.ok());
    for (const AuditChain::Break& b : r.breaks) {
        QVERIFY(!b.what.isEmpty());
        QVERIFY(!AuditHistory::breakText(b).isEmpty());
    }
}

// A chain edited and hashed again from the edit on is consistent in itself: the head pushed before (kept on the
// desk and on the server) is what shows it was rewritten; one cut short ends before it.
void TestAuditChain::rewrittenAfterPushIsNamed()
{
    QTemporaryDir dir;
    Profile p = deskWithEntries(dir.path());
    AuditRepository repo(p.database());
    const AuditChain::Head pushed = repo.head().value();
    QVERIFY(repo.setPushedHead(pushed).ok());
    QVERIFY(verifyDesk(p, pushed).ok());
    QSqlDatabase db = p.database();
    {
        SqlFromTest guard;
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(db, QStringLiteral("DROP TRIGGER audit_log_no_delete")));
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET details='{\"document\":99}', hash='' WHERE seq=2")));
        QVERIFY(exec(db, QStringLiteral("UPDATE audit_log SET hash=''")));
        QVERIFY(AuditRepository::chainUnhashed(db).ok());
    }
    QVERIFY2(verifyDesk(p).ok(), "a rewritten chain is consistent in itself");
    QCOMPARE(describe(verifyDesk(p, pushed)), QStringLiteral("rewritten@6"));
    auto v = AuditHistory::verify(p);
    QVERIFY(v.ok());
    QCOMPARE(describe(v->report), QStringLiteral("rewritten@6")); // held against the desk's record of its push
    {
        SqlFromTest guard;
        QVERIFY(exec(db, QStringLiteral("DELETE FROM audit_log WHERE seq >= 5")));
    }
    QCOMPARE(describe(verifyDesk(p, pushed)), QStringLiteral("truncated@4"));
}

void TestAuditChain::oldDeskDatabaseIsChained()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.sqlite"));
    const QString script = readText(QStringLiteral(DOSSIER_SOURCE_DIR "/tests/data/desk-schema/v11.sql"));
    QVERIFY(script.startsWith(QStringLiteral("PRAGMA user_version=11;")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        for (const QString& s : splitSqlScript(script))
            QVERIFY(exec(raw, s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(Database::open(path).ok());
    QSqlDatabase db = Database::connection(path);
    AuditRepository repo(db);
    const auto chain = repo.chain().value();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain[0].action, QStringLiteral("set title")); // in the order written
    QCOMPARE(chain[1].action, QStringLiteral("scan refused: classified"));
    const auto r = AuditChain::verify(repo.deskId().value(), chain);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    // New entries continue the chain.
    QVERIFY(repo.record(QStringLiteral("王芳"), 1, QStringLiteral("submit")).ok());
    const auto after = repo.chain().value();
    QCOMPARE(after.size(), 3);
    QCOMPARE(after[2].seq, 3);
    QCOMPARE(after[2].prevHash, chain[1].hash);
    QCOMPARE(after[2].dossierPrev, chain[0].hash);
    QVERIFY(AuditChain::verify(repo.deskId().value(), after).ok());
}

void TestAuditChain::cliVerifyExitsTwoOnABreak()
{
    QTemporaryDir dir;
    Profile p = deskWithEntries(dir.path());
    const QString cli = Test::binDir() + QStringLiteral("/dossier-cli");
    auto ok = Test::run(cli, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"),
                              dir.path(), QStringLiteral("--json")});
    QCOMPARE(ok.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(ok.out).object();
    QCOMPARE(report.value(QStringLiteral("entries")).toInt(), 6);
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(), true);
    {
        SqlFromTest guard;
        QVERIFY(exec(p.database(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(exec(p.database(), QStringLiteral("UPDATE audit_log SET details='{\"title\":\"改\"}' WHERE seq=4")));
    }
    auto broken =
        Test::run(cli, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"), dir.path()});
    QCOMPARE(broken.exitCode, 2);
    const QString out = QString::fromUtf8(broken.out);
    QVERIFY2(out.contains(QStringLiteral("4")) && out.contains(QStringLiteral("edited")), qPrintable(out));
    auto json = Test::run(cli, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"),
                                dir.path(), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 2);
    const QJsonArray breaks = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("breaks")).toArray();
    QCOMPARE(breaks.size(), 1);
    QCOMPARE(breaks[0].toObject().value(QStringLiteral("seq")).toInt(), 4);
    QCOMPARE(breaks[0].toObject().value(QStringLiteral("dossier")).toInt(), 1);
    QCOMPARE(breaks[0].toObject().value(QStringLiteral("action")).toString(), QStringLiteral("move pages"));
    QCOMPARE(breaks[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("edited"));
}

void TestAuditChain::readableWording()
{
    QCOMPARE(AuditHistory::actionText(QStringLiteral("set title")), QStringLiteral("Set document title"));
    QCOMPARE(AuditHistory::actionText(QStringLiteral("undo set title")), QStringLiteral("Undo: Set document title"));
    QCOMPARE(AuditHistory::actionText(QStringLiteral("something new")), QStringLiteral("something new"));
    const QString d = AuditHistory::detailsText(QStringLiteral("{\"document\":2,\"title\":\"民事起诉状\"}"));
    QVERIFY2(d.contains(QStringLiteral("民事起诉状")) && d.contains(QStringLiteral("document: 2")), qPrintable(d));
    QVERIFY(!d.contains(QLatin1Char('{')));
    QCOMPARE(AuditHistory::detailsText({}), QString());
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "testauditchain.moc"
