#include "pipeline/typescorer.h"

#include "domain/textutil.h"

#include <QSet>

namespace Dossier {

TypeScorer::TypeScorer(const CatalogueTemplate& tmpl)
{
    QHash<QString, int> uses;
    for (const TemplateItem& it : tmpl.items) {
        QSet<QString> words;
        for (const QString& k : it.keywords)
            if (const QString w = TextUtil::lettersOnly(k); !w.isEmpty())
                words.insert(w);
        for (const QString& w : std::as_const(words))
            ++uses[w];
    }
    for (const TemplateItem& it : tmpl.items) {
        QList<Keyword> keywords;
        QSet<QString> seen;
        for (const QString& k : it.keywords) {
            const QString w = TextUtil::lettersOnly(k);
            if (!w.isEmpty() && !seen.contains(w)) {
                seen.insert(w);
                keywords.append({w, 1.0 / uses.value(w, 1)});
            }
        }
        if (!keywords.isEmpty())
            m_items.append({it.code, keywords});
    }
}

bool TypeScorer::containsLoosely(const QString& letters, const QString& word)
{
    if (letters.contains(word))
        return true;
    const qsizetype n = word.size();
    if (n < 4)
        return false;
    for (qsizetype i = 0; i + n <= letters.size(); ++i) {
        int misses = 0;
        for (qsizetype k = 0; k < n && misses <= 1; ++k)
            misses += letters.at(i + k) != word.at(k);
        if (misses <= 1)
            return true;
    }
    return false;
}

double TypeScorer::scoreOf(const QList<Keyword>& keywords, const QString& letters)
{
    double s = 0;
    for (const Keyword& k : keywords)
        if (containsLoosely(letters, k.word))
            s += k.weight;
    return s;
}

double TypeScorer::score(const QString& letters, const QString& code) const
{
    for (const auto& [c, keywords] : m_items)
        if (c == code)
            return scoreOf(keywords, letters);
    return 0;
}

TypeScorer::Score TypeScorer::best(const QString& letters) const
{
    Score out;
    for (const auto& [code, keywords] : m_items) {
        const double s = scoreOf(keywords, letters);
        if (s > out.score) {
            out.runnerUp = out.score;
            out.score = s;
            out.code = code;
        } else if (s > out.runnerUp) {
            out.runnerUp = s;
        }
    }
    return out;
}

} // namespace Dossier
