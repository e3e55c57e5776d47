#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

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
    struct rusage ru{};
    if (getrusage(RUSAGE_CHILDREN, &ru) == 0)
        r.peakRssKb = ru.ru_maxrss; // the largest of any child so far
    return r;
}

} // namespace Dossier::Test
