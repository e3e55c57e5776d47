#pragma once

#include <dossier/ocrtypes.h>

#include <QList>
#include <QRect>
#include <QString>
#include <QStringList>

namespace Dossier {

// 隐名处理 (法释〔2016〕19号) of one page's OCR: personal names keep their surname and the given name becomes
// 某 (某甲, 某乙 … when two parties share a surname); ID numbers, phone numbers, home addresses, bank
// accounts, plate numbers and property certificate numbers are blanked. Works on the OCR words, so a number
// broken over two lines is still found. The page's image is redacted from the returned boxes.
class Anonymiser final
{
public:
    // `parties`: the names of the case's natural and legal persons (legal persons are left as they are).
    explicit Anonymiser(const QStringList& parties);

    struct Page
    {
        QList<QStringList> words; // the new text of every word, per line (same shape as the OcrPage)
        QList<QRect> boxes;       // areas to black out, in the OCR image's pixels
        int redacted = 0;         // characters blanked
        int renamed = 0;          // names replaced
    };
    Page apply(const OcrPage& page) const;

    // The replacement of each natural person's name: 石强远 → 石某.
    const QList<QPair<QString, QString>>& names() const { return m_names; }

private:
    QList<QPair<QString, QString>> m_names;
};

} // namespace Dossier
