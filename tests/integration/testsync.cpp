// Sync between desks through the real dossier-server on loopback (SQLite), with tokens in a real keyring:
// a clerk's processed dossiers reach an administrator with identical page hashes, a party with no case sees
// nothing, two desks editing the same document offline keep both versions and end the same whatever the
// order, QC reviews, the submission and who scanned the pages reach every desk, and no password or token is left
// in a profile.
#include "archive/volume.h"
#include "faultproxy.h"
#include "pipeline/batchrunner.h"
#include "pipeline/templatelibrary.h"
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "station/qualitycheck.h"
#include "storage/database.h"
#include "sync/credentialstore.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Dossier;

class TestSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }
    QString profile(const QString& name) const { return m_tmp.filePath(name); }

    // dossier-cli (or another program of ours) with `input` on standard input.
    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {},
                            const QString& program = QStringLiteral("dossier-cli"))
    {
        return Test::run(Test::binDir() + QLatin1Char('/') + program, args, input);
    }

    void addUser(const QString& name, const QString& role)
    {
        QProcess p;
        p.start(Test::binDir() + QStringLiteral("/dossier-server"),
                {QStringLiteral("--data"), dataDir(), QStringLiteral("user"), QStringLiteral("add"), name,
                 QStringLiteral("--role"), role, QStringLiteral("--password-stdin"), QStringLiteral("--scope"),
                 QStringLiteral("苏")});
        p.write("pw-" + name.toUtf8() + "\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void loginAndSync(const QString& prof, const QString& user)
    {
        auto r = cli({QStringLiteral("login"), QStringLiteral("--profile"), prof, QStringLiteral("--server"), m_url,
                      QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                     "pw-" + user.toUtf8() + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        sync(prof);
    }

    QJsonObject sync(const QString& prof)
    {
        auto r = cli({QStringLiteral("sync"), QStringLiteral("--profile"), prof});
        [&] { QVERIFY2(r.exitCode == 0, (r.out + r.err).constData()); }();
        return QJsonDocument::fromJson(r.out).object();
    }

    QJsonArray dossiers(const QString& prof)
    {
        auto r = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--profile"), prof,
                      QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
    }

    QVariant scalar(const QString& prof, const QString& sql, const QVariantList& binds = {})
    {
        auto q = execSql(Test::openProfile(prof).database(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    // Starts the server on the data folder, on the port it had before when restarted; `killAt` arms the
    // server's crash point (DOSSIER_SERVER_KILL_AT).
    void startServer(const QString& killAt = {})
    {
        const quint16 port = m_url.isEmpty() ? 0 : quint16(QUrl(m_url).port());
        const QString why = m_server.start({dataDir(), {}, port, killAt, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
    }

    // The QC reviews of a volume on a desk, oldest first, with the reviewed document named by its uid (the same
    // on every desk).
    QStringList reviewsOn(const QString& prof, const Volume& v)
    {
        auto reviews = QualityCheck::reviews(Test::openProfile(prof), v);
        if (!reviews)
            return {QStringLiteral("<%1>").arg(reviews.error().english())};
        QStringList out;
        for (const QualityCheck::Review& r : std::as_const(*reviews))
            out << QStringLiteral("%1 %2 %3 %4")
                       .arg(scalar(prof, QStringLiteral("SELECT uid FROM documents WHERE id=?"), {r.documentId})
                                .toString(),
                            r.reviewer, r.matches ? QStringLiteral("ok") : QStringLiteral("mismatch"), r.note);
        return out;
    }

    QJsonArray dossiersOf(const QString& prof, const QString& caseNo)
    {
        QJsonArray out;
        for (const QJsonValue& v : dossiers(prof))
            if (v[QStringLiteral("case_no")].toString() == caseNo)
                out.append(v);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startServer();
        if (QTest::currentTestFailed())
            return;
        addUser(QStringLiteral("clerkA"), QStringLiteral("archive_clerk"));
        addUser(QStringLiteral("adminB"), QStringLiteral("archive_admin"));
        addUser(QStringLiteral("partyC"), QStringLiteral("party"));
    }

    void cleanupTestCase()
    {
        m_server.process().terminate();
        m_server.process().waitForFinished(10000);
    }

    void clerkToAdminSameHashes()
    {
        // Clerk A processes a batch with the real pipeline, then syncs.
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), profile(QStringLiteral("A")),
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("outA")), QStringLiteral("--quiet"),
                 plain + QStringLiteral("0001.jpg"), plain + QStringLiteral("0002.jpg"),
                 plain + QStringLiteral("0003.jpg"), plain + QStringLiteral("0004.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        loginAndSync(profile(QStringLiteral("A")), QStringLiteral("clerkA"));
        const QJsonArray a = dossiers(profile(QStringLiteral("A")));
        QCOMPARE(a.size(), 1);
        QVERIFY(a.at(0)[QStringLiteral("pages")].toInt() >= 3);
        // Administrator B has the same dossiers, page for page, with identical hashes (and the images).
        loginAndSync(profile(QStringLiteral("B")), QStringLiteral("adminB"));
        QCOMPARE(dossiers(profile(QStringLiteral("B"))), a);
        for (const QJsonValue& sha : a.at(0)[QStringLiteral("page_sha256")].toArray()) {
            const QString s = sha.toString();
            QVERIFY2(!QDir(profile(QStringLiteral("B")) + QStringLiteral("/masters/") + s.left(2))
                          .entryList({s + QStringLiteral(".*")})
                          .isEmpty(),
                     qPrintable(s));
        }
        // A second sync of each has nothing to do.
        QCOMPARE(sync(profile(QStringLiteral("A")))[QStringLiteral("pushed")].toInt(), 0);
        // A party with no case sees nothing.
        loginAndSync(profile(QStringLiteral("C")), QStringLiteral("partyC"));
        QCOMPARE(dossiers(profile(QStringLiteral("C"))).size(), 0);
    }

    void offlineEditsKeepBothVersions()
    {
        // The same document retitled on both desks while offline; A syncs first.
        const QString a = profile(QStringLiteral("A")), b = profile(QStringLiteral("B"));
        const QString uid = scalar(a, QStringLiteral("SELECT uid FROM documents ORDER BY position LIMIT 1")).toString();
        QVERIFY(!uid.isEmpty());
        auto retitle = [&](const QString& prof, const QString& title) {
            const qint64 doc = scalar(prof, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid}).toLongLong();
            const qint64 volume =
                scalar(prof, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong();
            CatalogueEditor e(Test::openProfile(prof), volume, QStringLiteral("desk"));
            QVERIFY(e.setTitle(doc, title).ok());
        };
        retitle(a, QStringLiteral("起诉状（甲）"));
        retitle(b, QStringLiteral("起诉状（乙）"));
        sync(a);
        const QJsonObject second = sync(b);
        QCOMPARE(second[QStringLiteral("conflicts")].toInt(), 1);
        sync(a);
        sync(b);
        const QString titleA = scalar(a, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString();
        const QString titleB = scalar(b, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString();
        QCOMPARE(titleA, titleB);
        // Both versions are kept on both desks, the loser as a conflict for the user.
        for (const QString& prof : {a, b}) {
            QCOMPARE(scalar(prof, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE rec_id=?"), {uid}).toInt(),
                     1);
            const QString other =
                scalar(prof, QStringLiteral("SELECT other_body FROM sync_conflicts WHERE rec_id=?"), {uid}).toString();
            QVERIFY(other.contains(titleA == QStringLiteral("起诉状（甲）") ? QStringLiteral("起诉状（乙）")
                                                                            : QStringLiteral("起诉状（甲）")));
        }
        // The other order gives the same end state: B first this time, on the next document.
        const QString uid2 =
            scalar(a, QStringLiteral("SELECT uid FROM documents ORDER BY position LIMIT 1 OFFSET 1")).toString();
        auto retitle2 = [&](const QString& prof, const QString& title) {
            const qint64 doc =
                scalar(prof, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid2}).toLongLong();
            const qint64 volume =
                scalar(prof, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong();
            CatalogueEditor e(Test::openProfile(prof), volume, QStringLiteral("desk"));
            QVERIFY(e.setTitle(doc, title).ok());
        };
        retitle2(a, QStringLiteral("起诉状（甲）"));
        retitle2(b, QStringLiteral("起诉状（乙）"));
        sync(b);
        sync(a);
        sync(b);
        sync(a);
        QCOMPARE(scalar(a, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid2}).toString(), titleA);
        QCOMPARE(scalar(b, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid2}).toString(), titleA);
    }

    // An edited document moves to the end of the feed, after its pages: a desk that pulls them in different
    // pages of the feed got the pages first (placed in no document) and, when a dossier came after its
    // documents, lost the documents. Pulled one record a page, a fresh administrator's desk has every page
    // in its document, as the clerk has, and nothing set aside.
    void feedOrderAcrossPagesKeepsTheCatalogue()
    {
        const QString fresh = profile(QStringLiteral("F"));
        SyncEngine e(Test::openProfile(fresh));
        auto token = e.requestToken(m_url, QStringLiteral("adminB"), QStringLiteral("pw-adminB"));
        QVERIFY2(token, token ? "" : qPrintable(token.error().english()));
        QVERIFY(e.rememberLogin(m_url, QStringLiteral("adminB")).ok());
        e.setToken(*token);
        e.setPullPageSize(1);
        std::atomic_bool cancel{false};
        auto synced = e.sync(cancel);
        QVERIFY2(synced, synced ? "" : qPrintable(synced.error().english()));
        QCOMPARE(synced->setAside, 0);
        QCOMPARE(scalar(fresh, QStringLiteral("SELECT COUNT(*) FROM sync_set_aside")).toInt(), 0);
        const QString a = profile(QStringLiteral("A"));
        const QString placed = QStringLiteral("SELECT COUNT(*) FROM pages p JOIN documents d ON d.id = p.document_id "
                                              "WHERE p.status <> 'removed'");
        QVERIFY(scalar(a, placed).toInt() > 0);
        QCOMPARE(scalar(fresh, placed).toInt(), scalar(a, placed).toInt());
        QCOMPARE(scalar(fresh, QStringLiteral("SELECT COUNT(*) FROM documents")).toInt(),
                 scalar(a, QStringLiteral("SELECT COUNT(*) FROM documents")).toInt());
        QCOMPARE(dossiers(fresh), dossiers(a));
    }

    void killedClientAndFaultyLinkLoseNothing()
    {
        // Desk D scans another case and syncs through a link that delays, resets and loses replies, after a
        // sync killed mid-upload. Afterwards every page is on the server once, with its hash.
        const QString d = profile(QStringLiteral("D"));
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        QStringList inputs = {QStringLiteral("process"),
                              QStringLiteral("--profile"),
                              d,
                              QStringLiteral("--quiet"),
                              QStringLiteral("--case"),
                              QStringLiteral("（2024）苏0602民初9001号"),
                              QStringLiteral("--out"),
                              m_tmp.filePath(QStringLiteral("outD"))};
        for (const QString& f : {QStringLiteral("0005.jpg"), QStringLiteral("0006.jpg"), QStringLiteral("0007.jpg"),
                                 QStringLiteral("0009.jpg"), QStringLiteral("0010.jpg")})
            inputs << plain + f;
        auto processed = cli(inputs);
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        Test::FaultProxy proxy(quint16(QUrl(m_url).port()));
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        auto r = cli({QStringLiteral("login"), QStringLiteral("--profile"), d, QStringLiteral("--server"), viaProxy,
                      QStringLiteral("--user"), QStringLiteral("clerkA"), QStringLiteral("--password-stdin")},
                     "pw-clerkA\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // kill -9 while the images go up (a slow link keeps it mid-upload).
        proxy.setDelayMs(250);
        QProcess killed;
        killed.start(Test::binDir() + QStringLiteral("/dossier-cli"),
                     {QStringLiteral("sync"), QStringLiteral("--profile"), d});
        QVERIFY(killed.waitForStarted());
        // Killed once the server holds part of an image.
        auto partial = [this] {
            QDirIterator it(dataDir() + QStringLiteral("/uploads"), {QStringLiteral("*.part")}, QDir::Files);
            while (it.hasNext())
                if (QFileInfo(it.next()).size() > 0)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(partial(), 30000);
        killed.kill();
        killed.waitForFinished();
        QVERIFY(scalar(d, QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt() > 0);

        // Then a link that resets every connection after 300 KB and loses two replies.
        proxy.setDelayMs(5);
        proxy.setResetAfterBytes(300 * 1024);
        proxy.setDropReplies(2);
        const QJsonObject s = sync(d);
        QCOMPARE(s[QStringLiteral("pending")].toInt(), 0);
        QVERIFY(proxy.resets() > 0);
        proxy.setResetAfterBytes(0);

        // The administrator sees the case page for page, each page once, with the same hashes.
        sync(profile(QStringLiteral("B")));
        const QString caseNo = QStringLiteral("（2024）苏0602民初9001号");
        const QJsonArray ours = dossiersOf(d, caseNo);
        QCOMPARE(ours.size(), 1);
        QCOMPARE(dossiersOf(profile(QStringLiteral("B")), caseNo), ours);
        Test::verifyBlobsOnce(dataDir(), ours);
    }

    void killedServerMidCommitLosesNothing()
    {
        // kill -9 of the server at each instant of a write: with an upload's bytes in the blob store but its row
        // not written, with a change batch written but not committed, and committed but not answered. After a
        // restart the next sync converges: every page is on the server once, with its hash, and the server's
        // database is intact.
        const QString e = profile(QStringLiteral("E"));
        const QString caseNo = QStringLiteral("（2024）苏0602民初9002号");
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed = cli({QStringLiteral("process"), QStringLiteral("--profile"), e, QStringLiteral("--quiet"),
                              QStringLiteral("--case"), caseNo, QStringLiteral("--out"),
                              m_tmp.filePath(QStringLiteral("outE")), plain + QStringLiteral("0011.jpg"),
                              plain + QStringLiteral("0012.jpg"), plain + QStringLiteral("0013.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        auto r = cli({QStringLiteral("login"), QStringLiteral("--profile"), e, QStringLiteral("--server"), m_url,
                      QStringLiteral("--user"), QStringLiteral("clerkA"), QStringLiteral("--password-stdin")},
                     "pw-clerkA\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QString uid; // documents get their uid when first synced
        int round = 0;
        for (const QString& point :
             {QStringLiteral("blob-promoted:2"), QStringLiteral("before-commit:1"), QStringLiteral("after-commit:1")}) {
            if (round++ > 0) { // the first round pushes the new case, the others an edit
                uid = scalar(e,
                             QStringLiteral(
                                 "SELECT d.uid FROM documents d JOIN volumes v ON v.id = d.volume_id JOIN dossiers s "
                                 "ON s.id = v.dossier_id JOIN cases c ON c.id = s.case_id WHERE c.case_no = ? "
                                 "ORDER BY d.position LIMIT 1"),
                             {caseNo})
                          .toString();
                QVERIFY(!uid.isEmpty());
                const qint64 doc =
                    scalar(e, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid}).toLongLong();
                CatalogueEditor editor(
                    Test::openProfile(e),
                    scalar(e, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong(),
                    QStringLiteral("desk"));
                const Status titled = editor.setTitle(doc, QStringLiteral("判决书 %1").arg(round));
                QVERIFY2(titled.ok(), titled ? "" : qPrintable(titled.error().english()));
            }
            m_server.process().terminate();
            QVERIFY(m_server.process().waitForFinished(10000));
            startServer(point);
            if (QTest::currentTestFailed())
                return;
            auto failed = cli({QStringLiteral("sync"), QStringLiteral("--profile"), e});
            QVERIFY2(failed.exitCode != 0, qPrintable(point));
            QVERIFY2(m_server.process().waitForFinished(10000), qPrintable(point));
            QVERIFY2(m_server.process().exitStatus() == QProcess::CrashExit, qPrintable(point)); // it was killed there
            startServer();
            if (QTest::currentTestFailed())
                return;
            const QJsonObject s = sync(e);
            QCOMPARE(s[QStringLiteral("pending")].toInt(), 0);
            QCOMPARE(s[QStringLiteral("rejected")].toInt(), 0);
        }
        // The administrator has the case page for page with the last title, each image once.
        sync(profile(QStringLiteral("B")));
        const QJsonArray ours = dossiersOf(e, caseNo);
        QCOMPARE(ours.size(), 1);
        QCOMPARE(ours.at(0)[QStringLiteral("pages")].toInt(), 3);
        QCOMPARE(dossiersOf(profile(QStringLiteral("B")), caseNo), ours);
        QCOMPARE(scalar(profile(QStringLiteral("B")), QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid})
                     .toString(),
                 QStringLiteral("判决书 3"));
        Test::verifyBlobsOnce(dataDir(), ours);
        // The server's records: each page once, and its database passes SQLite's integrity check.
        QSqlDatabase server = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-check"));
        server.setDatabaseName(dataDir() + QStringLiteral("/server.sqlite"));
        QVERIFY(server.open());
        auto check = execSql(server, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(check && check->next());
        QCOMPARE(check->value(0).toString(), QStringLiteral("ok"));
        auto pages = execSql(
            server,
            QStringLiteral("SELECT count(*), count(DISTINCT sha256) FROM records WHERE kind='page' AND case_no=?"),
            {caseNo});
        QVERIFY(pages && pages->next());
        QCOMPARE(pages->value(0).toInt(), 3);
        QCOMPARE(pages->value(1).toInt(), 3);
    }

    void everySqlFailureConverges()
    {
        // The n-th SQLite statement of a sync fails, for every n: the next sync reaches the same state.
        const QString d = profile(QStringLiteral("D"));
        loginAndSync(d, QStringLiteral("clerkA")); // straight to the server now, without the faulty proxy
        const QString uid = scalar(d, QStringLiteral("SELECT uid FROM documents ORDER BY id LIMIT 1")).toString();
        int n = 0;
        for (;; ++n) {
            QVERIFY2(n < 400, "a sync should not need 400 statements");
            const QString title = QStringLiteral("证据材料 %1").arg(n);
            const qint64 doc = scalar(d, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid}).toLongLong();
            CatalogueEditor e(
                Test::openProfile(d),
                scalar(d, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong(),
                QStringLiteral("desk"));
            QVERIFY(e.setTitle(doc, title).ok());
            QProcess faulty;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("DOSSIER_FAULT_SQL_AT"), QString::number(n));
            faulty.setProcessEnvironment(env);
            faulty.start(Test::binDir() + QStringLiteral("/dossier-cli"),
                         {QStringLiteral("sync"), QStringLiteral("--profile"), d});
            QVERIFY(faulty.waitForFinished(120000));
            QCOMPARE(faulty.exitStatus(), QProcess::NormalExit); // a failure is an error message, never a crash
            const bool reachedEnd = faulty.readAllStandardError().contains("not reached");
            if (reachedEnd)
                QCOMPARE(faulty.exitCode(), 0);
            const QJsonObject s = sync(d); // converges
            QCOMPARE(s[QStringLiteral("pending")].toInt(), 0);
            if (reachedEnd || n % 10 == 0) {
                sync(profile(QStringLiteral("B")));
                QCOMPARE(scalar(profile(QStringLiteral("B")), QStringLiteral("SELECT title FROM documents WHERE uid=?"),
                                {uid})
                             .toString(),
                         title);
                QCOMPARE(scalar(profile(QStringLiteral("B")),
                                QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE rec_id=?"), {uid})
                             .toInt(),
                         0);
            }
            if (reachedEnd)
                break;
        }
        qInfo() << "a sync of one edited document runs" << n
                << "SQLite statements; each one failed once, and the next sync converged";
        QVERIFY(n > 10);
    }

    void publishedTemplateReachesDesks()
    {
        // An administrator publishes a new version of the civil template; a clerk's desk receives it by syncing,
        // and catalogues with it from then on.
        QFile source(QStringLiteral(DOSSIER_SOURCE_DIR "/resources/templates/civil-first-instance.json"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QJsonObject t = QJsonDocument::fromJson(source.readAll()).object();
        t[QStringLiteral("version")] = t.value(QStringLiteral("version")).toInt() + 1;
        t[QStringLiteral("name")] = QStringLiteral("民事一审（2026 版）");
        const QString file = m_tmp.filePath(QStringLiteral("template.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(t).toJson());
        out.close();
        // A clerk may not publish; the administrator may (`push` is publish's former name).
        auto refused = cli({QStringLiteral("template"), QStringLiteral("publish"), QStringLiteral("--profile"),
                            profile(QStringLiteral("A")), file});
        QCOMPARE(refused.exitCode, 1);
        auto pushed = cli({QStringLiteral("template"), QStringLiteral("push"), QStringLiteral("--profile"),
                           profile(QStringLiteral("B")), file});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        sync(profile(QStringLiteral("A")));
        const QJsonObject received =
            QJsonDocument::fromJson(scalar(profile(QStringLiteral("A")),
                                           QStringLiteral("SELECT body FROM templates WHERE id='civil-first-instance' "
                                                          "AND version=? AND status='published'"),
                                           {t.value(QStringLiteral("version")).toInt()})
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(received.value(QStringLiteral("name")).toString(), QStringLiteral("民事一审（2026 版）"));
        auto current = TemplateLibrary(Test::openProfile(profile(QStringLiteral("A"))))
                           .current(t[QStringLiteral("id")].toString());
        QVERIFY(current.ok());
        QCOMPARE(current->version, t.value(QStringLiteral("version")).toInt());
    }

    void removalsReachOtherDesks()
    {
        // Desk A takes a page out (with its reason) and merges two documents; after A and B sync, B's dossier is
        // the same page for page, the removed page is kept in B's profile as removed, and nothing else went.
        const QString a = profile(QStringLiteral("A")), b = profile(QStringLiteral("B"));
        sync(a);
        sync(b);
        const QString caseNo = dossiers(a).at(0)[QStringLiteral("case_no")].toString();
        const qint64 volume =
            scalar(a, QStringLiteral("SELECT volume_id FROM documents ORDER BY id LIMIT 1")).toLongLong();
        const int docsBefore =
            scalar(a, QStringLiteral("SELECT count(*) FROM documents WHERE volume_id=?"), {volume}).toInt();
        QVERIFY(docsBefore >= 3);
        const qint64 page =
            scalar(
                a,
                QStringLiteral("SELECT p.id FROM pages p JOIN documents d ON d.id = p.document_id "
                               "WHERE d.volume_id=? AND p.status='done' ORDER BY d.position DESC, p.position LIMIT 1"),
                {volume})
                .toLongLong();
        const QString pageUid = scalar(a, QStringLiteral("SELECT uid FROM pages WHERE id=?"), {page}).toString();
        const qint64 second =
            scalar(a, QStringLiteral("SELECT id FROM documents WHERE volume_id=? ORDER BY position LIMIT 1 OFFSET 1"),
                   {volume})
                .toLongLong();
        const QString secondUid =
            scalar(a, QStringLiteral("SELECT uid FROM documents WHERE id=?"), {second}).toString();
        {
            CatalogueEditor e(Test::openProfile(a), volume, QStringLiteral("desk"));
            QVERIFY(e.removePage(page, QStringLiteral("重复扫描")).ok());
            QVERIFY(e.mergeWithPrevious(second).ok());
        }
        const int docsAfter =
            scalar(a, QStringLiteral("SELECT count(*) FROM documents WHERE volume_id=?"), {volume}).toInt();
        QVERIFY(docsAfter < docsBefore);
        const QJsonObject pushed = sync(a);
        QCOMPARE(pushed[QStringLiteral("rejected")].toInt(), 0);
        loginAndSync(b, QStringLiteral("adminB"));
        QCOMPARE(dossiersOf(b, caseNo), dossiersOf(a, caseNo));
        QVERIFY(!dossiersOf(b, caseNo).at(0)[QStringLiteral("page_sha256")].toArray().contains(
            QJsonValue(scalar(b, QStringLiteral("SELECT sha256 FROM pages WHERE uid=?"), {pageUid}).toString())));
        QCOMPARE(scalar(b, QStringLiteral("SELECT status FROM pages WHERE uid=?"), {pageUid}).toString(),
                 QStringLiteral("removed"));
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM documents WHERE uid=?"), {secondUid}).toInt(), 0);
        QCOMPARE(scalar(b,
                        QStringLiteral(
                            "SELECT count(*) FROM documents d JOIN volumes v ON v.id = d.volume_id JOIN dossiers s "
                            "ON s.id = v.dossier_id JOIN cases c ON c.id = s.case_id WHERE c.case_no=?"),
                        {caseNo})
                     .toInt(),
                 docsAfter);
        // Both desks are settled: nothing more to send either way.
        QCOMPARE(sync(a)[QStringLiteral("pushed")].toInt(), 0);
        QCOMPARE(sync(b)[QStringLiteral("pushed")].toInt(), 0);
        QCOMPARE(dossiersOf(b, caseNo), dossiersOf(a, caseNo));
    }

    // Issue 12, clerk's defect 7: a second desk showed a submitted dossier as 尚未复核 (not reviewed) and
    // 扫描人（未记录） (scanned by: not recorded). Desk Q scans a case with its operator, a second person reviews the
    // sample and the dossier is submitted; after both sync, desk B shows the same operator, the same reviews and
    // the same submission, and a review B records reaches Q. Nothing is sent twice or taken twice.
    void qcReviewsSubmissionAndOperatorReachOtherDesks()
    {
        const QString q = profile(QStringLiteral("Q")), b = profile(QStringLiteral("B"));
        const QString caseNo = QStringLiteral("（2024）苏0602民初9004号");
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), q, QStringLiteral("--quiet"),
                 QStringLiteral("--case"), caseNo, QStringLiteral("--operator"), QStringLiteral("赵磊"),
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("outQ")), plain + QStringLiteral("0016.jpg"),
                 plain + QStringLiteral("0017.jpg"), plain + QStringLiteral("0018.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        const QJsonArray ours = dossiersOf(q, caseNo);
        QCOMPARE(ours.size(), 1);
        const QString dossierId = ours.at(0)[QStringLiteral("dossier_id")].toString();
        auto volumeOn = [&](const QString& prof) {
            auto v = Volume::load(Test::openProfile(prof), caseNo, dossierId);
            return v ? *v : Volume();
        };
        const Volume vq = volumeOn(q);
        QVERIFY(!vq.documents.isEmpty());
        QCOMPARE(QualityCheck::operatorOf(Test::openProfile(q), vq), QStringLiteral("赵磊"));
        // A second person reviews the first and the last document (the same one when there is only one).
        const qint64 first = vq.documents.constFirst().id, last = vq.documents.constLast().id;
        QVERIFY_RESULT(QualityCheck::recordReview(Test::openProfile(q), vq,
                                                  {first, QStringLiteral("王芳"), true, QStringLiteral("页码连续")}));
        QVERIFY_RESULT(QualityCheck::recordReview(Test::openProfile(q), vq,
                                                  {last, QStringLiteral("王芳"), false, QStringLiteral("缺第2页")}));
        QVERIFY_RESULT(QualityCheck::markSubmitted(Test::openProfile(q), vq, QStringLiteral("王芳")));
        loginAndSync(q, QStringLiteral("clerkA"));
        const QJsonObject pushed = sync(q);
        QCOMPARE(pushed[QStringLiteral("pending")].toInt(), 0);
        QCOMPARE(pushed[QStringLiteral("rejected")].toInt(), 0);
        loginAndSync(b, QStringLiteral("adminB"));

        // On B: the operator, the reviews (of the same documents, by uid) and the submission.
        const Volume vb = volumeOn(b);
        QCOMPARE(vb.documents.size(), vq.documents.size());
        QCOMPARE(QualityCheck::operatorOf(Test::openProfile(b), vb), QStringLiteral("赵磊"));
        QCOMPARE(reviewsOn(b, vb), reviewsOn(q, vq));
        QCOMPARE(reviewsOn(b, vb).size(), 2);
        QVERIFY(!QualityCheck::submittedAt(Test::openProfile(q), vq).isEmpty());
        QCOMPARE(QualityCheck::submittedAt(Test::openProfile(b), vb),
                 QualityCheck::submittedAt(Test::openProfile(q), vq));
        QCOMPARE(scalar(b,
                        QStringLiteral("SELECT d.submitted_by FROM dossiers d JOIN cases c ON c.id = d.case_id "
                                       "WHERE c.case_no=?"),
                        {caseNo})
                     .toString(),
                 QStringLiteral("王芳"));

        // A review made on B reaches Q; then both are settled, each review once on each desk.
        QVERIFY_RESULT(QualityCheck::recordReview(Test::openProfile(b), vb,
                                                  {vb.documents.constFirst().id, QStringLiteral("李娜"), true, {}}));
        sync(b);
        sync(q);
        QCOMPARE(reviewsOn(q, volumeOn(q)).size(), 3);
        QCOMPARE(reviewsOn(q, volumeOn(q)), reviewsOn(b, volumeOn(b)));
        QCOMPARE(sync(q)[QStringLiteral("pushed")].toInt(), 0);
        QCOMPARE(sync(b)[QStringLiteral("pushed")].toInt(), 0);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM qc_reviews WHERE uid IS NULL")).toInt(), 0);
        QCOMPARE(scalar(b, QStringLiteral("SELECT count(*) FROM sync_set_aside WHERE kind='qc_review'")).toInt(), 0);
    }

    void httpsWithTheCourtsOwnCa()
    {
        // A server given a certificate and key speaks HTTPS; a desk that trusts the court's CA (login --ca-file)
        // signs in and syncs over it, one that does not is told so at once, and plain HTTP gets nothing.
        const QString dir = m_tmp.filePath(QStringLiteral("tls"));
        QVERIFY(QDir().mkpath(dir));
        const QString cert = dir + QStringLiteral("/cert.pem"), key = dir + QStringLiteral("/key.pem");
        const Test::ProcessResult made = Test::run(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        const QString data = dir + QStringLiteral("/data");
        auto added = cli({QStringLiteral("--data"), data, QStringLiteral("user"), QStringLiteral("add"),
                          QStringLiteral("clerkT"), QStringLiteral("--role"), QStringLiteral("archive_clerk"),
                          QStringLiteral("--password-stdin"), QStringLiteral("--scope"), QStringLiteral("苏")},
                         "pw-clerkT\n", QStringLiteral("dossier-server"));
        QVERIFY2(added.exitCode == 0, added.err.constData());
        Test::ServerProcess server;
        const QString why =
            server.start({data, {QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString url = server.url();
        QVERIFY2(url.startsWith(QLatin1String("https://127.0.0.1:")), qPrintable(url));

        const QString t = profile(QStringLiteral("T"));
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), t, QStringLiteral("--quiet"),
                 QStringLiteral("--case"), QStringLiteral("（2024）苏0602民初9003号"), QStringLiteral("--out"),
                 m_tmp.filePath(QStringLiteral("outT")), plain + QStringLiteral("0014.tif")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        const QStringList login = {QStringLiteral("login"),
                                   QStringLiteral("--profile"),
                                   t,
                                   QStringLiteral("--server"),
                                   url,
                                   QStringLiteral("--user"),
                                   QStringLiteral("clerkT"),
                                   QStringLiteral("--password-stdin")};
        // Without the CA: refused at once with the reason (not retried for half a minute).
        QElapsedTimer clock;
        clock.start();
        auto untrusted = cli(login, "pw-clerkT\n");
        QCOMPARE(untrusted.exitCode, 1);
        QVERIFY2(untrusted.err.contains("not trusted"), untrusted.err.constData());
        QVERIFY2(clock.elapsed() < 5000, "an untrusted certificate was retried");
        // A file that is no certificate is refused too.
        auto notPem =
            cli(login + QStringList{QStringLiteral("--ca-file"), key + QStringLiteral(".missing")}, "pw-clerkT\n");
        QCOMPARE(notPem.exitCode, 1);
        // With it: signed in, and the sync goes over HTTPS.
        auto trusted = cli(login + QStringList{QStringLiteral("--ca-file"), cert}, "pw-clerkT\n");
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
        const QJsonObject s = sync(t);
        QCOMPARE(s[QStringLiteral("pending")].toInt(), 0);
        QVERIFY(s[QStringLiteral("blobs_up")].toInt() >= 1);
        QCOMPARE(dossiersOf(t, QStringLiteral("（2024）苏0602民初9003号")).size(), 1);
        // Plain HTTP on the same port gets no answer.
        const QString asHttp = QString(url).replace(QLatin1String("https://"), QLatin1String("http://"));
        const Test::ProcessResult curl = Test::run(
            QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("5"),
                                     QStringLiteral("-o"), QStringLiteral("/dev/null"), QStringLiteral("-w"),
                                     QStringLiteral("%{http_code}"), asHttp + QStringLiteral("/api/v1/health")});
        QCOMPARE(curl.out, QByteArray("000"));
        server.stop();
    }

    void noSecretsInProfiles()
    {
        // The token lives in the keyring only; neither it nor the password is in any file of a profile.
        auto token = CredentialStore::read(SyncEngine::account(m_url, QStringLiteral("clerkA")));
        QVERIFY2(token.ok(), token ? "" : qPrintable(token.error().english()));
        QVERIFY(token->size() >= 20);
        // Searched by another process: closing a file of a database this process has open would drop SQLite's locks.
        for (const QString& name : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
            for (const QString& secret : {*token, QStringLiteral("pw-clerkA"), QStringLiteral("pw-adminB")}) {
                const Test::ProcessResult grep =
                    Test::run(QStringLiteral("grep"), {QStringLiteral("-rlaF"), secret, profile(name)});
                // Found nowhere (a file that went away while searched is not a finding).
                QVERIFY2(grep.exitCode != 0 && grep.out.isEmpty(), (grep.out + grep.err).constData());
            }
        // Nor in the server's log or data (it keeps salted password hashes and token hashes).
        const QByteArray log = m_server.log();
        QVERIFY(!log.contains(token->toUtf8()) && !log.contains("pw-clerkA"));
        QDirIterator it(dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(token->toUtf8()) && !bytes.contains("pw-clerkA"), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "testsync.moc"
