#pragma once

#include "archive/volume.h"
#include "archive/volumebuilder.h"

#include <dossier/exporter.h>
#include <dossier/result.h>

#include <QList>
#include <QString>

#include <atomic>

namespace Dossier {

class Profile;

// The bound volume (合订本) as a reader shows it: the sheets the archive draws — 封面, 卷内目录, every document's
// pages in catalogue order with the volume's page numbers stamped on them, 备考表 — with, for each sheet, the
// scanned page it shows; and an outline made from the 卷内目录 rows (not from PDF bookmarks).
struct BoundVolume final
{
    struct Sheet
    {
        qint64 pageId = 0;   // the scanned page shown; 0 for a generated sheet (封面, 卷内目录, 备考表)
        int number = 0;      // the page's number in the volume; 0: unnumbered (generated, blank back)
        int document = -1;   // index into volume.documents; -1: a generated sheet
        int volumePage = -1; // index into volume.pages; -1: a generated sheet
        QString label;       // 封面, 卷内目录, 3, 空白, 备考表
        QSizeF size;         // mm
    };
    struct OutlineEntry
    {
        QString title;
        int sheet = 0;
        int level = 0; // 0: the volume's parts (封面, 卷内目录, 备考表); 1: a 卷内目录 row
        int firstPage = 0, lastPage = 0;
    };

    Volume volume;
    ExportDocument document; // the sheets as the archive draws them (masters placed, forms as glyph shapes)
    QList<Sheet> sheets;
    QList<OutlineEntry> outline;

    // The case's main volume, bound, without the pages' OCR words (Volume::Detail::Reading: a page's are read when
    // needed). Page numbers are stamped where the archive stamps them unless recognised words were in that corner
    // (the archive then moves the number aside; the reader does not know the words). A classified (涉密) case is
    // refused, as by the archive.
    static Result<BoundVolume> load(const Profile& profile, const QString& caseNo, const std::atomic_bool& cancel);
    // From a loaded volume (tests, benchmarks).
    static Result<BoundVolume> bind(Volume volume, const std::atomic_bool& cancel);

    // The sheet showing volume page `number`, or -1.
    int sheetOfNumber(int number) const;
    int sheetOfPage(qint64 pageId) const;
    // A region of a scanned sheet's page in its OCR (processed-image) pixels → the sheet's millimetres, and back; a
    // null rectangle stays null (the whole page).
    QRectF toMm(int sheet, const QRect& pixels) const;
    QRect toPixels(int sheet, const QRectF& mm) const;
    // "第 3 页" for a numbered sheet, the sheet's own label otherwise.
    QString sheetName(int sheet) const;
};

} // namespace Dossier
