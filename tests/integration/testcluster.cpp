// A court's servers (issue 16): two dossier-server processes on different ports over one PostgreSQL database and
// one blob store, with real desks (dossier-cli, tokens in a real keyring). Desks that alternate between the
// servers end with the same dossiers and the last titles written; two desks writing one case through both servers
// at the same instant converge, both versions kept; a server killed in the middle of a batch (an image stored but
// not recorded, a batch written but not committed, committed but not answered) costs a desk nothing: it goes on
// with the other server in the same sync, and a desk without an alternate is told and keeps its changes; a new
// desk syncs the whole court from a restored backup and writes to it.
// Needs PostgreSQL: DOSSIER_TEST_POSTGRES (scripts/test.sh starts one).
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <optional>

using namespace Dossier;

namespace {

const QString kCase = QStringLiteral("（2024）苏0602民初9101号");

// Runs `sql` on the PostgreSQL server of `url` (its database), with a connection of its own: the first row of the
// answer (empty when none), or nothing when it fails.
std::optional<QVariantList> onPostgres(const QString& url, const QString& sql)
{
    std::optional<QVariantList> out;
    {
        QSqlDatabase db = Test::postgresConnection(url, QStringLiteral("cluster-admin"));
        QSqlQuery q(db);
        if (db.open() && q.exec(sql)) {
            out = QVariantList();
            if (q.next())
                for (int i = 0; i < q.record().count(); ++i)
                    out->append(q.value(i));
        } else {
            qWarning() << sql << db.lastError().text() << q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cluster-admin"));
    return out;
}

// One HTTP request to a server, waited for: its status and JSON answer.
struct Reply
{
    int status = 0;
    QJsonObject json;
};

Reply http(const QByteArray& verb, const QString& url, const QString& token, const QByteArray& body,
           const QByteArray& contentType, qint64 offset = -1)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    req.setRawHeader("Content-Type", contentType);
    if (offset >= 0)
        req.setRawHeader("Upload-Offset", QByteArray::number(offset));
    QNetworkReply* reply = nam.sendCustomRequest(req, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

} // namespace

class TestCluster final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_postgres, m_schema, m_database, m_restoredDb;
    Test::ServerProcess m_a, m_b;
    QString m_urlA, m_urlB;

    QString data() const { return m_tmp.filePath(QStringLiteral("data")); }
    QString desk(const QString& name) const { return m_tmp.filePath(QStringLiteral("desk-") + name); }
    QStringList dbArgs() const { return {QStringLiteral("--database"), m_database}; }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }

    // Starts (or restarts, on the port it had) server A or B; `killAt` arms its crash point.
    QString start(Test::ServerProcess& server, QString& url, const QString& killAt = {})
    {
        const quint16 port = url.isEmpty() ? 0 : quint16(QUrl(url).port());
        const QString why =
            server.start({data(), dbArgs(), port, killAt, m_tmp.filePath(QStringLiteral("servers.log"))});
        url = server.url();
        return why;
    }

    void login(const QString& prof, const QString& user, const QString& server, const QStringList& alternates = {})
    {
        QStringList args = {QStringLiteral("login"),
                            QStringLiteral("--profile"),
                            prof,
                            QStringLiteral("--server"),
                            server,
                            QStringLiteral("--user"),
                            user,
                            QStringLiteral("--password-stdin")};
        for (const QString& a : alternates)
            args << QStringLiteral("--alternate") << a;
        const auto r = cli(args, "pw-" + user.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    QJsonObject sync(const QString& prof)
    {
        const auto r = cli({QStringLiteral("sync"), QStringLiteral("--profile"), prof});
        [&] { QVERIFY2(r.exitCode == 0, (r.out + r.err).constData()); }();
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonArray dossiers(const QString& prof)
    {
        const auto r = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--profile"), prof,
                            QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
    }

    QVariant scalar(const QString& prof, const QString& sql, const QVariantList& binds = {})
    {
        auto q = execSql(Test::openProfile(prof).database(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    // Every document of a desk by uid: its title.
    QMap<QString, QString> titles(const QString& prof)
    {
        QMap<QString, QString> out;
        auto q = execSql(Test::openProfile(prof).database(),
                         QStringLiteral("SELECT uid, title FROM documents WHERE uid IS NOT NULL AND uid <> ''"));
        while (q && q->next())
            out.insert(q->value(0).toString(), q->value(1).toString());
        return out;
    }

    QStringList uids(const QString& prof)
    {
        QStringList out;
        auto q = execSql(Test::openProfile(prof).database(),
                         QStringLiteral("SELECT uid FROM documents WHERE uid IS NOT NULL AND uid <> '' ORDER BY uid"));
        while (q && q->next())
            out << q->value(0).toString();
        return out;
    }

    void retitle(const QString& prof, const QString& uid, const QString& title)
    {
        const qint64 doc = scalar(prof, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid}).toLongLong();
        const qint64 volume =
            scalar(prof, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong();
        CatalogueEditor e(Test::openProfile(prof), volume, QStringLiteral("desk"));
        const Status s = e.setTitle(doc, title);
        QVERIFY2(s.ok(), s ? "" : qPrintable(s.error().english()));
    }

    void process(const QString& prof, const QString& caseNo, const QStringList& pages)
    {
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        QStringList args = {QStringLiteral("process"),
                            QStringLiteral("--profile"),
                            prof,
                            QStringLiteral("--quiet"),
                            QStringLiteral("--out"),
                            m_tmp.filePath(QStringLiteral("out-") + QFileInfo(prof).fileName())};
        if (!caseNo.isEmpty())
            args << QStringLiteral("--case") << caseNo;
        for (const QString& p : pages)
            args << plain + p;
        const auto r = cli(args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void alternatingDesksConverge();
    void concurrentWritesThroughBoth();
    void killedServerMidBatchFailsOver();
    void deskWithoutAlternateKeepsItsChanges();
    void uploadRestartedThroughTheOtherServer();
    void newDeskFromRestoredServer();
};

void TestCluster::initTestCase()
{
    m_postgres = qEnvironmentVariable("DOSSIER_TEST_POSTGRES");
    QVERIFY2(!m_postgres.isEmpty(), "testcluster needs PostgreSQL: set DOSSIER_TEST_POSTGRES (scripts/test.sh does, "
                                    "with scripts/test-postgres.sh)");
    QVERIFY(m_tmp.isValid());
    QVERIFY(QDir().mkpath(data()));
    m_schema = QStringLiteral("dossier_cluster_%1").arg(QRandomGenerator::global()->generate() % 1000000000u);
    m_database = m_postgres + (m_postgres.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
                 QStringLiteral("schema=") + m_schema;
    // The court's servers start together on an empty database: three processes at once create the schema and
    // migrate it (one at a time: PostgreSQL's advisory lock), each adding its user.
    const struct
    {
        const char *name, *role;
    } users[] = {{"clerk", "archive_clerk"}, {"admin", "archive_admin"}, {"keeper", "archive_admin"}};
    QProcess adds[3];
    for (int i = 0; i < 3; ++i) {
        adds[i].start(Test::binDir() + QStringLiteral("/dossier-server"),
                      QStringList{QStringLiteral("--data"), data()} + dbArgs() +
                          QStringList{QStringLiteral("user"), QStringLiteral("add"), QString::fromUtf8(users[i].name),
                                      QStringLiteral("--role"), QString::fromUtf8(users[i].role),
                                      QStringLiteral("--password-stdin"), QStringLiteral("--scope"),
                                      QStringLiteral("苏")});
        adds[i].write("pw-" + QByteArray(users[i].name) + "\n");
        adds[i].closeWriteChannel();
    }
    for (QProcess& p : adds) {
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
    }
    QCOMPARE(start(m_a, m_urlA), QString());
    QCOMPARE(start(m_b, m_urlB), QString());
    QVERIFY(m_urlA != m_urlB);
}

void TestCluster::cleanupTestCase()
{
    m_a.stop();
    m_b.stop();
    if (!m_schema.isEmpty())
        QVERIFY(
            onPostgres(m_postgres, QStringLiteral("DROP SCHEMA IF EXISTS ") + m_schema + QStringLiteral(" CASCADE")));
    if (!m_restoredDb.isEmpty())
        QVERIFY(onPostgres(m_postgres, QStringLiteral("DROP DATABASE IF EXISTS ") + m_restoredDb));
}

// The clerk's desk K and the administrator's desk J take turns, each round on the other server than the round
// before: each pulls, retitles a document the other retitled last, and pushes. No conflict can arise, and both
// end with the same dossiers and exactly the last titles written.
void TestCluster::alternatingDesksConverge()
{
    const QString k = desk(QStringLiteral("K")), j = desk(QStringLiteral("J"));
    process(k, {},
            {QStringLiteral("0001.jpg"), QStringLiteral("0002.jpg"), QStringLiteral("0003.jpg"),
             QStringLiteral("0004.jpg")});
    login(k, QStringLiteral("clerk"), m_urlA);
    QCOMPARE(sync(k)[QStringLiteral("server")].toString(), m_urlA);
    login(j, QStringLiteral("admin"), m_urlB);
    QCOMPARE(sync(j)[QStringLiteral("server")].toString(), m_urlB);
    QCOMPARE(dossiers(j), dossiers(k));
    const QStringList docs = uids(k);
    QVERIFY2(docs.size() >= 2, "the four pages make at least two documents");
    QMap<QString, QString> written;
    for (int round = 0; round < 6; ++round) {
        const bool kOnA = round % 2 == 0;
        for (const QString& prof : {k, j}) {
            const bool onA = (prof == k) == kOnA;
            login(prof, prof == k ? QStringLiteral("clerk") : QStringLiteral("admin"), onA ? m_urlA : m_urlB);
            sync(prof);
            const QString uid = docs.at((round + (prof == k ? 0 : 1)) % docs.size());
            const QString title = QStringLiteral("第%1轮 %2")
                                      .arg(round)
                                      .arg(prof == k ? QStringLiteral("书记员") : QStringLiteral("管理员"));
            retitle(prof, uid, title);
            written[uid] = title;
            const QJsonObject s = sync(prof);
            QCOMPARE(s[QStringLiteral("server")].toString(), onA ? m_urlA : m_urlB);
            QCOMPARE(s[QStringLiteral("conflicts")].toInt(), 0);
        }
    }
    sync(k);
    sync(j);
    const QMap<QString, QString> onK = titles(k), onJ = titles(j);
    QCOMPARE(onK, onJ);
    for (auto it = written.cbegin(); it != written.cend(); ++it)
        QCOMPARE(onK.value(it.key()), it.value());
    QCOMPARE(dossiers(j), dossiers(k));
    QCOMPARE(scalar(k, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt(), 0);
    Test::verifyBlobsOnce(data(), dossiers(k));
}

// K through A and J through B retitle the same document (and one each of their own) and sync at the same
// instant, four times. Both versions of the shared document are kept on both desks, the same one wins on both,
// and their own documents carry exactly what each wrote.
void TestCluster::concurrentWritesThroughBoth()
{
    const QString k = desk(QStringLiteral("K")), j = desk(QStringLiteral("J"));
    login(k, QStringLiteral("clerk"), m_urlA);
    login(j, QStringLiteral("admin"), m_urlB);
    sync(k);
    sync(j);
    const QStringList docs = uids(k);
    QVERIFY(docs.size() >= 3 || docs.size() >= 2);
    const QString shared = docs.at(0), ownK = docs.at(1), ownJ = docs.at(docs.size() > 2 ? 2 : 1);
    const int conflictsBefore = scalar(k, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt();
    QElapsedTimer converge;
    qint64 worst = 0;
    for (int round = 0; round < 4; ++round) {
        retitle(k, shared, QStringLiteral("同时 %1 甲").arg(round));
        retitle(j, shared, QStringLiteral("同时 %1 乙").arg(round));
        retitle(k, ownK, QStringLiteral("甲自己的 %1").arg(round));
        if (ownJ != ownK)
            retitle(j, ownJ, QStringLiteral("乙自己的 %1").arg(round));
        QProcess both[2];
        const QString profs[2] = {k, j};
        converge.start();
        for (int i = 0; i < 2; ++i)
            both[i].start(Test::binDir() + QStringLiteral("/dossier-cli"),
                          {QStringLiteral("sync"), QStringLiteral("--profile"), profs[i]});
        for (QProcess& p : both) {
            QVERIFY(p.waitForFinished(120000));
            QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        }
        // Until each has seen the other's: one more sync each.
        const QJsonObject sk = sync(k), sj = sync(j);
        sync(k);
        worst = std::max(worst, converge.elapsed());
        QCOMPARE(sk[QStringLiteral("pending")].toInt(), 0);
        QCOMPARE(sj[QStringLiteral("pending")].toInt(), 0);
        QCOMPARE(sk[QStringLiteral("rejected")].toInt() + sj[QStringLiteral("rejected")].toInt(), 0);
        const QMap<QString, QString> onK = titles(k), onJ = titles(j);
        QCOMPARE(onK, onJ);
        QVERIFY2(onK.value(shared) == QStringLiteral("同时 %1 甲").arg(round) ||
                     onK.value(shared) == QStringLiteral("同时 %1 乙").arg(round),
                 qPrintable(onK.value(shared)));
        QCOMPARE(onK.value(ownK), QStringLiteral("甲自己的 %1").arg(round));
        if (ownJ != ownK)
            QCOMPARE(onK.value(ownJ), QStringLiteral("乙自己的 %1").arg(round));
    }
    // The loser of each round is kept as a conflict, the same on both desks.
    const QString conflicts = QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE rec_id=?");
    QVERIFY(scalar(k, conflicts, {shared}).toInt() >= 1);
    QCOMPARE(scalar(k, conflicts, {shared}).toInt(), scalar(j, conflicts, {shared}).toInt());
    QVERIFY(scalar(k, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt() > conflictsBefore);
    QCOMPARE(dossiers(j), dossiers(k));
    qInfo("two desks writing one case through two servers at once: converged within %lld ms (worst of 4 rounds: "
          "both syncs at once, then one more sync each)",
          worst);
}

// Server A dies at each instant of a desk's write (an image promoted but its row not written, a batch written
// but not committed, committed but not answered); the desk signed in to A with B as its alternate finishes the
// same sync through B. Each image is stored once, nothing is applied twice, and both servers serve the result.
void TestCluster::killedServerMidBatchFailsOver()
{
    const QString p = desk(QStringLiteral("P"));
    process(p, kCase, {QStringLiteral("0005.jpg"), QStringLiteral("0006.jpg"), QStringLiteral("0007.jpg")});
    login(p, QStringLiteral("clerk"), m_urlA, {m_urlB});
    int round = 0;
    for (const QString& point :
         {QStringLiteral("blob-promoted:2"), QStringLiteral("before-commit:1"), QStringLiteral("after-commit:1")}) {
        if (round++ > 0) { // the first round pushes the new case, the others an edit
            const QString uid =
                scalar(p, QStringLiteral("SELECT uid FROM documents ORDER BY position LIMIT 1")).toString();
            QVERIFY(!uid.isEmpty());
            retitle(p, uid, QStringLiteral("判决书 %1").arg(round));
        }
        m_a.stop();
        QCOMPARE(start(m_a, m_urlA, point), QString());
        QElapsedTimer t;
        t.start();
        const auto r = cli({QStringLiteral("sync"), QStringLiteral("--profile"), p});
        const qint64 ms = t.elapsed();
        QVERIFY2(r.exitCode == 0, (r.out + r.err).constData());
        QVERIFY2(m_a.process().waitForFinished(10000), qPrintable(point));
        QVERIFY2(m_a.process().exitStatus() == QProcess::CrashExit, qPrintable(point)); // it died there
        const QJsonObject s = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(s[QStringLiteral("server")].toString(), m_urlB);
        QCOMPARE(s[QStringLiteral("pending")].toInt(), 0);
        QCOMPARE(s[QStringLiteral("rejected")].toInt(), 0);
        // told which server it passed over (in the desk's language)
        QVERIFY2(r.err.contains(QUrl(m_urlA).authority().toUtf8()), r.err.constData());
        qInfo("server A killed at %s: the desk's sync went on through B, %lld ms in all", qPrintable(point), ms);
        QCOMPARE(start(m_a, m_urlA), QString());
        // The next sync goes to A again, and has nothing to do.
        const QJsonObject again = sync(p);
        QCOMPARE(again[QStringLiteral("server")].toString(), m_urlA);
        QCOMPARE(again[QStringLiteral("pushed")].toInt(), 0);
    }
    const QJsonArray ours = dossiers(p);
    QJsonArray theCase;
    for (const QJsonValue& d : ours)
        if (d[QStringLiteral("case_no")].toString() == kCase)
            theCase.append(d);
    QCOMPARE(theCase.size(), 1);
    QCOMPARE(theCase.at(0)[QStringLiteral("pages")].toInt(), 3);
    Test::verifyBlobsOnce(data(), theCase);
    // Desks on either server see the case as P has it, with the last title.
    const QString k = desk(QStringLiteral("K")), j = desk(QStringLiteral("J"));
    login(k, QStringLiteral("clerk"), m_urlA);
    login(j, QStringLiteral("admin"), m_urlB);
    sync(k);
    sync(j);
    QCOMPARE(dossiers(k), ours);
    QCOMPARE(dossiers(j), ours);
    const QString first = scalar(p, QStringLiteral("SELECT uid FROM documents ORDER BY position LIMIT 1")).toString();
    QCOMPARE(titles(j).value(first), QStringLiteral("判决书 3"));
    QCOMPARE(titles(k).value(first), QStringLiteral("判决书 3"));
    // Nothing applied twice: the case's pages are three records on the server.
    const auto pages = onPostgres(m_postgres, QStringLiteral("SELECT count(*), count(DISTINCT sha256) FROM %1.records "
                                                             "WHERE kind='page' AND case_no='%2'")
                                                  .arg(m_schema, kCase));
    QVERIFY(pages && pages->size() == 2);
    QCOMPARE(pages->at(0).toInt(), 3);
    QCOMPARE(pages->at(1).toInt(), 3);
}

// What a desk with no alternate sees while its server is down: the sync says the server cannot be reached (in
// the desk's language), the edit stays on the desk, and it goes up once the server is back.
void TestCluster::deskWithoutAlternateKeepsItsChanges()
{
    const QString k = desk(QStringLiteral("K"));
    login(k, QStringLiteral("clerk"), m_urlA);
    const QString uid = uids(k).value(0);
    retitle(k, uid, QStringLiteral("断线时改的标题"));
    m_a.stop();
    const auto down = cli({QStringLiteral("sync"), QStringLiteral("--profile"), k});
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains("cannot be reached"), down.err.constData());
    QCOMPARE(titles(k).value(uid), QStringLiteral("断线时改的标题")); // kept; it goes up with the next sync
    QCOMPARE(start(m_a, m_urlA), QString());
    const QJsonObject up = sync(k);
    QCOMPARE(up[QStringLiteral("pending")].toInt(), 0);
    const QString j = desk(QStringLiteral("J"));
    sync(j);
    QCOMPARE(titles(j).value(uid), QStringLiteral("断线时改的标题"));
}

// An upload goes on through whichever server a desk reaches: bad bytes sent to A, the rest to B (which finds the
// hash wrong and restarts the upload at 0), the right bytes again through B and then A. A must not take the hash it
// kept of the first bytes for the new ones: the right image completes.
void TestCluster::uploadRestartedThroughTheOtherServer()
{
    const Reply session = http("POST", m_urlA + QStringLiteral("/api/v1/session"), {},
                               QJsonDocument(QJsonObject{{QStringLiteral("user"), QStringLiteral("clerk")},
                                                         {QStringLiteral("password"), QStringLiteral("pw-clerk")}})
                                   .toJson(QJsonDocument::Compact),
                               "application/json");
    QCOMPARE(session.status, 200);
    const QString token = session.json.value(QStringLiteral("token")).toString();
    QByteArray good(8192, Qt::Uninitialized);
    for (qsizetype i = 0; i < good.size(); ++i)
        good[i] = char(QRandomGenerator::global()->generate());
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex());
    const Reply begun =
        http("POST", m_urlA + QStringLiteral("/api/v1/uploads"), token,
             QJsonDocument(QJsonObject{{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), good.size()}})
                 .toJson(QJsonDocument::Compact),
             "application/json");
    QCOMPARE(begun.status, 201);
    const QString path = QStringLiteral("/api/v1/uploads/") + begun.json.value(QStringLiteral("id")).toString();
    const QByteArray first = good.left(4096), second = good.mid(4096);
    QByteArray bad = first;
    bad[10] = char(bad[10] ^ 0x5a);
    const QByteArray octets = "application/octet-stream";
    QCOMPARE(http("PATCH", m_urlA + path, token, bad, octets, 0).status, 200);
    const Reply mismatch = http("PATCH", m_urlB + path, token, second, octets, 4096);
    QCOMPARE(mismatch.status, 422);
    QCOMPARE(http("PATCH", m_urlB + path, token, first, octets, 0).status, 200);
    const Reply done = http("PATCH", m_urlA + path, token, second, octets, 4096);
    QCOMPARE(done.status, 201);
    QCOMPARE(http("HEAD", m_urlB + QStringLiteral("/api/v1/blobs/") + sha, token, {}, octets).status, 200);
}

// The court's servers backed up (pg_dump of the schema, the blob store) while they serve, restored into a fresh
// database and data folder: a new desk signs in to the restored server and gets every dossier with its images,
// and what it writes there reaches another new desk.
void TestCluster::newDeskFromRestoredServer()
{
    const QString server = Test::binDir() + QStringLiteral("/dossier-server");
    const QString folder = m_tmp.filePath(QStringLiteral("backup"));
    const auto backup = Test::run(server, QStringList{QStringLiteral("--data"), data()} + dbArgs() +
                                              QStringList{QStringLiteral("backup"), folder});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    m_restoredDb = QStringLiteral("dossier_cluster_restored_%1").arg(QRandomGenerator::global()->generate() % 1000000u);
    QVERIFY(onPostgres(m_postgres, QStringLiteral("CREATE DATABASE ") + m_restoredDb));
    QUrl u(m_database);
    u.setPath(QLatin1Char('/') + m_restoredDb);
    const QStringList restoredDb = {QStringLiteral("--database"), u.toString()};
    const QString data2 = m_tmp.filePath(QStringLiteral("restored"));
    const auto restore = Test::run(server, QStringList{QStringLiteral("--data"), data2} + restoredDb +
                                               QStringList{QStringLiteral("restore"), folder});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    Test::ServerProcess restored;
    QCOMPARE(restored.start({data2, restoredDb, 0, {}, m_tmp.filePath(QStringLiteral("restored.log"))}), QString());

    const QString k = desk(QStringLiteral("K"));
    sync(k);
    const QString n = desk(QStringLiteral("N")), m = desk(QStringLiteral("M"));
    login(n, QStringLiteral("keeper"), restored.url());
    const QJsonObject s = sync(n);
    QCOMPARE(s[QStringLiteral("set_aside")].toInt(), 0);
    QVERIFY(s[QStringLiteral("blobs_down")].toInt() > 0);
    const QJsonArray all = dossiers(n);
    QCOMPARE(all, dossiers(k));
    QVERIFY(all.size() >= 2);
    for (const QJsonValue& d : all)
        for (const QJsonValue& sha : d[QStringLiteral("page_sha256")].toArray())
            QVERIFY2(!QDir(n + QStringLiteral("/masters/") + sha.toString().left(2))
                          .entryList({sha.toString() + QStringLiteral(".*")})
                          .isEmpty(),
                     qPrintable(sha.toString()));
    QCOMPARE(titles(n), titles(k));
    // The restored server takes writes: an edit on N reaches a second new desk.
    const QString uid = uids(n).value(0);
    retitle(n, uid, QStringLiteral("恢复后改的标题"));
    QCOMPARE(sync(n)[QStringLiteral("pending")].toInt(), 0);
    login(m, QStringLiteral("admin"), restored.url());
    sync(m);
    QCOMPARE(titles(m).value(uid), QStringLiteral("恢复后改的标题"));
    restored.stop();
}

QTEST_GUILESS_MAIN(TestCluster)

#include "testcluster.moc"
