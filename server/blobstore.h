#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QCryptographicHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <mutex>

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
    // Appends to an upload's part file at `offset` (which must be its size), keeping a running SHA-256 so that
    // the final check costs nothing; after a restart the part so far is hashed once, on the next append.
    Status appendAt(const QString& uploadId, qint64 offset, const QByteArray& data);
    Status syncPart(const QString& uploadId);
    Status resetPart(const QString& uploadId);
    Status removePart(const QString& uploadId);
    Status removeBlob(const QString& sha256);
    // The part's SHA-256 in hex: the running one when it covers the whole part, else read from the file.
    Result<QByteArray> partSha256(const QString& uploadId);
    // Moves a verified part file to its blob name (fsync, rename, fsync directory).
    Status promote(const QString& uploadId, const QString& sha256);
    // Writes, syncs and renames a small file in the store and removes it; returns the bytes free on its disk.
    Result<qint64> probe() const;
    // One request at a time writes an upload: a second one at once is refused (claim() false).
    bool claim(const QString& uploadId);
    void release(const QString& uploadId);

private:
    // The SHA-256 of a part as this process wrote it: valid while the part is still that file (`file`: its inode)
    // of `bytes` bytes. Another server of the court may have written or restarted the part meanwhile.
    struct Running
    {
        std::unique_ptr<QCryptographicHash> hash;
        qint64 bytes = 0;
        quint64 file = 0;
    };
    Running& running(const QString& uploadId); // under m_mutex
    QString m_dir;
    std::mutex m_mutex;
    std::map<QString, Running> m_running;
    QSet<QString> m_claimed;
};

} // namespace Dossier::Server
