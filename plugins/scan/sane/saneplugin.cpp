#include "saneplugin.h"

#include "sanelibrary.h"
#include "sanesession.h"

namespace Dossier {

SanePlugin::SanePlugin(QObject* parent) : QObject(parent) {}

Result<QList<ScanDevice>> SanePlugin::devices()
{
    if (Status s = SaneLibrary::init(); !s)
        return s.error();
    const std::lock_guard lock(SaneLibrary::mutex());
    return listDevices();
}

Result<QList<ScanDevice>> SanePlugin::listDevices()
{
    const SANE_Device** list = nullptr;
    if (const SANE_Status status = sane_get_devices(&list, SANE_FALSE); status != SANE_STATUS_GOOD)
        return SaneLibrary::failure(QT_TRANSLATE_NOOP("Dossier::Error", "The list of scanners is not available: %1."),
                                    status);
    // The list belongs to SANE and lives only until the next call: copy it now.
    QList<ScanDevice> out;
    m_known.clear();
    for (int i = 0; list && list[i]; ++i) {
        const SANE_Device* d = list[i];
        ScanDevice device{QString::fromUtf8(d->name), QString::fromUtf8(d->vendor), QString::fromUtf8(d->model),
                          QString::fromUtf8(d->type)};
        m_known.insert(device.name, device);
        out << device;
    }
    return out;
}

Result<std::unique_ptr<ScanSession>> SanePlugin::open(const QString& deviceName)
{
    if (Status s = SaneLibrary::init(); !s)
        return s.error();
    const std::lock_guard lock(SaneLibrary::mutex());
    SANE_Handle handle = nullptr;
    if (const SANE_Status status = sane_open(deviceName.toUtf8().constData(), &handle); status != SANE_STATUS_GOOD)
        return SaneLibrary::failure(QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 could not be opened: %2."),
                                    status, {deviceName});

    // Pages name their scanner as "vendor model (name)"; a device opened without listing first is looked up.
    if (!m_known.contains(deviceName))
        (void)listDevices(); // a listing that fails leaves the device named as given; opening it says what is wrong
    QString label = deviceName;
    if (const auto it = m_known.constFind(deviceName); it != m_known.constEnd())
        label = QStringLiteral("%1 %2 (%3)").arg(it->vendor, it->model, deviceName);
    return std::unique_ptr<ScanSession>(std::make_unique<SaneSession>(handle, label));
}

} // namespace Dossier
