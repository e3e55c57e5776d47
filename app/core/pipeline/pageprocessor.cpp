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

// An orientation's reading replaces the current one when it is clearly more confident and not much shorter.
bool readsBetter(const OcrPage& candidate, const OcrPage& current)
{
    return candidate.meanConfidence > current.meanConfidence + kOrientationMargin &&
           candidate.characterCount * 2 >= current.characterCount;
}

// What the image analysis alone tells: size, resolution, colour, and the flags for a rescan in colour or at
// a higher resolution.
PageResult describe(const PageFeatures& f)
{
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
    return r;
}

// A separator sheet's QR code: "DOSSIER-SEP|<dossier id>|<case number>".
void readSeparator(const PageFeatures& f, PageResult& r)
{
    PageProcessor::readSeparatorPayload(f.qrPayload, r);
    r.transform = f.transform;
}

// A poorly read page is read upside down too; `a` and `page` keep the better of the two.
void tryUpsideDown(OcrSession* ocr, int workDpi, PageAnalyzer::Output& a, Result<OcrPage>& page)
{
    PageAnalyzer::turn180(a);
    auto turned = recognise(ocr, a.working.get(), workDpi);
    if (turned)
        qCDebug(lcPipeline) << "turned 180: confidence" << turned->meanConfidence << "chars" << turned->characterCount;
    if (turned && readsBetter(*turned, *page))
        page = std::move(turned);
    else
        PageAnalyzer::turn180(a); // back
}

// Court documents are written in horizontal lines. Lines taller than wide mean the sheet was fed sideways
// (the engine may even read them, as vertical Chinese); so does a page still read poorly both ways up.
// The other two quarter turns are analysed afresh (each with its own deskew) and read; `a` and `page` take
// a turn that reads better, or horizontally where the current reading is vertical.
void trySideways(const QByteArray& master, int tiffPage, OcrSession* ocr, PageAnalyzer::Output& a,
                 Result<OcrPage>& page)
{
    const bool vertical = mostlyVertical(*page);
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
        // A sideways reading in vertical lines is the page read across its lines: never taken.
        if (text && !mostlyVertical(*text) &&
            (readsBetter(*text, *page) || (vertical && text->meanConfidence >= kSidewaysRetryConfidence))) {
            page = std::move(text);
            a = std::move(side.value());
        }
    }
}

// Reads the page in the orientation the analysis found; unless the orientation is forced, tries the others
// when that reading is poor or vertical. `a` ends as the analysis of the orientation taken.
Result<OcrPage> readOriented(const QByteArray& master, int tiffPage, OcrSession* ocr, bool forced,
                             PageAnalyzer::Output& a)
{
    const int workDpi = int(std::lround(a.features.dpi * a.features.transform.scale));
    QElapsedTimer timer;
    timer.start();
    auto page = recognise(ocr, a.working.get(), workDpi);
    if (!page)
        return page.error();
    if (page->characterCount == 0) { // a sparse page may read as empty on the normalised grey paper
        PageAnalyzer::whitenPaper(a);
        if (auto again = recognise(ocr, a.working.get(), workDpi); again && again->characterCount > 0)
            page = std::move(again);
    }
    qCDebug(lcPipeline) << "turns" << a.features.transform.quarterTurns << "scale" << a.features.transform.scale
                        << "confidence" << page->meanConfidence << "chars" << page->characterCount << timer.elapsed()
                        << "ms";
    if (!forced && page->meanConfidence < kOrientationRetryConfidence)
        tryUpsideDown(ocr, workDpi, a, page);
    if (!forced && (mostlyVertical(*page) || page->meanConfidence < kSidewaysRetryConfidence))
        trySideways(master, tiffPage, ocr, a, page);
    return page;
}

// Content or blank by what OCR found, and a flag when it read poorly.
void classifyRead(OcrPage page, const PageFeatures& f, PageResult& r)
{
    r.ocr = std::move(page);
    r.kind = r.ocr.characterCount == 0 && f.inkRatio < 0.01 ? QStringLiteral("blank") : QStringLiteral("content");
    if (r.kind == QLatin1String("blank"))
        r.flags << QStringLiteral("blank_suggested");
    else if (r.ocr.meanConfidence < 70.f)
        r.flags << QStringLiteral("low_ocr_confidence");
}

// The geometry of the derived image, and a flag when the page could not be straightened well.
void recordGeometry(const PageFeatures& f, PageResult& r)
{
    r.transform = f.transform;
    r.rotation = f.transform.quarterTurns * 90;
    r.skew = std::round(f.transform.skew * 100.0) / 100.0;
    if (std::abs(f.residualSkew) > 0.5 || std::abs(f.transform.skew) > 6.5)
        r.flags << QStringLiteral("residual_skew");
}

} // namespace

Result<PageResult> PageProcessor::process(const QByteArray& master, int tiffPage, OcrSession* ocr, int forcedTurns)
{
    const bool forced = forcedTurns >= 0;
    auto analysed = PageAnalyzer::analyse(master, tiffPage, forced ? forcedTurns % 4 : -1);
    if (!analysed)
        return analysed.error();
    PageAnalyzer::Output a = std::move(analysed.value());

    PageResult r = describe(a.features);
    if (a.features.qrPayload.startsWith(QLatin1String(kSeparatorPrefix))) {
        readSeparator(a.features, r);
        return r;
    }
    if (a.features.blankSuggested) {
        r.kind = QStringLiteral("blank");
        r.flags << QStringLiteral("blank_suggested");
    } else if (ocr) {
        auto page = readOriented(master, tiffPage, ocr, forced, a); // may replace `a` by a sideways analysis
        if (!page)
            return page.error();
        classifyRead(std::move(page.value()), a.features, r);
    } else {
        r.kind = QStringLiteral("content");
    }
    recordGeometry(a.features, r);
    return r;
}

void PageProcessor::readSeparatorPayload(const QString& payload, PageResult& r)
{
    r.kind = QStringLiteral("separator");
    r.separatorPayload = payload;
    const QStringList parts = payload.split(QLatin1Char('|'));
    r.separatorDossierId = parts.value(1).trimmed();
    const auto cn = CaseNumber::parse(parts.value(2));
    r.separatorCaseNo = cn ? cn->toString() : parts.value(2).trimmed();
    if (!cn)
        r.flags << QStringLiteral("separator_case_invalid");
}

} // namespace Dossier
