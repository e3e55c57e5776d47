#pragma once

#include "saneimage.h"

#include <dossier/scansource.h>

#include <sane/sane.h>

#include <QString>

#include <optional>

namespace Dossier {

class SaneOptions;

// One open SANE device. Every call blocks while the scanner works, so use a session from one worker thread at a
// time; the session owns the handle and closes it.
//
// configure() chooses among the backend's own option values, looked up by option name:
//  - "source": Flatbed ("Flatbed", "Normal" …), Adf ("Automatic Document Feeder", "ADF", "ADF Front" …), AdfDuplex
//    ("ADF Duplex", "Duplex" …), case-insensitive. A backend without a source option is taken to be a flatbed. A
//    backend with a separate "adf-mode" option (Simplex/Duplex) gets that set as well.
//  - "mode": "Color"/"Colour", "Gray"/"Grey", "Lineart"/"Binary"/"Black & White" …. Bitonal on a backend without
//    such a mode (the SANE test backend has only Gray and Color) is grey at a "depth" of 1 bit. Colour and grey
//    ask for 8 bits where the depth can be chosen.
//  - "resolution": any value within the offered range or list; an in-between value becomes the nearest supported
//    one, and pages report the resolution really used. A value outside is an error ("scan_unsupported_dpi").
//    The scan area is left as the backend has it (for most backends: the whole bed or the largest page).
// next() scans one page. A flatbed gives one page, then std::nullopt until configure() is called again. The feeder
// runs as one SANE batch (sane_start per page, sane_cancel only at its end) until the backend reports no more
// documents, or maxPages pages. Cancelling (checked before the scan and between sane_read calls, so within one
// read of the backend) ends the batch with sane_cancel and returns "scan_cancelled"; a later next() starts anew.
class SaneSession final : public ScanSession
{
public:
    SaneSession(SANE_Handle handle, QString label);
    ~SaneSession() override;
    SaneSession(const SaneSession&) = delete;
    SaneSession& operator=(const SaneSession&) = delete;

    Status configure(const ScanSettings& settings) override;
    Result<std::optional<ScannedPage>> next(const std::atomic_bool& cancel) override;

private:
    Status applySource(SaneOptions& options, ScanSettings::Source source) const;
    Status applyMode(SaneOptions& options, ScanSettings::Mode mode) const;
    Result<int> applyResolution(SaneOptions& options, int dpi) const;
    // All frames of one page; std::nullopt when the feeder turned out to be empty.
    Result<std::optional<QImage>> readPage(const std::atomic_bool& cancel);
    Result<std::optional<SaneFrame>> readFrame(const std::atomic_bool& cancel);
    Error failure(SANE_Status status) const;
    void endBatch();

    SANE_Handle m_handle;
    QString m_label; // "vendor model (name)"
    ScanSettings m_settings;
    int m_dpi = 0;
    int m_pages = 0; // since configure()
    bool m_configured = false;
    bool m_started = false;  // sane_start() was called and sane_cancel() is due
    bool m_finished = false; // feeder empty, flatbed page taken or maxPages reached
};

} // namespace Dossier
