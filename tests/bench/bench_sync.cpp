// Benchmark (not a test): sync throughput against the real dossier-server on loopback (issue 5).
//  1. Upload: a desk's profile holding `--mb` MB of page images (`--blob-kb` each) is synced by the real sync
//     engine (resumable chunked uploads, SHA-256 checked by the server, then the page records). The peer is curl
//     uploading the same amount of bytes (other images of the same sizes) to the same server through the same
//     upload endpoint, in one process over one kept-alive connection; creating curl's uploads is not timed, so
//     the peer is favoured. Goal: ours ≥ 0.8 × curl.
//  2. Pull: `--records` change records (cases) are put on the server, then a fresh desk pulls them all with the
//     sync engine, applying them to its SQLite profile. Goal ≤ 10 s.
// Run inside a keyring session (the engine keeps its token there):
//   tests/support/with-keyring.sh build/bin/bench_sync [--mb 1024] [--blob-kb 512] [--records 100000]
// BENCH_SERVER_LOG=FILE keeps the server's request log there (otherwise it is discarded).
#include "pipeline/batchrunner.h"
#include "storage/database.h"
#include "storage/masterstore.h"
#include "sync/httpclient.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUuid>

#include <csignal>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>

using namespace Dossier;

namespace {

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

QByteArray randomBytes(qint64 size)
{
    QByteArray b(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(b.data()), size / 4);
    return b;
}

bool addUser(const QString& data, const QString& name, const QString& role)
{
    QProcess p;
    p.start(binDir() + QStringLiteral("/dossier-server"),
            {QStringLiteral("--data"), data, QStringLiteral("user"), QStringLiteral("add"), name,
             QStringLiteral("--role"), role, QStringLiteral("--password-stdin"), QStringLiteral("--scope"),
             QStringLiteral("苏")});
    p.write("bench-password\n");
    p.closeWriteChannel();
    return p.waitForFinished(30000) && p.exitCode() == 0;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// A profile with one dossier whose pages are `count` random images of `size` bytes.
bool fillProfile(const QString& profile, int count, qint64 size)
{
    const QString dbPath = Test::openProfile(profile).databasePath();
    if (auto s = Database::open(dbPath); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().english()));
        return false;
    }
    QSqlDatabase db = Database::connection(dbPath);
    MasterStore store(Test::openProfile(profile).filePath(QStringLiteral("masters")));
    Transaction tx(db);
    auto c =
        execSql(db, QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES('（2024）苏0602民初7001号', 'now')"));
    auto d =
        execSql(db,
                QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) VALUES(?, 'D1', "
                               "'civil-first-instance-main', 'now')"),
                {c->lastInsertId()});
    auto v = execSql(db, QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1)"),
                     {d->lastInsertId()});
    auto doc = execSql(
        db,
        QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?, 0, 'evidence', '证据')"),
        {v->lastInsertId()});
    const QVariant documentId = doc->lastInsertId(); // read now: SQLite reports the connection's latest row id
    for (int i = 0; i < count; ++i) {
        auto put = store.put(randomBytes(size), QStringLiteral("jpg"));
        if (!put)
            return false;
        if (auto ins = execSql(
                db,
                QStringLiteral("INSERT INTO pages(source_key, source, feed_index, sha256, master_format, master_bytes, "
                               "status, kind, document_id, position, created_at) VALUES(?,?,?,?, 'jpg', ?, 'done', "
                               "'content', ?, ?, 'now')"),
                {QStringLiteral("bench%1").arg(i), QStringLiteral("bench%1.jpg").arg(i), i, put->sha256, size,
                 documentId, i});
            !ins) {
            std::fprintf(stderr, "%s\n", qPrintable(ins.error().english()));
            return false;
        }
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption mb(QStringLiteral("mb"), QStringLiteral("MB of page images to upload."),
                                QStringLiteral("MB"), QStringLiteral("1024"));
    const QCommandLineOption blobKb(QStringLiteral("blob-kb"), QStringLiteral("Size of each image."),
                                    QStringLiteral("KB"), QStringLiteral("512"));
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Change records to pull."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    p.addOptions({mb, blobKb, records});
    p.addHelpOption();
    p.process(app);
    const qint64 blobSize = p.value(blobKb).toLongLong() * 1024;
    const int blobs = int(p.value(mb).toLongLong() * 1024 * 1024 / blobSize);
    const int recordCount = p.value(records).toInt();

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/bench_sync-XXXXXX"));
    const QString data = tmp.filePath(QStringLiteral("server"));
    if (!addUser(data, QStringLiteral("clerk"), QStringLiteral("archive_clerk")) ||
        !addUser(data, QStringLiteral("admin"), QStringLiteral("archive_admin"))) {
        std::fprintf(stderr, "cannot add users\n");
        return 1;
    }
    QProcess server;
    server.setStandardErrorFile(
        qEnvironmentVariable("BENCH_SERVER_LOG", QProcess::nullDevice())); // its request log stays out of the figures
    server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    server.start(binDir() + QStringLiteral("/dossier-server"),
                 {QStringLiteral("--data"), data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    if (!server.waitForReadyRead(20000)) {
        std::fprintf(stderr, "the server did not start\n");
        return 1;
    }
    const QString url = QString::fromUtf8(server.readLine()).trimmed().mid(13);
    qputenv("QT_LOGGING_RULES", "dossier.sync.debug=false");
    std::printf("Sync benchmark (issue 5): dossier-server on %s, SQLite, 2 cores\n\n", qPrintable(url));

    QElapsedTimer t;
    std::atomic_bool cancel{false};
    // 1. Pull of many change records (before any image is on the server: the records alone).
    HttpClient admin{QUrl(url)};
    auto as = admin.json("POST", QStringLiteral("/api/v1/session"),
                         {{QStringLiteral("user"), QStringLiteral("admin")},
                          {QStringLiteral("password"), QStringLiteral("bench-password")}});
    admin.setToken(as ? as->json().value(QStringLiteral("token")).toString() : QString());
    t.restart();
    for (int start = 0; start < recordCount; start += 500) {
        QJsonArray ops;
        for (int i = start; i < std::min(recordCount, start + 500); ++i) {
            const QString caseNo = QStringLiteral("（2023）苏0602民初%1号").arg(i + 1);
            ops.append(QJsonObject{{QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                                   {QStringLiteral("kind"), QStringLiteral("case")},
                                   {QStringLiteral("id"), caseNo},
                                   {QStringLiteral("case_no"), caseNo},
                                   {QStringLiteral("base_revision"), 0},
                                   {QStringLiteral("body"), QJsonObject{{QStringLiteral("case_no"), caseNo},
                                                                        {QStringLiteral("info"), QJsonObject()},
                                                                        {QStringLiteral("classified"), false}}}});
        }
        auto r = admin.json("POST", QStringLiteral("/api/v1/changes"), {{QStringLiteral("operations"), ops}});
        if (!r || r->status != 200) {
            std::fprintf(stderr, "pushing records failed\n");
            return 1;
        }
        for (const QJsonValue& res : r->json().value(QStringLiteral("results")).toArray())
            if (res[QStringLiteral("status")].toString() !=
                QLatin1String("applied")) { // else the pull measures nothing
                std::fprintf(stderr, "the server did not take a record: %s\n",
                             qPrintable(res[QStringLiteral("message")].toString()));
                return 1;
            }
    }
    std::printf("1. Pull of %d change records (put on the server in %.1f s)\n", recordCount,
                double(t.elapsed()) / 1000.0);
    SyncEngine fresh(Test::openProfile(tmp.filePath(QStringLiteral("admin-desk"))));
    (void)fresh.login(url, QStringLiteral("admin"), QStringLiteral("bench-password"));
    t.restart();
    auto pulled = fresh.sync(cancel);
    const double pullS = double(t.elapsed()) / 1000.0;
    if (!pulled) {
        std::fprintf(stderr, "pull failed: %s\n", qPrintable(pulled.error().english()));
        return 1;
    }
    const int cases = Database::open(Test::openProfile(tmp.filePath(QStringLiteral("admin-desk"))).databasePath())
                          ? [&] {
                                auto q = execSql(Test::openProfile(tmp.filePath(QStringLiteral("admin-desk"))).database(),
                                                 QStringLiteral("SELECT count(*) FROM cases"));
                                return q && q->next() ? q->value(0).toInt() : -1;
                            }()
                          : -1;
    std::printf("   sync engine      %.1f s for %d records (%d cases in the profile, %d images downloaded)\n", pullS,
                pulled->pulled, cases, pulled->blobsDown);
    // The feed alone, over HTTP, for comparison.
    t.restart();
    qint64 cursor = 0;
    int raw = 0;
    for (;;) {
        auto r = admin.request("GET", QStringLiteral("/api/v1/changes?after=%1&limit=5000").arg(cursor));
        if (!r || r->status != 200)
            break;
        const QJsonObject o = r->json();
        raw += int(o.value(QStringLiteral("changes")).toArray().size());
        cursor = o.value(QStringLiteral("next")).toInteger();
        if (!o.value(QStringLiteral("more")).toBool())
            break;
    }
    std::printf("   feed alone       %.1f s for %d records over HTTP\n", double(t.elapsed()) / 1000.0, raw);
    std::printf("   goal ≤ 10 s      %s\n\n", pullS <= 10.0 ? "met" : "NOT met");
    // 2. Upload through the sync engine.
    const QString desk = tmp.filePath(QStringLiteral("desk"));
    t.start();
    if (!fillProfile(desk, blobs, blobSize)) {
        std::fprintf(stderr, "cannot fill the profile\n");
        return 1;
    }
    std::printf("2. Upload of %d page images of %lld KB (%.0f MB); profile made in %.1f s\n", blobs, blobSize / 1024,
                double(blobs) * double(blobSize) / 1048576.0, double(t.elapsed()) / 1000.0);
    SyncEngine engine(Test::openProfile(desk));
    if (auto s = engine.login(url, QStringLiteral("clerk"), QStringLiteral("bench-password")); !s) {
        std::fprintf(stderr, "login: %s\n", qPrintable(s.error().english()));
        return 1;
    }
    t.restart();
    auto ours = engine.sync(cancel);
    const double oursS = double(t.elapsed()) / 1000.0;
    if (!ours || ours->pending != 0) {
        std::fprintf(stderr, "sync failed: %s\n", ours ? "pending operations" : qPrintable(ours.error().english()));
        return 1;
    }
    const double oursMBs = double(ours->bytesUp) / 1048576.0 / oursS;
    std::printf("   sync engine      %.1f s, %.1f MB/s (%d images, %d records applied, bytes sent %lld)\n", oursS,
                oursMBs, ours->blobsUp, ours->pushed, ours->bytesUp);

    // The peer: curl, the same amount of new bytes to the same endpoint, one process, one connection.
    HttpClient http{QUrl(url)};
    auto session = http.json("POST", QStringLiteral("/api/v1/session"),
                             {{QStringLiteral("user"), QStringLiteral("clerk")},
                              {QStringLiteral("password"), QStringLiteral("bench-password")}});
    const QString token = session ? session->json().value(QStringLiteral("token")).toString() : QString();
    http.setToken(token);
    QFile config(tmp.filePath(QStringLiteral("curl.cfg")));
    if (!config.open(QIODevice::WriteOnly))
        return 1;
    const QString files = tmp.filePath(QStringLiteral("curl"));
    QDir().mkpath(files);
    QStringList shas;
    for (int i = 0; i < blobs; ++i) {
        const QByteArray bytes = randomBytes(blobSize);
        QFile f(QStringLiteral("%1/%2.bin").arg(files).arg(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
        shas << QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }
    // The same protocol as the engine: each upload is created (timed, with our HTTP client), then curl sends the bytes.
    t.restart();
    for (int i = 0; i < blobs; ++i) {
        auto up = http.json("POST", QStringLiteral("/api/v1/uploads"),
                            {{QStringLiteral("sha256"), shas.at(i)}, {QStringLiteral("size"), blobSize}});
        const QString id = up ? up->json().value(QStringLiteral("id")).toVariant().toString() : QString();
        if (id.isEmpty())
            return 1;
        config.write(
            QStringLiteral("%1url = \"%2/api/v1/uploads/%3\"\nrequest = \"PATCH\"\ndata-binary = \"@%4/%5.bin\"\n"
                           "header = \"Upload-Offset: 0\"\nheader = \"Content-Type: application/octet-stream\"\n"
                           "header = \"Authorization: Bearer %6\"\noutput = \"/dev/null\"\nsilent\n")
                .arg(i == 0 ? QString() : QStringLiteral("next\n"), url, id, files)
                .arg(i)
                .arg(token)
                .toUtf8());
    }
    const double createS = double(t.elapsed()) / 1000.0;
    config.close();
    QProcess curl;
    t.restart();
    curl.start(QStringLiteral("curl"), {QStringLiteral("-K"), config.fileName()});
    curl.waitForFinished(-1);
    const double curlS = double(t.elapsed()) / 1000.0;
    int stored = 0;
    for (int i = 0; i < blobs; i += std::max(1, blobs / 20)) {
        QFile f(QStringLiteral("%1/%2.bin").arg(files).arg(i));
        f.open(QIODevice::ReadOnly);
        auto head = http.request(
            "HEAD",
            QStringLiteral("/api/v1/blobs/%1")
                .arg(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex())));
        stored += head && head->status == 200;
    }
    const double mbTotal = double(blobs) * double(blobSize) / 1048576.0;
    const double curlMBs = mbTotal / (createS + curlS), curlBytesMBs = mbTotal / curlS;
    std::printf("   curl (peer)      %.1f s, %.1f MB/s: creating the uploads %.1f s + curl sending the bytes %.1f s "
                "(exit %d; %d of %d sampled images stored)\n",
                createS + curlS, curlMBs, createS, curlS, curl.exitCode(), stored,
                (blobs + std::max(1, blobs / 20) - 1) / std::max(1, blobs / 20));
    std::printf("   ours / curl      %.2f × (goal ≥ 0.80); against curl's byte transfer alone %.2f ×\n",
                oursMBs / curlMBs, oursMBs / curlBytesMBs);

    std::printf("\npeak RSS of this process %ld MB\n", peakRssMb());
    server.terminate();
    server.waitForFinished(10000);
    return 0;
}
