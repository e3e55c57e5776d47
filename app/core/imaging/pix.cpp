#include "imaging/pix.h"

#include <leptonica/allheaders.h>

#include <cstring>

namespace Dossier {

void PixDeleter::operator()(Pix* p) const
{
    pixDestroy(&p);
}

void BoxaDeleter::operator()(Boxa* b) const
{
    boxaDestroy(&b);
}

QImage pixToQImage(Pix* pix)
{
    if (!pix)
        return {};
    const int w = int(pixGetWidth(pix)), h = int(pixGetHeight(pix)), d = int(pixGetDepth(pix));
    if (d != 8 && d != 32)
        return {};
    QImage img(w, h, d == 8 ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    const l_uint32* data = pixGetData(pix);
    const int wpl = pixGetWpl(pix);
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + y * wpl;
        if (d == 8) {
            uchar* out = img.scanLine(y);
            for (int x = 0; x < w; ++x)
                out[x] = uchar(GET_DATA_BYTE(line, x));
        } else {
            auto* out = reinterpret_cast<QRgb*>(img.scanLine(y));
            for (int x = 0; x < w; ++x) {
                l_int32 r, g, b;
                extractRGBValues(line[x], &r, &g, &b);
                out[x] = qRgb(r, g, b);
            }
        }
    }
    return img;
}

PixPtr qImageToPix(const QImage& image)
{
    if (image.isNull())
        return {};
    if (image.format() == QImage::Format_Grayscale8) {
        PixPtr pix(pixCreate(image.width(), image.height(), 8));
        l_uint32* data = pixGetData(pix.get());
        const int wpl = pixGetWpl(pix.get());
        for (int y = 0; y < image.height(); ++y) {
            const uchar* in = image.constScanLine(y);
            l_uint32* line = data + y * wpl;
            for (int x = 0; x < image.width(); ++x)
                SET_DATA_BYTE(line, x, in[x]);
        }
        return pix;
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    PixPtr pix(pixCreate(rgb.width(), rgb.height(), 32));
    l_uint32* data = pixGetData(pix.get());
    const int wpl = pixGetWpl(pix.get());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        l_uint32* line = data + y * wpl;
        for (int x = 0; x < rgb.width(); ++x)
            composeRGBPixel(qRed(in[x]), qGreen(in[x]), qBlue(in[x]), line + x);
    }
    return pix;
}

} // namespace Dossier
