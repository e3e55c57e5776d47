#pragma once

#include "storage/profile.h"
#include "sync/syncengine.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTest>

// QVERIFY for a Result or Status: on failure the test output says the error, not just "returned FALSE".
#define QVERIFY_RESULT(expr)                                                                                           \
    do {                                                                                                               \
        const auto& result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), result_.ok() ? "" : qPrintable(result_.error().english()));                             \
    } while (false)

namespace Dossier::Test {

// The shared corpus folder ($DOSSIER_CORPUS), with a QSKIP-free check: tests fail when it is missing.
QString corpusDir();
// Directory holding the built executables ($DOSSIER_BIN).
QString binDir();
QJsonObject readJson(const QString& path);
// The profile in `dir`, opened (made when missing). One that cannot be opened means a broken test machine:
// the run stops there, with the reason.
Profile openProfile(const QString& dir);

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
    qint64 peakRssKb = 0; // of the child, from wait4()
    double seconds = 0;
};
// Runs a program to completion (or kills it after timeoutMs) and reports its exit, output and peak memory.
ProcessResult run(const QString& program, const QStringList& args, int timeoutMs = 600000);
// The same, with `input` on the program's standard input (a password, say).
ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs = 600000);

// The body of a page record as desks exchange it (every field of the record schema), naming image `sha256`.
QJsonObject pageRecordBody(const QString& sha256, const QString& document = {});

// Writes a record straight into a dossier-server's SQLite database (DIR/server.sqlite) and into its change
// feed, past every check of the server: what an older server, or one repaired by hand, may hold. Returns an
// empty string, or what went wrong.
QString injectServerRecord(const QString& serverDataDir, const QString& kind, const QString& id, const QString& caseNo,
                           const QString& volume, const QJsonObject& body);

// Signs `user` in at the server (a session kept by the engine for this sync, not in the keyring), remembers the
// login on the desk of `profileDir`, and syncs it once.
Result<SyncSummary> syncAs(const QString& serverUrl, const QString& profileDir, const QString& user,
                           const QString& password);

// A test class of the server run on its SQLite, then (`T(url)`) on the PostgreSQL of $DOSSIER_TEST_POSTGRES when it
// is set, saying so when it is not; the failures of both runs. Called from main(), after the application is made.
template <typename T> int onSqliteThenPostgres(int argc, char** argv)
{
    int failed = 0;
    {
        T onSqlite;
        failed += QTest::qExec(&onSqlite, argc, argv);
    }
    const QString url = qEnvironmentVariable("DOSSIER_TEST_POSTGRES");
    if (url.isEmpty()) {
        qInfo("DOSSIER_TEST_POSTGRES is not set: the PostgreSQL run was NOT done");
    } else {
        T onPostgres(url);
        failed += QTest::qExec(&onPostgres, argc, argv);
    }
    return failed;
}

// A connection named `name` to the PostgreSQL database of `url` (postgresql://user:password@host:port/db), not
// yet opened; the caller removes it (QSqlDatabase::removeDatabase) once its handles are gone.
QSqlDatabase postgresConnection(const QString& url, const QString& name);

// Every page image the dossiers list (`page_sha256` of each, as `dossier-cli dossiers --json` prints them) is in
// the server's data folder exactly once, with those bytes (a failed QVERIFY/QCOMPARE when not).
void verifyBlobsOnce(const QString& serverDataDir, const QJsonArray& dossiers);

} // namespace Dossier::Test
