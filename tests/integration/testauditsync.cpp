// Desk audit chains through the real dossier-server on loopback (issue 16): each sync sends the desk's chain head
// and the entries since the head the server recorded, before any record; the server records it; a history
// rewritten or cut short after it synced is refused with 409 audit_chain_rewritten (the sync stops, told in
// words, nothing lost on the desk); a desk's chain is its first user's; hostile bodies are refused, each by the
// check that closes it. On the server's SQLite, then on PostgreSQL (a schema of its own) when DOSSIER_TEST_POSTGRES
// is set.
#include "domain/auditchain.h"
#include "serverprocess.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {

struct Response
{
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestAuditSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString m_postgres, m_schema; // empty: the server's SQLite
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }
    // --database URL for a server on PostgreSQL, in this run's schema.
    QStringList dbArgs() const
    {
        if (m_schema.isEmpty())
            return {};
        const QString glue = m_postgres.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        return {QStringLiteral("--database"), m_postgres + glue + QStringLiteral("schema=") + m_schema};
    }
    // Runs `sql` on the server's database behind its back (no server running).
    bool onServerDatabase(const QStringList& sql)
    {
        bool ok = true;
        {
            QSqlDatabase db;
            if (m_schema.isEmpty()) {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("srv"));
                db.setDatabaseName(QDir(dataDir()).filePath(QStringLiteral("server.sqlite")));
            } else {
                db = Test::postgresConnection(m_postgres, QStringLiteral("srv"));
            }
            ok = db.open();
            for (const QString& s : sql) {
                QSqlQuery q(db);
                if (ok && !q.exec(QString(s).replace(QStringLiteral("SCHEMA."), m_schema + QLatin1Char('.')))) {
                    qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("srv"));
        return ok;
    }
    QString desk(const QString& name) const { return m_tmp.filePath(name); }

    Result<SyncSummary> syncAs(const QString& prof, const QString& user)
    {
        return Test::syncAs(m_url, prof, user, QStringLiteral("pw-") + user);
    }

    Response call(const QByteArray& method, const QString& path, const QByteArray& body = {}, const QString& token = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server.api() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* reply = nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Response r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return r;
    }

    QString token(const QString& user)
    {
        const Response r = call("POST", QStringLiteral("/session"),
                                QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                          {QStringLiteral("password"), QStringLiteral("pw-") + user}})
                                    .toJson());
        return r.json.value(QStringLiteral("token")).toString();
    }

    static void record(const QString& prof, int n, const QString& action = QStringLiteral("submit"))
    {
        AuditRepository repo(Test::openProfile(prof).database());
        for (int i = 0; i < n; ++i)
            QVERIFY(repo.record(QStringLiteral("赵磊"), 0, action, {{QStringLiteral("n"), i}}).ok());
    }

    static void tamper(const QString& prof, const QStringList& statements)
    {
        QSqlDatabase db = Test::openProfile(prof).database();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_delete")));
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
    }

    static QString deskId(const QString& prof)
    {
        return AuditRepository(Test::openProfile(prof).database()).deskId().value();
    }

    static AuditChain::Head head(const QString& prof)
    {
        return AuditRepository(Test::openProfile(prof).database()).head().value();
    }

    // The body of a push of `entries` (their last one the head).
    static QByteArray pushBody(const QList<AuditChain::Link>& entries)
    {
        QJsonArray list;
        for (const AuditChain::Link& l : entries)
            list.append(l.toJson());
        return QJsonDocument(QJsonObject{{QStringLiteral("seq"), entries.isEmpty() ? 0 : entries.last().seq},
                                         {QStringLiteral("hash"), entries.isEmpty() ? QString() : entries.last().hash},
                                         {QStringLiteral("entries"), list}})
            .toJson(QJsonDocument::Compact);
    }

    // A chain of `n` entries of desk `id`, well linked and hashed.
    static QList<AuditChain::Link> chainOf(const QString& id, int n, qint64 from = 0, const QString& prev = {})
    {
        QList<AuditChain::Link> out;
        QString before = prev;
        for (int i = 1; i <= n; ++i) {
            AuditChain::Link l;
            l.seq = from + i;
            l.at = QStringLiteral("2024-05-01T09:00:00Z");
            l.actor = QStringLiteral("x");
            l.action = QStringLiteral("submit");
            l.prevHash = before;
            l.hash = AuditChain::linkHash(id, l);
            before = l.hash;
            out << l;
        }
        return out;
    }

public:
    explicit TestAuditSync(QString postgres = {}) : m_postgres(std::move(postgres)) {}

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        if (!m_postgres.isEmpty()) {
            m_schema = QStringLiteral("dossier_audit_%1").arg(QRandomGenerator::global()->generate() % 1000000000u);
            qInfo("this run: PostgreSQL, schema %s", qPrintable(m_schema));
        }
        for (const char* name : {"clerk", "clerk2"}) {
            const QString why = Test::ServerProcess::addUser(
                dataDir(), QString::fromUtf8(name), QStringLiteral("archive_clerk"),
                QStringLiteral("pw-") + QString::fromUtf8(name), QStringLiteral("苏"), dbArgs());
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QString why = m_server.start({dataDir(), dbArgs(), 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
    }

    void cleanupTestCase()
    {
        m_server.stop();
        if (!m_schema.isEmpty())
            QVERIFY(onServerDatabase({QStringLiteral("DROP SCHEMA ") + m_schema + QStringLiteral(" CASCADE")}));
    }

    // Each sync moves the head the server recorded to the desk's; the desk keeps a record of it.
    void headsRecorded()
    {
        const QString a = desk(QStringLiteral("A"));
        record(a, 3);
        auto s = syncAs(a, QStringLiteral("clerk"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->auditHead, 3);
        const QString t = token(QStringLiteral("clerk"));
        Response r = call("GET", QStringLiteral("/audit/desks/") + deskId(a), {}, t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("seq")).toInt(), 3);
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(), head(a).hash);
        QCOMPARE(r.json.value(QStringLiteral("user")).toString(), QStringLiteral("clerk"));
        record(a, 450); // more than one request's worth
        s = syncAs(a, QStringLiteral("clerk"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->auditHead, 453);
        r = call("GET", QStringLiteral("/audit/desks/") + deskId(a), {}, t);
        QCOMPARE(r.json.value(QStringLiteral("seq")).toInt(), 453);
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(), head(a).hash);
        auto pushed = AuditRepository(Test::openProfile(a).database()).pushedHead().value();
        QVERIFY(pushed.has_value());
        QCOMPARE(pushed->seq, 453);
        // Nothing new: the same head again is accepted.
        QVERIFY_RESULT(syncAs(a, QStringLiteral("clerk")));
    }

    // A history edited and hashed again after it synced is consistent in itself; the head the server recorded is
    // what refuses it. The desk keeps every entry and record; the server keeps its head.
    void rewrittenHistoryRefused()
    {
        const QString a = desk(QStringLiteral("A"));
        const AuditChain::Head before = head(a);
        tamper(a, {QStringLiteral("UPDATE audit_log SET details='{\"n\":99}' WHERE seq=2"),
                   QStringLiteral("UPDATE audit_log SET hash=''")});
        QVERIFY(AuditRepository::chainUnhashed(Test::openProfile(a).database()).ok());
        QVERIFY(head(a).hash != before.hash);
        auto s = syncAs(a, QStringLiteral("clerk"));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), QStringLiteral("audit_chain_rewritten"));
        QVERIFY(!s.error().message().isEmpty());
        QCOMPARE(head(a).seq, before.seq); // nothing lost on the desk
        const Response r = call("GET", QStringLiteral("/audit/desks/") + deskId(a), {}, token(QStringLiteral("clerk")));
        QCOMPARE(r.json.value(QStringLiteral("hash")).toString(), before.hash); // the server's record stands
        // The CLI names it against the head last pushed.
        auto v = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                           {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--profile"), a,
                            QStringLiteral("--json")});
        QCOMPARE(v.exitCode, 2);
        const QJsonArray breaks = QJsonDocument::fromJson(v.out).object().value(QStringLiteral("breaks")).toArray();
        QCOMPARE(breaks.size(), 1);
        QCOMPARE(breaks[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("rewritten"));
    }

    // A chain cut short after it synced (entries deleted at its end) ends before the recorded head: refused.
    void truncatedHistoryRefused()
    {
        const QString b = desk(QStringLiteral("B"));
        record(b, 4);
        QVERIFY_RESULT(syncAs(b, QStringLiteral("clerk")));
        tamper(b, {QStringLiteral("DELETE FROM audit_log WHERE seq >= 3")});
        auto s = syncAs(b, QStringLiteral("clerk"));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), QStringLiteral("audit_chain_rewritten"));
        // Entries added after the cut do not make it look extended: the first of them does not link.
        record(b, 5);
        s = syncAs(b, QStringLiteral("clerk"));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), QStringLiteral("audit_chain_rewritten"));
    }

    // A desk's chain is the first sender's: another user's sync of it is refused, the head kept.
    void deskOfAnotherUserRefused()
    {
        const QString c = desk(QStringLiteral("C"));
        record(c, 2);
        QVERIFY_RESULT(syncAs(c, QStringLiteral("clerk")));
        auto s = syncAs(c, QStringLiteral("clerk2"));
        QVERIFY(!s);
        QCOMPARE(s.error().code(), QStringLiteral("audit_desk_not_yours"));
        const Response r =
            call("GET", QStringLiteral("/audit/desks/") + deskId(c), {}, token(QStringLiteral("clerk2")));
        QCOMPARE(r.status, 403);
    }

    // Hostile bodies, each refused by its own check.
    void hostileInputRefused()
    {
        const QString t = token(QStringLiteral("clerk2"));
        const QString id = QStringLiteral("6f1c2d3e-4a5b-4c6d-8e7f-0123456789ab");
        const QString path = QStringLiteral("/audit/desks/") + id;
        QCOMPARE(call("POST", QStringLiteral("/audit/desks/not-a-uuid"), pushBody(chainOf(id, 1)), t).status, 400);
        QCOMPARE(call("POST", QStringLiteral("/audit/desks/6F1C2D3E-4A5B-4C6D-8E7F-0123456789AB"),
                      pushBody(chainOf(id, 1)), t)
                     .status,
                 400);
        QCOMPARE(call("POST", path, pushBody(chainOf(id, 1)), {}).status, 401);
        QCOMPARE(call("POST", path, "[1,2]", t).status, 400);
        QCOMPARE(call("POST", path, R"({"seq":"1","hash":""})", t).status, 422);
        QCOMPARE(call("POST", path, R"({"seq":1.5,"hash":""})", t).status, 422);
        QCOMPARE(call("POST", path, R"({"seq":-1,"hash":""})", t).status, 422);
        QCOMPARE(call("POST", path, R"({"seq":1,"hash":"zz","entries":[]})", t).status, 422);
        QCOMPARE(call("POST", path, R"({"seq":0,"hash":"","entries":{}})", t).status, 422);
        QCOMPARE(call("POST", path, R"({"seq":0,"hash":"","extra":1})", t).status, 422);
        QCOMPARE(call("POST", path, pushBody(chainOf(id, 1001)), t).status, 413);
        // An entry of the wrong shape, one whose hash is not its fields', one that does not link, a head that is
        // not the last entry, entries not starting at 1: each 422, and nothing recorded.
        QList<AuditChain::Link> bad = chainOf(id, 3);
        QJsonObject odd = bad[1].toJson();
        odd.insert(QStringLiteral("seq"), QStringLiteral("2"));
        QJsonArray list{bad[0].toJson(), odd, bad[2].toJson()};
        QCOMPARE(call("POST", path,
                      QJsonDocument(QJsonObject{{QStringLiteral("seq"), 3},
                                                {QStringLiteral("hash"), bad[2].hash},
                                                {QStringLiteral("entries"), list}})
                          .toJson(),
                      t)
                     .status,
                 422);
        QList<AuditChain::Link> edited = bad;
        edited[1].action = QStringLiteral("set title");
        QCOMPARE(call("POST", path, pushBody(edited), t).status, 422);
        QList<AuditChain::Link> unlinked = bad;
        unlinked.removeAt(1);
        QCOMPARE(call("POST", path, pushBody(unlinked), t).status, 422);
        QCOMPARE(call("POST", path, pushBody(chainOf(id, 2, 1, QString(64, QLatin1Char('a')))), t).status, 422);
        QJsonObject o = QJsonDocument::fromJson(pushBody(bad)).object();
        o.insert(QStringLiteral("hash"), bad[1].hash);
        QCOMPARE(call("POST", path, QJsonDocument(o).toJson(), t).status, 422);
        // An empty chain of a desk never recorded (it crashed the server once): answered, nothing recorded or claimed.
        const Response empty = call("POST", path, R"({"seq":0,"hash":"","entries":[]})", t);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json.value(QStringLiteral("seq")).toInt(), 0);
        QCOMPARE(call("GET", path, {}, t).status, 404);
        // An entry sent without its time, hashed as such: its missing field once reached the database as NULL (500 on
        // every retry); now it is answered, recorded or refused.
        const QString timelessDesk = QStringLiteral("7a1c2d3e-4a5b-4c6d-8e7f-0123456789ab");
        QList<AuditChain::Link> timeless = chainOf(timelessDesk, 1);
        timeless[0].at = QString();
        timeless[0].hash = AuditChain::linkHash(timelessDesk, timeless[0]);
        QJsonObject entry = timeless[0].toJson();
        entry.remove(QStringLiteral("at"));
        const Response noTime = call("POST", QStringLiteral("/audit/desks/") + timelessDesk,
                                     QJsonDocument(QJsonObject{{QStringLiteral("seq"), 1},
                                                               {QStringLiteral("hash"), timeless[0].hash},
                                                               {QStringLiteral("entries"), QJsonArray{entry}}})
                                         .toJson(),
                                     t);
        QVERIFY2(noTime.status == 200 || noTime.status == 422, qPrintable(QString::number(noTime.status)));
        // Then a good one is recorded; a lower head after it is refused as rewritten.
        QCOMPARE(call("POST", path, pushBody(bad), t).status, 200);
        const Response lower = call("POST", path, pushBody(chainOf(id, 2)), t);
        QCOMPARE(lower.status, 409);
        QCOMPARE(lower.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("audit_chain_rewritten"));
        QCOMPARE(lower.json.value(QStringLiteral("recorded")).toObject().value(QStringLiteral("seq")).toInt(), 3);
    }

    // dossier-server audit verify: the server's own chain (its sign-ins and the refusals above) intact, and each
    // recorded desk head listed.
    void serverChainVerifies()
    {
        m_server.stop();
        const QString server = Test::binDir() + QStringLiteral("/dossier-server");
        const QStringList verify = QStringList{QStringLiteral("--data"), dataDir()} + dbArgs() +
                                   QStringList{QStringLiteral("audit"), QStringLiteral("verify")};
        auto v = Test::run(server, verify);
        QVERIFY2(v.exitCode == 0, v.out.constData());
        const QString out = QString::fromUtf8(v.out);
        QVERIFY2(out.contains(QStringLiteral("intact")), qPrintable(out));
        // Desk A's entries are kept on the server, every one from the first to the head recorded.
        const QString deskA = deskId(desk(QStringLiteral("A")));
        const QRegularExpression kept(
            QStringLiteral("desk %1 \\(clerk\\): entry (\\d+), .*; entries 1 to \\1 kept, intact")
                .arg(QRegularExpression::escape(deskA)));
        QVERIFY2(kept.match(out).hasMatch(), qPrintable(out));
        QVERIFY(kept.match(out).captured(1).toInt() >= 453);
        // An entry edited in the server's database (its triggers dropped) is named.
        QVERIFY(onServerDatabase({m_schema.isEmpty()
                                      ? QStringLiteral("DROP TRIGGER audit_log_no_update")
                                      : QStringLiteral("DROP TRIGGER audit_log_append_only ON SCHEMA.audit_log"),
                                  QStringLiteral("UPDATE %1audit_log SET user_name='nobody' WHERE seq=2")
                                      .arg(m_schema.isEmpty() ? QString() : QStringLiteral("SCHEMA."))}));
        v = Test::run(server, verify);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(QString::fromUtf8(v.out).contains(QStringLiteral("entry 2 ")), v.out.constData());
        // So is a desk's entry edited on the server, and one deleted there.
        const QString table =
            m_schema.isEmpty() ? QStringLiteral("desk_audit_entries") : QStringLiteral("SCHEMA.desk_audit_entries");
        QVERIFY(onServerDatabase(
            {m_schema.isEmpty() ? QStringLiteral("DROP TRIGGER desk_audit_entries_no_update")
                                : QStringLiteral("DROP TRIGGER desk_audit_entries_append_only ON ") + table,
             QStringLiteral("UPDATE %1 SET details='{\"n\":99}' WHERE seq=2 AND desk_id='%2'").arg(table, deskA)}));
        v = Test::run(server, verify);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(QString::fromUtf8(v.out).contains(QStringLiteral("its kept entries are BROKEN: entry 2's hash")),
                 v.out.constData());
        QStringList remove{QStringLiteral("DELETE FROM %1 WHERE seq=3 AND desk_id='%2'").arg(table, deskA)};
        if (m_schema.isEmpty()) // on PostgreSQL one trigger guarded both, and it is gone
            remove.prepend(QStringLiteral("DROP TRIGGER desk_audit_entries_no_delete"));
        QVERIFY(onServerDatabase(remove));
        v = Test::run(server, verify);
        QCOMPARE(v.exitCode, 2);
        QVERIFY2(QString::fromUtf8(v.out).contains(QStringLiteral("kept where entries 1 to")), v.out.constData());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return Test::onSqliteThenPostgres<TestAuditSync>(argc, argv);
}
#include "testauditsync.moc"
