#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QString>

namespace Dossier::Server {

// Page images on disk, content-addressed: DIR/blobs/<first 2 hex>/<sha256>. A blob only ever appears under
// its final name complete and verified (temp/partial file → fsync → rename → directory fsync).
// Unfinished uploads live in DIR/uploads/<id>.part; the size of that file is the upload's offset.
class BlobStore final
{
public:
    explicit BlobStore(QString dataDir);
    Status init();

    static bool isSha256(const QString& text);
    QString blobPath(const QString& sha256) const;
    bool has(const QString& sha256) const;
    qint64 size(const QString& sha256) const; // -1 when absent
    // Reads [from, from + length) of a blob.
    Result<QByteArray> read(const QString& sha256, qint64 from, qint64 length) const;

    QString partPath(const QString& uploadId) const;
    qint64 partSize(const QString& uploadId) const; // 0 when absent
    Status append(const QString& uploadId, const QByteArray& data);
    Status resetPart(const QString& uploadId);
    Result<QByteArray> partSha256(const QString& uploadId) const; // hex
    // Moves a verified part file to its blob name (fsync, rename, fsync directory).
    Status promote(const QString& uploadId, const QString& sha256);

private:
    QString m_dir;
};

} // namespace Dossier::Server
