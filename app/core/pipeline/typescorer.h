#pragma once

#include "domain/cataloguetemplate.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Dossier {

// How strongly the words of a page speak for each item of a template: the item's keywords found in the page's
// text (one OCR slip forgiven in keywords of four letters or more), each weighing 1 / the number of items that
// list it, so that a word every kind of document uses says little. All words come from the template.
class TypeScorer final
{
public:
    explicit TypeScorer(const CatalogueTemplate& tmpl);

    struct Score
    {
        QString code;
        double score = 0;    // the best item's
        double runnerUp = 0; // the next best item's
    };
    // The best item by keywords for `letters` (TextUtil::lettersOnly of the page's text); empty code if none scores.
    Score best(const QString& letters) const;
    // The keyword score of one item.
    double score(const QString& letters, const QString& code) const;

    // Whether `letters` holds `word`, allowing one substituted letter when the word has four or more.
    static bool containsLoosely(const QString& letters, const QString& word);

private:
    struct Keyword
    {
        QString word;
        double weight = 0;
    };
    static double scoreOf(const QList<Keyword>& keywords, const QString& letters);
    QList<QPair<QString, QList<Keyword>>> m_items; // code → keywords
};

} // namespace Dossier
