#include "station/tablereport.h"

namespace Dossier {
namespace {

QString csvCell(QString cell)
{
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(QLatin1Char('\'')); // not a formula when opened in a spreadsheet
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
        cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

QString csvLine(const QStringList& cells)
{
    QStringList out;
    for (const QString& c : cells)
        out << csvCell(c);
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace

QByteArray TableReport::toCsv() const
{
    QString text = csvLine(header);
    for (const QStringList& row : rows)
        text += csvLine(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString TableReport::toHtml() const
{
    QString html = QStringLiteral("<html><body style=\"font-family:'AR PL UMing CN';font-size:11pt\"><h2>%1</h2>"
                                  "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>")
                       .arg(title.toHtmlEscaped());
    for (const QString& h : header)
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (const QString& c : row)
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table></body></html>");
}

} // namespace Dossier
