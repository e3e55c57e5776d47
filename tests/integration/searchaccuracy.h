#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {
class Profile;
}

namespace Dossier::Test {

// A page's ground truth: its file name (the end of its source path) and the text printed on it.
struct TruthPage
{
    QString file;
    QString text;
};

// Search accuracy of one class of words, over (word, page) pairs: recall = truth pages holding the word that the
// search lists, precision = pages listed whose truth holds it.
struct SearchScore
{
    QString kind;
    int words = 0, found = 0, missed = 0, wrong = 0;
    double recall() const { return found + missed ? double(found) / (found + missed) : 1; }
    double precision() const { return found + wrong ? double(found) / (found + wrong) : 1; }
};

// Words chosen from the ground truth alone (never from what was read): every 2-character run of Han characters
// sampled (seeded), a fixed list of legal 2-character words, the names after 原告/被告/… and the like, every number
// of 6 digits or more (across line breaks) and its last six digits, 4- and 6-character phrases sampled.
QList<QPair<QString, QStringList>> searchWords(const QList<TruthPage>& truth);
// Runs each word through searchPages over the whole profile; `problems` gets the misses and wrong finds. The last
// score is the total.
QList<SearchScore> scoreSearch(const Profile& profile, const QList<TruthPage>& truth,
                               const QList<QPair<QString, QStringList>>& words, QStringList* problems);
QString describe(const SearchScore& s);

} // namespace Dossier::Test
