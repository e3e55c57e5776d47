#include "saneimage.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace Dossier::SaneImage {
namespace {

Error unsupported(const SANE_Parameters& p)
{
    return Error(QStringLiteral("scan_unsupported_format"),
                 QT_TRANSLATE_NOOP("Dossier::Error",
                                   "The scanner sent an image in a form that cannot be read (frame type %1, %2 bits)."),
                 {QString::number(int(p.format)), QString::number(p.depth)});
}

Error tooLarge(int width, int height)
{
    return Error(QStringLiteral("scan_too_large"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The scanned page (%1 x %2 pixels) does not fit in memory."),
                 {QString::number(width), QString::number(height)});
}

int channels(const SANE_Parameters& p)
{
    return p.format == SANE_FRAME_RGB ? 3 : 1;
}

// The frame holds `lines` complete lines of the size its parameters promise.
bool complete(const SaneFrame& f)
{
    const SANE_Parameters& p = f.params;
    if (p.pixels_per_line <= 0 || p.bytes_per_line <= 0 || f.lines <= 0)
        return false;
    if (p.depth != 1 && p.depth != 8 && p.depth != 16)
        return false;
    const qint64 samples = qint64(p.pixels_per_line) * channels(p);
    const qint64 needed = p.depth == 1 ? (samples + 7) / 8 : samples * (p.depth / 8);
    return needed <= p.bytes_per_line && qint64(f.lines) * p.bytes_per_line <= f.data.size();
}

const uchar* lineOf(const SaneFrame& f, int y)
{
    return reinterpret_cast<const uchar*>(f.data.constData()) + qsizetype(y) * f.params.bytes_per_line;
}

// Sample `index` of a line as 8 bits.
uchar sample(const uchar* line, int depth, qsizetype index)
{
    switch (depth) {
    case 1:
        return (line[index >> 3] & (0x80 >> (index & 7))) ? 0 : 255; // a set bit is black
    case 8:
        return line[index];
    default: {
        quint16 v;
        std::memcpy(&v, line + 2 * index, sizeof v);
        return uchar(v >> 8);
    }
    }
}

} // namespace

Result<QImage> fromFrame(const SaneFrame& f)
{
    const SANE_Parameters& p = f.params;
    if ((p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB) || !complete(f))
        return unsupported(p);
    const int width = p.pixels_per_line;
    const int height = f.lines;

    if (p.format == SANE_FRAME_GRAY && p.depth == 1) {
        QImage image(width, height, QImage::Format_Mono);
        if (image.isNull())
            return tooLarge(width, height);
        image.setColorTable({qRgb(255, 255, 255), qRgb(0, 0, 0)});
        const std::size_t bytes = std::size_t(width + 7) / 8;
        for (int y = 0; y < height; ++y)
            std::memcpy(image.scanLine(y), lineOf(f, y), bytes);
        return image;
    }

    const int n = channels(p);
    QImage image(width, height, n == 1 ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
    if (image.isNull())
        return tooLarge(width, height);
    const qsizetype samples = qsizetype(width) * n;
    for (int y = 0; y < height; ++y) {
        uchar* out = image.scanLine(y);
        const uchar* in = lineOf(f, y);
        if (p.depth == 8) {
            std::memcpy(out, in, std::size_t(samples));
            continue;
        }
        for (qsizetype i = 0; i < samples; ++i)
            out[i] = sample(in, p.depth, i);
    }
    return image;
}

Result<QImage> fromChannels(const SaneFrame& red, const SaneFrame& green, const SaneFrame& blue)
{
    const std::array<const SaneFrame*, 3> frames{&red, &green, &blue};
    const int width = red.params.pixels_per_line;
    int height = red.lines;
    for (const SaneFrame* f : frames) {
        if (!complete(*f) || f->params.pixels_per_line != width)
            return unsupported(f->params);
        height = std::min(height, f->lines);
    }
    QImage image(width, height, QImage::Format_RGB888);
    if (image.isNull())
        return tooLarge(width, height);
    for (int y = 0; y < height; ++y) {
        uchar* out = image.scanLine(y);
        for (int c = 0; c < 3; ++c) {
            const uchar* in = lineOf(*frames[c], y);
            const int depth = frames[c]->params.depth;
            for (int x = 0; x < width; ++x)
                out[3 * x + c] = sample(in, depth, x);
        }
    }
    return image;
}

} // namespace Dossier::SaneImage
