#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// A printable list (the 中间库's day ledger, a shelf list): a title, a header row and rows of text, written as CSV
// for a spreadsheet (UTF-8 with a byte-order mark, so that Excel and WPS read the Chinese) or as HTML for print
// preview. A cell that a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading quote: names
// and notes arrive from other desks.
struct TableReport final
{
    QString title;
    QStringList header;
    QList<QStringList> rows;

    QByteArray toCsv() const;
    QString toHtml() const;
};

} // namespace Dossier
