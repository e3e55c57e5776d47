#pragma once

#include <dossier/result.h>

#include <QImage>
#include <QList>
#include <QString>
#include <QtPlugin>

#include <atomic>
#include <memory>
#include <optional>

namespace Dossier {

struct ScanDevice final
{
    QString name; // e.g. "test:0"
    QString vendor;
    QString model;
    QString type;
};

struct ScanSettings final
{
    enum class Mode { Colour, Grey, Bitonal };
    enum class Source { Flatbed, Adf, AdfDuplex };
    Mode mode = Mode::Grey;
    Source source = Source::Adf;
    int dpi = 300;
    int maxPages = 0; // 0: until the feeder is empty
};

struct ScannedPage final
{
    QImage image; // the raw frame (Grayscale8, RGB888 or Mono)
    int dpi = 0;
    QString device; // "vendor model (name)"
};

class ScanSession
{
public:
    virtual ~ScanSession() = default;
    virtual Status configure(const ScanSettings& settings) = 0;
    // The next page, std::nullopt when the feeder is empty (or the flatbed page was taken).
    virtual Result<std::optional<ScannedPage>> next(const std::atomic_bool& cancel) = 0;
};

class ScanSource
{
public:
    virtual ~ScanSource() = default;
    virtual Result<QList<ScanDevice>> devices() = 0;
    virtual Result<std::unique_ptr<ScanSession>> open(const QString& deviceName) = 0;
};

} // namespace Dossier

#define DossierScanSource_iid "org.dossier.ScanSource/1"
Q_DECLARE_INTERFACE(Dossier::ScanSource, DossierScanSource_iid)
