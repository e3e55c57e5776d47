// Fuzz target: the image inputs of the importer (scanner and party files: JPEG, PNG, TIFF with its pages), through
// ImageCodec — probe() (format, size limits against decompression bombs), decode() of the first and last page, and
// extractTiffPage() as MasterLoader makes the master of one page of a multi-page TIFF. Invariants: what decodes has
// the size the header claimed, within the limits, at depth 1, 8 or 32; an extracted page is one page; a PNG
// accepted has its chunks within the file.
#include "fuzzsupport.h"

#include "imaging/imagecodec.h"

#include <leptonica/allheaders.h>

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, false);
    setMsgSeverity(L_SEVERITY_NONE); // Leptonica's complaints about broken files on stderr: expected here
    return 0;
}

namespace {

void checkDecoded(const ImageHeader& h, const Result<PixPtr>& pix)
{
    if (!pix)
        return;
    const int w = int(pixGetWidth(pix->get())), ht = int(pixGetHeight(pix->get())), d = int(pixGetDepth(pix->get()));
    FUZZ_CHECK(d == 1 || d == 8 || d == 32, QString::number(d));
    FUZZ_CHECK(w > 0 && ht > 0 && w <= ImageCodec::kMaxSide && ht <= ImageCodec::kMaxSide,
               QStringLiteral("%1 × %2").arg(w).arg(ht));
    // The first page is the one the header describes.
    FUZZ_CHECK(h.pageCount > 1 || (w == h.width && ht == h.height),
               QStringLiteral("decoded %1 × %2, header %3 × %4").arg(w).arg(ht).arg(h.width).arg(h.height));
}

// Every chunk of a PNG lies within the file and IEND ends it: a chunk claiming more than the file holds is damage
// that probe() must refuse before libpng reads (it would skip hundreds of megabytes a kilobyte at a time).
bool pngChunksWithinFile(const QByteArray& b)
{
    qint64 at = 8;
    while (at + 12 <= b.size()) {
        const qint64 length = qint64(quint32(uchar(b[at])) << 24 | quint32(uchar(b[at + 1])) << 16 |
                                     quint32(uchar(b[at + 2])) << 8 | quint32(uchar(b[at + 3])));
        if (at + 12 + length > b.size())
            return false;
        if (b.mid(at + 4, 4) == "IEND")
            return true;
        at += 12 + length;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = DossierFuzz::bytesOf(data, size);
    const auto header = ImageCodec::probe(bytes);
    if (!header) {
        FUZZ_CHECK(!header.error().code().isEmpty() && !header.error().english().isEmpty(), header.error().code());
        return 0;
    }
    FUZZ_CHECK(qint64(header->width) * header->height <= ImageCodec::kMaxPixels, header->format);
    FUZZ_CHECK(header->pageCount >= 1, QString::number(header->pageCount));
    FUZZ_CHECK(header->format != QLatin1String("png") || pngChunksWithinFile(bytes), QStringLiteral("PNG chunks"));
    checkDecoded(*header, ImageCodec::decode(bytes, 0));
    if (header->extension == QLatin1String("tif") && header->pageCount > 1) {
        const int last = header->pageCount - 1;
        checkDecoded(*header, ImageCodec::decode(bytes, last));
        const auto page = ImageCodec::extractTiffPage(bytes, last);
        if (page) {
            const auto single = ImageCodec::probe(*page);
            FUZZ_CHECK(single.ok() && single->pageCount == 1, QStringLiteral("extracted page"));
        }
    }
    return 0;
}
