#include "pagepainter.h"

#include "imaging/pix.h"

#include <leptonica/allheaders.h>

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <random>

namespace Dossier::Test {

QImage blankA4(int dpi)
{
    QImage page(qRound(210 / 25.4 * dpi), qRound(297 / 25.4 * dpi), QImage::Format_RGB32);
    page.fill(Qt::white);
    const int dpm = qRound(dpi / 0.0254);
    page.setDotsPerMeterX(dpm);
    page.setDotsPerMeterY(dpm);
    return page;
}

QFont pageFont(const QString& family, double points, int dpi)
{
    QFont f(family);
    f.setPixelSize(qRound(points * dpi / 72));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

PageWriter::PageWriter(QImage* image, bool trackInk) : m_painter(image), m_trackInk(trackInk)
{
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_painter.setPen(Qt::black);
}

DrawnLine PageWriter::line(const QString& text, const QFont& font, QPointF pen, double letterSpacing)
{
    m_painter.setFont(font);
    DrawnLine out{text, {}};
    if (!m_trackInk && letterSpacing == 0) {
        m_painter.drawText(pen, text);
        return out;
    }
    const QFontMetricsF fm(font);
    for (QChar c : text) {
        if (m_trackInk) {
            QPainterPath path;
            path.addText(pen, font, QString(c));
            out.chars.append({c, c.isSpace() ? QRectF() : path.boundingRect()});
        }
        m_painter.drawText(pen, QString(c));
        pen.rx() += fm.horizontalAdvance(c) + letterSpacing;
    }
    return out;
}

QStringList wrapLines(const QString& text, const QFontMetricsF& fm, double width, double indent)
{
    QStringList out;
    qsizetype from = 0;
    double x = indent;
    while (from < text.size()) {
        qsizetype to = from;
        double w = x;
        while (to < text.size() && w + fm.horizontalAdvance(text.at(to)) <= width)
            w += fm.horizontalAdvance(text.at(to++));
        to = std::max(to, from + 1);
        out << text.mid(from, to - from);
        from = to;
        x = 0;
    }
    return out;
}

double PageWriter::paragraph(QList<DrawnLine>& lines, const QString& text, const QFont& font, double left, double width,
                             double y, int indent, double spacing)
{
    const QFontMetricsF fm(font);
    const double in = indent * fm.horizontalAdvance(QChar(0x56FD)); // 国: one full-width character
    const QStringList wrapped = wrapLines(text, fm, width, in);
    for (qsizetype i = 0; i < wrapped.size(); ++i) {
        lines.append(line(wrapped.at(i), font, QPointF(left + (i == 0 ? in : 0), y + fm.ascent())));
        y += font.pixelSize() * spacing;
    }
    return y;
}

double PageWriter::centred(QList<DrawnLine>& lines, const QString& text, const QFont& font, double y,
                           double letterSpacing, double centreX)
{
    const QFontMetricsF fm(font);
    const double width = fm.horizontalAdvance(text) + letterSpacing * std::max<qsizetype>(0, text.size() - 1);
    const double centre = centreX >= 0 ? centreX : m_painter.device()->width() / 2.0;
    lines.append(line(text, font, QPointF(centre - width / 2, y + fm.ascent()), letterSpacing));
    return y + font.pixelSize() * 2;
}

double PageWriter::rightAligned(QList<DrawnLine>& lines, const QString& text, const QFont& font, double right, double y,
                                double spacing)
{
    const QFontMetricsF fm(font);
    lines.append(line(text, font, QPointF(right - fm.horizontalAdvance(text), y + fm.ascent())));
    return y + font.pixelSize() * spacing;
}

double PageWriter::table(QList<DrawnLine>& lines, const QList<QStringList>& rows, const QList<double>& widths,
                         const QFont& font, double left, double y)
{
    const QFontMetricsF fm(font);
    const double rowHeight = font.pixelSize() * 2.2, pad = font.pixelSize() * 0.4;
    m_painter.setPen(QPen(Qt::black, 3));
    for (qsizetype r = 0; r < rows.size(); ++r) {
        double x = left;
        for (qsizetype c = 0; c < rows.at(r).size() && c < widths.size(); ++c) {
            m_painter.drawRect(QRectF(x, y, widths.at(c), rowHeight));
            const double baseline = y + (rowHeight - fm.height()) / 2 + fm.ascent();
            lines.append(line(rows.at(r).at(c), font, QPointF(x + pad, baseline)));
            x += widths.at(c);
        }
        y += rowHeight;
    }
    m_painter.setPen(Qt::black);
    return y + rowHeight / 2;
}

void PageWriter::seal(QPointF centre, double diameter, const QString& text)
{
    const QColor red(210, 30, 35, 200);
    m_painter.save();
    m_painter.setPen(QPen(red, diameter / 28));
    m_painter.setBrush(Qt::NoBrush);
    m_painter.drawEllipse(centre, diameter / 2, diameter / 2);
    QPainterPath star;
    const double r = diameter / 7;
    for (int k = 0; k < 5; ++k) {
        const double outer = -M_PI / 2 + k * 4 * M_PI / 5;
        const QPointF p = centre + QPointF(r * std::cos(outer), r * std::sin(outer));
        k == 0 ? star.moveTo(p) : star.lineTo(p);
    }
    star.closeSubpath();
    m_painter.fillPath(star, red);
    QFont f = m_painter.font();
    f.setPixelSize(int(diameter / 9));
    m_painter.setFont(f);
    m_painter.setPen(red);
    const double span = 4.2; // radians of the arc the text covers
    for (qsizetype i = 0; i < text.size(); ++i) {
        const double a = -M_PI / 2 - span / 2 + span * (double(i) + 0.5) / double(text.size());
        m_painter.save();
        m_painter.translate(centre + QPointF(std::cos(a), std::sin(a)) * diameter * 0.36);
        m_painter.rotate(a * 180 / M_PI + 90);
        m_painter.drawText(QPointF(-f.pixelSize() / 2.0, f.pixelSize() / 2.0), QString(text.at(i)));
        m_painter.restore();
    }
    m_painter.restore();
}

void PageWriter::photo(const QRectF& r, int grey)
{
    m_painter.save();
    m_painter.setPen(QPen(Qt::black, 3));
    m_painter.setBrush(QColor(grey, grey, grey));
    m_painter.drawRect(r);
    m_painter.restore();
}

namespace {

QImage turned(const QImage& page, double skewDeg)
{
    QImage out(page.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(page.width() / 2.0, page.height() / 2.0);
    p.rotate(skewDeg);
    p.translate(-page.width() / 2.0, -page.height() / 2.0);
    p.drawImage(0, 0, page);
    return out;
}

void dust(QImage& img, std::mt19937& rng, int count)
{
    std::uniform_int_distribution<int> px(0, img.width() - 4), py(0, img.height() - 4), size(1, 4);
    for (int i = 0; i < count; ++i) {
        const int x = px(rng), y = py(rng), s = size(rng);
        for (int dy = 0; dy < s; ++dy)
            for (int dx = 0; dx < s; ++dx) {
                if (img.format() == QImage::Format_Grayscale8)
                    img.scanLine(y + dy)[x + dx] = 60;
                else
                    reinterpret_cast<QRgb*>(img.scanLine(y + dy))[x + dx] = qRgb(60, 60, 60);
            }
    }
}

} // namespace

QImage scanned(const QImage& page, const ScanSettings& s)
{
    QImage img = turned(page, s.skewDeg);
    if (!s.colour)
        img = img.convertToFormat(QImage::Format_Grayscale8);
    std::mt19937 rng(s.seed);
    std::uniform_int_distribution<int> grain(-s.grain, s.grain);
    const auto shade = [&](int v, double light, int noise) {
        return std::clamp(int(s.tone + v * light) + noise, 0, 255);
    };
    for (int y = 0; y < img.height(); ++y) {
        const double light = s.light + s.lightSpan * double(y) / img.height(); // darker at the top
        if (!s.colour) {
            uchar* row = img.scanLine(y);
            for (int x = 0; x < img.width(); ++x)
                row[x] = uchar(shade(row[x], light, grain(rng) + grain(rng) / 2));
            continue;
        }
        QRgb* row = reinterpret_cast<QRgb*>(img.scanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int n = grain(rng) + grain(rng) / 2;
            row[x] =
                qRgb(shade(qRed(row[x]), light, n), shade(qGreen(row[x]), light, n), shade(qBlue(row[x]), light, n));
        }
    }
    dust(img, rng, int(std::lround(s.specks * double(img.width()) * img.height() / (2480.0 * 3508.0))));
    const int dpm = qRound(s.dpi / 0.0254);
    img.setDotsPerMeterX(dpm);
    img.setDotsPerMeterY(dpm);
    return img;
}

QByteArray encodeScan(const QImage& scan, const QString& format, int quality, int threshold)
{
    if (format == QLatin1String("tif")) {
        PixPtr grey = qImageToPix(scan.convertToFormat(QImage::Format_Grayscale8));
        PixPtr bin(pixThresholdToBinary(grey.get(), threshold));
        const int dpi = qRound(scan.dotsPerMeterX() * 0.0254);
        pixSetResolution(bin.get(), dpi, dpi);
        l_uint8* data = nullptr;
        size_t size = 0;
        if (!bin || pixWriteMemTiff(&data, &size, bin.get(), IFF_TIFF_G4) != 0 || !data)
            return {};
        QByteArray out(reinterpret_cast<const char*>(data), qsizetype(size));
        lept_free(data);
        return out;
    }
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    scan.save(&buffer, format == QLatin1String("png") ? "PNG" : "JPEG", format == QLatin1String("png") ? -1 : quality);
    return out;
}

} // namespace Dossier::Test
