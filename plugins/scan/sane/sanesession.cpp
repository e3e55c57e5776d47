#include "sanesession.h"

#include "sanelibrary.h"
#include "saneoptions.h"

#include <sane/saneopts.h>

#include <QLatin1String>

#include <algorithm>
#include <array>
#include <cmath>
#include <new>
#include <vector>

namespace Dossier {
namespace {

using namespace Qt::StringLiterals;

using Mode = ScanSettings::Mode;
using Source = ScanSettings::Source;

constexpr qsizetype kReadChunk = 256 * 1024; // per sane_read(): also the granularity of cancelling

// How backends name a source or mode: exact names first (case-insensitive), then the first offered value that
// contains one of the words and none of the excluded ones.
struct Names final
{
    std::vector<QLatin1String> exact;
    std::vector<QLatin1String> containing;
    std::vector<QLatin1String> excluding;
};

const Names& namesOf(Source source)
{
    static const Names flatbed{
        {"Flatbed"_L1, "Normal"_L1, "Document Table"_L1, "Platen"_L1}, {"flatbed"_L1, "platen"_L1}, {}};
    static const Names adf{
        {"Automatic Document Feeder"_L1, "ADF"_L1, "ADF Front"_L1, "ADF Simplex"_L1, "Document Feeder"_L1, "Feeder"_L1},
        {"adf"_L1, "feeder"_L1},
        {"duplex"_L1, "back"_L1, "rear"_L1}};
    static const Names duplex{{"ADF Duplex"_L1, "Duplex"_L1, "Automatic Document Feeder Duplex"_L1}, {"duplex"_L1}, {}};
    switch (source) {
    case Source::Flatbed:
        return flatbed;
    case Source::Adf:
        return adf;
    case Source::AdfDuplex:
        break;
    }
    return duplex;
}

const Names& namesOf(Mode mode)
{
    static const Names colour{{"Color"_L1, "Colour"_L1}, {"color"_L1, "colour"_L1}, {"halftone"_L1, "lineart"_L1}};
    static const Names grey{{"Gray"_L1, "Grey"_L1}, {"gray"_L1, "grey"_L1}, {"halftone"_L1}};
    static const Names bitonal{{"Lineart"_L1, "Line Art"_L1, "Binary"_L1, "Black & White"_L1, "Black and White"_L1,
                                "Monochrome"_L1, "Mono"_L1},
                               {"lineart"_L1, "binary"_L1, "black"_L1},
                               {"halftone"_L1, "gray"_L1, "grey"_L1, "colo"_L1}};
    switch (mode) {
    case Mode::Colour:
        return colour;
    case Mode::Grey:
        return grey;
    case Mode::Bitonal:
        break;
    }
    return bitonal;
}

std::optional<QString> pick(const QStringList& offered, const Names& names)
{
    for (QLatin1String name : names.exact)
        for (const QString& o : offered)
            if (o.compare(name, Qt::CaseInsensitive) == 0)
                return o;
    for (const QString& o : offered) {
        const auto mentions = [&o](const std::vector<QLatin1String>& words) {
            return std::any_of(words.begin(), words.end(),
                               [&o](QLatin1String w) { return o.contains(w, Qt::CaseInsensitive); });
        };
        if (mentions(names.containing) && !mentions(names.excluding))
            return o;
    }
    return std::nullopt;
}

QString offeredText(const QStringList& offered)
{
    return offered.isEmpty() ? u"-"_s : offered.join(u", "_s);
}

Error sourceError(const QString& label, Source source, const QStringList& offered)
{
    const char* text = nullptr;
    switch (source) {
    case Source::Flatbed:
        text = QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 has no flatbed (its sources: %2).");
        break;
    case Source::Adf:
        text = QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 has no document feeder (its sources: %2).");
        break;
    case Source::AdfDuplex:
        text =
            QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 cannot scan both sides of a page (its sources: %2).");
        break;
    }
    return Error(u"scan_unsupported_source"_s, text, {label, offeredText(offered)});
}

Error modeError(const QString& label, Mode mode, const QStringList& offered)
{
    const char* text = nullptr;
    switch (mode) {
    case Mode::Colour:
        text = QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 cannot scan in colour (its modes: %2).");
        break;
    case Mode::Grey:
        text = QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 cannot scan in greyscale (its modes: %2).");
        break;
    case Mode::Bitonal:
        text = QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 cannot scan in black and white (its modes: %2).");
        break;
    }
    return Error(u"scan_unsupported_mode"_s, text, {label, offeredText(offered)});
}

Error cancelled()
{
    return Error(u"scan_cancelled"_s, QT_TRANSLATE_NOOP("Dossier::Error", "Scanning was cancelled."));
}

Error noImage(const QString& label)
{
    return Error(u"scan_failed"_s, QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 sent no image."), {label});
}

Error outOfMemory(const QString& label)
{
    return Error(u"scan_too_large"_s,
                 QT_TRANSLATE_NOOP("Dossier::Error", "The page from the scanner %1 does not fit in memory."), {label});
}

} // namespace

SaneSession::SaneSession(SANE_Handle handle, QString label) : m_handle(handle), m_label(std::move(label)) {}

SaneSession::~SaneSession()
{
    endBatch();
    const std::lock_guard lock(SaneLibrary::mutex());
    sane_close(m_handle);
}

Status SaneSession::configure(const ScanSettings& settings)
{
    endBatch();
    m_settings = settings; // kept even when refused: next() then reports the same error
    m_configured = false;
    m_finished = false;
    m_pages = 0;

    SaneOptions options(m_handle);
    // Source first: it may change the modes and resolutions on offer; the mode may change the resolutions.
    if (Status s = applySource(options, settings.source); !s)
        return s;
    if (Status s = applyMode(options, settings.mode); !s)
        return s;
    const Result<int> dpi = applyResolution(options, settings.dpi);
    if (!dpi)
        return dpi.error();
    m_dpi = dpi.value();
    m_configured = true;
    return Ok{};
}

Status SaneSession::applySource(SaneOptions& options, Source source) const
{
    const QStringList offered = options.strings(SANE_NAME_SCAN_SOURCE);
    if (offered.isEmpty()) // no (choosable) source: a flatbed
        return source == Source::Flatbed ? Status(Ok{}) : Status(sourceError(m_label, source, offered));

    if (const std::optional<QString> choice = pick(offered, namesOf(source))) {
        if (Status s = options.setString(SANE_NAME_SCAN_SOURCE, *choice); !s)
            return s;
        // epson2/epsonds-style backends choose simplex or duplex apart from the source.
        const QStringList adfModes = options.strings("adf-mode");
        if (source == Source::Adf && !adfModes.isEmpty())
            if (const std::optional<QString> simplex = pick(adfModes, Names{{"Simplex"_L1}, {"simplex"_L1}, {}}))
                return options.setString("adf-mode", *simplex);
        return Ok{};
    }
    if (source == Source::AdfDuplex) {
        if (const std::optional<QString> feeder = pick(offered, namesOf(Source::Adf))) {
            if (Status s = options.setString(SANE_NAME_SCAN_SOURCE, *feeder); !s)
                return s;
            const QStringList adfModes = options.strings("adf-mode");
            if (const std::optional<QString> duplex = pick(adfModes, namesOf(Source::AdfDuplex)))
                return options.setString("adf-mode", *duplex);
        }
    }
    return sourceError(m_label, source, offered);
}

Status SaneSession::applyMode(SaneOptions& options, Mode mode) const
{
    const QStringList offered = options.strings(SANE_NAME_SCAN_MODE);
    std::optional<QString> choice = pick(offered, namesOf(mode));
    // Without a lineart mode, bitonal is grey at one bit per pixel — where the backend lets the depth be 1.
    const bool greyAtOneBit = !choice && mode == Mode::Bitonal;
    if (greyAtOneBit)
        choice = pick(offered, namesOf(Mode::Grey));
    if (!choice)
        return modeError(m_label, mode, offered);
    if (Status s = options.setString(SANE_NAME_SCAN_MODE, *choice); !s)
        return s;

    // One bit for bitonal; eight for colour and grey, else sixteen (reduced to eight), so that a depth of 1 left
    // over from a bitonal scan is not kept.
    const std::optional<SaneOptions::Numbers> depths =
        options.settable(SANE_NAME_BIT_DEPTH) ? options.numbers(SANE_NAME_BIT_DEPTH) : std::nullopt;
    const std::vector<int> wanted = mode == Mode::Bitonal ? std::vector<int>{1} : std::vector<int>{8, 16};
    for (int depth : wanted)
        if (depths && depths->offers(depth))
            return options.setNumber(SANE_NAME_BIT_DEPTH, depth);
    if (greyAtOneBit)
        return modeError(m_label, mode, offered);
    return Ok{}; // the mode's own depth
}

Result<int> SaneSession::applyResolution(SaneOptions& options, int dpi) const
{
    const std::optional<SaneOptions::Numbers> allowed =
        options.settable(SANE_NAME_SCAN_RESOLUTION) ? options.numbers(SANE_NAME_SCAN_RESOLUTION) : std::nullopt;
    if (!allowed)
        return Error(u"scan_unsupported_dpi"_s,
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 does not let its resolution be chosen."),
                     {m_label});
    if (dpi <= 0 || !allowed->covers(dpi))
        return Error(u"scan_unsupported_dpi"_s,
                     QT_TRANSLATE_NOOP("Dossier::Error", "The scanner %1 cannot scan at %2 dpi (it offers %3 dpi)."),
                     {m_label, QString::number(dpi), allowed->describe()});

    double target = dpi;
    if (allowed->isRange && allowed->quant > 0) {
        target = allowed->min + std::round((dpi - allowed->min) / allowed->quant) * allowed->quant;
        target = std::min(target, allowed->max);
    } else if (!allowed->isRange && !allowed->list.isEmpty()) {
        target = *std::min_element(allowed->list.begin(), allowed->list.end(),
                                   [dpi](double a, double b) { return std::abs(a - dpi) < std::abs(b - dpi); });
    }
    if (Status s = options.setNumber(SANE_NAME_SCAN_RESOLUTION, target); !s)
        return s.error();
    // The backend may round further (SANE_INFO_INEXACT): the value it keeps is the truth.
    return int(std::lround(options.number(SANE_NAME_SCAN_RESOLUTION).value_or(target)));
}

Result<std::optional<ScannedPage>> SaneSession::next(const std::atomic_bool& cancel)
{
    if (!m_configured)
        if (Status s = configure(m_settings); !s)
            return s.error();
    if (m_finished)
        return std::optional<ScannedPage>();
    if (cancel.load()) {
        endBatch();
        return cancelled();
    }

    m_started = true; // from here on sane_cancel() is due, whatever sane_start() answers
    const SANE_Status status = sane_start(m_handle);
    if (status == SANE_STATUS_NO_DOCS) {
        endBatch();
        m_finished = true;
        return std::optional<ScannedPage>();
    }
    if (status != SANE_STATUS_GOOD) {
        endBatch();
        if (status == SANE_STATUS_CANCELLED && cancel.load())
            return cancelled();
        return failure(status);
    }

    Result<std::optional<QImage>> page = [&]() -> Result<std::optional<QImage>> {
        try {
            return readPage(cancel);
        } catch (const std::bad_alloc&) { // from a QByteArray growing past what memory allows
            return outOfMemory(m_label);
        }
    }();
    if (!page) {
        endBatch();
        return page.error();
    }
    if (!page.value()) { // the feeder ran empty only once reading began
        endBatch();
        m_finished = true;
        return std::optional<ScannedPage>();
    }

    ++m_pages;
    const bool feeder = m_settings.source != Source::Flatbed;
    if (!feeder || (m_settings.maxPages > 0 && m_pages >= m_settings.maxPages)) {
        endBatch();
        m_finished = true;
    }
    return std::optional<ScannedPage>(ScannedPage{std::move(*page.value()), m_dpi, m_label});
}

Result<std::optional<QImage>> SaneSession::readPage(const std::atomic_bool& cancel)
{
    // Single-pass scanners send one GRAY or RGB frame; three-pass ones a RED, a GREEN and a BLUE frame, each
    // after its own sane_start().
    std::array<std::optional<SaneFrame>, 3> channels;
    for (int frameNo = 0; frameNo < 3; ++frameNo) {
        if (frameNo > 0) {
            if (cancel.load())
                return cancelled();
            if (const SANE_Status status = sane_start(m_handle); status != SANE_STATUS_GOOD)
                return failure(status);
        }
        Result<std::optional<SaneFrame>> frame = readFrame(cancel);
        if (!frame)
            return frame.error();
        if (!frame.value()) {
            if (frameNo == 0)
                return std::optional<QImage>();
            return failure(SANE_STATUS_NO_DOCS);
        }
        SaneFrame& f = *frame.value();
        const bool last = f.params.last_frame;
        switch (f.params.format) {
        case SANE_FRAME_RED:
            channels[0] = std::move(f);
            break;
        case SANE_FRAME_GREEN:
            channels[1] = std::move(f);
            break;
        case SANE_FRAME_BLUE:
            channels[2] = std::move(f);
            break;
        default: { // GRAY or RGB: the whole page (anything else is refused by fromFrame)
            Result<QImage> image = SaneImage::fromFrame(f);
            if (!image)
                return image.error();
            return std::optional<QImage>(std::move(image.value()));
        }
        }
        if (last)
            break;
    }
    if (!channels[0] || !channels[1] || !channels[2])
        return noImage(m_label);
    Result<QImage> image = SaneImage::fromChannels(*channels[0], *channels[1], *channels[2]);
    if (!image)
        return image.error();
    return std::optional<QImage>(std::move(image.value()));
}

Result<std::optional<SaneFrame>> SaneSession::readFrame(const std::atomic_bool& cancel)
{
    SaneFrame frame;
    if (const SANE_Status status = sane_get_parameters(m_handle, &frame.params); status != SANE_STATUS_GOOD)
        return failure(status);
    const SANE_Parameters& p = frame.params;
    if (p.bytes_per_line <= 0 || p.pixels_per_line <= 0)
        return noImage(m_label);

    // Known height: one allocation of the announced size. Unknown (-1, hand-held and some sheet-fed scanners):
    // start with about an A4 page of lines and double as needed.
    const qsizetype bpl = p.bytes_per_line;
    const bool heightKnown = p.lines > 0;
    frame.data.resize(heightKnown ? bpl * p.lines : bpl * 3508);
    qsizetype used = 0;
    std::vector<char> overflow; // data beyond the announced height is read and dropped
    for (;;) {
        if (cancel.load())
            return cancelled();
        if (used == frame.data.size() && !heightKnown)
            frame.data.resize(frame.data.size() * 2);
        const bool dropping = used == frame.data.size();
        if (dropping)
            overflow.resize(std::size_t(kReadChunk));
        char* into = dropping ? overflow.data() : frame.data.data() + used;
        const qsizetype room = dropping ? kReadChunk : frame.data.size() - used;
        SANE_Int got = 0;
        const SANE_Status status =
            sane_read(m_handle, reinterpret_cast<SANE_Byte*>(into), SANE_Int(std::min(room, kReadChunk)), &got);
        if (status == SANE_STATUS_EOF)
            break;
        if (status == SANE_STATUS_NO_DOCS && used == 0)
            return std::optional<SaneFrame>();
        if (status == SANE_STATUS_CANCELLED && cancel.load())
            return cancelled();
        if (status != SANE_STATUS_GOOD)
            return failure(status);
        if (!dropping)
            used += got;
    }
    // A shorter page than announced (a sheet-fed scanner that detected the paper's end) is kept as it came.
    frame.lines = int(used / bpl);
    if (heightKnown)
        frame.lines = std::min(frame.lines, p.lines);
    if (frame.lines <= 0)
        return noImage(m_label);
    return std::optional<SaneFrame>(std::move(frame));
}

Error SaneSession::failure(SANE_Status status) const
{
    return SaneLibrary::failure(QT_TRANSLATE_NOOP("Dossier::Error", "Scanning with %1 failed: %2."), status, {m_label});
}

void SaneSession::endBatch()
{
    if (!m_started)
        return;
    sane_cancel(m_handle);
    m_started = false;
}

} // namespace Dossier
