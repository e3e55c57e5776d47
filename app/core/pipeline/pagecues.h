#pragma once

#include <dossier/ocrtypes.h>

#include <QSize>
#include <QString>
#include <QStringList>

namespace Dossier {

// What a clerk sees of a page at a glance, read from its OCR lines and their boxes — the layout, not the words:
// the title-like lines at the top (short, centred or in larger type), a document number on a line of its own under
// them, a closing block at the end (signatures and a date at the right), whether the text runs on overleaf, and the
// page footer ("第 2 页 共 3 页").
struct PageCues final
{
    QStringList headings;   // the title-like lines at the top, in order (the court's name, the title …)
    bool docNumber = false; // a line near the top that is only a document number: （2024）苏0602民初3201号
    bool closing = false;   // among the last lines: a date line (a signature block), the end of a document
    bool runsOn = false;    // the last line of text is full and ends mid-sentence: the text goes on overleaf
    int footerPage = 0;     // the page number a footer gives (0: none read)
    QString text;           // the page's letters and digits (its body, footers left out)
    QString firstLine;      // the first line of text, as read

    static PageCues read(const OcrPage& ocr, QSize size);

    // A date as a document's closing line writes it: 2024年3月5日, 二〇二四年三月五日 (alone, or after "日期：").
    static bool isDateLine(const QString& line);
    // A line that is nothing but a document number (案号), as read: （2024）苏0602民初3201号.
    static bool isDocumentNumber(const QString& line);
};

} // namespace Dossier
