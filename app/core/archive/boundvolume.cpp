#include "archive/boundvolume.h"

#include <QCoreApplication>

namespace Dossier {

Result<BoundVolume> BoundVolume::load(const Profile& profile, const QString& caseNo, const std::atomic_bool& cancel)
{
    auto volume = Volume::loadMain(profile, caseNo, Volume::Detail::Reading);
    if (!volume)
        return volume.error();
    return bind(std::move(*volume), cancel);
}

Result<BoundVolume> BoundVolume::bind(Volume volume, const std::atomic_bool& cancel)
{
    VolumeBuilder::Options options;
    options.variant = ExportVariant::Archival;
    auto doc = VolumeBuilder::build(volume, options, cancel);
    if (!doc)
        return doc.error();
    BoundVolume b;
    b.volume = std::move(volume);
    b.document = std::move(*doc);
    // The builder draws 封面, the 卷内目录 sheets, then every document's pages in order, then 备考表.
    QList<int> scanned; // volume.pages indices in the order the builder draws them
    for (const VolumeDocument& d : std::as_const(b.volume.documents))
        scanned += d.pages;
    const int firstScanned = int(b.document.pages.size()) - 1 - int(scanned.size());
    if (firstScanned < 1)
        return Error(QStringLiteral("bound_volume_mismatch"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The volume of case %1 could not be bound."),
                     {b.volume.caseNo});
    for (int i = 0; i < b.document.pages.size(); ++i) {
        Sheet s;
        s.label = b.document.pages.at(i).label;
        s.size = b.document.pages.at(i).size;
        const int k = i - firstScanned;
        if (k >= 0 && k < scanned.size()) {
            s.volumePage = scanned.at(k);
            const VolumePage& p = b.volume.pages.at(s.volumePage);
            s.pageId = p.id;
            s.number = p.number;
            s.document = p.document;
        }
        b.sheets << s;
    }
    b.outline << OutlineEntry{QStringLiteral("封面"), 0, 0, 0, 0};
    b.outline << OutlineEntry{QStringLiteral("卷内目录"), 1, 0, 0, 0};
    for (int d = 0; d < b.volume.documents.size(); ++d) {
        const VolumeDocument& doc = b.volume.documents.at(d);
        if (doc.pages.isEmpty())
            continue;
        const QString title = doc.title.isEmpty() ? doc.typeName : doc.title;
        b.outline << OutlineEntry{QStringLiteral("%1. %2").arg(d + 1).arg(title),
                                  firstScanned + int(scanned.indexOf(doc.pages.first())), 1, doc.firstPage,
                                  doc.lastPage};
    }
    b.outline << OutlineEntry{QStringLiteral("备考表"), int(b.sheets.size()) - 1, 0, 0, 0};
    return b;
}

namespace {
double workingToMm(const BoundVolume& b, int sheet)
{
    const int page = b.sheets.value(sheet).volumePage;
    return page < 0 ? 1.0 : VolumeBuilder::geometry(b.volume.pages.at(page)).workingToMm;
}
} // namespace

QRectF BoundVolume::toMm(int sheet, const QRect& px) const
{
    const double k = workingToMm(*this, sheet);
    return px.isNull() ? QRectF() : QRectF(px.x() * k, px.y() * k, px.width() * k, px.height() * k);
}

QRect BoundVolume::toPixels(int sheet, const QRectF& mm) const
{
    const double k = workingToMm(*this, sheet);
    return mm.isNull() ? QRect() : QRectF(mm.x() / k, mm.y() / k, mm.width() / k, mm.height() / k).toRect();
}

int BoundVolume::sheetOfNumber(int number) const
{
    for (int i = 0; i < sheets.size(); ++i)
        if (number > 0 && sheets.at(i).number == number)
            return i;
    return -1;
}

int BoundVolume::sheetOfPage(qint64 pageId) const
{
    for (int i = 0; i < sheets.size(); ++i)
        if (pageId > 0 && sheets.at(i).pageId == pageId)
            return i;
    return -1;
}

QString BoundVolume::sheetName(int sheet) const
{
    if (sheet < 0 || sheet >= sheets.size())
        return {};
    const Sheet& s = sheets.at(sheet);
    return s.number > 0 ? QCoreApplication::translate("Dossier::BoundVolume", "page %1").arg(s.number) : s.label;
}

} // namespace Dossier
