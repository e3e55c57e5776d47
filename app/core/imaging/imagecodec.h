#pragma once

#include "imaging/pix.h"

#include <dossier/result.h>

#include <QByteArray>
#include <QString>

namespace Dossier {

enum class ColourMode { Colour, Grey, Bitonal };
QString colourModeName(ColourMode m);

struct ImageHeader final
{
    QString format; // "jpeg", "png", "tiff", "tiff-g4" (bitonal CCITT G4)
    QString extension;
    int width = 0;
    int height = 0;
    int bitsPerSample = 0;
    int samplesPerPixel = 0;
    int pageCount = 1; // TIFF can hold several
    ColourMode colourMode = ColourMode::Grey;
};

namespace ImageCodec {

// Limits that keep a decompression bomb from taking the machine: refused before anything is decoded.
constexpr qint64 kMaxPixels = 120'000'000; // e.g. A2 at 400 dpi
constexpr int kMaxSide = 30'000;
constexpr qint64 kMaxFileBytes = qint64(512) << 20;

// Reads the header only and checks format and size limits.
Result<ImageHeader> probe(const QByteArray& bytes);
// Decodes (page `page` of a TIFF) into a Leptonica image of depth 1, 8 or 32 (colormaps removed).
// Truncated or corrupt data is an error, never a half-grey page.
Result<PixPtr> decode(const QByteArray& bytes, int page = 0);
// Extracts one page of a multi-page TIFF as a single-page TIFF, pixel-for-pixel (G4 stays G4).
Result<QByteArray> extractTiffPage(const QByteArray& bytes, int page);

} // namespace ImageCodec
} // namespace Dossier
