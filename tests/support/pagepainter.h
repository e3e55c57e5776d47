#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// Pages drawn with QPainter and "scanned", for the tests that measure the pipeline on material it was never tuned
// to (held-out search pages, generated dossiers). Shared here so that every such test draws and scans alike.

// One character as drawn: its ink's bounding box in the pixels of the page before the scan's skew.
struct DrawnChar final
{
    QChar c;
    QRectF ink; // empty for a space
};

struct DrawnLine final
{
    QString text;           // as printed
    QList<DrawnChar> chars; // one per QChar of text when ink is tracked, else empty
};

// A white A4 page at `dpi` (RGB, so that a red seal keeps its colour).
QImage blankA4(int dpi);

// A font of `points` at `dpi`, unhinted (as a printer draws it).
QFont pageFont(const QString& family, double points, int dpi);

// Breaks text into lines no wider than `width`, the first `indent` px narrower (CJK: anywhere between characters).
QStringList wrapLines(const QString& text, const QFontMetricsF& fm, double width, double indent = 0);

// Draws text on a page, keeping every line drawn and, when asked, where each character's ink went.
class PageWriter final
{
public:
    explicit PageWriter(QImage* image, bool trackInk = true);

    // One line of text from its pen position on the baseline; `letterSpacing` px added after each character.
    DrawnLine line(const QString& text, const QFont& font, QPointF pen, double letterSpacing = 0);

    // A paragraph flowed into a column from `y` (the top of its first line), the first line indented by `indent`
    // characters, lines `spacing` × the font's pixel size apart; returns the top of the next line.
    double paragraph(QList<DrawnLine>& lines, const QString& text, const QFont& font, double left, double width,
                     double y, int indent = 2, double spacing = 1.6);

    // A line centred on the page (or on `centreX` when given); returns y + 2 × the font's pixel size.
    double centred(QList<DrawnLine>& lines, const QString& text, const QFont& font, double y, double letterSpacing = 0,
                   double centreX = -1);

    // A line ending at `right`; returns the top of the next line (`spacing` apart).
    double rightAligned(QList<DrawnLine>& lines, const QString& text, const QFont& font, double right, double y,
                        double spacing = 1.6);

    // A ruled table from (`left`, `y`): one line of text per cell, the cells row by row; returns the table's
    // bottom plus half a row.
    double table(QList<DrawnLine>& lines, const QList<QStringList>& rows, const QList<double>& widths,
                 const QFont& font, double left, double y);

    // A round red seal (公章) of `diameter` px centred on `centre`: a ring, a star and `text` along the top.
    void seal(QPointF centre, double diameter, const QString& text);

    // A filled grey rectangle (a photograph in the evidence) with a frame.
    void photo(const QRectF& r, int grey);

    QPainter& painter() { return m_painter; }

private:
    QPainter m_painter;
    bool m_trackInk;
};

// How a page goes through the scanner.
struct ScanSettings final
{
    double skewDeg = 0;      // turned clockwise on the glass: `skewDeg` counter-clockwise straightens it
    unsigned seed = 0;       // grain and specks
    int grain = 9;           // ± grey levels of noise
    int specks = 400;        // specks of dust on an A4 page at 300 dpi (scaled to the area)
    double light = 0.86;     // paper brightness at the top …
    double lightSpan = 0.06; // … rising by this much to the bottom
    int tone = 20;           // grey added to every pixel (paper tone)
    bool colour = false;     // keep colour (a red seal): RGB32 out, else Grayscale8
    int dpi = 300;           // written into the image
};

// The scan of a page: turned by the skew, paper tone, uneven light, grain and specks.
QImage scanned(const QImage& page, const ScanSettings& s);

// A scan as the scanner's file: "jpg" (quality), "png", or "tif" (bitonal CCITT G4, thresholded at `threshold`).
QByteArray encodeScan(const QImage& scan, const QString& format, int quality = 85, int threshold = 150);

} // namespace Dossier::Test
