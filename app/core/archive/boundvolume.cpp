#include "archive/boundvolume.h"

#include <QCoreApplication>

namespace Dossier {
namespace {

Error notBound(const QString& caseNo)
{
    return Error(QStringLiteral("bound_volume_mismatch"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The volume of case %1 could not be bound."), {caseNo});
}

// Appends one volume's drawn sheets to the bound document: its glyph shapes after those already there.
void appendSheets(ExportDocument& into, ExportDocument&& part)
{
    const int offset = int(into.shapes.size());
    into.shapes += part.shapes;
    for (ExportPage& page : part.pages) {
        for (ExportShape& s : page.shapes)
            s.shape += offset;
        into.pages << std::move(page);
    }
}

} // namespace

Result<BoundVolume> BoundVolume::bind(Volume volume, const std::atomic_bool& cancel)
{
    CaseVolumes one;
    one.volumes << std::move(volume);
    one.names = CaseVolumes::namesOf(one.volumes);
    return bind(std::move(one), cancel);
}

Result<BoundVolume> BoundVolume::bind(CaseVolumes volumes, const std::atomic_bool& cancel)
{
    VolumeBuilder::Options options;
    options.variant = ExportVariant::Archival;
    BoundVolume b;
    b.volumes = std::move(volumes);
    const bool several = b.volumes.volumes.size() > 1;
    for (int part = 0; part < b.volumes.volumes.size(); ++part) {
        const Volume& v = b.volumes.volumes.at(part);
        auto doc = VolumeBuilder::build(v, options, cancel);
        if (!doc)
            return doc.error();
        if (part == 0) {
            b.document.identifier = doc->identifier;
            b.document.title = doc->title;
            b.document.author = doc->author;
        }
        // The builder draws 封面, the 卷内目录 sheets, then every document's pages in order, then 备考表.
        QList<int> scanned; // v.pages indices in the order the builder draws them
        for (const VolumeDocument& d : v.documents)
            scanned += d.pages;
        const int first = int(b.sheets.size());
        const int firstScanned = first + int(doc->pages.size()) - 1 - int(scanned.size());
        if (firstScanned < first + 1)
            return notBound(v.caseNo);
        for (int i = 0; i < doc->pages.size(); ++i) {
            Sheet s;
            s.part = part;
            s.label = doc->pages.at(i).label;
            s.size = doc->pages.at(i).size;
            const int k = first + i - firstScanned;
            if (k >= 0 && k < scanned.size()) {
                s.volumePage = scanned.at(k);
                const VolumePage& p = v.pages.at(s.volumePage);
                s.pageId = p.id;
                s.number = p.number;
                s.document = p.document;
            }
            b.sheets << s;
        }
        appendSheets(b.document, std::move(*doc));
        const int top = several ? 1 : 0;
        if (several)
            b.outline << OutlineEntry{b.volumes.names.at(part), first, 0, 0, 0};
        b.outline << OutlineEntry{QStringLiteral("封面"), first, top, 0, 0};
        b.outline << OutlineEntry{QStringLiteral("卷内目录"), first + 1, top, 0, 0};
        for (int d = 0; d < v.documents.size(); ++d) {
            const VolumeDocument& doc = v.documents.at(d);
            if (doc.pages.isEmpty())
                continue;
            const QString title = doc.title.isEmpty() ? doc.typeName : doc.title;
            b.outline << OutlineEntry{QStringLiteral("%1. %2").arg(d + 1).arg(title),
                                      firstScanned + int(scanned.indexOf(doc.pages.first())), top + 1, doc.firstPage,
                                      doc.lastPage};
        }
        b.outline << OutlineEntry{QStringLiteral("备考表"), int(b.sheets.size()) - 1, top, 0, 0};
    }
    return b;
}

const VolumePage* BoundVolume::pageOf(int sheet) const
{
    if (sheet < 0 || sheet >= sheets.size() || sheets.at(sheet).volumePage < 0)
        return nullptr;
    const Sheet& s = sheets.at(sheet);
    return &volumes.volumes.at(s.part).pages.at(s.volumePage);
}

namespace {
double workingToMm(const BoundVolume& b, int sheet)
{
    const VolumePage* page = b.pageOf(sheet);
    return page ? VolumeBuilder::geometry(*page).workingToMm : 1.0;
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

int BoundVolume::sheetOfPlace(const CaseVolumes::Place& place) const
{
    for (int i = 0; i < sheets.size(); ++i)
        if (place.number > 0 && sheets.at(i).number == place.number && sheets.at(i).part == place.volume)
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

CaseVolumes::Place BoundVolume::placeOf(int sheet) const
{
    if (sheet < 0 || sheet >= sheets.size())
        return {};
    return {sheets.at(sheet).part, sheets.at(sheet).number};
}

QString BoundVolume::sheetName(int sheet) const
{
    if (sheet < 0 || sheet >= sheets.size())
        return {};
    const Sheet& s = sheets.at(sheet);
    const QString name =
        s.number > 0 ? QCoreApplication::translate("Dossier::BoundVolume", "page %1").arg(s.number) : s.label;
    return volumes.volumes.size() > 1 ? QStringLiteral("%1 %2").arg(volumes.names.value(s.part), name) : name;
}

} // namespace Dossier
