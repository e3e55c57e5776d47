#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QPdfDocument;

namespace Dossier {

// One page to feed, in feed order. Folders give their files in name order; multi-page TIFFs and PDFs give
// one item per page ("x.pdf#3" is page 3).
struct InputItem final
{
    enum class Kind { Image, TiffPage, PdfPage, Invalid };
    QString source; // as reported
    QString path;   // the file to read
    Kind kind = Kind::Invalid;
    int page = 0; // 0-based page in a TIFF or PDF
    int pageCount = 1;
    std::optional<Error> error; // why the input could not be expanded (Kind::Invalid)
};

QList<InputItem> expandInputs(const QStringList& inputs);

struct LoadedMaster final
{
    QByteArray bytes;  // the master image file
    QString extension; // jpg, png, tif
    QString sourceKey; // sha256(input file) + "#" + page: the page's identity across re-runs
};

// Reads the master of one item: the file itself for single images, a page of a TIFF extracted losslessly,
// a PDF page rendered at 300 dpi (PNG). Untrusted PDFs are checked and read with QtPdf (PDFium).
class MasterLoader final
{
public:
    MasterLoader();
    ~MasterLoader();
    MasterLoader(const MasterLoader&) = delete;
    MasterLoader& operator=(const MasterLoader&) = delete;

    // The identity of an item without decoding it (hash of the input file).
    Result<QString> sourceKey(const InputItem& item);
    Result<LoadedMaster> load(const InputItem& item);

    static constexpr int kPdfDpi = 300;
    // Structural checks before PDFium sees the bytes: truncation, encryption, scripts, absurd nesting.
    static std::optional<Error> checkPdf(const QByteArray& bytes);
    // The pages of an untrusted PDF (checkPdf(), then PDFium reads it): their number, or why it cannot be read.
    static Result<int> pdfPageCount(const QByteArray& bytes);
    // Page `page` of an open PDF rendered at `dpi`; refused when the page is so large that its image would pass
    // ImageCodec::kMaxPixels (a decompression bomb), or when PDFium cannot render it.
    static Result<QImage> renderPdfPage(QPdfDocument& pdf, int page, int dpi);

private:
    Result<QByteArray> fileBytes(const QString& path);
    QString m_cachedPath;
    QByteArray m_cachedBytes;
    QString m_cachedSha;
    std::unique_ptr<QPdfDocument> m_pdf;
    QString m_pdfPath;
};

} // namespace Dossier
