#include "common/fsutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

namespace Dossier::FsUtil {

bool syncDirectory(const QString& dirPath)
{
    const int fd = ::open(QFile::encodeName(dirPath).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Status writeDurably(const QString& path, const QByteArray& bytes)
{
    const QFileInfo fi(path);
    if (!QDir().mkpath(fi.absolutePath()))
        return Error(QStringLiteral("store_mkdir_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Cannot create the folder %1."), {fi.absolutePath()});
    const QString tmp = fi.absolutePath() + QStringLiteral("/.tmp-") + QUuid::createUuid().toString(QUuid::Id128);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly))
        return Error(QStringLiteral("store_write_failed"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot write %1: %2."),
                     {tmp, f.errorString()});
    if (f.write(bytes) != bytes.size() || !f.flush() || ::fsync(f.handle()) != 0) {
        const QString why = f.errorString();
        f.close();
        QFile::remove(tmp);
        return Error(QStringLiteral("store_write_failed"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot write %1: %2."),
                     {tmp, why});
    }
    f.close();
    if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmp);
        return Error(QStringLiteral("store_write_failed"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot write %1: %2."),
                     {path, QStringLiteral("rename")});
    }
    if (!syncDirectory(fi.absolutePath()))
        return Error(QStringLiteral("store_write_failed"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot write %1: %2."),
                     {path, QStringLiteral("fsync")});
    return Ok{};
}

Result<QByteArray> readFile(const QString& path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file_unreadable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Cannot open the file: %1."), {f.errorString()});
    if (f.size() > maxBytes)
        return Error(QStringLiteral("file_too_large"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The file is too large (%1 MB; the limit is %2 MB)."),
                     {QString::number(f.size() >> 20), QString::number(maxBytes >> 20)});
    QByteArray data = f.readAll();
    if (f.error() != QFile::NoError)
        return Error(QStringLiteral("file_unreadable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Cannot open the file: %1."), {f.errorString()});
    return data;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace Dossier::FsUtil
