#include "testsupport.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <sys/resource.h>
#include <sys/wait.h>

namespace Dossier::Test {

QString corpusDir()
{
    return qEnvironmentVariable("DOSSIER_CORPUS");
}

QString binDir()
{
    return qEnvironmentVariable("DOSSIER_BIN");
}

Profile openProfile(const QString& dir)
{
    // the test opens (migrates, re-indexes) the profile itself; the program does it off the window's thread
    const SqlFromTest opening;
    auto profile = Profile::open(dir);
    if (!profile)
        qFatal("cannot open the profile %s: %s", qPrintable(dir), qPrintable(profile.error().english()));
    return *profile;
}

QJsonObject readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

ProcessResult run(const QString& program, const QStringList& args, int timeoutMs)
{
    return run(program, args, QByteArray(), timeoutMs);
}

ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs)
{
    ProcessResult r;
    QProcess p;
    // Reap the child ourselves to read its rusage (peak RSS).
    p.setChildProcessModifier([] {});
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    const qint64 pid = p.processId();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.crashed = true;
    }
    r.seconds = double(t.elapsed()) / 1000.0;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.exitCode = p.exitCode();
    r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
    Q_UNUSED(pid);
    struct rusage ru
    {
    };
    if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
        r.peakRssKb = ru.ru_maxrss; // the largest of any child so far
    return r;
}

QJsonObject pageRecordBody(const QString& sha256, const QString& document)
{
    return {{QStringLiteral("document"), document},
            {QStringLiteral("position"), 1},
            {QStringLiteral("page_in_document"), 1},
            {QStringLiteral("kind"), QStringLiteral("content")},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("format"), QStringLiteral("png")},
            {QStringLiteral("bytes"), 3000},
            {QStringLiteral("rotation"), 0},
            {QStringLiteral("skew"), 0.0},
            {QStringLiteral("dpi"), 300},
            {QStringLiteral("colour_mode"), QStringLiteral("grey")},
            {QStringLiteral("width"), 100},
            {QStringLiteral("height"), 100},
            {QStringLiteral("flags"), QJsonValue::Null},
            {QStringLiteral("text"), QStringLiteral("第一页")},
            {QStringLiteral("ocr_confidence"), 90.0},
            {QStringLiteral("ocr"), QJsonValue::Null},
            {QStringLiteral("transform"), QJsonValue::Null},
            {QStringLiteral("source"), QStringLiteral("scan")}};
}

QString injectServerRecord(const QString& serverDataDir, const QString& kind, const QString& id, const QString& caseNo,
                           const QString& volume, const QJsonObject& body)
{
    const QString name = QUuid::createUuid().toString();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(serverDataDir + QStringLiteral("/server.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        QSqlQuery q(db);
        const auto run = [&](const QString& sql, const QVariantList& binds) {
            if (!problem.isEmpty())
                return;
            q.prepare(sql);
            for (const QVariant& v : binds)
                q.addBindValue(v);
            if (!q.exec())
                problem = q.lastError().text();
        };
        if (!db.open())
            return db.lastError().text();
        run(QStringLiteral("BEGIN IMMEDIATE"), {});
        run(QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = 'seq'"), {});
        run(QStringLiteral(
                "INSERT INTO records (kind, id, case_no, volume, revision, deleted, body, updated_by, updated_at, "
                "sha256, archived) VALUES (?, ?, ?, ?, 1, 0, ?, 'someone', 'now', ?, 0)"),
            {kind, id, caseNo, volume, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)),
             body.value(QStringLiteral("sha256")).toString()});
        run(QStringLiteral(
                "INSERT INTO changes (seq, kind, id, case_no) SELECT value, ?, ?, ? FROM counters WHERE name = 'seq'"),
            {kind, id, caseNo});
        run(QStringLiteral("COMMIT"), {});
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

Result<SyncSummary> syncAs(const QString& serverUrl, const QString& profileDir, const QString& user,
                           const QString& password)
{
    SyncEngine e(openProfile(profileDir));
    auto session = e.requestSession(serverUrl, user, password);
    if (!session)
        return session.error();
    if (auto r = e.rememberLogin(session->account); !r)
        return r.error();
    e.setToken(session->token);
    const std::atomic_bool cancel{false};
    return e.sync(cancel);
}

QSqlDatabase postgresConnection(const QString& url, const QString& name)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    return db;
}

void verifyBlobsOnce(const QString& serverDataDir, const QJsonArray& dossiers)
{
    for (const QJsonValue& dossier : dossiers)
        for (const QJsonValue& sha : dossier[QStringLiteral("page_sha256")].toArray()) {
            QDirIterator it(serverDataDir, {sha.toString() + QStringLiteral("*")}, QDir::Files,
                            QDirIterator::Subdirectories);
            int found = 0;
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()),
                         sha.toString());
                ++found;
            }
            QCOMPARE(found, 1);
        }
}

} // namespace Dossier::Test
