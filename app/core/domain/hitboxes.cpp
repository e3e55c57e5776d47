#include "domain/hitboxes.h"

#include "domain/textutil.h"

#include <algorithm>
#include <cmath>

namespace Dossier {

namespace {

// One folded character of the page, and the word it belongs to.
struct Glyph final
{
    char32_t c = 0;
    int line = 0;
    int word = 0; // index into the words
    int from = 0; // its source code point within the word's text: [from, to) in UTF-16
    int to = 0;
};

struct Word final
{
    QRect box;
    int length = 1; // UTF-16 length of the word's text
};

void addWord(QList<Glyph>& glyphs, QList<Word>& words, const QString& text, const QRect& box, int line)
{
    const TextUtil::Folded f = TextUtil::fold(text);
    const int w = int(words.size());
    words.append({box, std::max(1, int(text.size()))});
    for (qsizetype k = 0; k < f.chars.size(); ++k) {
        const int at = f.at.at(k);
        glyphs.append({f.chars.at(k), line, w, at, at + (text.at(at).isHighSurrogate() ? 2 : 1)});
    }
}

// The part [from, to) of a word's text in its box: horizontal text, characters of even width.
QRect part(const Word& w, int from, int to)
{
    if (from <= 0 && to >= w.length)
        return w.box;
    const double unit = double(w.box.width()) / w.length;
    const int left = w.box.x() + int(unit * from);
    const int right = w.box.x() + int(std::ceil(unit * to));
    return QRect(left, w.box.y(), std::max(1, right - left), w.box.height());
}

// The rectangles of glyphs [first, last]: one per line, the word parts of a line joined.
QList<QRect> rectsOf(const QList<Glyph>& glyphs, const QList<Word>& words, qsizetype first, qsizetype last)
{
    QList<QRect> rects;
    int line = -1;
    for (qsizetype i = first; i <= last;) {
        const Glyph& g = glyphs.at(i);
        qsizetype j = i;
        while (j + 1 <= last && glyphs.at(j + 1).word == g.word)
            ++j;
        const QRect r = part(words.at(g.word), g.from, glyphs.at(j).to);
        if (g.line == line)
            rects.back() = rects.back().united(r);
        else
            rects.append(r);
        line = g.line;
        i = j + 1;
    }
    return rects;
}

} // namespace

QList<QList<QRect>> hitBoxes(const OcrPage& page, const QString& needle)
{
    const QList<char32_t> n = TextUtil::fold(needle).chars;
    if (n.isEmpty())
        return {};
    QList<Glyph> glyphs;
    QList<Word> words;
    for (qsizetype l = 0; l < page.lines.size(); ++l) {
        const OcrLine& line = page.lines.at(l);
        if (line.words.isEmpty()) // a line read without word boxes: the line is its one word
            addWord(glyphs, words, line.text, line.box, int(l));
        for (const OcrWord& w : line.words)
            addWord(glyphs, words, w.text, w.box, int(l));
    }
    QList<QList<QRect>> hits;
    const auto same = [](const Glyph& g, char32_t c) { return g.c == c; };
    auto it = glyphs.cbegin();
    while ((it = std::search(it, glyphs.cend(), n.cbegin(), n.cend(), same)) != glyphs.cend()) {
        const qsizetype first = it - glyphs.cbegin();
        hits.append(rectsOf(glyphs, words, first, first + n.size() - 1));
        it += n.size(); // occurrences do not overlap: each is outlined once
    }
    return hits;
}

} // namespace Dossier
