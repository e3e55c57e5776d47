#include "station/hearingbundle.h"

#include "archive/sheetrenderer.h"
#include "common/fsutil.h"

#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace Dossier {

Status writeSheetsPdf(const BoundVolume& volume, const QList<int>& sheets, const QString& path)
{
    constexpr double kDpi = 200;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(int(kDpi));
        pdf.setCreator(QStringLiteral("Dossier Workstation"));
        pdf.setTitle(volume.caseNo());
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        for (int i = 0; i < sheets.size(); ++i) {
            const int sheet = sheets.at(i);
            if (sheet < 0 || sheet >= volume.sheets.size())
                continue; // not a sheet of this volume: nothing to write for it
            const QSizeF mm = volume.sheets.at(sheet).size;
            pdf.setPageSize(QPageSize(mm, QPageSize::Millimeter));
            if (i == 0 ? !painter.begin(&pdf) : !pdf.newPage())
                break;
            const QImage image = SheetRenderer::render(volume.document, sheet, int(mm.width() / 25.4 * kDpi));
            painter.drawImage(QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())), image);
        }
        if (painter.isActive())
            painter.end();
    }
    if (buffer.data().isEmpty())
        return Error(QStringLiteral("bundle_write_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The pages could not be written to %1."), {path});
    return FsUtil::writeDurably(path, buffer.data());
}

} // namespace Dossier
