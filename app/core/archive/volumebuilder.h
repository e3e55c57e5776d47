#pragma once

#include "archive/volume.h"

#include <dossier/exporter.h>
#include <dossier/result.h>

#include <QDateTime>
#include <QTransform>

#include <atomic>

namespace Dossier {

enum class ExportVariant {
    Archival,   // masters embedded as they are
    Access,     // reading copy: page images re-rendered small (≤ ~100 KB a page), same text
    Anonymised, // 隐名处理: names → 某, personal numbers and addresses blacked out in image and text
};

struct PageGeometry final
{
    QSizeF size;             // page, mm
    QTransform masterToPage; // master pixels → page mm (crop, quarter turns and deskew applied)
    double workingToMm = 1;  // OCR (working image) pixels → page mm
    QRectF paper;            // the part of the page the master is shown in (mm): inside the straightened crop
};

// Turns a stored volume into the page model of the exporters: 封面 with the case's QR code, 卷内目录,
// the scanned pages (upright and straightened by the placement of the untouched master), each with its
// invisible OCR text and its page number, then 备考表; bookmarks per 卷内目录 row; DA/T 46 metadata.
class VolumeBuilder final
{
public:
    struct Options
    {
        ExportVariant variant = ExportVariant::Archival;
        QString creatorTool;
        QDateTime created;
    };
    struct Stats
    {
        int redacted = 0; // characters blanked (anonymised copy)
        int renamed = 0;  // names replaced
    };

    static Result<ExportDocument> build(const Volume& volume, const Options& options, const std::atomic_bool& cancel,
                                        Stats* stats = nullptr);

    static PageGeometry geometry(const VolumePage& page);
    // The payload of the case's QR code (一案一码).
    static QString caseCode(const QString& caseNo, const QString& dossierId);
};

} // namespace Dossier
