#pragma once

#include <dossier/ocrtypes.h>

#include <QByteArrayView>
#include <QList>
#include <QRect>
#include <QString>

namespace Dossier::OcrJson {

// A reader of the OCR JSON that PageResult::ocrToJson writes (UTF-8, as stored in pages.ocr), for the reader's
// search, which needs the words of a few lines of a page: the lines' text and boxes in one pass, the words of a line
// only when asked, with no QJsonDocument in between. Any key order and JSON whitespace are read; keys it does not
// know are skipped.

struct Line final
{
    QString text;
    QRect box;
    float confidence = 0;
    QByteArrayView words; // the line's "w" array, unread: words() reads it (a view into the JSON given)
};

// The lines of a page, in reading order. Reading stops at the first byte that is not JSON of this shape: the lines
// read before it are returned (a damaged record shows fewer boxes; it does not fail a search).
QList<Line> lines(QByteArrayView json);
// The words of one line (Line::words); the same stop at damage.
QList<OcrWord> words(QByteArrayView wordsArray);

} // namespace Dossier::OcrJson
