#include "zipfile.h"

#include <QFile>

#include <zip.h>

namespace Dossier {

ZipWriter::ZipWriter(const QString& path)
{
    int err = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        m_error = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
    }
}

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipWriter::setCompression(long long index, bool compress)
{
    if (index < 0) {
        m_error = QString::fromLocal8Bit(zip_strerror(m_zip));
        return false;
    }
    zip_set_file_compression(m_zip, zip_uint64_t(index), compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, compress ? 6 : 0);
    return true;
}

bool ZipWriter::addBytes(const QString& name, QByteArray bytes, bool compress)
{
    if (!m_zip)
        return false;
    m_keep.push_back(std::move(bytes));
    const QByteArray& b = m_keep.back();
    zip_source_t* src = zip_source_buffer(m_zip, b.constData(), zip_uint64_t(b.size()), 0);
    if (!src) {
        m_error = QString::fromLocal8Bit(zip_strerror(m_zip));
        return false;
    }
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(src);
    return setCompression(index, compress);
}

bool ZipWriter::addFile(const QString& name, const QString& path, bool compress)
{
    if (!m_zip)
        return false;
    zip_source_t* src = zip_source_file(m_zip, QFile::encodeName(path).constData(), 0, -1);
    if (!src) {
        m_error = QString::fromLocal8Bit(zip_strerror(m_zip));
        return false;
    }
    const zip_int64_t index = zip_file_add(m_zip, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    if (index < 0)
        zip_source_free(src);
    return setCompression(index, compress);
}

bool ZipWriter::close()
{
    if (!m_zip)
        return false;
    if (zip_close(m_zip) != 0) {
        m_error = QString::fromLocal8Bit(zip_strerror(m_zip));
        zip_discard(m_zip);
        m_zip = nullptr;
        return false;
    }
    m_zip = nullptr;
    m_keep.clear();
    return true;
}

ZipReader::ZipReader(const QString& path)
{
    int err = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &err);
    if (!m_zip) {
        zip_error_t e;
        zip_error_init_with_code(&e, err);
        m_error = QString::fromLocal8Bit(zip_error_strerror(&e));
        zip_error_fini(&e);
    }
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList ZipReader::names() const
{
    QStringList out;
    if (!m_zip)
        return out;
    const zip_int64_t n = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < n; ++i)
        if (const char* name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            out << QString::fromUtf8(name);
    return out;
}

bool ZipReader::contains(const QString& name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), 0) >= 0;
}

Result<QByteArray> ZipReader::read(const QString& name, qint64 maxBytes) const
{
    auto missing = [&name]() {
        return Error(QStringLiteral("ofd_entry_missing"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The OFD package has no readable entry %1."), {name});
    };
    if (!m_zip)
        return missing();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(m_zip, name.toUtf8().constData(), 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        qint64(st.size) > maxBytes)
        return missing();
    zip_file_t* f = zip_fopen(m_zip, name.toUtf8().constData(), 0);
    if (!f)
        return missing();
    QByteArray out(qsizetype(st.size), Qt::Uninitialized);
    zip_int64_t got = 0;
    while (got < zip_int64_t(st.size)) {
        const zip_int64_t r = zip_fread(f, out.data() + got, st.size - zip_uint64_t(got));
        if (r <= 0)
            break;
        got += r;
    }
    // One more read at the end: libzip checks the entry's CRC when it reaches the end of the data.
    char probe = 0;
    const bool endOk = got == zip_int64_t(st.size) && zip_fread(f, &probe, 1) == 0;
    const bool ok = zip_fclose(f) == 0 && endOk;
    if (!ok)
        return Error(
            QStringLiteral("ofd_entry_corrupt"),
            QT_TRANSLATE_NOOP("Dossier::Error", "The OFD entry %1 is damaged (its data or checksum is wrong)."),
            {name});
    return out;
}

} // namespace Dossier
