#pragma once

#include <QString>

namespace Dossier::TextUtil {

bool isHan(QChar c);
bool isWide(QChar c); // Han, CJK punctuation, full-width forms
// NFKC, whitespace removed: the form used to compare recognised text with a reference.
QString compareForm(const QString& s);
// Only letters and digits of the compare form (titles without punctuation).
QString lettersOnly(const QString& s);
int levenshtein(const QString& a, const QString& b);
double similarity(const QString& a, const QString& b);
// Text for the FTS5 index: Han characters separated by spaces so every character is a token.
QString ftsForm(const QString& s);
// A phrase query matching `needle` in ftsForm text.
QString ftsQuery(const QString& needle);

} // namespace Dossier::TextUtil
