#include "domain/textutil.h"

#include <algorithm>
#include <vector>

namespace Dossier::TextUtil {

bool isHan(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return isHan(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x2E80 && u <= 0x2FFF);
}

QString compareForm(const QString& s)
{
    const QString n = s.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(n.size());
    for (QChar c : n)
        if (!c.isSpace())
            out += c;
    return out;
}

QString lettersOnly(const QString& s)
{
    QString out;
    for (QChar c : compareForm(s))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

int levenshtein(const QString& a, const QString& b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (size_t j = 0; j < prev.size(); ++j)
        prev[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

double similarity(const QString& a, const QString& b)
{
    const qsizetype m = std::max(a.size(), b.size());
    if (m == 0)
        return 1.0;
    return 1.0 - double(levenshtein(a, b)) / double(m);
}

namespace {

void appendFolded(Folded& out, char32_t c, int at)
{
    if (c < 0x80) {
        if ((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z')) {
            out.chars.append(c);
            out.at.append(at);
        } else if (c >= u'A' && c <= u'Z') {
            out.chars.append(c + (u'a' - u'A'));
            out.at.append(at);
        }
        return;
    }
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) { // Han: NFKC leaves them as they are
        out.chars.append(c);
        out.at.append(at);
        return;
    }
    if (c >= 0xFF01 && c <= 0xFF5E) // full-width ASCII: NFKC gives the ASCII character
        return appendFolded(out, c - 0xFEE0, at);
    const QString nfkc = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_KC);
    for (char32_t n : nfkc.toUcs4())
        if (QChar::isLetterOrNumber(n)) {
            out.chars.append(QChar::toCaseFolded(n));
            out.at.append(at);
        }
}

void appendUcs4(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

} // namespace

Folded fold(QStringView s)
{
    Folded out;
    out.chars.reserve(s.size());
    out.at.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            appendFolded(out, QChar::surrogateToUcs4(c, s.at(i + 1)), int(i));
            ++i;
        } else {
            appendFolded(out, c.unicode(), int(i));
        }
    }
    return out;
}

QString ftsForm(const QString& s)
{
    const QList<char32_t> chars = fold(s).chars;
    QString out;
    out.reserve(chars.size() * 3);
    for (qsizetype i = 0; i < chars.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(' ');
        appendUcs4(out, chars.at(i));
        if (i + 1 < chars.size())
            appendUcs4(out, chars.at(i + 1));
    }
    return out;
}

QString ftsQuery(const QString& needle)
{
    const QList<char32_t> chars = fold(needle).chars;
    if (chars.isEmpty())
        return {};
    QString q = QStringLiteral("\"");
    if (chars.size() == 1) {
        appendUcs4(q, chars.front());
        return q + QStringLiteral("\"*");
    }
    for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
        if (i > 0)
            q += QLatin1Char(' ');
        appendUcs4(q, chars.at(i));
        appendUcs4(q, chars.at(i + 1));
    }
    return q + QLatin1Char('"');
}

QPair<int, int> findFolded(const QString& text, const QString& needle)
{
    const Folded t = fold(text);
    const QList<char32_t> n = fold(needle).chars;
    if (n.isEmpty())
        return {-1, -1};
    const auto it = std::search(t.chars.cbegin(), t.chars.cend(), n.cbegin(), n.cend());
    if (it == t.chars.cend())
        return {-1, -1};
    const qsizetype first = it - t.chars.cbegin();
    const int last = t.at.at(first + n.size() - 1);
    return {t.at.at(first), last + (text.at(last).isHighSurrogate() ? 2 : 1)};
}

QString snippet(const QString& text, const QString& needle, int context)
{
    const auto [from, to] = findFolded(text, needle);
    QString s = from < 0 ? text.left(2 * context)
                         : text.mid(std::max(0, from - context), to - std::max(0, from - context) + context);
    return s.replace(QLatin1Char('\n'), QLatin1Char(' ')).trimmed();
}

} // namespace Dossier::TextUtil
