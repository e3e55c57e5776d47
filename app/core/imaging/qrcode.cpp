#include "imaging/qrcode.h"

#include <QPainter>

#include <qrencode.h>

namespace Dossier::QrCode {

QImage image(const QString& payload)
{
    const QByteArray utf8 = payload.toUtf8();
    QRcode* code = QRcode_encodeData(int(utf8.size()), reinterpret_cast<const unsigned char*>(utf8.constData()), 0,
                                     QR_ECLEVEL_M);
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

} // namespace Dossier::QrCode
