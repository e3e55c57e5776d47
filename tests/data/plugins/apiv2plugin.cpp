// Test fixture: a well-formed OCR plugin whose metadata declares apiVersion 2. The host must skip it from the
// metadata alone, without loading it. High priority, so that a host that ignored the version would pick it.
#include <dossier/ocrengine.h>

#include <QObject>

namespace DossierFixture {

class ApiV2Plugin final : public QObject, public Dossier::OcrEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DossierOcrEngine_iid FILE "apiv2.json")
    Q_INTERFACES(Dossier::OcrEngine)

public:
    QString engineVersion() const override { return QStringLiteral("fixture-apiv2"); }
    QStringList availableLanguages(const QString&) const override { return {}; }
    Dossier::Result<std::unique_ptr<Dossier::OcrSession>> createSession(const Dossier::OcrOptions&) override
    {
        return Dossier::Error(QStringLiteral("fixture"), "fixture plugin");
    }
};

} // namespace DossierFixture

#include "apiv2plugin.moc"
