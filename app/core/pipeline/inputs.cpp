#include "pipeline/inputs.h"

#include "common/fsutil.h"
#include "imaging/imagecodec.h"

#include <QBuffer>
#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QPdfDocument>

#include <qpdf/QPDF.hh>

#include <algorithm>
#include <cctype>
#include <exception>
#include <set>
#include <utility>
#include <vector>

namespace Dossier {
namespace {

constexpr qint64 kMaxInputBytes = qint64(512) << 20;
constexpr int kMaxPdfNesting = 64;
constexpr size_t kMaxPdfNodes = 200000; // page-tree nodes: pages and the /Pages above them

bool isPdf(const QByteArray& head)
{
    return head.startsWith("%PDF-");
}

QByteArray fileHead(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(16);
}

// Whether the page tree can be walked to its pages, with qpdf reading the objects (object streams included): from
// the catalogue's /Pages down its /Kids only, as PDFium does, refusing a node met twice — a loop, which PDFium
// follows for ever (found by fuzz_pdf: a /Pages listing itself among its /Kids, in the file's plain objects or in a
// compressed object stream) — a tree deeper than any real one, more nodes than kMaxPdfNodes, or no page at all.
// (qpdf's own getAllPages is not used: it climbs a root's /Parent first and walks that tree instead, with a warning.)
// qpdf's exceptions stay here.
bool pageTreeWalks(const QByteArray& bytes)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("input.pdf", bytes.constData(), size_t(bytes.size()));
        std::set<QPDFObjGen> seen;
        std::vector<std::pair<QPDFObjectHandle, int>> todo{{pdf.getRoot().getKey("/Pages"), 0}};
        qint64 pages = 0;
        while (!todo.empty()) {
            auto [node, depth] = todo.back();
            todo.pop_back();
            if (!node.isDictionary())
                continue; // a broken kid: PDFium skips it too
            if ((node.isIndirect() && !seen.insert(node.getObjGen()).second) || depth > kMaxPdfNesting ||
                seen.size() > kMaxPdfNodes)
                return false;
            QPDFObjectHandle kids = node.getKey("/Kids");
            if (!kids.isArray()) {
                ++pages;
                continue;
            }
            if (todo.size() + seen.size() + size_t(std::max(0, kids.getArrayNItems())) > kMaxPdfNodes)
                return false;
            for (int i = 0; i < kids.getArrayNItems(); ++i)
                todo.emplace_back(kids.getArrayItem(i), depth + 1);
        }
        return pages > 0;
    } catch (const std::exception&) {
        return false; // a structure qpdf cannot read even by reconstructing it
    }
}

InputItem invalid(const QString& source, const QString& path, Error e)
{
    InputItem it;
    it.source = source;
    it.path = path;
    it.kind = InputItem::Kind::Invalid;
    it.error = std::move(e);
    return it;
}

void expandFile(const QString& source, const QString& path, QList<InputItem>& out)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return out.append(invalid(
            source, path,
            Error(QStringLiteral("input_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "The input does not exist."))));
    if (!fi.isReadable())
        return out.append(invalid(source, path,
                                  Error(QStringLiteral("file_unreadable"),
                                        QT_TRANSLATE_NOOP("Dossier::Error", "Cannot open the file: %1."),
                                        {QStringLiteral("permission denied")})));
    const QByteArray head = fileHead(path);
    if (isPdf(head)) {
        auto bytes = FsUtil::readFile(path, kMaxInputBytes);
        if (!bytes)
            return out.append(invalid(source, path, bytes.error()));
        const auto pages = MasterLoader::pdfPageCount(*bytes);
        if (!pages)
            return out.append(invalid(source, path, pages.error()));
        for (int p = 0; p < *pages; ++p) {
            InputItem it;
            it.source = source + QStringLiteral("#%1").arg(p + 1);
            it.path = path;
            it.kind = InputItem::Kind::PdfPage;
            it.page = p;
            it.pageCount = *pages;
            out.append(it);
        }
        return;
    }
    // TIFF: one item per page.
    if (head.startsWith("II*") || head.startsWith("MM\0*")) {
        auto bytes = FsUtil::readFile(path, kMaxInputBytes);
        if (bytes) {
            auto header = ImageCodec::probe(*bytes);
            if (header && header->pageCount > 1) {
                for (int p = 0; p < header->pageCount; ++p) {
                    InputItem it;
                    it.source = source + QStringLiteral("#%1").arg(p + 1);
                    it.path = path;
                    it.kind = InputItem::Kind::TiffPage;
                    it.page = p;
                    it.pageCount = header->pageCount;
                    out.append(it);
                }
                return;
            }
        }
    }
    InputItem it;
    it.source = source;
    it.path = path;
    it.kind = InputItem::Kind::Image;
    out.append(it);
}

} // namespace

QList<InputItem> expandInputs(const QStringList& inputs)
{
    QList<InputItem> out;
    for (const QString& input : inputs) {
        const QFileInfo fi(input);
        if (fi.isDir()) {
            QStringList names = QDir(input).entryList(QDir::Files | QDir::Readable | QDir::NoDotAndDotDot);
            QCollator collator;
            collator.setNumericMode(true);
            std::sort(names.begin(), names.end(), collator);
            QString prefix = input;
            while (prefix.endsWith(QLatin1Char('/')) && prefix.size() > 1)
                prefix.chop(1);
            for (const QString& name : names)
                expandFile(prefix + QLatin1Char('/') + name, fi.absoluteFilePath() + QLatin1Char('/') + name, out);
        } else {
            expandFile(input, fi.absoluteFilePath(), out);
        }
    }
    return out;
}

MasterLoader::MasterLoader() = default;
MasterLoader::~MasterLoader() = default;

std::optional<Error> MasterLoader::checkPdf(const QByteArray& bytes)
{
    if (!isPdf(bytes))
        return Error(QStringLiteral("pdf_corrupt"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The PDF is damaged and has no readable page."));
    if (!bytes.right(1024).contains("%%EOF"))
        return Error(QStringLiteral("pdf_truncated"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The PDF is truncated (no end-of-file marker): the file was cut short."));
    // Scan the object syntax (outside streams) for active content and for nesting deep enough to be an attack.
    int depth = 0, maxDepth = 0;
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes.at(i);
        const bool streamStart = c == 's' && (bytes.mid(i, 7) == "stream\r" || bytes.mid(i, 7) == "stream\n");
        if (streamStart) {
            const qsizetype end = bytes.indexOf("endstream", i + 6);
            if (end < 0)
                break;
            i = end + 8;
            continue;
        }
        if (c == '[' || (c == '<' && i + 1 < n && bytes.at(i + 1) == '<')) {
            maxDepth = std::max(maxDepth, ++depth);
            if (c == '<')
                ++i;
        } else if (c == ']' || (c == '>' && i + 1 < n && bytes.at(i + 1) == '>')) {
            depth = std::max(0, depth - 1);
            if (c == '>')
                ++i;
        } else if (c == '/') {
            const QByteArray name = bytes.mid(i + 1, 10);
            if (name.startsWith("JavaScript") || name.startsWith("JS") || name.startsWith("Launch")) {
                const qsizetype len = name.startsWith("JavaScript") ? 10 : name.startsWith("JS") ? 2 : 6;
                const char after = len < name.size() ? name.at(len) : ' ';
                if (!std::isalnum(static_cast<unsigned char>(after)))
                    return Error(QStringLiteral("pdf_active_content"),
                                 QT_TRANSLATE_NOOP("Dossier::Error",
                                                   "The PDF contains JavaScript or launch actions; such a file is "
                                                   "refused as unsafe."));
            }
        }
        if (maxDepth > kMaxPdfNesting)
            return Error(QStringLiteral("pdf_too_complex"),
                         QT_TRANSLATE_NOOP("Dossier::Error",
                                           "The PDF nests objects more than %1 levels deep; refused as malformed."),
                         {QString::number(kMaxPdfNesting)});
    }
    if (bytes.contains("/Encrypt"))
        return Error(
            QStringLiteral("pdf_encrypted"),
            QT_TRANSLATE_NOOP("Dossier::Error", "The PDF is encrypted (password protected); it cannot be read."));
    if (!pageTreeWalks(bytes))
        return Error(QStringLiteral("pdf_corrupt"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The PDF is damaged and has no readable page."));
    return std::nullopt;
}

Result<int> MasterLoader::pdfPageCount(const QByteArray& bytes)
{
    if (auto e = checkPdf(bytes))
        return *e;
    QByteArray data = bytes;
    QPdfDocument doc;
    QBuffer buf(&data);
    buf.open(QIODevice::ReadOnly);
    doc.load(&buf);
    if (doc.status() != QPdfDocument::Status::Ready || doc.pageCount() <= 0) {
        const bool password = doc.error() == QPdfDocument::Error::IncorrectPassword;
        return password ? Error(QStringLiteral("pdf_encrypted"),
                                QT_TRANSLATE_NOOP("Dossier::Error",
                                                  "The PDF is encrypted (password protected); it cannot be read."))
                        : Error(QStringLiteral("pdf_corrupt"),
                                QT_TRANSLATE_NOOP("Dossier::Error", "The PDF is damaged and has no readable page."));
    }
    return doc.pageCount();
}

Result<QImage> MasterLoader::renderPdfPage(QPdfDocument& pdf, int page, int dpi)
{
    const QSizeF pt = pdf.pagePointSize(page);
    const QSize px((pt * dpi / 72.0).toSize());
    if (px.isEmpty() || qint64(px.width()) * px.height() > ImageCodec::kMaxPixels)
        return Error(QStringLiteral("image_too_large"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The image claims %1 × %2 pixels, beyond the limit of %3 megapixels: refused "
                                       "as a possible decompression bomb."),
                     {QString::number(px.width()), QString::number(px.height()),
                      QString::number(ImageCodec::kMaxPixels / 1'000'000)});
    QImage img = pdf.render(page, px);
    if (img.isNull())
        return Error(QStringLiteral("pdf_corrupt"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The PDF is damaged and has no readable page."));
    return img;
}

Result<QByteArray> MasterLoader::fileBytes(const QString& path)
{
    if (path != m_cachedPath) {
        auto bytes = FsUtil::readFile(path, kMaxInputBytes);
        if (!bytes)
            return bytes.error();
        m_cachedPath = path;
        m_cachedBytes = std::move(bytes.value());
        m_cachedSha = FsUtil::sha256Hex(m_cachedBytes);
    }
    return m_cachedBytes;
}

Result<QString> MasterLoader::sourceKey(const InputItem& item)
{
    auto bytes = fileBytes(item.path);
    if (!bytes)
        return bytes.error();
    return m_cachedSha + QStringLiteral("#%1").arg(item.page);
}

Result<LoadedMaster> MasterLoader::load(const InputItem& item)
{
    if (item.kind == InputItem::Kind::Invalid)
        return item.error.value_or(
            Error(QStringLiteral("input_invalid"), QT_TRANSLATE_NOOP("Dossier::Error", "The input cannot be read.")));
    auto bytes = fileBytes(item.path);
    if (!bytes)
        return bytes.error();
    LoadedMaster m;
    m.sourceKey = m_cachedSha + QStringLiteral("#%1").arg(item.page);

    if (item.kind == InputItem::Kind::Image) {
        auto header = ImageCodec::probe(*bytes);
        if (!header)
            return header.error();
        m.bytes = *bytes;
        m.extension = header->extension;
        return m;
    }
    if (item.kind == InputItem::Kind::TiffPage) {
        auto page = ImageCodec::extractTiffPage(*bytes, item.page);
        if (!page)
            return page.error();
        m.bytes = std::move(page.value());
        m.extension = QStringLiteral("tif");
        return m;
    }
    // PDF page: checked again, as the bytes read now may not be those expandInputs() checked
    if (m_pdfPath != item.path) {
        if (auto e = checkPdf(*bytes))
            return *e;
        m_pdf = std::make_unique<QPdfDocument>();
        auto* buf = new QBuffer(m_pdf.get());
        buf->setData(*bytes);
        buf->open(QIODevice::ReadOnly);
        m_pdf->load(buf);
        m_pdfPath = item.path;
    }
    auto rendered = renderPdfPage(*m_pdf, item.page, kPdfDpi);
    if (!rendered)
        return rendered.error();
    QImage img = std::move(rendered.value());
    img = img.convertToFormat(QImage::Format_RGB888);
    if (img.allGray())
        img = img.convertToFormat(QImage::Format_Grayscale8);
    QBuffer out(&m.bytes);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "png");
    writer.setCompression(1);
    if (!writer.write(img))
        return Error(QStringLiteral("store_write_failed"), QT_TRANSLATE_NOOP("Dossier::Error", "Cannot write %1: %2."),
                     {item.source, writer.errorString()});
    m.extension = QStringLiteral("png");
    return m;
}

} // namespace Dossier
