#pragma once

#include <QFile>
#include <QString>

#include <fcntl.h>
#include <unistd.h>

namespace Dossier {

// Puts a finished file in its place durably: `part` (written completely) is fsynced, then renamed over
// `path`. False if any step fails; `part` is then removed. For plugins, which do not link the core.
inline bool commitFile(const QString& part, const QString& path)
{
    const int fd = ::open(QFile::encodeName(part).constData(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced || (QFile::exists(path) && !QFile::remove(path)) || !QFile::rename(part, path)) {
        QFile::remove(part);
        return false;
    }
    return true;
}

} // namespace Dossier
