#pragma once

#include <dossier/exporter.h>

#include <QImage>
#include <QSize>

namespace Dossier {

// Paints one sheet of the export page model into an image, as the archive outputs show it: images (a master
// decoded only as large as needed, placed and clipped), vector paths and glyph shapes. Reentrant: sheets are
// painted on worker threads. `widthPx` is the width of the result; the height follows the sheet's aspect.
class SheetRenderer final
{
public:
    static QImage render(const ExportDocument& document, int sheet, int widthPx);
};

} // namespace Dossier
