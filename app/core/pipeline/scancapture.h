#pragma once

#include <dossier/result.h>
#include <dossier/scansource.h>

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Dossier {

// Takes pages from a scanner and writes each one durably as a master file the moment it arrives
// (JPEG for colour and grey, CCITT G4 TIFF for bitonal, with the scan's dpi in the header), so that a crash
// or a jam loses at most the page in the scanner. The files are then fed to the pipeline in scan order.
class ScanCapture final
{
public:
    struct Captured
    {
        QStringList files; // in scan order
        QString device;
        std::optional<Error> stoppedBy; // a scanner error after some pages: those pages are kept
    };
    using PageCallback = std::function<void(int page, const QString& file)>;

    static Result<Captured> capture(ScanSource* source, const QString& deviceName, const ScanSettings& settings,
                                    const QString& folder, const std::atomic_bool& cancel,
                                    const PageCallback& onPage = {});
    // Encodes a scanned frame as a master image file.
    static Result<QByteArray> encodeMaster(const ScannedPage& page, QString* extension);
};

} // namespace Dossier
