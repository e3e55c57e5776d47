#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <list>
#include <memory>

struct zip;

namespace Dossier {

// Writes a ZIP package with libzip. Added buffers are kept until close(); files are read at close().
class ZipWriter final
{
public:
    explicit ZipWriter(const QString& path);
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }
    bool addBytes(const QString& name, QByteArray bytes, bool compress = true);
    bool addFile(const QString& name, const QString& path, bool compress = false);
    bool close();

private:
    bool setCompression(long long index, bool compress);
    zip* m_zip = nullptr;
    std::list<QByteArray> m_keep;
    QString m_error;
};

// Reads entries of a ZIP package.
class ZipReader final
{
public:
    explicit ZipReader(const QString& path);
    ~ZipReader();
    ZipReader(const ZipReader&) = delete;
    ZipReader& operator=(const ZipReader&) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    QString errorString() const { return m_error; }
    QStringList names() const;
    bool contains(const QString& name) const;
    // The entry's bytes; an error when missing, unreadable (CRC) or larger than maxBytes.
    Result<QByteArray> read(const QString& name, qint64 maxBytes = qint64(512) << 20) const;

private:
    zip* m_zip = nullptr;
    QString m_error;
};

} // namespace Dossier
