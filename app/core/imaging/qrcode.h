#pragma once

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace Dossier::QrCode {

// The QR code of a payload (UTF-8, error correction M) as a grey image with one pixel per module and a
// four-module quiet zone; null if the payload does not fit.
QImage image(const QString& payload);

// Paints the code (modules as filled squares, crisp at any resolution) into `square`, quiet zone included.
bool paint(QPainter& painter, const QRectF& square, const QString& payload);

} // namespace Dossier::QrCode
