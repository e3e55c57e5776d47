// Fuzz target: the PDF inputs of the importer (party files), as the batch reads them — MasterLoader::pdfPageCount()
// (the structural checks of checkPdf(): truncation, encryption, scripts, nesting; then PDFium), and
// renderPdfPage() of the first and last page with the decompression-bomb limit. Pages are rendered at 9 dpi here
// (300 in the importer) so that the fuzzer spends its time in parsing, not in painting. Invariants: a PDF that
// passes has pages, and a page renders at the size its page box gives, or is refused with an error.
#include "fuzzsupport.h"

#include "pipeline/inputs.h"

#include <QBuffer>
#include <QPdfDocument>

using namespace Dossier;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, true);
    return 0;
}

namespace {

constexpr int kFuzzDpi = 9;

void render(QPdfDocument& pdf, int page)
{
    const auto img = MasterLoader::renderPdfPage(pdf, page, kFuzzDpi);
    if (!img) {
        FUZZ_CHECK(!img.error().code().isEmpty() && !img.error().english().isEmpty(), img.error().code());
        return;
    }
    const QSize expected((pdf.pagePointSize(page) * kFuzzDpi / 72.0).toSize());
    FUZZ_CHECK(img->size() == expected, QStringLiteral("%1 × %2").arg(img->width()).arg(img->height()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes = DossierFuzz::bytesOf(data, size);
    const auto pages = MasterLoader::pdfPageCount(bytes);
    if (!pages) {
        FUZZ_CHECK(!pages.error().code().isEmpty() && !pages.error().english().isEmpty(), pages.error().code());
        return 0;
    }
    FUZZ_CHECK(*pages > 0, QString::number(*pages));
    QPdfDocument pdf;
    QBuffer buf(&bytes);
    buf.open(QIODevice::ReadOnly);
    pdf.load(&buf);
    FUZZ_CHECK(pdf.pageCount() == *pages, QString::number(pdf.pageCount()));
    render(pdf, 0);
    if (*pages > 1)
        render(pdf, *pages - 1);
    return 0;
}
