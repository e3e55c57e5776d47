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

// The first QR code found in an image (any orientation), or empty.
QString decode(const QImage& image);

// The 案号 a separator sheet or case label carries ("DOSSIER-SEP|id|案号", "DOSSIER-CASE|id|案号"), or empty.
QString caseNumberIn(const QString& payload);

} // namespace Dossier::QrCode
