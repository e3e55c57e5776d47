// dossier-server --config FILE (server/serverconfig): key=value parsing, the command line overriding the file,
// the default file, and acting as the data folder's owner when run as root; then the real executable reading a
// config file for a console command.
#include "serverconfig.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Dossier::Server;

namespace {

// The error's text for a failed check's message (QVERIFY2 evaluates it even when the check passes).
template <typename T> QByteArray why(const Dossier::Result<T>& r)
{
    return r.ok() ? QByteArray() : r.error().english().toUtf8();
}

} // namespace

class TestServerConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString writeFile(const QString& name, const QByteArray& text)
    {
        QFile f(m_tmp.filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        f.write(text);
        return f.fileName();
    }

private slots:
    void parsesKeysCommentsAndSpaces()
    {
        const auto o = parseServerConfig("# the court's server\n\n  listen = 0.0.0.0:8765  \n"
                                         "database=postgresql://u:p=w@db:5432/dossier\n\t# tabbed comment\n"
                                         "listen=127.0.0.1:9000\n",
                                         serverConfigKeys());
        QVERIFY2(o.ok(), why(o).constData());
        QCOMPARE(o->entries.size(), 3);
        QCOMPARE(o->entries[0].first, QStringLiteral("listen"));
        QCOMPARE(o->entries[0].second, QStringLiteral("0.0.0.0:8765"));
        QCOMPARE(o->value(QStringLiteral("database")), QStringLiteral("postgresql://u:p=w@db:5432/dossier"));
        QCOMPARE(o->value(QStringLiteral("listen")), QStringLiteral("127.0.0.1:9000")); // the last one wins
        QVERIFY(o->value(QStringLiteral("data")).isEmpty());
    }

    void refusesBadLinesNamingThem_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("listen=1.2.3.4:5\npasword=x\n")
                                     << QStringLiteral("line 2: unknown key \"pasword\"");
        QTest::newRow("no equals") << QByteArray("# c\n\ndata /var/lib/x\n")
                                   << QStringLiteral("line 3: \"key = value\"");
        QTest::newRow("empty value") << QByteArray("data =  \n") << QStringLiteral("line 1: data has no value");
        QTest::newRow("a command's option")
            << QByteArray("role=judge\n") << QStringLiteral("line 1: unknown key \"role\"");
    }
    void refusesBadLinesNamingThem()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const auto o = parseServerConfig(text, serverConfigKeys());
        QVERIFY(!o.ok());
        QVERIFY2(o.error().english().contains(expected), qPrintable(o.error().english()));
    }

    void commandLineOverridesTheFile()
    {
        const QString conf = writeFile(QStringLiteral("a.conf"), "listen = 10.0.0.1:8000\ndata=/srv/dossier\n"
                                                                 "token-hours=8\n");
        const auto args =
            argumentsWithConfig({QStringLiteral("dossier-server"), QStringLiteral("--config"), conf,
                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:9"), QStringLiteral("audit")},
                                serverConfigKeys());
        QVERIFY2(args.ok(), why(args).constData());
        QCommandLineParser p;
        p.addOptions({{QStringLiteral("listen"), {}, QStringLiteral("A")},
                      {QStringLiteral("data"), {}, QStringLiteral("D")},
                      {QStringLiteral("token-hours"), {}, QStringLiteral("N")}});
        p.addPositionalArgument(QStringLiteral("command"), {});
        QVERIFY2(p.parse(*args), qPrintable(p.errorText()));
        QCOMPARE(p.value(QStringLiteral("listen")), QStringLiteral("127.0.0.1:9"));
        QCOMPARE(p.value(QStringLiteral("data")), QStringLiteral("/srv/dossier"));
        QCOMPARE(p.value(QStringLiteral("token-hours")), QStringLiteral("8"));
        QCOMPARE(p.positionalArguments(), QStringList{QStringLiteral("audit")});
    }

    void defaultFileOnlyWithoutDataOrConfig()
    {
        const QString conf = writeFile(QStringLiteral("default.conf"), "data=/var/lib/dossier-server\n");
        const QString program = QStringLiteral("dossier-server");
        const auto bare = argumentsWithConfig({program, QStringLiteral("audit")}, serverConfigKeys(), conf);
        QVERIFY(bare.ok());
        QCOMPARE(*bare,
                 (QStringList{program, QStringLiteral("--data=/var/lib/dossier-server"), QStringLiteral("audit")}));
        const QStringList withData{program, QStringLiteral("--data=/tmp/x"), QStringLiteral("audit")};
        const auto explicitData = argumentsWithConfig(withData, serverConfigKeys(), conf);
        QVERIFY(explicitData.ok());
        QCOMPARE(*explicitData, withData);
        const auto missing = argumentsWithConfig({program, QStringLiteral("audit")}, serverConfigKeys(),
                                                 m_tmp.filePath(QStringLiteral("none")));
        QVERIFY(missing.ok());
        QCOMPARE(missing->size(), 2);
    }

    void missingOrBadFileIsAnError()
    {
        const auto missing = argumentsWithConfig(
            {QStringLiteral("dossier-server"), QStringLiteral("--config=") + m_tmp.filePath(QStringLiteral("nope"))},
            serverConfigKeys());
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().english().contains(QStringLiteral("cannot read the config file")),
                 qPrintable(missing.error().english()));
        const QString bad = writeFile(QStringLiteral("bad.conf"), "listen=1.2.3.4:5\nsecret=1\n");
        const auto refused = argumentsWithConfig({QStringLiteral("dossier-server"), QStringLiteral("--config"), bad},
                                                 serverConfigKeys());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().english().contains(bad + QStringLiteral(": line 2")),
                 qPrintable(refused.error().english()));
        const auto noFile =
            argumentsWithConfig({QStringLiteral("dossier-server"), QStringLiteral("--config")}, serverConfigKeys());
        QVERIFY(!noFile.ok());
    }

    // As root on a folder owned by another user, a child process becomes that user: what it writes is theirs.
    void rootActsAsTheDataOwner()
    {
        if (::geteuid() != 0) {
            const auto notRoot = actAsDataOwner(m_tmp.path());
            QVERIFY(notRoot.ok() && !*notRoot);
            QSKIP("not root: switching users cannot be tried");
        }
        const QString dir = m_tmp.filePath(QStringLiteral("owned"));
        QVERIFY(QDir().mkpath(dir));
        const uid_t nobody = 65534;
        QVERIFY(::chmod(m_tmp.path().toLocal8Bit().constData(), 0755) == 0);
        QVERIFY(::chown(dir.toLocal8Bit().constData(), nobody, nobody) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            const auto r = actAsDataOwner(dir);
            QFile f(dir + QStringLiteral("/written"));
            const bool wrote = f.open(QIODevice::WriteOnly) && f.write("x") == 1;
            ::_exit(r.ok() && *r && ::geteuid() == nobody && ::getuid() == nobody && wrote ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        struct stat st = {};
        QVERIFY(::stat((dir + QStringLiteral("/written")).toLocal8Bit().constData(), &st) == 0);
        QCOMPARE(st.st_uid, nobody);
        // Root's own folder: nothing to do, root stays root.
        const auto own = actAsDataOwner(m_tmp.path());
        QVERIFY(own.ok() && !*own);
        QCOMPARE(::geteuid(), uid_t(0));
    }

    // The executable: a console command takes its data folder from the file.
    void serverReadsTheConfigFile()
    {
        const QString data = m_tmp.filePath(QStringLiteral("server-data"));
        const QString conf = writeFile(QStringLiteral("server.conf"), "# test\ndata = " + data.toUtf8() + "\n");
        QProcess p;
        p.start(Dossier::Test::binDir() + QStringLiteral("/dossier-server"),
                {QStringLiteral("--config"), conf, QStringLiteral("user"), QStringLiteral("add"),
                 QStringLiteral("alice"), QStringLiteral("--role"), QStringLiteral("judge"),
                 QStringLiteral("--password-stdin")});
        QVERIFY(p.waitForStarted(10000));
        p.write("s3cret-pass\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo(data).isDir());
        QVERIFY(!QDir(data).entryList(QDir::Files).isEmpty()); // the SQLite database is there

        const QString bad = writeFile(QStringLiteral("typo.conf"), "dta=/tmp/x\n");
        QProcess refused;
        refused.start(Dossier::Test::binDir() + QStringLiteral("/dossier-server"),
                      {QStringLiteral("--config"), bad, QStringLiteral("audit")});
        QVERIFY(refused.waitForFinished(30000));
        QCOMPARE(refused.exitCode(), 1);
        QVERIFY(refused.readAllStandardError().contains("unknown key \"dta\""));
    }
};

QTEST_GUILESS_MAIN(TestServerConfig)
#include "testserverconfig.moc"
