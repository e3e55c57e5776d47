#include "pipeline/pagecues.h"

#include "domain/casenumber.h"
#include "domain/textutil.h"

#include <QRegularExpression>

#include <algorithm>

namespace Dossier {
namespace {

bool endsLikeSentence(const QString& s)
{
    static const QString stops = QStringLiteral("：:，,。；;、");
    return !s.isEmpty() && stops.contains(s.back());
}

bool endsParagraph(const QString& s)
{
    static const QString stops = QStringLiteral("。！？；：:;!?”」』）)");
    return !s.isEmpty() && stops.contains(s.back());
}

// "第 2 页 共 3 页", "第2页", "- 2 -": the page number a footer gives, else 0.
int footerNumber(const QString& line)
{
    static const QRegularExpression numbered(QStringLiteral("^第(\\d{1,3})页(共\\d{1,3}页)?$"));
    static const QRegularExpression dashed(QStringLiteral("^[-—–](\\d{1,3})[-—–]$"));
    const QString s = TextUtil::compareForm(line);
    QRegularExpressionMatch m = numbered.match(s);
    if (!m.hasMatch())
        m = dashed.match(s);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

struct Body
{
    QList<const OcrLine*> lines; // lines with letters, footers left out
    double medianHeight = 0;
    int textRight = 0; // where full lines end
};

Body bodyOf(const OcrPage& ocr, QSize size, PageCues& cues)
{
    Body b;
    QList<int> heights, rights;
    for (const OcrLine& l : ocr.lines) {
        if (TextUtil::lettersOnly(l.text).isEmpty())
            continue;
        if (l.box.top() > size.height() * 0.88) {
            if (const int n = footerNumber(l.text); n > 0) {
                cues.footerPage = n;
                continue;
            }
        }
        b.lines << &l;
        heights << l.box.height();
        rights << l.box.right();
    }
    if (b.lines.isEmpty())
        return b;
    std::nth_element(heights.begin(), heights.begin() + heights.size() / 2, heights.end());
    b.medianHeight = heights.at(heights.size() / 2);
    std::sort(rights.begin(), rights.end());
    b.textRight = rights.at(std::min<qsizetype>(rights.size() - 1, rights.size() * 9 / 10));
    return b;
}

// The title-like lines at the top: short, not ending a clause, centred or larger than the body; the document
// number under them ends them.
void readHeadings(const Body& b, QSize size, PageCues& cues)
{
    int seen = 0;
    for (const OcrLine* l : b.lines) {
        if (seen >= 4 || l->box.top() > size.height() * 0.45)
            break;
        const QString letters = TextUtil::lettersOnly(l->text);
        if (letters.size() < 2 && l->box.height() < b.medianHeight)
            continue; // a speck read as a letter
        ++seen;
        if (PageCues::isDocumentNumber(l->text)) {
            cues.docNumber = true;
            break;
        }
        const bool shortLine = letters.size() >= 2 && letters.size() <= 24;
        const bool centred = std::abs(l->box.center().x() - size.width() / 2.0) < size.width() * 0.1 &&
                             l->box.width() < size.width() * 0.7;
        // Larger type off the centre: a short title (a box made taller by a speck is not).
        const bool large = l->box.height() >= 1.25 * b.medianHeight && letters.size() <= 10;
        // A clause ends with a comma or a colon, a field or a speaker is named before one; a centred title may
        // carry a speck read as a comma at its end.
        const QString text = l->text.trimmed();
        const bool clause = (endsLikeSentence(text) && !(centred && letters.size() <= 12)) ||
                            text.chopped(1).contains(QLatin1Char(':')) || text.chopped(1).contains(QChar(0xFF1A));
        if (!shortLine || clause || !(centred || large))
            break;
        cues.headings << l->text;
    }
    // A document number a line or two further down (under a subtitle, or right-aligned under the title).
    for (qsizetype i = cues.headings.size(); !cues.docNumber && i < std::min<qsizetype>(b.lines.size(), 6); ++i)
        cues.docNumber =
            b.lines.at(i)->box.top() < size.height() * 0.4 && PageCues::isDocumentNumber(b.lines.at(i)->text);
}

// The end of the page: a date line at the right among the last lines (a signature block), or text running on.
void readEnding(const Body& b, QSize size, PageCues& cues)
{
    const qsizetype n = b.lines.size();
    for (qsizetype i = std::max<qsizetype>(0, n - 4); i < n && !cues.closing; ++i)
        cues.closing =
            PageCues::isDateLine(b.lines.at(i)->text) && b.lines.at(i)->box.center().x() > size.width() * 0.45;
    const OcrLine* last = b.lines.last();
    cues.runsOn = !cues.closing && !endsParagraph(last->text.trimmed()) && last->box.right() >= b.textRight * 0.92 &&
                  last->box.width() > size.width() * 0.4;
}

} // namespace

PageCues PageCues::read(const OcrPage& ocr, QSize size)
{
    PageCues cues;
    if (size.isEmpty())
        return cues;
    const Body b = bodyOf(ocr, size, cues);
    if (b.lines.isEmpty())
        return cues;
    for (const OcrLine* l : b.lines)
        cues.text += TextUtil::lettersOnly(l->text);
    cues.firstLine = b.lines.first()->text;
    readHeadings(b, size, cues);
    readEnding(b, size, cues);
    return cues;
}

bool PageCues::isDateLine(const QString& line)
{
    // The year's four digits (one may be misread or a speck read between them: 二@〇二五), month and day in digits
    // or Chinese numerals.
    static const QRegularExpression date(
        QStringLiteral("^(.{0,6}[：:])?(.{4,5})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$"));
    static const QString digits = QStringLiteral("0123456789〇○零Oo一二三四五六七八九");
    const QRegularExpressionMatch m = date.match(TextUtil::compareForm(line));
    if (!m.hasMatch())
        return false;
    const QString year = m.captured(2);
    const auto good = std::count_if(year.cbegin(), year.cend(), [](QChar c) { return digits.contains(c); });
    return good >= 3 && good >= year.size() - 1;
}

bool PageCues::isDocumentNumber(const QString& line)
{
    // A bracketed year, then court and type codes and a sequence (some letters read wrong), ending in 号 or a digit.
    static const QRegularExpression number(QStringLiteral("^[(（〔\\[]\\d{4}[)）〕\\]]([\\p{L}\\p{N}]{3,16})$"));
    const QString s = TextUtil::compareForm(line);
    if (s.size() > 26)
        return false;
    if (CaseNumber::parse(s).ok())
        return true;
    const QRegularExpressionMatch m = number.match(s);
    if (!m.hasMatch())
        return false;
    const QString rest = m.captured(1);
    const auto digits = std::count_if(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); });
    return digits >= 2 && (rest.back() == QChar(0x53F7) || rest.back().isDigit()); // 号
}

} // namespace Dossier
