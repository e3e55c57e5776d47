#pragma once

#include <dossier/exporter.h>

#include <QObject>

namespace Dossier {

// OFD (GB/T 33190-2016), DocType OFD-A (GB/T 42133-2022): a ZIP package with OFD.xml, Doc_0/Document.xml,
// public and document resources, and one Content.xml per page — the page image in a Background layer, the
// invisible text (Fill="false", and a fill colour with Alpha 0 for readers that ignore Fill) and the drawn forms
// in a Body layer; units are millimetres. JPEG and PNG masters are embedded as their own files; a TIFF master
// (a bitonal page's CCITT G4) as a PNG of the same pixels, 1 bit a pixel for a bitonal page, which readers built
// on a browser decode. The invisible text uses an embedded glyphless font.
class OfdExporter final : public QObject, public Exporter
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DossierExporter_iid FILE "ofd.json")
    Q_INTERFACES(Dossier::Exporter)

public:
    QString format() const override { return QStringLiteral("ofd"); }
    QString fileSuffix() const override { return QStringLiteral("ofd"); }
    Result<Ok> write(const ExportDocument& document, const QString& path,
                     const ExportProgress& progress) const override;
    Result<QStringList> check(const QString& path) const override;
    Result<QString> extractText(const QString& path) const override;
};

} // namespace Dossier
