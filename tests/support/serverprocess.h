#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// One dossier-server on loopback for a test: started on a data folder, on a port of its own choosing or the one
// it had before (a restart), gone with the test even when the test crashes. The one fixture of the server tests,
// the sync tests and the security tests.
class ServerProcess final
{
public:
    struct Options
    {
        QString dataDir;
        QStringList extra;  // more arguments (--database, timeouts, …)
        quint16 port = 0;   // 0: any free port
        QString killAt;     // DOSSIER_SERVER_KILL_AT: a crash point to arm
        QString stderrFile; // its request log and errors; empty: a file of its own, read with log()
    };

    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    // Empty when the server listens; else what went wrong (its first line, or that it did not start).
    QString start(const Options& options);
    // Terminates it (kills it if it does not end).
    void stop();
    // SIGKILL, as a crash would.
    void killHard();

    // What the server wrote on stderr (its request log), from the file it writes to. (Never a pipe: a test that
    // does not read it while it waits on something else would stop the server once the pipe is full.)
    QByteArray log() const;
    QString url() const { return m_url; } // http://127.0.0.1:<port> (https:// with --tls-cert)
    QString api() const { return m_url + QStringLiteral("/api/v1"); }
    quint16 port() const { return m_port; }
    QProcess& process() { return m_proc; }
    const QProcess& process() const { return m_proc; }

    // dossier-server --data DIR user add NAME --role ROLE --password-stdin [--scope SCOPE]: empty, or its error.
    static QString addUser(const QString& dataDir, const QString& name, const QString& role, const QString& password,
                           const QString& scope = {}, const QStringList& extra = {});

private:
    QProcess m_proc;
    QString m_logFile, m_ownLog;
    QString m_url;
    quint16 m_port = 0;
};

} // namespace Dossier::Test
