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

QString ftsForm(const QString& s)
{
    QString out;
    out.reserve(s.size() * 2);
    for (QChar c : s.normalized(QString::NormalizationForm_KC)) {
        if (isWide(c)) {
            if (!out.isEmpty() && !out.back().isSpace())
                out += QLatin1Char(' ');
            out += c;
            out += QLatin1Char(' ');
        } else {
            out += c;
        }
    }
    return out.simplified();
}

QString ftsQuery(const QString& needle)
{
    QString q = ftsForm(needle);
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace Dossier::TextUtil
