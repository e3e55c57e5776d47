#pragma once

#include <QList>
#include <QRect>
#include <QString>

namespace Dossier {

struct OcrWord final
{
    QString text;
    QRect box;            // in the pixels of the image given to the engine
    float confidence = 0; // 0..100
};

struct OcrLine final
{
    QString text; // words joined; no space between Han characters
    QRect box;
    float confidence = 0;
    QList<OcrWord> words;
};

struct OcrPage final
{
    QList<OcrLine> lines; // reading order
    float meanConfidence = 0;
    int characterCount = 0;
    QString engine; // e.g. "tesseract 5.3.0 chi_sim"

    QString text() const
    {
        QString t;
        for (const OcrLine& l : lines) {
            if (!t.isEmpty())
                t += QLatin1Char('\n');
            t += l.text;
        }
        return t;
    }
};

} // namespace Dossier
