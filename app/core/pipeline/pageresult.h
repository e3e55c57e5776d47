#pragma once

#include "imaging/pageanalyzer.h"
#include "storage/pagerepository.h"

#include <dossier/ocrtypes.h>
#include <dossier/result.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Dossier {

// Everything the pipeline learnt about one page (before cataloguing).
struct PageResult final
{
    QString kind; // "separator", "content", "blank"
    QString separatorPayload;
    QString separatorDossierId;
    QString separatorCaseNo;
    int rotation = 0; // clockwise degrees applied to bring the page upright
    double skew = 0;  // ccw degrees applied to straighten
    int dpi = 0;
    QString colourMode;
    QString masterFormat;
    int width = 0;
    int height = 0;
    QStringList flags;
    OcrPage ocr; // boxes in the working image (transform.cleanedSize)
    PageTransform transform;
    double inkRatio = 0;

    QString text() const { return ocr.text(); }
    // The page row it becomes (PageRepository::saveProcessed writes it).
    ProcessedPageRow toRow() const;
    static QJsonObject ocrToJson(const OcrPage& page);
    static OcrPage ocrFromJson(const QJsonObject& o);
};

} // namespace Dossier
