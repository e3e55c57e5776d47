#include "imaging/imagecodec.h"

#include <leptonica/allheaders.h>

#include <cstdio>
#include <cstring>
#include <optional>

namespace Dossier {

QString colourModeName(ColourMode m)
{
    switch (m) {
    case ColourMode::Colour:
        return QStringLiteral("colour");
    case ColourMode::Grey:
        return QStringLiteral("grey");
    case ColourMode::Bitonal:
        return QStringLiteral("bitonal");
    }
    return {};
}

namespace ImageCodec {
namespace {

Error corrupt(const QString& format)
{
    return Error(QStringLiteral("image_corrupt"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The %1 image is damaged or truncated and cannot be decoded."),
                 {format.toUpper()});
}

int tiffPageCount(const QByteArray& bytes)
{
    FILE* fp = fmemopen(const_cast<char*>(bytes.constData()), size_t(bytes.size()), "rb");
    if (!fp)
        return 1;
    l_int32 n = 1;
    if (tiffGetCount(fp, &n) != 0)
        n = 1;
    fclose(fp);
    return n > 0 ? n : 1;
}

// The chunks of a PNG, walked before libpng sees them: each within the file, up to IEND. A chunk whose length runs
// past the end (a 300-byte file claiming an 800 MB text chunk) made libpng skip its data a kilobyte at a time from
// Leptonica's reader for tens of seconds; such a file is damaged, and refused as such at once.
bool pngChunksIntact(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    const qint64 size = bytes.size();
    qint64 at = 8; // the signature
    while (at + 12 <= size) {
        const qint64 length = (qint64(p[at]) << 24) | (qint64(p[at + 1]) << 16) | (qint64(p[at + 2]) << 8) | p[at + 3];
        if (length > size - at - 12)
            return false;
        if (std::memcmp(p + at + 4, "IEND", 4) == 0)
            return true;
        at += 12 + length;
    }
    return false;
}

std::optional<Error> beyondLimits(int w, int h)
{
    if (w <= kMaxSide && h <= kMaxSide && qint64(w) * h <= kMaxPixels)
        return std::nullopt;
    return Error(QStringLiteral("image_too_large"),
                 QT_TRANSLATE_NOOP("Dossier::Error",
                                   "The image claims %1 × %2 pixels, beyond the limit of %3 megapixels: refused "
                                   "as a possible decompression bomb."),
                 {QString::number(w), QString::number(h), QString::number(kMaxPixels / 1'000'000)});
}

// The size of page `page` of a TIFF, checked as probe() checks the first: each page of a multi-page TIFF is its own
// image, and a small first page let a 4 KB file bring a 31,000 × 31,000 second page through.
std::optional<Error> tiffPageBeyondLimits(const QByteArray& bytes, int page)
{
    l_int32 w = 0, h = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    if (readHeaderMemTiff(reinterpret_cast<const l_uint8*>(bytes.constData()), size_t(bytes.size()), page, &w, &h, &bps,
                          &spp, &res, &cmap, &format) != 0 ||
        w <= 0 || h <= 0)
        return corrupt(QStringLiteral("tiff"));
    return beyondLimits(w, h);
}

} // namespace

Result<ImageHeader> probe(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return Error(QStringLiteral("file_empty"), QT_TRANSLATE_NOOP("Dossier::Error", "The file is empty (0 bytes)."));
    if (bytes.size() > kMaxFileBytes)
        return Error(QStringLiteral("file_too_large"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The file is too large (%1 MB; the limit is %2 MB)."),
                     {QString::number(bytes.size() >> 20), QString::number(kMaxFileBytes >> 20)});
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.constData());
    l_int32 format = IFF_UNKNOWN;
    findFileFormatBuffer(data, &format);
    ImageHeader h;
    switch (format) {
    case IFF_JFIF_JPEG:
        h.format = QStringLiteral("jpeg");
        h.extension = QStringLiteral("jpg");
        break;
    case IFF_PNG:
        h.format = QStringLiteral("png");
        h.extension = QStringLiteral("png");
        break;
    case IFF_TIFF:
    case IFF_TIFF_G3:
    case IFF_TIFF_G4:
    case IFF_TIFF_PACKBITS:
    case IFF_TIFF_RLE:
    case IFF_TIFF_LZW:
    case IFF_TIFF_ZIP:
    case IFF_TIFF_JPEG:
        h.format = format == IFF_TIFF_G4 ? QStringLiteral("tiff-g4") : QStringLiteral("tiff");
        h.extension = QStringLiteral("tif");
        break;
    default:
        return Error(QStringLiteral("format_unsupported"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Not a supported image: the content is not JPEG, PNG or TIFF (nor PDF)."));
    }
    l_int32 fmt = 0, w = 0, hh = 0, bps = 0, spp = 0, iscmap = 0;
    if (format == IFF_PNG && !pngChunksIntact(bytes))
        return corrupt(h.format);
    if (pixReadHeaderMem(data, size_t(bytes.size()), &fmt, &w, &hh, &bps, &spp, &iscmap) != 0 || w <= 0 || hh <= 0)
        return corrupt(h.format);
    h.width = w;
    h.height = hh;
    h.bitsPerSample = bps;
    h.samplesPerPixel = spp;
    if (auto e = beyondLimits(w, hh))
        return *e;
    if (bps == 1 && spp == 1)
        h.colourMode = ColourMode::Bitonal;
    else if (spp >= 3 || iscmap)
        h.colourMode = ColourMode::Colour;
    else
        h.colourMode = ColourMode::Grey;
    if (h.extension == QLatin1String("tif"))
        h.pageCount = tiffPageCount(bytes);
    return h;
}

Result<PixPtr> decode(const QByteArray& bytes, int page)
{
    auto header = probe(bytes);
    if (!header)
        return header.error();
    const auto* data = reinterpret_cast<const l_uint8*>(bytes.constData());
    const size_t size = size_t(bytes.size());
    PixPtr pix;
    if (header->format == QLatin1String("jpeg")) {
        l_int32 warnings = 0;
        pix.reset(pixReadMemJpeg(data, size, 0, 1, &warnings, 0));
        if (pix && warnings > 0)
            return corrupt(header->format);
    } else if (header->extension == QLatin1String("tif")) {
        if (page != 0)
            if (auto e = tiffPageBeyondLimits(bytes, page))
                return *e;
        pix.reset(pixReadMemTiff(data, size, page));
    } else {
        pix.reset(pixReadMem(data, size));
    }
    if (!pix)
        return corrupt(header->format);
    if (pixGetColormap(pix.get())) {
        pix.reset(pixRemoveColormap(pix.get(), REMOVE_CMAP_BASED_ON_SRC));
        if (!pix)
            return corrupt(header->format);
    }
    const int d = int(pixGetDepth(pix.get()));
    if (d == 16) {
        pix.reset(pixConvert16To8(pix.get(), L_MS_BYTE));
    } else if (d == 2 || d == 4) {
        pix.reset(pixConvertTo8(pix.get(), 0));
    } else if (d == 24) {
        pix.reset(pixConvert24To32(pix.get()));
    }
    if (!pix)
        return corrupt(header->format);
    return pix;
}

Result<QByteArray> extractTiffPage(const QByteArray& bytes, int page)
{
    auto pix = decode(bytes, page);
    if (!pix)
        return pix.error();
    const int d = int(pixGetDepth(pix->get()));
    l_uint8* out = nullptr;
    size_t outSize = 0;
    if (pixWriteMemTiff(&out, &outSize, pix->get(), d == 1 ? IFF_TIFF_G4 : IFF_TIFF_ZIP) != 0 || !out)
        return corrupt(QStringLiteral("tiff"));
    QByteArray result(reinterpret_cast<const char*>(out), qsizetype(outSize));
    lept_free(out);
    return result;
}

} // namespace ImageCodec
} // namespace Dossier
