#pragma once

#include <dossier/ocrtypes.h>
#include <dossier/result.h>

#include <QImage>
#include <QStringList>
#include <QtPlugin>

#include <memory>

namespace Dossier {

struct OcrOptions final
{
    QString languages = QStringLiteral("chi_sim"); // Tesseract-style: "chi_sim+eng"
    QString dataPath;                              // empty: the engine's default
};

// One engine instance per worker thread: a session is not thread-safe; sessions are independent.
class OcrSession
{
public:
    virtual ~OcrSession() = default;
    // grey: Format_Grayscale8. dpi: the resolution of the given image.
    virtual Result<OcrPage> recognise(const QImage& grey, int dpi) = 0;
};

// The plugin's factory interface.
class OcrEngine
{
public:
    virtual ~OcrEngine() = default;
    virtual QString engineVersion() const = 0;
    virtual QStringList availableLanguages(const QString& dataPath) const = 0;
    virtual Result<std::unique_ptr<OcrSession>> createSession(const OcrOptions& options) = 0;
};

} // namespace Dossier

#define DossierOcrEngine_iid "org.dossier.OcrEngine/1"
Q_DECLARE_INTERFACE(Dossier::OcrEngine, DossierOcrEngine_iid)
