#pragma once

#include "imaging/imagecodec.h"
#include "imaging/pix.h"

#include <QJsonObject>
#include <QRect>
#include <QString>

namespace Dossier {

// How the derived (cleaned) image was made from the master; enough to redo it and to map OCR boxes back.
struct PageTransform final
{
    QRect crop;           // border crop, in master pixels
    int quarterTurns = 0; // clockwise 90° turns applied after the crop (0..3)
    double skew = 0;      // degrees, counter-clockwise rotation applied to straighten
    double scale = 1;     // working (OCR) scale relative to the master
    QSize cleanedSize;    // size of the working image

    QJsonObject toJson() const;
    static PageTransform fromJson(const QJsonObject& o);
};

struct PageFeatures final
{
    ImageHeader header;
    int dpi = 0;             // effective, from pixels and paper size
    QString paper;           // "A4", …
    bool redContent = false; // red seal / red header pixels (colour masters)
    bool sealShape = false;  // a seal-like ring (any master)
    QString qrPayload;       // first QR code found, if any
    double inkRatio = 0;     // dark pixels after cleaning, inside the margins
    int textComponents = 0;  // text-sized connected components
    bool blankSuggested = false;
    double skewConfidence = 0;
    double residualSkew = 0;
    double textHeight = 0; // median text line height in master pixels
    PageTransform transform;
};

// The image work of one page (Leptonica): colour analysis, separator QR, border crop, background
// normalisation, despeckle, 90° orientation, deskew, blank suggestion. The master is never altered;
// the result is a working grey image at the OCR scale plus a record of every operation.
class PageAnalyzer final
{
public:
    struct Output
    {
        PageFeatures features;
        PixPtr working; // 8 bpp, straightened, cleaned, at transform.scale
    };
    // forcedTurns ≥ 0: clockwise quarter turns to apply instead of detecting them.
    static Result<Output> analyse(const QByteArray& master, int tiffPage = 0, int forcedTurns = -1);

    // Makes the working image's paper white (it is the normalised grey). On a page of little text, the white specks
    // and the corners a turn brought in are a second mode of the grey levels beside the paper, the OCR engine's
    // threshold falls between the two, and the page reads as empty: read again, whitened, it does not.
    static void whitenPaper(Output& out);

    // Turns the working image by 180° (orientation found by the OCR stage), updating the transform.
    static void turn180(Output& out);

    // Effective resolution from the pixels and the paper size (A4 unless the shape or a fitting tag says otherwise).
    static int effectiveDpi(int width, int height, int headerDpi = 0, QString* paper = nullptr);
    static QString decodeQr(Pix* grey);
};

} // namespace Dossier
