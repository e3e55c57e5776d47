#include "blobstore.h"

#include "domain/recordschema.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>
#include <QUuid>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

namespace Dossier::Server {
namespace {

// Which file an open descriptor is (its inode; 0 when it cannot be told).
quint64 fileId(int fd)
{
    struct stat st
    {
    };
    return ::fstat(fd, &st) == 0 ? quint64(st.st_ino) : 0;
}

Error ioError(const char* what, const QString& path)
{
    return Error(QStringLiteral("io_error"), what, {path});
}

bool fsyncPath(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

BlobStore::BlobStore(QString dataDir) : m_dir(std::move(dataDir)) {}

Status BlobStore::init()
{
    for (const char* sub : {"blobs", "uploads"}) {
        const QString path = m_dir + QLatin1Char('/') + QLatin1String(sub);
        if (!QDir().mkpath(path))
            return ioError("Cannot create the folder %1.", path);
    }
    return Ok{};
}

bool BlobStore::isSha256(const QString& text)
{
    return RecordSchema::isSha256(text);
}

QString BlobStore::blobPath(const QString& sha256) const
{
    return m_dir + QStringLiteral("/blobs/") + sha256.left(2) + QLatin1Char('/') + sha256;
}

bool BlobStore::has(const QString& sha256) const
{
    return isSha256(sha256) && QFileInfo::exists(blobPath(sha256));
}

qint64 BlobStore::size(const QString& sha256) const
{
    if (!isSha256(sha256))
        return -1;
    const QFileInfo fi(blobPath(sha256));
    return fi.exists() ? fi.size() : -1;
}

Result<QByteArray> BlobStore::read(const QString& sha256, qint64 from, qint64 length) const
{
    QFile f(blobPath(sha256));
    if (!f.open(QIODevice::ReadOnly) || !f.seek(from))
        return ioError("Cannot read the blob %1.", sha256);
    QByteArray data = f.read(length);
    if (data.size() != length)
        return ioError("Cannot read the blob %1.", sha256);
    return data;
}

QString BlobStore::partPath(const QString& uploadId) const
{
    return m_dir + QStringLiteral("/uploads/") + uploadId + QStringLiteral(".part");
}

qint64 BlobStore::partSize(const QString& uploadId) const
{
    const QFileInfo fi(partPath(uploadId));
    return fi.exists() ? fi.size() : 0;
}

Status BlobStore::appendAt(const QString& uploadId, qint64 offset, const QByteArray& data)
{
    QFile f(partPath(uploadId));
    if (!f.open(QIODevice::ReadWrite))
        return ioError("Cannot open the upload file %1.", f.fileName());
    if (f.size() != offset)
        return ioError("The upload file %1 is not at the expected offset.", f.fileName());
    std::lock_guard lock(m_mutex);
    Running& r = running(uploadId);
    const quint64 file = fileId(f.handle());
    // This process restarted since the part began, or another server wrote to it or restarted it (a new file):
    // hash what is there once.
    if (r.bytes != offset || r.file != file) {
        r.hash->reset();
        r.bytes = 0;
        if (!f.seek(0) || !r.hash->addData(&f) || f.pos() != offset)
            return ioError("Cannot read the upload file %1.", f.fileName());
        r.bytes = offset;
        r.file = file;
    }
    if (!f.seek(offset) || f.write(data) != data.size() || !f.flush())
        return ioError("Cannot write the upload file %1.", f.fileName());
    r.hash->addData(data);
    r.bytes += data.size();
    return Ok{};
}

Status BlobStore::syncPart(const QString& uploadId)
{
    QFile f(partPath(uploadId));
    if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0)
        return ioError("Cannot sync the upload file %1.", f.fileName());
    return Ok{};
}

BlobStore::Running& BlobStore::running(const QString& uploadId)
{
    Running& r = m_running[uploadId];
    if (!r.hash)
        r.hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    return r;
}

Status BlobStore::resetPart(const QString& uploadId)
{
    {
        std::lock_guard lock(m_mutex);
        m_running.erase(uploadId);
    }
    // A new, empty file renamed over the part: a server that hashed the old one sees another file (its inode).
    const QString part = partPath(uploadId);
    QFile f(part + QStringLiteral(".new"));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || ::fsync(f.handle()) != 0)
        return ioError("Cannot reset the upload file %1.", part);
    f.close();
    if (std::rename(QFile::encodeName(f.fileName()).constData(), QFile::encodeName(part).constData()) != 0)
        return ioError("Cannot reset the upload file %1.", part);
    return Ok{};
}

Status BlobStore::removePart(const QString& uploadId)
{
    {
        std::lock_guard lock(m_mutex);
        m_running.erase(uploadId);
    }
    if (QFile::exists(partPath(uploadId)) && !QFile::remove(partPath(uploadId)))
        return ioError("Cannot remove the upload file %1.", partPath(uploadId));
    return Ok{};
}

Status BlobStore::removeBlob(const QString& sha256)
{
    if (!isSha256(sha256))
        return ioError("Not a blob name: %1.", sha256);
    if (QFile::exists(blobPath(sha256)) && !QFile::remove(blobPath(sha256)))
        return ioError("Cannot remove the blob %1.", sha256);
    return Ok{};
}

Result<QByteArray> BlobStore::partSha256(const QString& uploadId)
{
    QFile f(partPath(uploadId));
    if (!f.open(QIODevice::ReadOnly))
        return ioError("Cannot read the upload file %1.", f.fileName());
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_running.find(uploadId);
            it != m_running.end() && it->second.bytes == f.size() && it->second.file == fileId(f.handle()))
            return it->second.hash->result().toHex();
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return ioError("Cannot read the upload file %1.", f.fileName());
    return h.result().toHex();
}

bool BlobStore::claim(const QString& uploadId)
{
    std::lock_guard lock(m_mutex);
    if (m_claimed.contains(uploadId))
        return false;
    m_claimed.insert(uploadId);
    return true;
}

void BlobStore::release(const QString& uploadId)
{
    std::lock_guard lock(m_mutex);
    m_claimed.remove(uploadId);
}

Status BlobStore::promote(const QString& uploadId, const QString& sha256)
{
    const QString part = partPath(uploadId);
    const QString target = blobPath(sha256);
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir))
        return ioError("Cannot create the folder %1.", dir);
    {
        QFile f(part);
        if (!f.open(QIODevice::ReadWrite) || ::fsync(f.handle()) != 0)
            return ioError("Cannot sync the upload file %1.", part);
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
        return ioError("Cannot move the upload into the blob store: %1.", target);
    {
        std::lock_guard lock(m_mutex);
        m_running.erase(uploadId);
    }
    if (!fsyncPath(dir) || !fsyncPath(QFileInfo(part).absolutePath()))
        return ioError("Cannot sync the folder %1.", dir);
    return Ok{};
}

Result<qint64> BlobStore::probe() const
{
    // What an upload does, on a file of a few bytes: write, sync, rename, sync the folder; then it goes.
    const QString dir = m_dir + QStringLiteral("/uploads");
    const QString name = dir + QStringLiteral("/.probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QFile f(name + QStringLiteral(".part"));
        if (!f.open(QIODevice::WriteOnly) || f.write("probe") != 5 || !f.flush() || ::fsync(f.handle()) != 0)
            return ioError("Cannot write the probe file %1.", f.fileName());
    }
    const bool renamed = std::rename(QFile::encodeName(name + QStringLiteral(".part")).constData(),
                                     QFile::encodeName(name).constData()) == 0;
    const bool synced = renamed && fsyncPath(dir);
    QFile::remove(name + QStringLiteral(".part")); // whichever of the two is left goes
    QFile::remove(name);
    if (!renamed || !synced)
        return ioError("Cannot rename a file in %1.", dir);
    return QStorageInfo(m_dir).bytesAvailable();
}

} // namespace Dossier::Server
