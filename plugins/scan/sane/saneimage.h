#pragma once

#include <dossier/result.h>

#include <sane/sane.h>

#include <QByteArray>
#include <QImage>

namespace Dossier {

// One frame as read with sane_read(): the parameters sane_get_parameters() gave after sane_start(), and the data,
// bytes_per_line bytes per line. `lines` is what actually arrived (params.lines is -1 when unknown in advance).
struct SaneFrame final
{
    SANE_Parameters params{};
    QByteArray data;
    int lines = 0;
};

// SANE frames to the QImage formats of ScannedPage:
//  - GRAY, depth 1 (lineart) → Format_Mono with the colour table {0: white, 1: black}. The bits are copied as SANE
//    sends them (a set bit is black, the leftmost pixel in the most significant bit), which is also the convention
//    of Qt's own conversions to Mono; pixel() and convertToFormat() give true black and white.
//  - GRAY, depth 8 or 16 → Grayscale8 (16-bit samples, in host byte order, keep their high byte).
//  - RGB, depth 1, 8 or 16 → RGB888; three one-channel frames RED, GREEN, BLUE (three-pass scanners) → RGB888.
namespace SaneImage {

Result<QImage> fromFrame(const SaneFrame& frame);
Result<QImage> fromChannels(const SaneFrame& red, const SaneFrame& green, const SaneFrame& blue);

} // namespace SaneImage
} // namespace Dossier
