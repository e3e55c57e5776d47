#include "domain/hitboxes.h"

#include "domain/textutil.h"

#include <algorithm>
#include <cmath>

namespace Dossier {

namespace {

// How a printed Chinese line is set: characters advance by a full em (Han, CJK punctuation, full-width forms) or by
// half of one (ASCII letters, digits and marks, latin words a space apart). Tesseract's LSTM word boxes do not say
// where a character is: their left edges lie about a third of a character right of the ink, their widths are often
// wrong (by several characters at times) and overlap the next word's (seen on rendered pages with known character
// positions, tests/integration/testsearchheldout). What they do say is where ink is: a run of words without a wide gap
// — a segment: a line, a table cell, one column's line — spans from its first word's left edge to the furthest right
// edge, and its characters are set along that span by their advances.
constexpr double kWide = 1, kNarrow = 0.5, kSpace = 0.25;
constexpr double kGap = 1.5;   // in line heights: wider blank space between two words starts a new segment
constexpr double kInset = 0.5; // of its advance: the blank side of a bracket, comma or stop at a segment's end

bool isWide(char32_t c)
{
    return c > 0xFFFF ? c >= 0x20000 : TextUtil::isWide(QChar(char16_t(c))); // beyond the BMP: Han extensions
}

bool isAsciiMark(char32_t c)
{
    return c < 0x80 && c > u' ' && !QChar::isLetterOrNumber(c);
}

// Marks whose ink sits on one side of their cell, at the start (opening) or the end (closing) of a segment.
bool isOpening(char32_t c)
{
    return c <= 0xFFFF && QStringView(u"（([「『【〔《〈“‘").contains(QChar(char16_t(c)));
}

bool isClosing(char32_t c)
{
    return c <= 0xFFFF && QStringView(u"。，、；：！？）)]」』】〕》〉”’,.;:!?").contains(QChar(char16_t(c)));
}

// One folded character of the page: where it is set along its segment, in ems.
struct Glyph final
{
    char32_t c = 0;
    int line = 0;
    int segment = 0;
    double from = 0, to = 0;
    int word = 0; // the recognised word it comes from, counted over the page
};

// A vertical line (Tesseract reads a page turned by a quarter as columns of text) is set as a horizontal one with
// its boxes' axes swapped.
QRect across(const QRect& r)
{
    return QRect(r.y(), r.x(), r.height(), r.width());
}

bool isVertical(const OcrLine& line)
{
    return line.box.height() > 2 * line.box.width() && line.text.size() > 1;
}

struct Segment final
{
    QRect ink; // the words' extent: left, furthest right, median top and bottom (axes swapped: vertical)
    double start = 0, end = 0; // where the ink's left and right edges are along the segment, in ems
    bool vertical = false;
};

// A line's segments being set: characters' advances, the words' extents.
class LineSetter final
{
public:
    // `glyphs` gets the folded characters (what a search matches); `originals`, if given, the characters as
    // recognised.
    LineSetter(QList<Glyph>& glyphs, QList<Glyph>* originals, QList<Segment>& segments, int line, int height,
               bool vertical)
        : m_glyphs(glyphs), m_originals(originals), m_segments(segments), m_line(line), m_height(std::max(1, height)),
          m_vertical(vertical)
    {
    }

    void word(const QString& text, const QRect& pageBox, int wordNumber)
    {
        m_word = wordNumber;
        const QRect box = m_vertical ? across(pageBox) : pageBox;
        if (text.isEmpty())
            return;
        if (m_open && box.left() > m_right + kGap * m_height)
            close();
        const QList<uint> chars = text.toUcs4();
        if (!m_open) {
            m_open = true;
            m_pos = 0;
            m_firstAdvance = -1;
            m_first = chars.front();
            m_left = box.left();
            m_right = box.right();
            m_tops.clear();
            m_bottoms.clear();
        } else if (!isWide(m_last) && !isWide(chars.front())) {
            m_pos += kSpace; // latin words and numbers: a space apart, as the line's text joins them
        }
        m_left = std::min(m_left, box.left());
        m_right = std::max(m_right, box.right());
        m_tops << box.top();
        m_bottoms << box.bottom();
        setChars(text, chars);
    }

    void close()
    {
        if (!m_open)
            return;
        m_open = false;
        std::sort(m_tops.begin(), m_tops.end());
        std::sort(m_bottoms.begin(), m_bottoms.end());
        const int top = m_tops.at(m_tops.size() / 2), bottom = m_bottoms.at(m_bottoms.size() / 2);
        // At least a pixel wide: a line stored without a box still has a place.
        Segment s{QRect(QPoint(m_left, top), QPoint(std::max(m_left, m_right), std::max(top, bottom))), 0, m_pos,
                  m_vertical};
        if (isOpening(m_first))
            s.start = kInset * m_firstAdvance;
        if (isClosing(m_last))
            s.end -= kInset * m_lastAdvance;
        s.end = std::max(s.end, s.start + 0.25);
        m_segments.append(s);
    }

private:
    double advance(char32_t c, char32_t before, char32_t after) const
    {
        if (isWide(c))
            return kWide;
        if (QChar::isSpace(c))
            return kSpace;
        // A mark between Han characters is a full-width one the engine gave in ASCII (":" for "：").
        return isAsciiMark(c) && (isWide(before) || isWide(after)) ? kWide : kNarrow;
    }

    void setChars(const QString& text, const QList<uint>& chars)
    {
        QList<double> from(text.size(), m_pos), width(text.size(), 0);
        for (qsizetype k = 0, at = 0; k < chars.size(); ++k) {
            const char32_t c = chars.at(k);
            const double a = advance(c, k > 0 ? chars.at(k - 1) : m_last, k + 1 < chars.size() ? chars.at(k + 1) : 0);
            from[at] = m_pos;
            width[at] = a;
            if (m_originals)
                m_originals->append({c, m_line, int(m_segments.size()), m_pos, m_pos + a, m_word});
            if (m_firstAdvance < 0)
                m_firstAdvance = a;
            m_pos += a;
            m_last = c;
            m_lastAdvance = a;
            at += QChar::requiresSurrogates(c) ? 2 : 1;
        }
        const TextUtil::Folded f = TextUtil::fold(text);
        for (qsizetype k = 0; k < f.chars.size(); ++k) {
            const int at = f.at.at(k);
            m_glyphs.append(
                {f.chars.at(k), m_line, int(m_segments.size()), from.at(at), from.at(at) + width.at(at), m_word});
        }
    }

    QList<Glyph>& m_glyphs;
    QList<Glyph>* m_originals;
    QList<Segment>& m_segments;
    const int m_line, m_height;
    int m_word = 0;
    const bool m_vertical;
    bool m_open = false;
    double m_pos = 0, m_firstAdvance = kWide, m_lastAdvance = kWide;
    char32_t m_first = 0, m_last = 0;
    int m_left = 0, m_right = 0;
    QList<int> m_tops, m_bottoms;
};

// The line's height (a vertical one's width) as its words give it: their median (one speck or one tall box does
// not move it).
int lineHeight(const OcrLine& line, bool vertical)
{
    QList<int> h;
    for (const OcrWord& w : line.words)
        h << (vertical ? w.box.width() : w.box.height());
    if (h.isEmpty())
        return vertical ? line.box.width() : line.box.height();
    std::nth_element(h.begin(), h.begin() + h.size() / 2, h.end());
    return h.at(h.size() / 2);
}

// The part [from, to) (ems) of a segment, on the page.
QRect part(const Segment& s, double from, double to)
{
    const double unit = double(s.ink.width()) / (s.end - s.start);
    const int left = std::clamp(s.ink.x() + int(std::floor(unit * (from - s.start))), s.ink.left(), s.ink.right());
    const int right = std::clamp(s.ink.x() + int(std::ceil(unit * (to - s.start))), left + 1, s.ink.right() + 1);
    const QRect r(left, s.ink.y(), right - left, s.ink.height());
    return s.vertical ? across(r) : r;
}

// The rectangles of glyphs [first, last]: one per line, the segment parts of a line joined.
QList<QRect> rectsOf(const QList<Glyph>& glyphs, const QList<Segment>& segments, qsizetype first, qsizetype last)
{
    QList<QRect> rects;
    int line = -1;
    for (qsizetype i = first; i <= last;) {
        const Glyph& g = glyphs.at(i);
        qsizetype j = i;
        while (j + 1 <= last && glyphs.at(j + 1).segment == g.segment)
            ++j;
        const QRect r = part(segments.at(g.segment), g.from, glyphs.at(j).to);
        if (g.line == line)
            rects.back() = rects.back().united(r);
        else
            rects.append(r);
        line = g.line;
        i = j + 1;
    }
    return rects;
}

// Sets every line of the page: its characters along their segments.
void setPage(const OcrPage& page, QList<Glyph>& glyphs, QList<Glyph>* originals, QList<Segment>& segments)
{
    int word = 0;
    for (qsizetype l = 0; l < page.lines.size(); ++l) {
        const OcrLine& line = page.lines.at(l);
        const bool vertical = isVertical(line);
        LineSetter setter(glyphs, originals, segments, int(l), lineHeight(line, vertical), vertical);
        if (line.words.isEmpty()) // a line read without word boxes: the line is its one word
            setter.word(line.text, line.box, word++);
        for (const OcrWord& w : line.words)
            setter.word(w.text, w.box, word++);
        setter.close();
    }
}

} // namespace

QList<PlacedCharacter> placedCharacters(const OcrPage& page)
{
    QList<Glyph> folded, originals;
    QList<Segment> segments;
    setPage(page, folded, &originals, segments);
    QList<PlacedCharacter> out;
    out.reserve(originals.size());
    for (const Glyph& g : std::as_const(originals))
        if (!QChar::isSpace(g.c))
            out.append({g.c, g.line, g.word, part(segments.at(g.segment), g.from, g.to)});
    return out;
}

QList<QList<QRect>> hitBoxes(const OcrPage& page, const QString& needle)
{
    const QList<char32_t> n = TextUtil::fold(needle).chars;
    if (n.isEmpty())
        return {};
    QList<Glyph> glyphs;
    QList<Segment> segments;
    setPage(page, glyphs, nullptr, segments);
    QList<QList<QRect>> hits;
    const auto same = [](const Glyph& g, char32_t c) { return g.c == c; };
    auto it = glyphs.cbegin();
    while ((it = std::search(it, glyphs.cend(), n.cbegin(), n.cend(), same)) != glyphs.cend()) {
        const qsizetype first = it - glyphs.cbegin();
        hits.append(rectsOf(glyphs, segments, first, first + n.size() - 1));
        it += n.size(); // occurrences do not overlap: each is outlined once
    }
    return hits;
}

QList<int> linesWith(const QList<QString>& lineTexts, const QString& needle)
{
    const QList<char32_t> n = TextUtil::fold(needle).chars;
    if (n.isEmpty())
        return {};
    QList<char32_t> chars;
    QList<int> lineOf;
    for (qsizetype l = 0; l < lineTexts.size(); ++l) {
        const QList<char32_t> f = TextUtil::fold(lineTexts.at(l)).chars;
        chars += f;
        lineOf.insert(lineOf.size(), f.size(), int(l));
    }
    QList<int> lines;
    auto it = chars.cbegin();
    while ((it = std::search(it, chars.cend(), n.cbegin(), n.cend())) != chars.cend()) {
        const qsizetype first = it - chars.cbegin();
        for (int l = lineOf.at(first); l <= lineOf.at(first + n.size() - 1); ++l)
            if (lines.isEmpty() || lines.back() < l)
                lines << l;
        it += n.size();
    }
    return lines;
}

} // namespace Dossier
