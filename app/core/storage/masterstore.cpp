#include "storage/masterstore.h"

#include "common/fsutil.h"

#include <QFileInfo>

namespace Dossier {

MasterStore::MasterStore(QString root) : m_root(std::move(root)) {}

QString MasterStore::pathFor(const QString& sha256, const QString& extension) const
{
    return QStringLiteral("%1/%2/%3.%4").arg(m_root, sha256.left(2), sha256, extension);
}

Result<MasterStore::Stored> MasterStore::put(const QByteArray& bytes, const QString& extension)
{
    Stored s;
    s.sha256 = FsUtil::sha256Hex(bytes);
    s.path = pathFor(s.sha256, extension);
    const QFileInfo fi(s.path);
    if (fi.exists() && fi.size() == bytes.size()) {
        // Only an intact copy counts as stored: a damaged one of the same size is replaced below.
        if (auto onDisk = FsUtil::readFile(s.path, bytes.size()); onDisk && *onDisk == bytes) {
            s.existed = true;
            return s;
        }
    }
    if (auto w = FsUtil::writeDurably(s.path, bytes); !w)
        return w.error();
    return s;
}

Result<QByteArray> MasterStore::read(const QString& sha256, const QString& extension) const
{
    auto data = FsUtil::readFile(pathFor(sha256, extension), qint64(1) << 31);
    if (!data)
        return data.error();
    if (FsUtil::sha256Hex(*data) != sha256)
        return Error(QStringLiteral("master_corrupt"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The stored master %1 does not match its SHA-256."), {sha256});
    return data;
}

} // namespace Dossier
