#include "storage/masterstore.h"

#include "common/fsutil.h"
#include "domain/recordschema.h"

#include <QDir>
#include <QFileInfo>

namespace Dossier {

MasterStore::MasterStore(QString root) : m_root(std::move(root)) {}

QString MasterStore::pathFor(const QString& sha256, const QString& extension) const
{
    // Names arrive from other desks through the server: only a SHA-256 and a known format make a path, and
    // the path must stay inside the store.
    if (!RecordSchema::isSha256(sha256) || !RecordSchema::isMasterFormat(extension))
        return {};
    const QString root = QDir::cleanPath(m_root);
    const QString path = QDir::cleanPath(QStringLiteral("%1/%2/%3.%4").arg(root, sha256.left(2), sha256, extension));
    return path.startsWith(root + QLatin1Char('/')) ? path : QString();
}

namespace {
Error invalidName(const QString& sha256, const QString& extension)
{
    return Error(
        QStringLiteral("master_name_invalid"),
        QT_TRANSLATE_NOOP("Dossier::Error", "\"%1.%2\" is not a page image name (a SHA-256 and jpg, png or tif)."),
        {sha256.left(80), extension.left(20)});
}
} // namespace

Result<MasterStore::Stored> MasterStore::put(const QByteArray& bytes, const QString& extension) const
{
    Stored s;
    s.sha256 = FsUtil::sha256Hex(bytes);
    s.path = pathFor(s.sha256, extension);
    if (s.path.isEmpty())
        return invalidName(s.sha256, extension);
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
    const QString path = pathFor(sha256, extension);
    if (path.isEmpty())
        return invalidName(sha256, extension);
    auto data = FsUtil::readFile(path, qint64(1) << 31);
    if (!data)
        return data.error();
    if (FsUtil::sha256Hex(*data) != sha256)
        return Error(QStringLiteral("master_corrupt"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The stored master %1 does not match its SHA-256."), {sha256});
    return data;
}

} // namespace Dossier
