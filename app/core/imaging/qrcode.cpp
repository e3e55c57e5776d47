#include "imaging/qrcode.h"

#include <QPainter>

#include <qrencode.h>
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

namespace Dossier::QrCode {

QImage image(const QString& payload)
{
    const QByteArray utf8 = payload.toUtf8();
    QRcode* code =
        QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0, QR_ECLEVEL_M);
    if (!code)
        return {};
    const int quiet = 4, n = code->width;
    QImage img(n + 2 * quiet, n + 2 * quiet, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            if (code->data[y * n + x] & 1)
                img.scanLine(y + quiet)[x + quiet] = 0;
    QRcode_free(code);
    return img;
}

bool paint(QPainter& painter, const QRectF& square, const QString& payload)
{
    const QImage modules = image(payload);
    if (modules.isNull())
        return false;
    const double m = std::min(square.width(), square.height()) / modules.width();
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < modules.height(); ++y)
        for (int x = 0; x < modules.width(); ++x)
            if (modules.constScanLine(y)[x] == 0)
                painter.drawRect(QRectF(square.x() + x * m, square.y() + y * m, m, m));
    painter.restore();
    return true;
}

QString decode(const QImage& image)
{
    const QImage img = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryRotate(true);
    hints.setTryHarder(true);
    const ZXing::ImageView view(img.constBits(), img.width(), img.height(), ZXing::ImageFormat::Lum,
                                int(img.bytesPerLine()));
    const ZXing::Result r = ZXing::ReadBarcode(view, hints);
    return r.isValid() ? QString::fromStdString(r.text()) : QString();
}

QString caseNumberIn(const QString& payload)
{
    const QStringList parts = payload.trimmed().split(QLatin1Char('|'));
    if (parts.size() != 3 ||
        (parts.first() != QLatin1String("DOSSIER-SEP") && parts.first() != QLatin1String("DOSSIER-CASE")))
        return {};
    return parts.at(2).trimmed();
}

} // namespace Dossier::QrCode
