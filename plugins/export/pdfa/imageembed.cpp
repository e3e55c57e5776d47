#include "imageembed.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

#include <tiffio.h>

#include <cstring>

namespace Dossier::Pdf {
namespace {

Error unreadable(const QString& format)
{
    return Error(QStringLiteral("image_corrupt"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The %1 image could not be read for export."), {format});
}

quint32 be32(const uchar* p)
{
    return quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3];
}
quint16 be16(const uchar* p)
{
    return quint16(p[0] << 8 | p[1]);
}

QByteArray zlib(const QByteArray& raw)
{
    // qCompress prefixes a 4-byte length; the rest is a plain zlib stream, as FlateDecode wants.
    return qCompress(raw, 6).mid(4);
}

// ---- JPEG: passed through when it is 8-bit grey or YCbCr/RGB --------------------------------------------
bool jpegPassThrough(const QByteArray& file, EmbeddedImage& out)
{
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    const qsizetype n = file.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    qsizetype i = 2;
    while (i + 4 <= n) {
        if (p[i] != 0xFF)
            return false;
        const uchar m = p[i + 1];
        if (m == 0xFF) { // fill byte
            ++i;
            continue;
        }
        if (m == 0xD8 || (m >= 0xD0 && m <= 0xD7) || m == 0x01) {
            i += 2;
            continue;
        }
        const int len = be16(p + i + 2);
        if (len < 2 || i + 2 + len > n)
            return false;
        const bool sof = (m >= 0xC0 && m <= 0xCF) && m != 0xC4 && m != 0xC8 && m != 0xCC;
        if (sof) {
            if (len < 8)
                return false;
            const int precision = p[i + 4];
            out.height = be16(p + i + 5);
            out.width = be16(p + i + 7);
            const int comps = p[i + 9];
            if (precision != 8 || out.width <= 0 || out.height <= 0 || (comps != 1 && comps != 3))
                return false;
            if (m == 0xC3 || m == 0xC7 || m == 0xCB || m == 0xCF) // lossless JPEG: not for DCTDecode
                return false;
            out.colourSpace = comps == 1 ? "DeviceGray" : "DeviceRGB";
            out.bitsPerComponent = 8;
            out.filter = "DCTDecode";
            out.stream = file;
            out.passedThrough = true;
            return true;
        }
        if (m == 0xDA)
            return false;
        i += 2 + len;
    }
    return false;
}

// ---- PNG: the IDAT zlib data passed through with its predictors ---------------------------------------
bool pngPassThrough(const QByteArray& file, EmbeddedImage& out)
{
    static const char sig[] = "\x89PNG\r\n\x1a\n";
    if (file.size() < 33 || std::memcmp(file.constData(), sig, 8) != 0)
        return false;
    const auto* p = reinterpret_cast<const uchar*>(file.constData());
    qsizetype i = 8;
    int depth = 0, type = -1, interlace = 0;
    QByteArray idat, palette;
    while (i + 12 <= file.size()) {
        const quint32 len = be32(p + i);
        const QByteArray tag = file.mid(i + 4, 4);
        if (i + 12 + qsizetype(len) > file.size())
            return false;
        const uchar* d = p + i + 8;
        if (tag == "IHDR" && len >= 13) {
            out.width = int(be32(d));
            out.height = int(be32(d + 4));
            depth = d[8];
            type = d[9];
            interlace = d[12];
        } else if (tag == "PLTE") {
            palette = QByteArray(reinterpret_cast<const char*>(d), qsizetype(len));
        } else if (tag == "tRNS") {
            return false; // transparency: decode and flatten instead
        } else if (tag == "IDAT") {
            idat.append(reinterpret_cast<const char*>(d), qsizetype(len));
        } else if (tag == "IEND") {
            break;
        }
        i += 12 + qsizetype(len);
    }
    if (interlace != 0 || idat.isEmpty() || out.width <= 0 || out.height <= 0)
        return false;
    int colours = 0;
    if (type == 0) {
        colours = 1;
        out.colourSpace = "DeviceGray";
    } else if (type == 2) {
        colours = 3;
        out.colourSpace = "DeviceRGB";
    } else if (type == 3 && !palette.isEmpty() && palette.size() % 3 == 0) {
        colours = 1;
        out.colourSpace =
            "[/Indexed /DeviceRGB " + QByteArray::number(palette.size() / 3 - 1) + " <" + palette.toHex() + ">]";
    } else {
        return false; // alpha channels
    }
    out.bitsPerComponent = depth;
    out.filter = "FlateDecode";
    out.decodeParms = "<< /Predictor 15 /Colors " + QByteArray::number(colours) + " /BitsPerComponent " +
                      QByteArray::number(depth) + " /Columns " + QByteArray::number(out.width) + " >>";
    out.stream = idat;
    out.passedThrough = true;
    return true;
}

// ---- TIFF: a single-strip CCITT G4 page is passed through; a multi-strip one is re-packed into one strip ----
struct MemTiff
{
    QByteArray* data;
    toff_t pos = 0;
};

tsize_t memRead(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* m = static_cast<MemTiff*>(h);
    const toff_t avail = m->pos < toff_t(m->data->size()) ? toff_t(m->data->size()) - m->pos : 0;
    const toff_t n = std::min<toff_t>(avail, toff_t(size));
    std::memcpy(buf, m->data->constData() + m->pos, n);
    m->pos += n;
    return tsize_t(n);
}
tsize_t memWrite(thandle_t h, tdata_t buf, tsize_t size)
{
    auto* m = static_cast<MemTiff*>(h);
    const toff_t end = m->pos + toff_t(size);
    if (end > toff_t(m->data->size()))
        m->data->resize(qsizetype(end));
    std::memcpy(m->data->data() + m->pos, buf, size_t(size));
    m->pos = end;
    return size;
}
toff_t memSeek(thandle_t h, toff_t off, int whence)
{
    auto* m = static_cast<MemTiff*>(h);
    toff_t base = whence == SEEK_CUR ? m->pos : whence == SEEK_END ? toff_t(m->data->size()) : 0;
    m->pos = base + off;
    return m->pos;
}
int memClose(thandle_t)
{
    return 0;
}
toff_t memSize(thandle_t h)
{
    return toff_t(static_cast<MemTiff*>(h)->data->size());
}
int memMap(thandle_t, tdata_t*, toff_t*)
{
    return 0;
}
void memUnmap(thandle_t, tdata_t, toff_t) {}

TIFF* openMem(MemTiff* mem, const char* mode)
{
    return TIFFClientOpen("master", mode, mem, memRead, memWrite, memSeek, memClose, memSize, memMap, memUnmap);
}

// Decodes every strip of a bitonal page and codes it again as one G4 strip (lossless: G4 is lossless).
QByteArray repackG4(TIFF* tif, uint32_t w, uint32_t h, bool minIsBlack)
{
    const tmsize_t rowBytes = (tmsize_t(w) + 7) / 8;
    QByteArray rows(qsizetype(rowBytes) * qsizetype(h), '\0');
    tmsize_t at = 0;
    for (tstrip_t s = 0; s < TIFFNumberOfStrips(tif); ++s) {
        const tmsize_t got = TIFFReadEncodedStrip(tif, s, rows.data() + at, rows.size() - at);
        if (got < 0)
            return {};
        at += got;
    }
    if (at != rows.size())
        return {};
    if (minIsBlack)
        for (char& c : rows)
            c = char(~c);
    QByteArray out;
    MemTiff mem{&out};
    TIFF* o = openMem(&mem, "w");
    if (!o)
        return {};
    TIFFSetField(o, TIFFTAG_IMAGEWIDTH, w);
    TIFFSetField(o, TIFFTAG_IMAGELENGTH, h);
    TIFFSetField(o, TIFFTAG_BITSPERSAMPLE, 1);
    TIFFSetField(o, TIFFTAG_SAMPLESPERPIXEL, 1);
    TIFFSetField(o, TIFFTAG_COMPRESSION, COMPRESSION_CCITTFAX4);
    TIFFSetField(o, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_MINISWHITE);
    TIFFSetField(o, TIFFTAG_FILLORDER, FILLORDER_MSB2LSB);
    TIFFSetField(o, TIFFTAG_ROWSPERSTRIP, h);
    const bool ok = TIFFWriteEncodedStrip(o, 0, rows.data(), rows.size()) >= 0;
    TIFFClose(o);
    return ok ? out : QByteArray();
}

bool tiffPassThrough(const QByteArray& constFile, EmbeddedImage& out, bool allowRepack = true)
{
    TIFFSetErrorHandler(nullptr);
    TIFFSetWarningHandler(nullptr);
    QByteArray file = constFile;
    MemTiff mem{&file};
    TIFF* tif = openMem(&mem, "rm");
    if (!tif)
        return false;
    bool ok = false;
    uint16_t compression = 0, photometric = 0, fillOrder = FILLORDER_MSB2LSB, bps = 1, spp = 1;
    uint32_t w = 0, h = 0;
    TIFFGetField(tif, TIFFTAG_COMPRESSION, &compression);
    TIFFGetField(tif, TIFFTAG_PHOTOMETRIC, &photometric);
    TIFFGetFieldDefaulted(tif, TIFFTAG_FILLORDER, &fillOrder);
    TIFFGetFieldDefaulted(tif, TIFFTAG_BITSPERSAMPLE, &bps);
    TIFFGetFieldDefaulted(tif, TIFFTAG_SAMPLESPERPIXEL, &spp);
    TIFFGetField(tif, TIFFTAG_IMAGEWIDTH, &w);
    TIFFGetField(tif, TIFFTAG_IMAGELENGTH, &h);
    const bool g4 = compression == COMPRESSION_CCITTFAX4 && bps == 1 && spp == 1 && w > 0 && h > 0;
    if (g4 && fillOrder == FILLORDER_MSB2LSB && TIFFNumberOfStrips(tif) == 1) {
        uint64_t* counts = nullptr;
        if (TIFFGetField(tif, TIFFTAG_STRIPBYTECOUNTS, &counts) && counts && counts[0] > 0 &&
            counts[0] < uint64_t(file.size())) {
            QByteArray raw(static_cast<qsizetype>(counts[0]), Qt::Uninitialized);
            if (TIFFReadRawStrip(tif, 0, raw.data(), tmsize_t(raw.size())) == tmsize_t(raw.size())) {
                out.width = int(w);
                out.height = int(h);
                out.bitsPerComponent = 1;
                out.colourSpace = "DeviceGray";
                out.filter = "CCITTFaxDecode";
                // G4 codes white and black runs; white is sample 0 in a MinIsWhite page (the usual kind).
                out.decodeParms = "<< /K -1 /Columns " + QByteArray::number(w) + " /Rows " + QByteArray::number(h) +
                                  " /BlackIs1 false >>";
                if (photometric == PHOTOMETRIC_MINISBLACK)
                    out.decode = "[1 0]";
                out.stream = raw;
                out.passedThrough = true;
                ok = true;
            }
        }
    } else if (g4 && allowRepack) {
        const QByteArray single = repackG4(tif, w, h, photometric == PHOTOMETRIC_MINISBLACK);
        TIFFClose(tif);
        return !single.isEmpty() && tiffPassThrough(single, out, false);
    }
    TIFFClose(tif);
    return ok;
}

// ---- anything else: decoded, then Flate (lossless) ------------------------------------------------------
Result<EmbeddedImage> decodeAndFlate(const QByteArray& file, const QString& format)
{
    QBuffer buf;
    buf.setData(file);
    buf.open(QIODevice::ReadOnly);
    QImageReader reader(&buf);
    reader.setAutoTransform(false);
    QImage img = reader.read();
    if (img.isNull())
        return unreadable(format);
    EmbeddedImage out;
    out.width = img.width();
    out.height = img.height();
    out.filter = "FlateDecode";
    QByteArray raw;
    if (img.depth() == 1 || (img.format() == QImage::Format_Indexed8 && img.colorCount() <= 2 && img.allGray())) {
        // 1 bit per pixel, 1 = white (DeviceGray).
        const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
        const int rowBytes = (out.width + 7) / 8;
        raw.resize(qsizetype(rowBytes) * out.height);
        raw.fill('\0');
        for (int y = 0; y < out.height; ++y) {
            const uchar* s = g.constScanLine(y);
            auto* d = reinterpret_cast<uchar*>(raw.data()) + qsizetype(y) * rowBytes;
            for (int x = 0; x < out.width; ++x)
                if (s[x] >= 128)
                    d[x >> 3] |= uchar(0x80 >> (x & 7));
        }
        out.bitsPerComponent = 1;
        out.colourSpace = "DeviceGray";
    } else if (img.allGray()) {
        const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
        raw.resize(qsizetype(out.width) * out.height);
        for (int y = 0; y < out.height; ++y)
            std::memcpy(raw.data() + qsizetype(y) * out.width, g.constScanLine(y), size_t(out.width));
        out.colourSpace = "DeviceGray";
    } else {
        QImage rgb = img;
        if (img.hasAlphaChannel()) { // flatten on white paper
            rgb = QImage(img.size(), QImage::Format_RGB888);
            rgb.fill(Qt::white);
            QImage a = img.convertToFormat(QImage::Format_ARGB32);
            for (int y = 0; y < a.height(); ++y) {
                const auto* s = reinterpret_cast<const QRgb*>(a.constScanLine(y));
                uchar* d = rgb.scanLine(y);
                for (int x = 0; x < a.width(); ++x) {
                    const int al = qAlpha(s[x]);
                    d[3 * x] = uchar((qRed(s[x]) * al + 255 * (255 - al)) / 255);
                    d[3 * x + 1] = uchar((qGreen(s[x]) * al + 255 * (255 - al)) / 255);
                    d[3 * x + 2] = uchar((qBlue(s[x]) * al + 255 * (255 - al)) / 255);
                }
            }
        } else {
            rgb = img.convertToFormat(QImage::Format_RGB888);
        }
        raw.resize(qsizetype(out.width) * out.height * 3);
        for (int y = 0; y < out.height; ++y)
            std::memcpy(raw.data() + qsizetype(y) * out.width * 3, rgb.constScanLine(y), size_t(out.width) * 3);
        out.colourSpace = "DeviceRGB";
    }
    out.stream = zlib(raw);
    return out;
}

} // namespace

Result<EmbeddedImage> embedImage(const QByteArray& file, const QString& format)
{
    if (file.isEmpty())
        return unreadable(format);
    EmbeddedImage out;
    if (format == QLatin1String("jpeg") || format == QLatin1String("jpg")) {
        if (jpegPassThrough(file, out))
            return out;
    } else if (format == QLatin1String("png")) {
        if (pngPassThrough(file, out))
            return out;
    } else if (format.startsWith(QLatin1String("tif"))) {
        if (tiffPassThrough(file, out))
            return out;
    }
    return decodeAndFlate(file, format);
}

} // namespace Dossier::Pdf
