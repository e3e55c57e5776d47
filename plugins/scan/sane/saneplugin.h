#pragma once

#include <dossier/scansource.h>

#include <QHash>
#include <QObject>

namespace Dossier {

// Scanning through SANE, in-process: devices() lists what sane_get_devices() finds (local and network), open()
// gives a SaneSession on one device. SANE is initialised once per process, on first use; SANE_CONFIG_DIR and
// friends must be set before then.
class SanePlugin final : public QObject, public ScanSource
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DossierScanSource_iid FILE "sane.json")
    Q_INTERFACES(Dossier::ScanSource)

public:
    explicit SanePlugin(QObject* parent = nullptr);

    Result<QList<ScanDevice>> devices() override;
    Result<std::unique_ptr<ScanSession>> open(const QString& deviceName) override;

private:
    Result<QList<ScanDevice>> listDevices(); // with SaneLibrary::mutex() held

    QHash<QString, ScanDevice> m_known; // by name, from the last listing; guarded by SaneLibrary::mutex()
};

} // namespace Dossier
