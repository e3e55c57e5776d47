#include "pipeline/scancapture.h"

#include "common/fsutil.h"
#include "imaging/pix.h"

#include <leptonica/allheaders.h>

#include <QDir>

namespace Dossier {

Result<QByteArray> ScanCapture::encodeMaster(const ScannedPage& page, QString* extension)
{
    const QImage& img = page.image;
    const bool bitonal = img.format() == QImage::Format_Mono || img.format() == QImage::Format_MonoLSB;
    // The clerk's chosen mode decides the master's colour space (DA/T 31: colour by default), not the content.
    const bool grey = img.format() == QImage::Format_Grayscale8 || img.format() == QImage::Format_Grayscale16;
    PixPtr pix = qImageToPix(bitonal || grey ? img.convertToFormat(QImage::Format_Grayscale8) : img);
    if (!pix)
        return Error(QStringLiteral("scan_encode_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanned page could not be encoded as an image file."));
    l_uint8* data = nullptr;
    size_t size = 0;
    int rc = 1;
    if (bitonal) {
        PixPtr bin(pixThresholdToBinary(pix.get(), 128));
        pixSetResolution(bin.get(), page.dpi, page.dpi);
        rc = pixWriteMemTiff(&data, &size, bin.get(), IFF_TIFF_G4);
        *extension = QStringLiteral("tif");
    } else {
        pixSetResolution(pix.get(), page.dpi, page.dpi);
        rc = pixWriteMemJpeg(&data, &size, pix.get(), 90, 0);
        *extension = QStringLiteral("jpg");
    }
    if (rc != 0 || !data)
        return Error(QStringLiteral("scan_encode_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanned page could not be encoded as an image file."));
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    lept_free(data);
    return bytes;
}

Result<ScanCapture::Captured> ScanCapture::capture(ScanSource* source, const QString& deviceName,
                                                   const ScanSettings& settings, const QString& folder,
                                                   const std::atomic_bool& cancel, const PageCallback& onPage)
{
    auto session = source->open(deviceName);
    if (!session)
        return session.error();
    if (auto c = session.value()->configure(settings); !c)
        return c.error();
    if (!QDir().mkpath(folder))
        return Error(QStringLiteral("store_mkdir_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Cannot create the folder %1."), {folder});
    Captured out;
    out.device = deviceName;
    for (int n = 1; settings.maxPages <= 0 || n <= settings.maxPages; ++n) {
        auto next = session.value()->next(cancel);
        if (!next) {
            if (out.files.isEmpty())
                return next.error();
            out.stoppedBy = next.error();
            break;
        }
        if (!next->has_value())
            break; // feeder empty
        if (!(*next)->device.isEmpty())
            out.device = (*next)->device; // "vendor model (name)"
        QString ext;
        auto bytes = encodeMaster(**next, &ext);
        if (!bytes)
            return bytes.error();
        const QString file = QStringLiteral("%1/%2.%3").arg(folder).arg(n, 4, 10, QLatin1Char('0')).arg(ext);
        if (auto w = FsUtil::writeDurably(file, *bytes); !w)
            return w.error();
        out.files << file;
        if (onPage)
            onPage(n, file);
    }
    return out;
}

} // namespace Dossier
