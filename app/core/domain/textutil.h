#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace Dossier::TextUtil {

bool isHan(QChar c);
bool isWide(QChar c); // Han, CJK punctuation, full-width forms
// NFKC, whitespace removed: the form used to compare recognised text with a reference.
QString compareForm(const QString& s);
// Only letters and digits of the compare form (titles without punctuation).
QString lettersOnly(const QString& s);
int levenshtein(const QString& a, const QString& b);
double similarity(const QString& a, const QString& b);

// The search form of a text: NFKC (全角 and 半角 alike), case-folded, letters and digits only (whitespace, line
// breaks and punctuation dropped), one code point at a time, with where each came from in the source text.
struct Folded final
{
    QList<char32_t> chars;
    QList<int> at; // for each of `chars`: the index (UTF-16) of the source code point it came from
};
Folded fold(QStringView s);

// The form of ftsForm() text: kept in the profile's settings (search.fts_form); a profile indexed in another form
// is indexed again when it opens (SearchRepository::ensureIndexForm).
inline constexpr int kFtsFormVersion = 2;
// Text for the FTS5 index (unicode61): the folded text as overlapping pairs of characters, the last character
// alone ("原告张三" → "原告 告张 张三 三"), so that any run of 2 or more letters and digits — a 2-character word, the
// last six digits of an ID number, part of a latin word, across a line break — is a phrase of pairs. Pairs rather
// than single characters: a phrase of digits reads ten huge doclists of single digits (30–45 ms over 100,000
// pages), of digit pairs a hundred smaller ones (1–2 ms).
QString ftsForm(const QString& s);
// The query matching `needle` anywhere in ftsForm text (a phrase of its pairs; one character: a prefix query);
// empty when the needle holds no letter or digit.
QString ftsQuery(const QString& needle);
// Where the folded `needle` first occurs in `text`: [from, to) in UTF-16 indices of `text`, or {-1, -1}.
QPair<int, int> findFolded(const QString& text, const QString& needle);
// About `context` characters of `text` on each side of the first occurrence of `needle`, on one line.
QString snippet(const QString& text, const QString& needle, int context = 20);

} // namespace Dossier::TextUtil
