#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QString>

namespace Dossier {

// Page master images, content-addressed by SHA-256 under <profile>/masters/ab/abcdef….<ext>.
// A put() returns only once the file and its directory entry are on disk. Masters are never altered.
class MasterStore final
{
public:
    explicit MasterStore(QString root);

    struct Stored
    {
        QString sha256;
        QString path;
        bool existed = false;
    };
    Result<Stored> put(const QByteArray& bytes, const QString& extension) const;
    // Built from validated parts only: empty unless `sha256` is a SHA-256 in hex and `extension` a known
    // master format (RecordSchema::masterFormats), and never outside the store's folder.
    QString pathFor(const QString& sha256, const QString& extension) const;
    Result<QByteArray> read(const QString& sha256, const QString& extension) const;

private:
    QString m_root;
};

} // namespace Dossier
