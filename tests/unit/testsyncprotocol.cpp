// The sync protocol against dossier-server's stand-in, in-process (tests/support/fakeqnam.h): no sockets, no
// server process, each case well under a second. The real server is tested in tests/integration/testsync.
#include "fakeqnam.h"
#include "station/warehouse.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/syncrepository.h"
#include "storage/warehouserepository.h"
#include "sync/conflictpolicy.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;
using namespace Dossier::Test;

namespace {

const QString kCase = QStringLiteral("（2024）苏0602民初9001号");

// Just enough of dossier-server: the change feed, changes applied once per op_id, blobs. Every request is
// logged; hooks drop replies, reject kinds and look at the desk while a blob is being served.
class FakeServer
{
public:
    FakeResponse handle(const FakeRequest& r)
    {
        QMutexLocker lock(&m_mutex);
        log << r.method + ' ' + r.url.path(QUrl::FullyEncoded).toUtf8() +
                   (r.url.hasQuery() ? '?' + r.url.query().toUtf8() : QByteArray());
        if (r.method == "GET" && r.path() == QLatin1String("/api/v1/changes"))
            return changes(r.query().queryItemValue(QStringLiteral("after")).toLongLong(),
                           r.query().queryItemValue(QStringLiteral("limit")).toInt());
        if (r.method == "POST" && r.path() == QLatin1String("/api/v1/changes"))
            return post(r.json().value(QStringLiteral("operations")).toArray());
        if (r.method == "GET" && r.path().startsWith(QLatin1String("/api/v1/blobs/"))) {
            const QString sha = r.path().section(QLatin1Char('/'), -1);
            if (onBlob)
                onBlob(sha);
            if (!blobs.contains(sha))
                return FakeResponse::json(404, {});
            return {200, blobs.value(sha), {{"Content-Type", "application/octet-stream"}}, false};
        }
        return FakeResponse::json(404, {});
    }

    void addToFeed(const QJsonObject& record) { feed << record; }

    QList<QByteArray> log;
    QHash<QString, QByteArray> blobs;
    QHash<QString, int> timesApplied;   // op_id → how often applied
    QHash<QString, QString> rejectKind; // kind → reason
    int dropPostReplies = 0;
    std::function<void(const QString& sha)> onBlob;

private:
    FakeResponse changes(qint64 after, int limit)
    {
        QJsonArray page;
        for (qint64 i = after; i < feed.size() && page.size() < limit; ++i)
            page.append(QJsonObject{{QStringLiteral("seq"), i + 1}, {QStringLiteral("record"), feed.at(i)}});
        const qint64 next = after + page.size();
        return FakeResponse::json(200, {{QStringLiteral("changes"), page},
                                        {QStringLiteral("next"), next},
                                        {QStringLiteral("more"), next < feed.size()}});
    }

    FakeResponse post(const QJsonArray& operations)
    {
        QJsonArray results;
        for (const QJsonValue& v : operations) {
            const QJsonObject op = v.toObject();
            const QString opId = op.value(QStringLiteral("op_id")).toString();
            if (!m_results.contains(opId))
                m_results.insert(opId, apply(op));
            results.append(m_results.value(opId));
        }
        const FakeResponse answer = FakeResponse::json(200, {{QStringLiteral("results"), results}});
        if (dropPostReplies > 0) {
            --dropPostReplies;
            return FakeResponse::lost(); // applied, but the desk never hears it
        }
        return answer;
    }

    QJsonObject apply(const QJsonObject& op)
    {
        const QString opId = op.value(QStringLiteral("op_id")).toString();
        const QString kind = op.value(QStringLiteral("kind")).toString();
        if (rejectKind.contains(kind))
            return {
                {QStringLiteral("op_id"), opId},
                {QStringLiteral("status"), QStringLiteral("rejected")},
                {QStringLiteral("reason"), rejectKind.value(kind)},
                {QStringLiteral("message"), rejectKind.value(kind) == QLatin1String("forbidden")
                                                ? kind + QLatin1Char(' ') + op.value(QStringLiteral("id")).toString()
                                                : QStringLiteral("template_id: not a template id")}};
        ++timesApplied[opId];
        const qint64 revision = ++m_revision;
        QJsonObject record = op;
        record.remove(QStringLiteral("op_id"));
        record.remove(QStringLiteral("base_revision"));
        record.insert(QStringLiteral("revision"), revision);
        record.insert(QStringLiteral("updated_by"), QStringLiteral("clerk"));
        feed << record;
        return {{QStringLiteral("op_id"), opId},
                {QStringLiteral("status"), QStringLiteral("applied")},
                {QStringLiteral("revision"), revision}};
    }

    QMutex m_mutex;
    QList<QJsonObject> feed;
    QHash<QString, QJsonObject> m_results;
    qint64 m_revision = 1000;
};

QJsonObject caseRecord(const QString& caseNo, qint64 revision)
{
    return {{QStringLiteral("kind"), QStringLiteral("case")},
            {QStringLiteral("id"), caseNo},
            {QStringLiteral("case_no"), caseNo},
            {QStringLiteral("volume"), QJsonValue()},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("body"), QJsonObject{{QStringLiteral("case_no"), caseNo},
                                                 {QStringLiteral("info"), QJsonObject()},
                                                 {QStringLiteral("classified"), false}}},
            {QStringLiteral("updated_by"), QStringLiteral("clerkB")}};
}

QJsonObject record(const QString& kind, const QString& id, const QString& volume, qint64 revision,
                   const QJsonObject& body)
{
    return {
        {QStringLiteral("kind"), kind},         {QStringLiteral("id"), id},
        {QStringLiteral("case_no"), kCase},     {QStringLiteral("volume"), volume.isEmpty() ? QJsonValue() : volume},
        {QStringLiteral("revision"), revision}, {QStringLiteral("deleted"), false},
        {QStringLiteral("body"), body},         {QStringLiteral("updated_by"), QStringLiteral("clerkB")}};
}

// A note of `author` as a desk sends it (Note::toJson()), written at `at`.
QJsonObject noteBody(const QString& author, const QString& text, const QString& at)
{
    return {{QStringLiteral("author"), author},
            {QStringLiteral("kind"), QStringLiteral("comment")},
            {QStringLiteral("page"), QString()},
            {QStringLiteral("quote"), QString()},
            {QStringLiteral("colour"), QStringLiteral("yellow")},
            {QStringLiteral("tags"), QJsonArray()},
            {QStringLiteral("text"), text},
            {QStringLiteral("status"), QString()},
            {QStringLiteral("links"), QJsonArray()},
            {QStringLiteral("position"), 0},
            {QStringLiteral("created_at"), at},
            {QStringLiteral("updated_at"), at}};
}

QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A year of the holiday calendar as an administrator publishes it (a record of no case).
QJsonObject calendarRecord(const QString& year, qint64 revision, const QJsonObject& body)
{
    return {{QStringLiteral("kind"), QStringLiteral("calendar")},
            {QStringLiteral("id"), year},
            {QStringLiteral("case_no"), QJsonValue()},
            {QStringLiteral("volume"), QJsonValue()},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("deleted"), false},
            {QStringLiteral("body"), body},
            {QStringLiteral("updated_by"), QStringLiteral("admin")}};
}

} // namespace

class TestSyncProtocol : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    FakeServer* m_server = nullptr;

    // A signed-in desk whose engine talks to `server` only.
    std::unique_ptr<SyncEngine> desk(FakeServer& server, Profile& profile)
    {
        profile = openProfile(m_dir.filePath(QStringLiteral("desk%1").arg(++m_n)));
        auto e = std::make_unique<SyncEngine>(profile);
        e->setNetworkFactory([&server] {
            return std::make_unique<FakeQnam>([&server](const FakeRequest& r) { return server.handle(r); });
        });
        e->setToken(QStringLiteral("token"));
        e->setRetryPauseMs(5);
        [&] { QVERIFY(e->rememberLogin(QStringLiteral("http://dossier.invalid"), QStringLiteral("clerkA"))); }();
        return e;
    }

    static QList<QByteArray> matching(const QList<QByteArray>& log, const QByteArray& prefix)
    {
        QList<QByteArray> out;
        for (const QByteArray& l : log)
            if (l.startsWith(prefix))
                out << l;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The feed is pulled page by page from the stored cursor, each page applied before the cursor moves.
    void pullsTheFeedInPages()
    {
        QElapsedTimer t;
        t.start();
        FakeServer server;
        for (int i = 0; i < 5; ++i)
            server.addToFeed(caseRecord(QStringLiteral("（2024）苏0602民初%1号").arg(9100 + i), i + 1));
        Profile profile;
        auto e = desk(server, profile);
        e->setPullPageSize(2);
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        QCOMPARE(s->pulled, 5);
        const QList<QByteArray> pulls = matching(server.log, "GET /api/v1/changes");
        QCOMPARE(pulls.mid(0, 3),
                 (QList<QByteArray>{"GET /api/v1/changes?after=0&limit=2", "GET /api/v1/changes?after=2&limit=2",
                                    "GET /api/v1/changes?after=4&limit=2"}));
        QCOMPARE(pulls.last(), QByteArray("GET /api/v1/changes?after=5&limit=2")); // the pull after the push
        SyncRepository repo(profile.database());
        QCOMPARE(*repo.setting(QStringLiteral("sync.cursor")), QStringLiteral("5"));
        QCOMPARE(repo.knownRevisions()->size(), 5);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    // A reply lost after the server applied the batch: the batch goes again with the same op_ids, and the
    // server applies each operation once.
    void pushRetriesIdempotentlyAfterALostReply()
    {
        QElapsedTimer t;
        t.start();
        FakeServer server;
        server.dropPostReplies = 1;
        Profile profile;
        auto e = desk(server, profile);
        QVERIFY(CatalogueRepository(profile.database())
                    .ensureMainVolume(kCase, QStringLiteral("D1"), QStringLiteral("civil-first-instance")));
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        const QList<QByteArray> posts = matching(server.log, "POST /api/v1/changes");
        QCOMPARE(posts.size(), 2);               // the lost one and its retry
        QCOMPARE(server.timesApplied.size(), 2); // the case and its dossier
        for (auto it = server.timesApplied.cbegin(); it != server.timesApplied.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(s->pushed, 2);
        QCOMPARE(s->pending, 0);
        QCOMPARE(s->rejected, 0);
        // Acknowledged: nothing is sent again at the next sync.
        auto again = e->sync(cancel);
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(matching(server.log, "POST /api/v1/changes").size(), 2);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    // A record the server refuses is told to the user with the server's reason; the rest goes through.
    void rejectedRecordIsToldToTheUser()
    {
        QElapsedTimer t;
        t.start();
        FakeServer server;
        server.rejectKind.insert(QStringLiteral("dossier"), QStringLiteral("record_invalid"));
        Profile profile;
        auto e = desk(server, profile);
        QVERIFY(CatalogueRepository(profile.database())
                    .ensureMainVolume(kCase, QStringLiteral("D1"), QStringLiteral("civil-first-instance")));
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        QCOMPARE(s->pushed, 1);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->problems.size(), 1);
        // Told in words, naming the case (not "dossier <id>: record_invalid"), with the server's code for support.
        const QString told = s->problems.constFirst();
        QVERIFY2(told.startsWith(QStringLiteral("The server refused a change to a ")), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral(" of ") + kCase + QStringLiteral(": the server found it malformed")),
                 qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("(record_invalid: template_id: not a template id)")), qPrintable(told));
        QCOMPARE(s->pending, 0); // refused for good: not sent again
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    // The image of a pulled page is downloaded and verified before the write transaction opens: while the
    // server serves it, another connection can still write to the profile.
    void noTransactionIsOpenWhileABlobDownloads()
    {
        QElapsedTimer t;
        t.start();
        FakeServer server;
        const QByteArray image = QByteArrayLiteral("\x89PNG fake image bytes for the protocol test");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(image, QCryptographicHash::Sha256).toHex());
        server.blobs.insert(sha, image);
        server.addToFeed(caseRecord(kCase, 1)); // written before the page in the same feed page
        QJsonObject page = caseRecord(kCase, 2);
        page.insert(QStringLiteral("kind"), QStringLiteral("page"));
        page.insert(QStringLiteral("id"), QStringLiteral("7d0c8a4e-3f0b-4a55-9a43-2f4c0f1b7e21"));
        page.insert(QStringLiteral("volume"), QStringLiteral("main"));
        page.insert(QStringLiteral("body"), pageRecordBody(sha));
        server.addToFeed(page);
        Profile profile;
        auto e = desk(server, profile);
        QStringList probes;
        server.onBlob = [&](const QString&) {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("probe"));
            other.setDatabaseName(profile.databasePath());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout=0")));
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                probes << q.lastError().text();
                return;
            }
            probes << QStringLiteral("writable");
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
        };
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QSqlDatabase::removeDatabase(QStringLiteral("probe"));
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        QVERIFY(!probes.isEmpty());
        QCOMPARE(probes.constFirst(), QStringLiteral("writable"));
        QCOMPARE(s->blobsDown, 1);
        QCOMPARE(s->pulled, 2);
        QCOMPARE(s->setAside, 0);
        QVERIFY(QFile::exists(
            profile.masters().pathFor(sha, pageRecordBody(sha).value(QStringLiteral("format")).toString())));
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    // A change the server refuses as forbidden (a judge retitling a document: "document <uuid>: forbidden") was
    // refused again at every sync and the desk stayed out of step for good. Now it leaves the outbox, the
    // server's version is back on the desk, and the user is told what was refused, named as they know it.
    void forbiddenChangeIsUndoneAndTold()
    {
        FakeServer server;
        const QString doc = uuid(1);
        server.addToFeed(caseRecord(kCase, 1));
        server.addToFeed(record(QStringLiteral("dossier"), kCase + QStringLiteral("|D1"), QStringLiteral("main"), 2,
                                {{QStringLiteral("dossier_id"), QStringLiteral("D1")},
                                 {QStringLiteral("template_id"), QStringLiteral("civil-first-instance-main")},
                                 {QStringLiteral("submitted_at"), QString()},
                                 {QStringLiteral("submitted_by"), QString()},
                                 {QStringLiteral("archived"), false}}));
        server.addToFeed(record(QStringLiteral("document"), doc, QStringLiteral("main"), 3,
                                {{QStringLiteral("dossier"), kCase + QStringLiteral("|D1")},
                                 {QStringLiteral("position"), 0},
                                 {QStringLiteral("doc_type"), QStringLiteral("起诉状")},
                                 {QStringLiteral("title"), QStringLiteral("民事起诉状")}}));
        server.rejectKind.insert(QStringLiteral("document"), QStringLiteral("forbidden"));
        Profile profile;
        auto e = desk(server, profile);
        const std::atomic_bool cancel{false};
        QVERIFY_RESULT(e->sync(cancel));
        const QString title = QStringLiteral("SELECT title FROM documents WHERE uid=?");
        QVERIFY_RESULT(
            execSql(profile.database(), QStringLiteral("UPDATE documents SET title='改过的标题' WHERE uid=?"), {doc}));
        auto s = e->sync(cancel);
        QVERIFY_RESULT(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->restored, 1);
        QCOMPARE(s->pending, 0);
        QCOMPARE(s->problems.size(), 1);
        const QString told = s->problems.constFirst();
        QVERIFY2(told.contains(QStringLiteral("the document \"民事起诉状\" of ") + kCase), qPrintable(told));
        QVERIFY2(told.contains(QStringLiteral("you may not change it")), qPrintable(told));
        QVERIFY2(!told.contains(QStringLiteral("forbidden")), qPrintable(told)); // words, not the server's code
        auto q = execSql(profile.database(), title, {doc});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("民事起诉状"));
        // In step with the server: nothing is sent again, nothing is refused again.
        const qsizetype posts = matching(server.log, "POST /api/v1/changes").size();
        auto again = e->sync(cancel);
        QVERIFY_RESULT(again);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(matching(server.log, "POST /api/v1/changes").size(), posts);
        QCOMPARE(e->signedInAccount().user, QStringLiteral("clerkA"));
    }

    // Notes from the feed (issue 13) are hostile like every record, and a note is its author's alone: one of
    // another user, or one the note rules refuse, is set aside and never reaches the notes; a note on a page this
    // desk does not have waits aside; of two versions of the author's own note, the later edit stays.
    void notesFromTheFeedAreTheAuthorsOnly()
    {
        FakeServer server;
        server.addToFeed(caseRecord(kCase, 1));
        const QString at = QStringLiteral("2025-03-01T09:00:00.000Z");
        const QString later = QStringLiteral("2025-03-02T09:00:00.000Z");
        auto note = [&](int n, const QJsonObject& body) {
            server.addToFeed(record(QStringLiteral("note"), uuid(100 + n), {}, 10 + n, body));
        };
        note(1, noteBody(QStringLiteral("clerkA"), QStringLiteral("借款是否实际交付"), at)); // ours: taken
        note(2, noteBody(QStringLiteral("judgeB"), QStringLiteral("别人的笔记"), at));       // another user's
        QJsonObject badKind = noteBody(QStringLiteral("clerkA"), QStringLiteral("x"), at);
        badKind[QStringLiteral("kind")] = QStringLiteral("script");
        note(3, badKind);
        QJsonObject badColour = noteBody(QStringLiteral("clerkA"), QStringLiteral("x"), at);
        badColour[QStringLiteral("colour")] = QStringLiteral("url(javascript:1)");
        note(4, badColour);
        QJsonObject badBox = noteBody(QStringLiteral("clerkA"), QStringLiteral("x"), at);
        badBox[QStringLiteral("page")] = uuid(900);
        badBox[QStringLiteral("box")] = QJsonArray{-5, 0, 10, 10};
        note(5, badBox);
        note(6, noteBody(QStringLiteral("clerkA"), QString(30000, QLatin1Char('x')), at)); // oversized text
        QJsonObject elsewhere = noteBody(QStringLiteral("clerkA"), QStringLiteral("等页面"), at);
        elsewhere[QStringLiteral("page")] = uuid(901); // a page this desk does not have (yet)
        note(7, elsewhere);
        note(9, noteBody(QStringLiteral("clerkA"), QString(300000, QLatin1Char('x')), at)); // over the record limit
        Profile profile;
        auto e = desk(server, profile);
        // This desk's own version of note 8 is later than the feed's: it stays (and goes to the server).
        Note mine = Note::fromJson(uuid(108), kCase, noteBody(QStringLiteral("clerkA"), QStringLiteral("新的"), later));
        QVERIFY_RESULT(NoteRepository(profile.database()).putSynced(mine));
        note(8, noteBody(QStringLiteral("clerkA"), QStringLiteral("旧的"), at));
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY_RESULT(s);
        QCOMPARE(s->setAside, 7);
        const QString problems = s->problems.join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("judgeB")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"kind\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"colour\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"box\"")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("\"text\"")), qPrintable(problems));
        QVERIFY2(problems.contains(uuid(901)), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("larger than allowed")), qPrintable(problems));
        auto all = execSql(profile.database(), QStringLiteral("SELECT uid, author, body FROM notes ORDER BY uid"));
        QVERIFY(all);
        QStringList notes;
        while (all->next())
            notes << all->value(0).toString().right(3) + QLatin1Char(' ') + all->value(1).toString() +
                         QLatin1Char(' ') + all->value(2).toString();
        QCOMPARE(notes,
                 (QStringList{QStringLiteral("101 clerkA 借款是否实际交付"), QStringLiteral("108 clerkA 新的")}));
        // Ours was the later: sent on the server's revision of it.
        QVERIFY(matching(server.log, "POST /api/v1/changes").size() >= 1);
        QCOMPARE(s->pending, 0);
    }

    // The 中间库's records from the feed (issue 14) are hostile like every record: a movement the movement rules
    // refuse (a loan without a due date, an unknown kind, a clerk's name with a control character, a time to come,
    // an id that is no UUID, a volume, a deletion), a case event its rules refuse, a year of the calendar that
    // HolidayCalendar refuses or that is not the year it claims — each is set aside and never reaches the paper, the
    // clocks or the calendar. The sound ones are taken: the paper is where they say.
    void warehouseRecordsFromTheFeedAreChecked()
    {
        FakeServer server;
        const QJsonObject checkIn = parse(R"({"kind":"checkin","at":"2026-03-02T09:00:00.000Z","by":"clerkB",
            "desk":"W2","location":"A-03-2-15","volumes":2})");
        const QJsonObject lend = parse(R"({"kind":"lend","at":"2026-03-02T10:00:00.000Z","by":"clerkB","desk":"W2",
            "holder":"judge","due":"2026-03-20"})");
        auto movement = [&](const QString& id, const QJsonObject& body, const QString& volume = {}) {
            server.addToFeed(record(QStringLiteral("movement"), id, volume, 20 + server.log.size(), body));
        };
        auto with = [](QJsonObject o, const char* key, const QJsonValue& v) {
            if (v.isUndefined())
                o.remove(QLatin1String(key));
            else
                o.insert(QLatin1String(key), v);
            return o;
        };
        movement(uuid(201), checkIn);
        movement(uuid(202), lend);
        movement(uuid(203), with(lend, "due", QJsonValue::Undefined));                     // a loan due never
        movement(uuid(204), with(lend, "kind", QStringLiteral("burn")));                   // no such movement
        movement(uuid(205), with(lend, "by", QStringLiteral("clerk\u0007")));              // a control character
        movement(uuid(206), with(lend, "at", QStringLiteral("2099-01-01T00:00:00.000Z"))); // to come
        movement(QStringLiteral("not-a-uuid"), checkIn);
        movement(uuid(208), checkIn, QStringLiteral("main"));
        QJsonObject deletion = record(QStringLiteral("movement"), uuid(201), {}, 90, {});
        deletion[QStringLiteral("deleted")] = true;
        server.addToFeed(deletion); // a movement is never deleted
        const QJsonObject closed = parse(R"({"kind":"case_closed","date":"2026-03-01",
            "at":"2026-03-02T09:00:00.000Z","by":"clerkB"})");
        server.addToFeed(record(QStringLiteral("case_event"), uuid(301), {}, 91, closed));
        server.addToFeed(
            record(QStringLiteral("case_event"), uuid(302), {}, 92, with(closed, "kind", QStringLiteral("launch"))));
        server.addToFeed(record(QStringLiteral("case_event"), uuid(303), {}, 93,
                                with(closed, "date", QStringLiteral("2026-04-01")))); // after it was recorded
        const QJsonObject year2027 = parse(R"({"year":2027,"holidays":[{"name":"测试假日","from":"2027-02-01",
            "to":"2027-02-05"}],"working_days":[]})");
        server.addToFeed(calendarRecord(QStringLiteral("2027"), 94, year2027));
        server.addToFeed(calendarRecord(QStringLiteral("2028"), 95, year2027)); // not the year it claims
        server.addToFeed(calendarRecord(QStringLiteral("2029"), 96, parse(R"({"year":2029,"holidays":[{"name":"长",
            "from":"2029-01-01","to":"2029-01-25"}],"working_days":[]})")));    // a holiday of 25 days
        Profile profile;
        auto e = desk(server, profile);
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY_RESULT(s);
        const QString problems = s->problems.join(QLatin1Char('\n'));
        QCOMPARE(s->setAside, 11);
        for (const char* told :
             {"A loan needs a borrower and a due date", "\"by\"", "the time it happened", "\"volume\"", "never deleted",
              "is not a case event", "no later than the day", "not the record's year", "longer than 15 days"})
            QVERIFY2(problems.contains(QLatin1String(told)),
                     qPrintable(QLatin1String(told) + QLatin1Char('\n') + problems));
        Warehouse w(profile, QStringLiteral("clerkA"));
        auto view = w.find(kCase);
        QVERIFY_RESULT(view);
        QCOMPARE(view->history.size(), 2);
        QCOMPARE(view->state.status, PaperState::Status::Lent);
        QCOMPARE(view->state.holder, QStringLiteral("judge"));
        QCOMPARE(view->state.location, QStringLiteral("A-03-2-15"));
        auto paper = WarehouseRepository(profile.database()).paperOf(kCase); // folded when the page was in
        QVERIFY_RESULT(paper);
        QVERIFY(paper->has_value());
        QCOMPARE((*paper)->status, PaperState::Status::Lent);
        auto events = WarehouseRepository(profile.database()).events();
        QVERIFY_RESULT(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->first().uid, uuid(301));
        auto cal = w.calendar();
        QVERIFY_RESULT(cal);
        QVERIFY(cal->covers(2027) && !cal->covers(2028) && !cal->covers(2029));
        QCOMPARE(cal->holidayName(QDate(2027, 2, 3)), QStringLiteral("测试假日"));
        QCOMPARE(s->pushed, 0); // taken as they came: nothing goes back
        QCOMPARE(s->pending, 0);
    }

    // A movement or a case event recorded on the desk goes to the server (once: it comes back through the feed
    // without being written twice). One the server refuses as forbidden (a judge's loan) would be refused at every
    // sync and leave the desk saying the paper is where the server says it is not: it is taken off the desk, the
    // paper folded anew, and the user told in words.
    void recordedMovementsGoOutAndForbiddenOnesAreTakenOff()
    {
        FakeServer server;
        Profile profile;
        auto e = desk(server, profile);
        Warehouse w(profile, QStringLiteral("clerkA"));
        Movement in;
        in.caseNo = kCase;
        in.kind = Movement::Kind::CheckIn;
        in.location = QStringLiteral("A-03-2-15");
        in.volumes = 1;
        QVERIFY_RESULT(w.record(in));
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY_RESULT(s);
        QCOMPARE(s->pushed, 1);
        QCOMPARE(s->rejected, 0);
        auto count = [&profile](const char* table) {
            auto q = execSql(profile.database(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            return q && q->next() ? q->value(0).toInt() : -1;
        };
        QCOMPARE(count("paper_movements"), 1);
        server.rejectKind.insert(QStringLiteral("movement"), QStringLiteral("forbidden"));
        server.rejectKind.insert(QStringLiteral("case_event"), QStringLiteral("forbidden"));
        Movement lend;
        lend.caseNo = kCase;
        lend.kind = Movement::Kind::Lend;
        lend.holder = QStringLiteral("judgeB");
        lend.due = QDate::currentDate().addDays(14);
        QVERIFY_RESULT(w.record(lend));
        QVERIFY_RESULT(w.addEvent(kCase, QStringLiteral("case_closed"), QDate::currentDate()));
        QCOMPARE(w.find(kCase)->state.status, PaperState::Status::Lent);
        s = e->sync(cancel);
        QVERIFY_RESULT(s);
        QCOMPARE(s->rejected, 2);
        QCOMPARE(s->restored, 2);
        QCOMPARE(s->pending, 0);
        const QString told = s->problems.join(QLatin1Char('\n'));
        QVERIFY2(told.contains(QStringLiteral("The server refused the loan recorded at ")) &&
                     told.contains(QStringLiteral("the case event case_closed of ")) &&
                     told.contains(QStringLiteral("It is taken off this desk.")) &&
                     !told.contains(QStringLiteral("forbidden")),
                 qPrintable(told));
        QCOMPARE(count("paper_movements"), 1);
        QCOMPARE(count("case_events"), 0);
        QCOMPARE(w.find(kCase)->state.status, PaperState::Status::In);
        auto paper = WarehouseRepository(profile.database()).paperOf(kCase);
        QVERIFY_RESULT(paper);
        QCOMPARE((*paper)->status, PaperState::Status::In);
        // In step with the server: nothing is sent again.
        auto again = e->sync(cancel);
        QVERIFY_RESULT(again);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(again->pushed, 0);
    }

    // The later edit of a note wins on every desk whatever the order they meet in; a deletion is an edit at the
    // moment of the deletion; equal times fall back to the deletion, then to the greater JSON.
    void laterNoteEditWins()
    {
        const QJsonObject early =
            noteBody(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("2025-03-01T09:00:00.000Z"));
        const QJsonObject late =
            noteBody(QStringLiteral("a"), QStringLiteral("y"), QStringLiteral("2025-03-01T09:00:00.001Z"));
        QVERIFY(ConflictPolicy::noteWins(late, false, early, false));
        QVERIFY(!ConflictPolicy::noteWins(early, false, late, false));
        QVERIFY(ConflictPolicy::noteWins(late, true, early, false));
        QVERIFY(!ConflictPolicy::noteWins(early, true, late, false)); // an edit after the deletion wins over it
        QVERIFY(ConflictPolicy::noteWins(early, true, early, false));
        QVERIFY(!ConflictPolicy::noteWins(early, false, early, true));
        QJsonObject same = early;
        same[QStringLiteral("text")] = QStringLiteral("z");
        QVERIFY(ConflictPolicy::noteWins(same, false, early, false) !=
                ConflictPolicy::noteWins(early, false, same, false));
    }

    // The court's other servers (issue 16): only http(s) addresses without a password are kept (a desk would
    // hand its session to whatever is named); a server that cannot be reached hands the sync to the next one,
    // in the same sync, with the same session, and the user is told.
    void alternatesAreCheckedAndTakeOverAnUnreachableServer()
    {
        FakeServer server;
        Profile profile;
        auto e = desk(server, profile);
        for (const QStringList& bad :
             {QStringList{QStringLiteral("ftp://dossier-b")}, QStringList{QStringLiteral("http://u:pw@dossier-b")},
              QStringList{QStringLiteral("dossier-b")}, QStringList{QStringLiteral("http://dossier-b/?x=1")},
              QStringList(9, QStringLiteral("http://dossier-b"))}) {
            const Status s = e->setAlternates(bad);
            QVERIFY2(!s.ok(), qPrintable(bad.join(QLatin1Char(' '))));
            QCOMPARE(s.error().code(), QStringLiteral("invalid_alternates"));
        }
        QVERIFY(e->setAlternates(
            {QStringLiteral("http://dossier-b.invalid:8765/"), QStringLiteral("https://dossier-c.invalid")}));
        QCOMPARE(*e->alternates(), (QStringList{QStringLiteral("http://dossier-b.invalid:8765"),
                                                QStringLiteral("https://dossier-c.invalid")}));
        QVERIFY(CatalogueRepository(profile.database())
                    .ensureMainVolume(kCase, QStringLiteral("D1"), QStringLiteral("civil-first-instance")));
        QStringList hosts;
        QSet<QByteArray> sessions;
        bool refuse = false;
        QMutex mutex;
        e->setNetworkFactory([&] {
            return std::make_unique<FakeQnam>([&](const FakeRequest& r) {
                QMutexLocker lock(&mutex);
                hosts << r.url.host();
                sessions << r.headers.value("authorization");
                if (refuse)
                    return FakeResponse::json(403, {{QStringLiteral("error"), QStringLiteral("forbidden")}});
                if (r.url.host() != QLatin1String("dossier-c.invalid"))
                    return FakeResponse::lost(); // no one there (the first) or a server that died (the second)
                return server.handle(r);
            });
        });
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        QCOMPARE(s->server, QStringLiteral("https://dossier-c.invalid"));
        QCOMPARE(s->pushed, 2);
        QCOMPARE(s->problems.size(), 2); // one line for each server passed over
        QVERIFY(s->problems.at(0).contains(QStringLiteral("dossier.invalid")));
        QVERIFY(s->problems.at(1).contains(QStringLiteral("dossier-b.invalid")));
        QCOMPARE(hosts.count(QStringLiteral("dossier.invalid")), 3); // fewer retries before moving on
        QCOMPARE(hosts.count(QStringLiteral("dossier-b.invalid")), 3);
        QCOMPARE(sessions, QSet<QByteArray>{"Bearer token"}); // the same session everywhere
        // A refusal is not a reason to try elsewhere: told 403, the sync stops at the first server.
        refuse = true;
        hosts.clear();
        QVERIFY(!e->sync(cancel));
        QCOMPARE(hosts, QStringList{QStringLiteral("dossier.invalid")});
    }

    // Nothing listening at the server (connection refused): the desk is told after one more try, not after the
    // whole backoff; with an alternate, the sync moves on to it just as for a lost connection.
    void aRefusedConnectionIsToldAtOnce()
    {
        FakeServer server;
        Profile profile;
        auto e = desk(server, profile);
        QVERIFY(CatalogueRepository(profile.database())
                    .ensureMainVolume(kCase, QStringLiteral("D1"), QStringLiteral("civil-first-instance")));
        QStringList hosts;
        QMutex mutex;
        e->setNetworkFactory([&] {
            return std::make_unique<FakeQnam>([&](const FakeRequest& r) {
                QMutexLocker lock(&mutex);
                hosts << r.url.host();
                if (r.url.host() == QLatin1String("dossier.invalid"))
                    return FakeResponse::refusedConnection();
                return server.handle(r);
            });
        });
        const std::atomic_bool cancel{false};
        auto s = e->sync(cancel);
        QVERIFY(!s);
        QCOMPARE(s.error().code(), QStringLiteral("connection_refused"));
        QVERIFY2(s.error().english().contains(QStringLiteral("http://dossier.invalid")),
                 qPrintable(s.error().english()));
        QCOMPARE(hosts, QStringList(2, QStringLiteral("dossier.invalid"))); // one more try, not six
        hosts.clear();
        QVERIFY(e->setAlternates({QStringLiteral("http://dossier-b.invalid")}));
        s = e->sync(cancel);
        QVERIFY2(s, s ? "" : qPrintable(s.error().english()));
        QCOMPARE(s->server, QStringLiteral("http://dossier-b.invalid"));
        QCOMPARE(s->pushed, 2);
        QCOMPARE(hosts.count(QStringLiteral("dossier.invalid")), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "testsyncprotocol.moc"
