#pragma once

#include <dossier/ocrengine.h>

#include <QObject>

namespace Dossier {

// OCR through the Tesseract API, in-process: one TessBaseAPI per session (one session per worker thread).
class TesseractPlugin final : public QObject, public OcrEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DossierOcrEngine_iid FILE "tesseract.json")
    Q_INTERFACES(Dossier::OcrEngine)

public:
    explicit TesseractPlugin(QObject* parent = nullptr);
    QString engineVersion() const override;
    QStringList availableLanguages(const QString& dataPath) const override;
    Result<std::unique_ptr<OcrSession>> createSession(const OcrOptions& options) override;
};

} // namespace Dossier
