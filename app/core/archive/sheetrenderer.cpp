#include "archive/sheetrenderer.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>

#include <cmath>

namespace Dossier {
namespace {

// The image decoded no larger than it is drawn (JPEG decodes scaled cheaply; others are read whole).
QImage decode(const ExportImage& img, double scale)
{
    QBuffer buffer;
    QImageReader reader;
    if (!img.data.isEmpty()) {
        buffer.setData(img.data);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
    } else {
        reader.setFileName(img.path);
    }
    reader.setAutoTransform(false);
    reader.setAllocationLimit(512); // MB: a master that decodes larger than this is not drawn
    const QSize wanted = (QSizeF(img.pixels) * scale).toSize().expandedTo(QSize(1, 1));
    if (img.pixels.isValid() && scale < 0.9)
        reader.setScaledSize(wanted);
    QImage image = reader.read();
    // a reader that cannot decode scaled (TIFF, PNG) gives the whole image: reduce it smoothly here, bitonal
    // pages through grey so that thin strokes stay visible
    if (!image.isNull() && scale < 0.9 && image.width() > wanted.width() * 5 / 4) {
        if (image.depth() == 1)
            image = image.convertToFormat(QImage::Format_Grayscale8);
        image = image.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    return image;
}

} // namespace

QImage SheetRenderer::render(const ExportDocument& document, int sheet, int widthPx)
{
    if (sheet < 0 || sheet >= document.pages.size() || widthPx <= 0)
        return {};
    const ExportPage& page = document.pages.at(sheet);
    const double pxPerMm = widthPx / std::max(1.0, page.size.width());
    QImage out(widthPx, std::max(1, int(std::lround(page.size.height() * pxPerMm))), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    const QTransform toPx = QTransform::fromScale(pxPerMm, pxPerMm);
    for (const ExportImage& img : page.images) {
        // how many output pixels one image pixel covers: decode no finer than that
        const QTransform t = img.toPage * toPx;
        const double scale = std::sqrt(std::abs(t.determinant()));
        const QImage decoded = decode(img, scale);
        if (decoded.isNull())
            continue; // an unreadable master leaves its sheet white; the archive check reports it
        p.save();
        if (!img.clip.isEmpty())
            p.setClipPath(toPx.map(img.clip));
        const QTransform fromDecoded = QTransform::fromScale(double(img.pixels.width()) / decoded.width(),
                                                             double(img.pixels.height()) / decoded.height());
        p.setTransform(fromDecoded * t);
        p.drawImage(QPointF(0, 0), decoded);
        p.restore();
    }
    for (const ExportPath& path : page.paths) {
        p.setPen(path.stroke.isValid() ? QPen(path.stroke, path.strokeWidth * pxPerMm) : QPen(Qt::NoPen));
        p.setBrush(path.fill.isValid() ? QBrush(path.fill) : QBrush(Qt::NoBrush));
        p.drawPath(toPx.map(path.path));
    }
    p.setPen(Qt::NoPen);
    for (const ExportShape& shape : page.shapes) {
        if (shape.shape < 0 || shape.shape >= document.shapes.size())
            continue; // not a shape of this document: nothing to draw
        p.setBrush(shape.colour);
        p.setTransform(shape.toPage * toPx);
        p.drawPath(document.shapes.at(shape.shape));
    }
    return out;
}

} // namespace Dossier
