// Test fixture: a Qt plugin with valid Dossier-looking metadata but the IID of another application's interface.
// The host must skip it (the IID is not org.dossier.*) and never offer it for a Dossier interface.
#include <QObject>
#include <QtPlugin>

namespace DossierFixture {

class OtherIidPlugin final : public QObject
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "com.example.Other/1" FILE "otheriid.json")
};

} // namespace DossierFixture

#include "otheriidplugin.moc"
