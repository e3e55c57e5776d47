#include "pipeline/pageprocessor.h"

#include "domain/casenumber.h"

#include <cmath>

namespace Dossier {
namespace {

// Below this mean confidence the page is tried upside down as well.
constexpr float kOrientationRetryConfidence = 82.f;

Result<OcrPage> recognise(OcrSession* ocr, Pix* working, int dpi)
{
    const QImage img = pixToQImage(working);
    return ocr->recognise(img, dpi);
}

} // namespace

Result<PageResult> PageProcessor::process(const QByteArray& master, int tiffPage, OcrSession* ocr)
{
    auto analysed = PageAnalyzer::analyse(master, tiffPage);
    if (!analysed)
        return analysed.error();
    PageAnalyzer::Output& a = analysed.value();
    const PageFeatures& f = a.features;

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
        auto page = recognise(ocr, a.working.get(), workDpi);
        if (!page)
            return page.error();
        if (page->meanConfidence < kOrientationRetryConfidence) {
            PageAnalyzer::turn180(a);
            auto turned = recognise(ocr, a.working.get(), workDpi);
            if (turned && turned->meanConfidence > page->meanConfidence + 5.f
                && turned->characterCount * 2 >= page->characterCount) {
                page = std::move(turned);
            } else {
                PageAnalyzer::turn180(a); // back
            }
        }
        r.ocr = std::move(page.value());
        r.kind = r.ocr.characterCount == 0 && f.inkRatio < 0.01 ? QStringLiteral("blank") : QStringLiteral("content");
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
