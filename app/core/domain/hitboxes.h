#pragma once

#include <dossier/ocrtypes.h>

#include <QList>
#include <QRect>
#include <QString>

namespace Dossier {

// Where a searched text lies on a recognised page: for each occurrence of `needle` on `page` (in reading order,
// compared in TextUtil::fold form, as the index compares it), one rectangle per line it covers, in the pixels of
// the page's OCR boxes (the working image). The characters are set along each run of words without a wide gap (a
// line, a table cell) by their advance — a full em for Han and full-width forms, half for ASCII letters and digits —
// rather than taken from the engine's word boxes, which are not where the characters are (hitboxes.cpp); the pieces
// of one occurrence within a line are joined. Pure: no SQL, no image.
QList<QList<QRect>> hitBoxes(const OcrPage& page, const QString& needle);

// Every character of a recognised page (spaces left out) where hitBoxes sets it: what a region drawn over the page
// covers, character by character (a highlight's words, the text it quotes).
struct PlacedCharacter final
{
    char32_t c = 0;
    int line = 0; // index into page.lines
    int word = 0; // the recognised word it belongs to, counted over the page
    QRect box;    // in the pixels of the page's OCR boxes
};
QList<PlacedCharacter> placedCharacters(const OcrPage& page);

// The lines that the occurrences of `needle` cover, ascending, from the lines' text alone (matched as hitBoxes
// matches them, across line breaks): the lines whose words hitBoxes needs. The other lines of a page may be given to
// it without their words.
QList<int> linesWith(const QList<QString>& lineTexts, const QString& needle);

} // namespace Dossier
