#pragma once
// Fault injection for the crash tests: DOSSIER_SERVER_KILL_AT=<point>:<n> makes the server kill itself with
// SIGKILL the n-th time it reaches <point> (counted from 1), as `kill -9` would at that instant. Points:
//   before-commit  a change batch is written inside its transaction but not committed
//   after-commit   the batch is committed but the reply has not been sent
//   blob-promoted  an upload's bytes are renamed into the blob store but its row is not written
//   upload-full    an upload's last byte is on disk but its SHA-256 is not checked yet
// Unset, it costs one comparison.
#include <QByteArray>
#include <QtGlobal>

#include <atomic>
#include <csignal>

namespace Dossier::Server {

inline void crashPoint(const char* point)
{
    static const QByteArray spec = qgetenv("DOSSIER_SERVER_KILL_AT");
    if (spec.isEmpty())
        return;
    static std::atomic<int> hits{0};
    const qsizetype colon = spec.lastIndexOf(':');
    const QByteArray name = colon < 0 ? spec : spec.left(colon);
    const int n = colon < 0 ? 1 : spec.mid(colon + 1).toInt();
    if (name != point)
        return;
    if (++hits == n)
        std::raise(SIGKILL);
}

} // namespace Dossier::Server
