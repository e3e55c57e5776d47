#pragma once

#include <dossier/result.h>

#include <QByteArray>
#include <QString>

namespace Dossier::Pdf {

// One image as a PDF image XObject needs it: the coded stream and the dictionary entries that describe it.
struct EmbeddedImage
{
    QByteArray stream;      // already coded (passed through) unless `filter` is "FlateDecodeMe"
    QByteArray filter;      // "DCTDecode", "CCITTFaxDecode", "FlateDecode"
    QByteArray decodeParms; // PDF dictionary text, or empty
    QByteArray colourSpace; // "DeviceGray", "DeviceRGB", or an Indexed array in PDF syntax
    QByteArray decode;      // e.g. "[1 0]", or empty
    int width = 0;
    int height = 0;
    int bitsPerComponent = 8;
    bool passedThrough = false; // the file's own coded data, not recompressed
};

// Reads an image file and returns the cheapest faithful embedding: JPEG (DCT) and single-strip G4 TIFF
// data are passed through; PNG's zlib data is passed through with its predictors; anything else is decoded
// and Flate-compressed losslessly.
Result<EmbeddedImage> embedImage(const QByteArray& file, const QString& format);

} // namespace Dossier::Pdf
