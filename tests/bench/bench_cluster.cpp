// Benchmark (not a test): a court's two servers over one PostgreSQL database and blob store (issue 16).
//  1. Convergence: desk K writes a new case and syncs through server A; desk J syncs through B and has it. The time
//     from K's sync to J holding the case, over `--rounds`; the peer is the same through one server (A and A).
//  2. Both at once: K through A and J through B each write `--batch` cases and sync at the same instant; then one
//     more sync each until both hold every case. Time in all.
//  3. A server lost: A is killed (SIGKILL). K, with B as its alternate, writes a case and syncs: the time its
//     sync takes, moving on to B. A desk without an alternate: the time until it is told, and what it is told.
// Needs PostgreSQL: DOSSIER_TEST_POSTGRES, else a throwaway cluster is started with scripts/test-postgres.sh.
//   build/bin/bench_cluster [--rounds 20] [--batch 200]
#include "serverprocess.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>

using namespace Dossier;

namespace {

struct Desk
{
    Profile profile;
    std::unique_ptr<SyncEngine> engine;
};

Desk desk(const QString& dir, const QString& server, const QString& user, const QString& token,
          const QStringList& alternates = {})
{
    Desk d{Test::openProfile(dir), nullptr};
    d.engine = std::make_unique<SyncEngine>(d.profile);
    d.engine->setToken(token);
    if (!d.engine->rememberLogin(server, user) || !d.engine->setAlternates(alternates))
        qFatal("cannot set up the desk %s", qPrintable(dir));
    return d;
}

bool addCase(Desk& d, int n)
{
    return CatalogueRepository(d.profile.database())
        .ensureMainVolume(QStringLiteral("（2025）苏0602民初%1号").arg(n), QStringLiteral("D%1").arg(n),
                          QStringLiteral("civil-first-instance"))
        .ok();
}

int caseCount(Desk& d)
{
    auto q = execSql(d.profile.database(), QStringLiteral("SELECT count(*) FROM cases"));
    return q && q->next() ? q->value(0).toInt() : -1;
}

Result<SyncSummary> sync(Desk& d)
{
    const std::atomic_bool cancel{false};
    return d.engine->sync(cancel);
}

void must(const Result<SyncSummary>& r, const char* what)
{
    if (!r)
        qFatal("%s: %s", what, qPrintable(r.error().english()));
}

QString percentiles(QList<qint64> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double p) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * ms.size()))); };
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms").arg(at(0.5)).arg(at(0.95)).arg(ms.last());
}

// K writes through `viaK`, J reads through `viaJ`: the time from K's sync to J holding the case, per round.
QList<qint64> converge(Desk& k, Desk& j, int rounds, int& next)
{
    QList<qint64> ms;
    for (int i = 0; i < rounds; ++i) {
        const int n = ++next;
        if (!addCase(k, n))
            qFatal("cannot write a case");
        const int want = caseCount(k);
        QElapsedTimer t;
        t.start();
        must(sync(k), "K");
        must(sync(j), "J");
        if (caseCount(j) != want)
            qFatal("J did not get the case after one sync");
        ms << t.elapsed();
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("DOSSIER_BIN")) // the test support finds dossier-server there
        qputenv("DOSSIER_BIN", QFile::encodeName(QCoreApplication::applicationDirPath()));
    QCommandLineParser p;
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Convergence rounds."),
                                    QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Cases each desk writes at once."),
                                   QStringLiteral("N"), QStringLiteral("200"));
    p.addOptions({rounds, batch});
    p.addHelpOption();
    p.process(app);

    QTemporaryDir tmp(QDir::tempPath() + QStringLiteral("/bench_cluster-XXXXXX"));
    QString postgres = qEnvironmentVariable("DOSSIER_TEST_POSTGRES");
    const QString pgDir = tmp.filePath(QStringLiteral("pg"));
    const QString pgScript = QStringLiteral(DOSSIER_SOURCE_DIR "/scripts/test-postgres.sh");
    if (postgres.isEmpty()) {
        const auto started = Test::run(pgScript, {QStringLiteral("start"), pgDir});
        if (started.exitCode != 0)
            qFatal("cannot start PostgreSQL: %s", started.err.constData());
        postgres = QString::fromUtf8(started.out).trimmed();
    }
    const QString database =
        postgres + QStringLiteral("?schema=bench_cluster_%1").arg(QRandomGenerator::global()->generate() % 1000000u);
    const QString data = tmp.filePath(QStringLiteral("data"));
    const QStringList db = {QStringLiteral("--database"), database};
    for (const auto& [name, role] : {std::pair{"clerk", "archive_clerk"}, std::pair{"admin", "archive_admin"}})
        if (const QString why = Test::ServerProcess::addUser(data, QString::fromUtf8(name), QString::fromUtf8(role),
                                                             QStringLiteral("bench-pw"), QStringLiteral("苏"), db);
            !why.isEmpty())
            qFatal("cannot add a user: %s", qPrintable(why));
    Test::ServerProcess a, b;
    const QString log = tmp.filePath(QStringLiteral("servers.log"));
    if (!a.start({data, db, 0, {}, log}).isEmpty() || !b.start({data, db, 0, {}, log}).isEmpty())
        qFatal("cannot start the servers");
    auto token = [&](const QString& user) {
        auto t = SyncEngine(Test::openProfile(tmp.filePath(QStringLiteral("login"))))
                     .requestToken(a.url(), user, QStringLiteral("bench-pw"));
        if (!t)
            qFatal("cannot sign in: %s", qPrintable(t.error().english()));
        return *t;
    };
    const QString clerk = token(QStringLiteral("clerk")), admin = token(QStringLiteral("admin"));
    // Both desks are administrators': each sees every case the other writes (a clerk sees their own and their
    // cases' only).
    const QString c = QStringLiteral("admin"), ad = QStringLiteral("admin");
    const QString& clerkToken = admin;
    Desk k = desk(tmp.filePath(QStringLiteral("K")), a.url(), c, clerkToken, {b.url()});
    Desk j = desk(tmp.filePath(QStringLiteral("J")), b.url(), ad, admin);
    Desk jOnA = desk(tmp.filePath(QStringLiteral("JA")), a.url(), ad, admin);
    int next = 1000;
    must(sync(k), "K");
    must(sync(j), "J");
    must(sync(jOnA), "J on A");

    const int n = p.value(rounds).toInt();
    std::printf("convergence, one case written through A, read through B (%d rounds): %s\n", n,
                qPrintable(percentiles(converge(k, j, n, next))));
    std::printf("peer: the same through one server (A and A):                  %s\n",
                qPrintable(percentiles(converge(k, jOnA, n, next))));

    const int m = p.value(batch).toInt();
    for (int i = 0; i < m; ++i)
        if (!addCase(k, ++next) || !addCase(j, ++next))
            qFatal("cannot write the cases");
    QElapsedTimer both;
    both.start();
    auto kSync = QtConcurrent::run([&] { return sync(k); });
    auto jSync = QtConcurrent::run([&] { return sync(j); });
    must(kSync.result(), "K at once");
    must(jSync.result(), "J at once");
    const qint64 atOnce = both.elapsed();
    must(sync(k), "K after");
    must(sync(j), "J after");
    if (caseCount(k) != caseCount(j))
        qFatal("the desks did not converge: %d and %d cases", caseCount(k), caseCount(j));
    std::printf("both at once, %d cases each through A and B: both syncs %lld ms, converged (one more sync each) "
                "after %lld ms; %d cases on each desk\n",
                m, atOnce, both.elapsed(), caseCount(k));

    a.killHard();
    addCase(k, ++next);
    QElapsedTimer failover;
    failover.start();
    auto moved = sync(k);
    must(moved, "K failing over");
    std::printf("server A killed: K (alternate B) synced through %s in %lld ms; it was told: %s\n",
                qPrintable(moved->server), failover.elapsed(), qPrintable(moved->problems.value(0)));
    Desk lone = desk(tmp.filePath(QStringLiteral("L")), a.url(), QStringLiteral("clerk"), clerk);
    QElapsedTimer told;
    told.start();
    auto refused = sync(lone);
    std::printf("server A killed: a desk without an alternate was told after %lld ms: %s\n", told.elapsed(),
                refused ? "(it synced?)" : qPrintable(refused.error().english()));
    b.stop();
    if (qEnvironmentVariable("DOSSIER_TEST_POSTGRES").isEmpty())
        Test::run(pgScript, {QStringLiteral("stop"), pgDir});
    return 0;
}
