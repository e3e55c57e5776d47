#pragma once

#include <QImage>

#include <memory>

struct Pix;
struct Boxa;

namespace Dossier {

struct PixDeleter final
{
    void operator()(Pix* p) const;
};
using PixPtr = std::unique_ptr<Pix, PixDeleter>;

struct BoxaDeleter final
{
    void operator()(Boxa* b) const;
};
using BoxaPtr = std::unique_ptr<Boxa, BoxaDeleter>;

// Copies an 8 bpp (grey) or 32 bpp (RGB) Leptonica image into a QImage (Grayscale8 / RGB32).
QImage pixToQImage(Pix* pix);
// Copies a Grayscale8 or RGB32 QImage into a Leptonica image.
PixPtr qImageToPix(const QImage& image);

} // namespace Dossier
