#include "pipeline/pageprocessor.h"

#include "domain/casenumber.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <cmath>

Q_LOGGING_CATEGORY(lcPipeline, "dossier.pipeline", QtWarningMsg)

namespace Dossier {
namespace {

// Below this mean confidence the page is tried upside down as well.
constexpr float kOrientationRetryConfidence = 82.f;
// Below this, after 0° and 180°, the page is tried sideways (90°, 270°).
constexpr float kSidewaysRetryConfidence = 70.f;
// An orientation must beat the current one by this much to be taken.
constexpr float kOrientationMargin = 5.f;

bool mostlyVertical(const OcrPage& page)
{
    qsizetype vertical = 0, total = 0;
    for (const OcrLine& l : page.lines) {
        total += l.text.size();
        if (l.box.height() > 2 * l.box.width() && l.text.size() >= 3)
            vertical += l.text.size();
    }
    return total >= 10 && vertical * 2 > total;
}

Result<OcrPage> recognise(OcrSession* ocr, Pix* working, int dpi)
{
    const QImage img = pixToQImage(working);
    return ocr->recognise(img, dpi);
}

} // namespace

Result<PageResult> PageProcessor::process(const QByteArray& master, int tiffPage, OcrSession* ocr, int forcedTurns)
{
    const bool forced = forcedTurns >= 0;
    auto analysed = PageAnalyzer::analyse(master, tiffPage, forced ? forcedTurns % 4 : -1);
    if (!analysed)
        return analysed.error();
    PageAnalyzer::Output a = std::move(analysed.value());
    const PageFeatures& f = a.features; // note: `a` may be replaced by a sideways analysis below

    PageResult r;
    r.dpi = f.dpi;
    r.colourMode = colourModeName(f.header.colourMode);
    r.masterFormat = f.header.format;
    r.width = f.header.width;
    r.height = f.header.height;
    r.inkRatio = f.inkRatio;

    if (f.dpi < 200)
        r.flags << QStringLiteral("low_dpi");
    if ((f.redContent || f.sealShape) && f.header.colourMode != ColourMode::Colour)
        r.flags << QStringLiteral("colour_required");

    if (f.qrPayload.startsWith(QLatin1String(kSeparatorPrefix))) {
        r.kind = QStringLiteral("separator");
        r.separatorPayload = f.qrPayload;
        const QStringList parts = f.qrPayload.split(QLatin1Char('|'));
        r.separatorDossierId = parts.value(1).trimmed();
        const auto cn = CaseNumber::parse(parts.value(2));
        r.separatorCaseNo = cn ? cn->toString() : parts.value(2).trimmed();
        if (!cn)
            r.flags << QStringLiteral("separator_case_invalid");
        r.transform = f.transform;
        return r;
    }

    const int workDpi = int(std::lround(f.dpi * f.transform.scale));
    if (f.blankSuggested) {
        r.kind = QStringLiteral("blank");
        r.flags << QStringLiteral("blank_suggested");
    } else if (ocr) {
        QElapsedTimer timer;
        timer.start();
        auto page = recognise(ocr, a.working.get(), workDpi);
        if (!page)
            return page.error();
        qCDebug(lcPipeline) << "turns" << a.features.transform.quarterTurns << "scale" << a.features.transform.scale
                            << "confidence" << page->meanConfidence << "chars" << page->characterCount
                            << timer.elapsed() << "ms";
        auto better = [](const OcrPage& candidate, const OcrPage& current) {
            return candidate.meanConfidence > current.meanConfidence + kOrientationMargin &&
                   candidate.characterCount * 2 >= current.characterCount;
        };
        if (!forced && page->meanConfidence < kOrientationRetryConfidence) {
            PageAnalyzer::turn180(a);
            auto turned = recognise(ocr, a.working.get(), workDpi);
            if (turned)
                qCDebug(lcPipeline) << "turned 180: confidence" << turned->meanConfidence << "chars"
                                    << turned->characterCount;
            if (turned && better(*turned, *page))
                page = std::move(turned);
            else
                PageAnalyzer::turn180(a); // back
        }
        // Court documents are written in horizontal lines. Lines taller than wide mean the sheet was fed sideways
        // (the engine may even read them, as vertical Chinese); so does a page still read poorly both ways up.
        if (!forced && (mostlyVertical(*page) || page->meanConfidence < kSidewaysRetryConfidence)) {
            const bool vertical = mostlyVertical(*page);
            // Sideways: the other two quarter turns, each with its own deskew.
            const int current = a.features.transform.quarterTurns;
            for (const int turns : {(current + 1) % 4, (current + 3) % 4}) {
                auto side = PageAnalyzer::analyse(master, tiffPage, turns);
                if (!side)
                    continue;
                const int sideDpi = int(std::lround(side->features.dpi * side->features.transform.scale));
                auto text = recognise(ocr, side->working.get(), sideDpi);
                if (text)
                    qCDebug(lcPipeline) << "sideways turns" << turns << "scale" << side->features.transform.scale
                                        << "confidence" << text->meanConfidence << "chars" << text->characterCount;
                if (text && (better(*text, *page) || (vertical && !mostlyVertical(*text) &&
                                                      text->meanConfidence >= kSidewaysRetryConfidence))) {
                    page = std::move(text);
                    a = std::move(side.value());
                }
            }
        }
        r.ocr = std::move(page.value());
        r.kind = r.ocr.characterCount == 0 && a.features.inkRatio < 0.01 ? QStringLiteral("blank")
                                                                         : QStringLiteral("content");
        if (r.kind == QLatin1String("blank"))
            r.flags << QStringLiteral("blank_suggested");
        else if (r.ocr.meanConfidence < 70.f)
            r.flags << QStringLiteral("low_ocr_confidence");
    } else {
        r.kind = QStringLiteral("content");
    }
    r.transform = f.transform;
    r.rotation = f.transform.quarterTurns * 90;
    r.skew = std::round(f.transform.skew * 100.0) / 100.0;
    if (std::abs(f.residualSkew) > 0.5 || std::abs(f.transform.skew) > 6.5)
        r.flags << QStringLiteral("residual_skew");
    return r;
}

} // namespace Dossier
