#pragma once

#include "archive/casevolumes.h"
#include "archive/volume.h"
#include "archive/volumebuilder.h"

#include <dossier/exporter.h>
#include <dossier/result.h>

#include <QList>
#include <QString>

#include <atomic>

namespace Dossier {

class Profile;

// The bound volume (合订本) as a reader shows it: for every volume of the case in reading order (CaseVolumes), the
// sheets the archive draws — 封面, 卷内目录, every document's pages in catalogue order with the volume's page
// numbers stamped on them, 备考表 — with, for each sheet, the scanned page it shows; and an outline made from the
// 卷内目录 rows (not from PDF bookmarks), under each volume's name when the case has several.
struct BoundVolume final
{
    struct Sheet
    {
        qint64 pageId = 0;   // the scanned page shown; 0 for a generated sheet (封面, 卷内目录, 备考表)
        int part = 0;        // index into volumes.volumes: the volume the sheet belongs to
        int number = 0;      // the page's number in its volume; 0: unnumbered (generated, blank back)
        int document = -1;   // index into the volume's documents; -1: a generated sheet
        int volumePage = -1; // index into the volume's pages; -1: a generated sheet
        QString label;       // 封面, 卷内目录, 3, 空白, 备考表
        QSizeF size;         // mm
    };
    struct OutlineEntry
    {
        QString title;
        int sheet = 0;
        int level = 0; // 0: the volume's parts (封面, 卷内目录, 备考表); 1: a 卷内目录 row; one deeper under a
                       // volume's name (level 0) when the case has several volumes
        int firstPage = 0, lastPage = 0;
    };

    CaseVolumes volumes;
    ExportDocument document; // the sheets of every volume as the archive draws them (masters placed, forms as shapes)
    QList<Sheet> sheets;
    QList<OutlineEntry> outline;

    // The volumes bound, loaded without the pages' OCR words (Volume::Detail::Reading: a page's are read when
    // needed). Page numbers are stamped where the archive stamps them unless recognised words were in that corner
    // (the archive then moves the number aside; the reader does not know the words). A classified (涉密) case is
    // refused, as by the archive.
    static Result<BoundVolume> bind(CaseVolumes volumes, const std::atomic_bool& cancel);
    // One volume alone (tests, benchmarks).
    static Result<BoundVolume> bind(Volume volume, const std::atomic_bool& cancel);

    QString caseNo() const { return volumes.caseNo(); }
    // The sheet showing page `place.number` of volume `place.volume`, or -1.
    int sheetOfPlace(const CaseVolumes::Place& place) const;
    int sheetOfPage(qint64 pageId) const;
    CaseVolumes::Place placeOf(int sheet) const;
    // The scanned page a sheet shows, or nullptr for a generated sheet.
    const VolumePage* pageOf(int sheet) const;
    // A region of a scanned sheet's page in its OCR (processed-image) pixels → the sheet's millimetres, and back; a
    // null rectangle stays null (the whole page).
    QRectF toMm(int sheet, const QRect& pixels) const;
    QRect toPixels(int sheet, const QRectF& mm) const;
    // "第 3 页" for a numbered sheet (with its volume's name when the case has several), its label otherwise.
    QString sheetName(int sheet) const;
};

} // namespace Dossier
