#include "tesseractplugin.h"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

#include <QDir>
#include <QFileInfo>

namespace Dossier {
namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF) ||
           (u >= 0x3000 && u <= 0x303F) || c.isSurrogate();
}

// Joins recognised words: a space only between two non-CJK neighbours (Latin words, numbers).
void appendWord(QString& line, const QString& word)
{
    if (word.isEmpty())
        return;
    if (!line.isEmpty() && !isWide(line.back()) && !isWide(word.front()))
        line += QLatin1Char(' ');
    line += word;
}

QString stripInnerSpaces(const QString& word)
{
    QString out;
    out.reserve(word.size());
    for (qsizetype i = 0; i < word.size(); ++i) {
        const QChar c = word.at(i);
        if (c.isSpace()) {
            const bool prevWide = !out.isEmpty() && isWide(out.back());
            const bool nextWide = i + 1 < word.size() && isWide(word.at(i + 1));
            if (prevWide || nextWide || out.isEmpty())
                continue;
            out += QLatin1Char(' ');
            continue;
        }
        out += c;
    }
    return out;
}

class TesseractSession final : public OcrSession
{
public:
    Result<OcrPage> recognise(const QImage& grey, int dpi) override
    {
        if (grey.format() != QImage::Format_Grayscale8)
            return Error(QStringLiteral("ocr_bad_image"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The OCR engine was given an image it cannot read."));
        m_api.SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        m_api.SetSourceResolution(dpi > 0 ? dpi : 300);
        if (m_api.Recognize(nullptr) != 0)
            return Error(QStringLiteral("ocr_failed"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Text recognition failed on this page."));

        OcrPage page;
        page.engine = m_engine;
        double confSum = 0;
        int confChars = 0;
        std::unique_ptr<tesseract::ResultIterator> it(m_api.GetIterator());
        if (it) {
            do {
                if (it->Empty(tesseract::RIL_TEXTLINE))
                    continue;
                OcrLine line;
                int x1, y1, x2, y2;
                it->BoundingBox(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2);
                line.box = QRect(QPoint(x1, y1), QPoint(x2 - 1, y2 - 1));
                line.confidence = it->Confidence(tesseract::RIL_TEXTLINE);
                do {
                    std::unique_ptr<char[]> w(it->GetUTF8Text(tesseract::RIL_WORD));
                    if (!w)
                        continue;
                    OcrWord word;
                    word.text = stripInnerSpaces(QString::fromUtf8(w.get()).trimmed());
                    if (word.text.isEmpty())
                        continue;
                    it->BoundingBox(tesseract::RIL_WORD, &x1, &y1, &x2, &y2);
                    word.box = QRect(QPoint(x1, y1), QPoint(x2 - 1, y2 - 1));
                    word.confidence = it->Confidence(tesseract::RIL_WORD);
                    appendWord(line.text, word.text);
                    confSum += double(word.confidence) * word.text.size();
                    confChars += int(word.text.size());
                    line.words.append(word);
                } while (!it->IsAtFinalElement(tesseract::RIL_TEXTLINE, tesseract::RIL_WORD) &&
                         it->Next(tesseract::RIL_WORD));
                if (!line.words.isEmpty())
                    page.lines.append(line);
            } while (it->Next(tesseract::RIL_TEXTLINE));
        }
        page.characterCount = confChars;
        page.meanConfidence = confChars > 0 ? float(confSum / confChars) : 0.f;
        m_api.Clear();
        return page;
    }

    tesseract::TessBaseAPI m_api;
    QString m_engine;
};

QString defaultDataPath()
{
    const QByteArray env = qgetenv("TESSDATA_PREFIX");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
    for (const char* p :
         {"/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata"}) {
        if (QFileInfo::exists(QString::fromLatin1(p)))
            return QString::fromLatin1(p);
    }
    return {};
}

} // namespace

TesseractPlugin::TesseractPlugin(QObject* parent) : QObject(parent)
{
    // Our parallelism is one engine per worker; OpenMP inside each engine only adds contention.
    if (qEnvironmentVariableIsEmpty("OMP_THREAD_LIMIT"))
        qputenv("OMP_THREAD_LIMIT", "1");
}

QString TesseractPlugin::engineVersion() const
{
    return QStringLiteral("tesseract ") + QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

QStringList TesseractPlugin::availableLanguages(const QString& dataPath) const
{
    const QString dir = dataPath.isEmpty() ? defaultDataPath() : dataPath;
    QStringList langs;
    for (const QFileInfo& fi : QDir(dir).entryInfoList({QStringLiteral("*.traineddata")}, QDir::Files, QDir::Name))
        langs << fi.completeBaseName();
    return langs;
}

Result<std::unique_ptr<OcrSession>> TesseractPlugin::createSession(const OcrOptions& options)
{
    const QString dataPath = options.dataPath.isEmpty() ? defaultDataPath() : options.dataPath;
    const QStringList have = availableLanguages(dataPath);
    for (const QString& l : options.languages.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        if (!have.contains(l))
            return Error(QStringLiteral("ocr_language_missing"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "OCR language \"%1\" is not installed (looked in %2)."),
                         {l, dataPath});
    }
    auto session = std::make_unique<TesseractSession>();
    const QByteArray path = QFile::encodeName(dataPath);
    if (session->m_api.Init(path.constData(), options.languages.toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return Error(QStringLiteral("ocr_init_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The OCR engine could not start with languages \"%1\"."),
                     {options.languages});
    session->m_api.SetPageSegMode(tesseract::PSM_AUTO);
    session->m_api.SetVariable("debug_file", "/dev/null");
    session->m_engine = engineVersion() + QLatin1Char(' ') + options.languages;
    return std::unique_ptr<OcrSession>(std::move(session));
}

} // namespace Dossier
