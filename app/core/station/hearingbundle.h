#pragma once

#include "archive/boundvolume.h"

#include <dossier/result.h>

#include <QList>
#include <QString>

namespace Dossier {

// A selection of a bound volume's sheets written to a PDF (a hearing bundle, or pages to hand over): each sheet as
// the archive draws it, with its number in the volume stamped on it, at 200 dpi. Written atomically.
Status writeSheetsPdf(const BoundVolume& volume, const QList<int>& sheets, const QString& path);

} // namespace Dossier
