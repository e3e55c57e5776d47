#pragma once

#include <dossier/ocrtypes.h>

#include <QList>
#include <QRect>
#include <QString>

namespace Dossier {

// Where a searched text lies on a recognised page: for each occurrence of `needle` on `page` (in reading order,
// compared in TextUtil::fold form, as the index compares it), one rectangle per line it covers, in the pixels of
// the page's OCR boxes (the working image). A match covering part of a word takes the word's box in proportion to
// the characters covered; the pieces of one occurrence within a line are joined. Pure: no SQL, no image.
QList<QList<QRect>> hitBoxes(const OcrPage& page, const QString& needle);

} // namespace Dossier
