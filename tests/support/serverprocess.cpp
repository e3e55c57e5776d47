#include "serverprocess.h"

#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QUrl>

#include <atomic>

#include <signal.h>
#include <sys/prctl.h>

namespace Dossier::Test {

QString ServerProcess::start(const Options& o)
{
    stop();
    m_proc.setProcessChannelMode(QProcess::SeparateChannels);
    // The server goes when the test goes, even when it crashes.
    m_proc.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DOSSIER_SERVER_KILL_AT"));
    if (!o.killAt.isEmpty())
        env.insert(QStringLiteral("DOSSIER_SERVER_KILL_AT"), o.killAt);
    m_proc.setProcessEnvironment(env);
    if (o.stderrFile.isEmpty() && m_ownLog.isEmpty()) {
        static std::atomic_int n{0};
        m_ownLog = QDir::temp().filePath(
            QStringLiteral("dossier-server-%1-%2.log").arg(QCoreApplication::applicationPid()).arg(++n));
        QFile::remove(m_ownLog);
    }
    m_logFile = o.stderrFile.isEmpty() ? m_ownLog : o.stderrFile;
    m_proc.setStandardErrorFile(m_logFile, QIODevice::Append);
    m_proc.start(binDir() + QStringLiteral("/dossier-server"),
                 QStringList{QStringLiteral("--data"), o.dataDir, QStringLiteral("--listen"),
                             QStringLiteral("127.0.0.1:%1").arg(o.port)} +
                     o.extra);
    if (!m_proc.waitForStarted(10000))
        return QStringLiteral("dossier-server did not start: %1").arg(m_proc.errorString());
    QElapsedTimer t;
    t.start();
    while (!m_proc.canReadLine() && m_proc.state() == QProcess::Running && t.elapsed() < 20000)
        m_proc.waitForReadyRead(200);
    const QString line = QString::fromUtf8(m_proc.readLine()).trimmed();
    if (!line.startsWith(QLatin1String("listening on http://127.0.0.1:")) &&
        !line.startsWith(QLatin1String("listening on https://127.0.0.1:")))
        return QStringLiteral("dossier-server said \"%1\" instead of where it listens: %2")
            .arg(line, QString::fromUtf8(log().right(600)));
    m_url = line.mid(13);
    m_port = quint16(QUrl(m_url).port());
    return {};
}

ServerProcess::~ServerProcess()
{
    stop();
    if (!m_ownLog.isEmpty())
        QFile::remove(m_ownLog);
}

QByteArray ServerProcess::log() const
{
    QFile f(m_logFile);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void ServerProcess::stop()
{
    if (m_proc.state() == QProcess::NotRunning)
        return;
    m_proc.terminate();
    if (!m_proc.waitForFinished(10000)) {
        m_proc.kill();
        m_proc.waitForFinished(5000);
    }
}

void ServerProcess::killHard()
{
    m_proc.kill();
    m_proc.waitForFinished(5000);
}

QString ServerProcess::addUser(const QString& dataDir, const QString& name, const QString& role,
                               const QString& password, const QString& scope, const QStringList& extra)
{
    QStringList args{QStringLiteral("--data"), dataDir};
    args << extra
         << QStringList{QStringLiteral("user"),
                        QStringLiteral("add"),
                        name,
                        QStringLiteral("--role"),
                        role,
                        QStringLiteral("--password-stdin")};
    if (!scope.isEmpty())
        args << QStringLiteral("--scope") << scope;
    const ProcessResult r = run(binDir() + QStringLiteral("/dossier-server"), args, password.toUtf8() + '\n');
    return r.exitCode == 0 ? QString() : QString::fromUtf8(r.err).trimmed();
}

} // namespace Dossier::Test
