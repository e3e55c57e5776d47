#pragma once

#include <dossier/exporter.h>

#include <QObject>

namespace Dossier {

// PDF/A-2u with PoDoFo: masters embedded without recompression, an invisible text layer in a glyphless
// embedded font with a ToUnicode map, XMP with pdfaid, an sRGB OutputIntent, bookmarks and page labels.
class PdfaExporter final : public QObject, public Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DossierExporter_iid FILE "pdfa.json")
    Q_INTERFACES(Dossier::Exporter)

public:
    QString format() const override { return QStringLiteral("pdfa"); }
    QString fileSuffix() const override { return QStringLiteral("pdf"); }
    Result<Ok> write(const ExportDocument& document, const QString& path,
                     const ExportProgress& progress) const override;
    Result<QStringList> check(const QString& path) const override;
    Result<QString> extractText(const QString& path) const override;
};

} // namespace Dossier
