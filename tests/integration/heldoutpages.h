#pragma once

#include "pagepainter.h"

#include <QImage>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// Held-out pages for search and hit boxes (issue 13). NOT TUNING MATERIAL: nothing in the pipeline, the index, the
// search or the boxes may be adjusted to these pages, their words or their figures; they stand for the dossiers the
// program has never seen. They are rendered here with QPainter in fonts the corpus does not use (Noto Serif CJK SC,
// Noto Sans CJK SC, AR PL UMing CN, WenQuanYi Micro Hei), in other layouts (two columns, ruled tables, 9 pt and
// 16 pt type), with their own names (rare surnames among them), 18-digit ID numbers, phone numbers, amounts in 全角
// digits and latin words, then "scanned": 300 dpi A4, a slight skew, paper tone and noise, JPEG.

struct HeldOutPage final
{
    QString file;           // its name in the feed, e.g. "h01.jpg"
    QString font, layout;   // what it shows
    QList<DrawnLine> lines; // in reading order (a table row by row, two columns left then right)
    double skewDeg = 0;     // the rotation (counter-clockwise positive) that straightens the scan
    double larger = 0;      // points added to every type size (the second look)
    unsigned seed = 0;      // added to the grain's seed (the second look)
    QImage scan;            // what the scanner gives: 300 dpi A4, grey

    QString text() const;
};

// The pages, made afresh (deterministic: fixed seeds): six, then the same six in a second look (each in the next
// font of the four, 1.5 pt larger, other grain). Fails (an empty list, `why` set) when a font is missing.
QList<HeldOutPage> heldOutPages(QString* why);

// The words to search for, by class: names, ID numbers (and their last six digits), phone numbers, amounts (typed
// with 半角 digits as a user types them; printed in 全角) and latin words. Chosen when the pages were written,
// never from what was read.
QList<QPair<QString, QStringList>> heldOutWords();

} // namespace Dossier::Test
