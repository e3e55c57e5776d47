#include "imaging/pageanalyzer.h"

#include "imaging/qrcode.h"

#include <leptonica/allheaders.h>

#include <QJsonArray>
#include <QList>

#include <algorithm>
#include <cmath>
#include <vector>

namespace Dossier {
namespace {

constexpr double kTargetTextHeight = 22.0;  // px in the OCR image: where Tesseract's models read best
constexpr float kSkewSweepRange = 7.0f;     // ± degrees
constexpr double kMinSkewConfidence = 1.05; // Leptonica's max/min score ratio of the sweep
constexpr double kMaxRefinement = 1.5;      // degrees: a larger residual is a misreading, not a refinement
constexpr int kNormalisedBackground = 200;  // the grey pixBackgroundNormSimple gives the paper
constexpr double kSureSweep = 1.5;          // a sweep this confident is trusted where the lines do not contradict it
constexpr double kSweepAgreement = 1.0;     // degrees: a sweep further than this from the lines' direction was misled
constexpr double kWeakAgreement = 0.3;      // degrees: a weak sweep this close to the lines' direction stands

struct Paper
{
    const char* name;
    double wMm, hMm;
};
constexpr Paper kPapers[] = {{"A4", 210, 297}, {"A3", 297, 420},  {"A5", 148, 210},         {"B5", 176, 250},
                             {"B4", 250, 353}, {"16K", 195, 270}, {"Letter", 215.9, 279.4}, {"Legal", 215.9, 355.6}};

PixPtr binarise(Pix* grey8, int threshold)
{
    return PixPtr(pixThresholdToBinary(grey8, threshold));
}

// Removes specks (components smaller than `size` in both directions) from a binary image; returns the
// cleaned binary and, through `specks`, the removed pixels.
PixPtr despeckle(Pix* bin, int size, PixPtr* specks)
{
    l_int32 changed = 0;
    PixPtr small(pixSelectBySize(bin, size, size, 8, L_SELECT_IF_BOTH, L_SELECT_IF_LT, &changed));
    PixPtr clean(pixSubtract(nullptr, bin, small.get()));
    if (specks)
        *specks = std::move(small);
    return clean;
}

struct SkewResult
{
    double angle = 0; // Leptonica: clockwise-positive rotation that straightens
    double conf = 0;
    bool sure = false; // a clear sweep (agreeing with the lines where they were measured)
};

SkewResult sweepSkew(Pix* bin, int sweepReduction)
{
    SkewResult r;
    l_float32 angle = 0, conf = 0;
    if (pixFindSkewSweepAndSearch(bin, &angle, &conf, sweepReduction, 1, kSkewSweepRange, 0.1f, 0.01f) == 0) {
        r.angle = angle;
        r.conf = conf;
    }
    return r;
}

// The direction of a bar's ink (principal axis of its pixels' second moments), in degrees, y downwards.
double barDirection(Pix* bar)
{
    const int w = int(pixGetWidth(bar)), h = int(pixGetHeight(bar)), wpl = pixGetWpl(bar);
    const l_uint32* data = pixGetData(bar);
    double n = 0, sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x) {
            if (!((line[x >> 5] >> (31 - (x & 31))) & 1))
                continue;
            n += 1, sx += x, sy += y, sxx += double(x) * x, syy += double(y) * y, sxy += double(x) * y;
        }
    }
    if (n < 2)
        return 0;
    const double cxx = sxx / n - (sx / n) * (sx / n), cyy = syy / n - (sy / n) * (sy / n),
                 cxy = sxy / n - (sx / n) * (sy / n);
    return 0.5 * std::atan2(2 * cxy, cxx - cyy) * 180.0 / M_PI;
}

// The skew from the text lines themselves: the characters of each line joined into a bar, the direction of every
// long bar one line high, their length-weighted median. Sure (conf 10) when most bars agree, however few the lines.
SkewResult lineSkew(Pix* bin)
{
    SkewResult r;
    PIXA* chars = nullptr;
    BoxaPtr charBoxes(pixConnComp(bin, &chars, 8));
    pixaDestroy(&chars);
    if (!charBoxes || boxaGetCount(charBoxes.get()) < 10)
        return r;
    std::vector<int> heights;
    for (int i = 0; i < boxaGetCount(charBoxes.get()); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(charBoxes.get(), i, &x, &y, &w, &h);
        if (h >= 6 && h <= 120)
            heights.push_back(h);
    }
    if (heights.size() < 10)
        return r;
    std::nth_element(heights.begin(), heights.begin() + long(heights.size() / 2), heights.end());
    const int charH = heights[heights.size() / 2];
    PixPtr joined(pixCloseSafeBrick(nullptr, bin, std::clamp(2 * charH, 5, 121) | 1, 1));
    PIXA* bars = nullptr;
    BoxaPtr barBoxes(pixConnComp(joined.get(), &bars, 8));
    std::vector<std::pair<double, double>> found; // direction, weight
    for (int i = 0; barBoxes && i < boxaGetCount(barBoxes.get()); ++i) {
        l_int32 x, y, w, h;
        boxaGetBoxGeometry(barBoxes.get(), i, &x, &y, &w, &h);
        if (w < 6 * charH || h > 2.5 * charH)
            continue;
        PixPtr bar(pixaGetPix(bars, i, L_CLONE));
        found.emplace_back(barDirection(bar.get()), double(w));
    }
    pixaDestroy(&bars);
    if (found.size() < 2)
        return r;
    std::sort(found.begin(), found.end());
    double total = 0, half = 0, agree = 0;
    for (const auto& f : found)
        total += f.second;
    double median = found.front().first;
    for (const auto& f : found)
        if ((half += f.second) >= total / 2) {
            median = f.first;
            break;
        }
    for (const auto& f : found)
        agree += std::abs(f.first - median) <= 0.3 ? f.second : 0;
    r.angle = -median;
    r.conf = agree >= 0.6 * total ? 10 : 0;
    return r;
}

// The skew of a binary page: Leptonica's sweep of the projection profile (at half the resolution) where it agrees
// with the direction of the text lines, which is finer; the lines' direction where the sweep is unsure or off (a
// page of few lines — a receipt, a last page, large type far apart — scores weakly, and a table's rules or a
// photograph can pull it); the sweep again at full resolution where no line is long enough to measure.
SkewResult findSkew(Pix* bin)
{
    const SkewResult lines = lineSkew(bin);
    const SkewResult sweep = sweepSkew(bin, 2);
    const bool haveLines = lines.conf >= kMinSkewConfidence, haveSweep = sweep.conf >= kMinSkewConfidence;
    if (haveSweep && sweep.conf >= kSureSweep) {
        const bool agree = !haveLines || std::abs(sweep.angle - lines.angle) <= kSweepAgreement;
        return agree ? SkewResult{sweep.angle, sweep.conf, true} : lines;
    }
    // A weak sweep: a page of few lines. Where the lines' direction bears it out, it stands; else the sweep at full
    // resolution is a third opinion and the median of the three is taken.
    if (haveSweep && haveLines && std::abs(sweep.angle - lines.angle) <= kWeakAgreement)
        return sweep;
    std::vector<SkewResult> votes;
    if (haveLines)
        votes.push_back(lines);
    if (haveSweep)
        votes.push_back(sweep);
    if (const SkewResult full = sweepSkew(bin, 1); full.conf >= kMinSkewConfidence)
        votes.push_back(full);
    if (votes.empty())
        return sweep;
    std::sort(votes.begin(), votes.end(), [](const SkewResult& a, const SkewResult& b) { return a.angle < b.angle; });
    if (votes.size() == 2 && haveLines) // the lines and one sweep: the sweep where they agree, else the lines
        return std::abs(votes[0].angle - votes[1].angle) <= kSweepAgreement ? (votes[0].conf < 10 ? votes[0] : votes[1])
                                                                            : lines;
    return votes[(votes.size() - 1) / 2];
}

// Median height of text lines: runs of inked rows in the horizontal projection of a straightened binary.
double medianLineHeight(Pix* bin)
{
    const int w = int(pixGetWidth(bin));
    // Only the central 60% of the width, so margins and stray marks count little.
    BOX* box = boxCreate(w / 5, 0, w * 3 / 5, int(pixGetHeight(bin)));
    PixPtr band(pixClipRectangle(bin, box, nullptr));
    boxDestroy(&box);
    if (!band)
        return 0;
    NUMA* rows = pixCountPixelsByRow(band.get(), nullptr);
    if (!rows)
        return 0;
    const int n = numaGetCount(rows);
    const int bandWidth = int(pixGetWidth(band.get()));
    const int minInk = std::max(2, bandWidth / 200);
    std::vector<int> runs;
    int run = 0;
    for (int i = 0; i < n; ++i) {
        l_int32 v = 0;
        numaGetIValue(rows, i, &v);
        if (v >= minInk) {
            ++run;
        } else {
            if (run >= 4)
                runs.push_back(run);
            run = 0;
        }
    }
    if (run >= 4)
        runs.push_back(run);
    numaDestroy(&rows);
    if (runs.size() < 2)
        return 0;
    std::nth_element(runs.begin(), runs.begin() + long(runs.size() / 2), runs.end());
    return runs[runs.size() / 2];
}

// Border crop: the paper is the bright region; the scanner's dark edges are outside it.
QRect findPaper(Pix* grey8)
{
    const int w = int(pixGetWidth(grey8)), h = int(pixGetHeight(grey8));
    l_uint32 paperVal = 255;
    pixGetRankValue(grey8, 4, 0.9f, &paperVal);
    const double limit = 0.7 * double(paperVal);
    NUMA* cols = pixAverageByColumn(grey8, nullptr, L_WHITE_IS_MAX);
    NUMA* rows = pixAverageByRow(grey8, nullptr, L_WHITE_IS_MAX);
    auto edge = [&](NUMA* na, int count, bool fromStart) {
        const int maxScan = count / 8;
        for (int k = 0; k < maxScan; ++k) {
            const int i = fromStart ? k : count - 1 - k;
            l_float32 v = 0;
            numaGetFValue(na, i, &v);
            if (v >= limit)
                return k;
        }
        return 0;
    };
    int left = edge(cols, w, true), right = edge(cols, w, false);
    int top = edge(rows, h, true), bottom = edge(rows, h, false);
    numaDestroy(&cols);
    numaDestroy(&rows);
    // a little more than the dark edge itself: its blurred fringe
    auto pad = [](int v) { return v > 0 ? v + 2 : 0; };
    left = pad(left), right = pad(right), top = pad(top), bottom = pad(bottom);
    return QRect(left, top, std::max(1, w - left - right), std::max(1, h - top - bottom));
}

bool redPixels(Pix* rgb32, double* ratio)
{
    PixPtr small(pixScaleAreaMap(rgb32, 0.25f, 0.25f));
    if (!small)
        return false;
    const int w = int(pixGetWidth(small.get())), h = int(pixGetHeight(small.get()));
    const l_uint32* data = pixGetData(small.get());
    const int wpl = pixGetWpl(small.get());
    qint64 red = 0;
    for (int y = 0; y < h; ++y) {
        const l_uint32* line = data + y * wpl;
        for (int x = 0; x < w; ++x) {
            l_int32 r, g, b;
            extractRGBValues(line[x], &r, &g, &b);
            if (r > 130 && r - g > 60 && r - b > 50)
                ++red;
        }
    }
    *ratio = double(red) / std::max<qint64>(1, qint64(w) * h);
    return *ratio > 0.0005;
}

// A seal: a ring (round or oval) 25–60 mm across whose ink lies near its rim.
bool findSealRing(Pix* bin, double dpi)
{
    PIXA* pixa = nullptr;
    BoxaPtr boxa(pixConnComp(bin, &pixa, 8));
    if (!boxa) {
        pixaDestroy(&pixa);
        return false;
    }
    const double mm = dpi / 25.4;
    bool found = false;
    const int n = boxaGetCount(boxa.get());
    for (int i = 0; i < n && !found; ++i) {
        l_int32 bx, by, bw, bh;
        boxaGetBoxGeometry(boxa.get(), i, &bx, &by, &bw, &bh);
        if (bw < 25 * mm || bh < 18 * mm || bw > 60 * mm || bh > 60 * mm)
            continue;
        const double aspect = double(bw) / bh;
        if (aspect < 0.7 || aspect > 1.6)
            continue;
        PixPtr comp(pixaGetPix(pixa, i, L_CLONE));
        l_int32 count = 0;
        pixCountPixels(comp.get(), &count, nullptr);
        const double fill = double(count) / (double(bw) * bh);
        if (fill < 0.02 || fill > 0.35)
            continue;
        const double cx = bw / 2.0, cy = bh / 2.0, rx = bw / 2.0, ry = bh / 2.0;
        qint64 rim = 0, total = 0;
        for (int y = 0; y < bh; y += 2) {
            for (int x = 0; x < bw; x += 2) {
                l_uint32 v = 0;
                pixGetPixel(comp.get(), x, y, &v);
                if (!v)
                    continue;
                ++total;
                const double dx = (x - cx) / rx, dy = (y - cy) / ry;
                const double r = std::sqrt(dx * dx + dy * dy);
                if (r > 0.8 && r < 1.1)
                    ++rim;
            }
        }
        found = total > 0 && double(rim) / double(total) > 0.75;
    }
    pixaDestroy(&pixa);
    return found;
}

struct Working
{
    PixPtr grey;        // normalised, despeckled, turned, straightened
    PixPtr binary;      // same, binarised
    double skewDeg = 0; // ccw-positive
    double skewConf = 0;
    int quarterTurns = 0;
    double residual = 0;
};

// Turns `norm` by `angle` (Leptonica's clockwise-positive angle that straightens it) into `w`. When `refine`, the
// skew left after the turn is measured and, when it is clear and small, the turn made again from `norm` with it
// added: a second look at a straightened page sees lines a sweep over a crooked one only approximates.
void straighten(PixPtr& norm, PixPtr& clean, double angle, bool refine, Working& w)
{
    const auto turned = [&](double a) {
        return PixPtr(pixRotate(norm.get(), float(a * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
    };
    w.skewDeg = -angle;
    if (std::abs(angle) < 0.05) {
        w.grey = std::move(norm);
        w.binary = std::move(clean);
        return;
    }
    PixPtr grey = turned(angle);
    PixPtr bin = binarise(grey.get(), 150);
    SkewResult residual = findSkew(bin.get());
    if (refine && residual.sure && std::abs(residual.angle) >= 0.05 && std::abs(residual.angle) <= kMaxRefinement) {
        angle += residual.angle;
        w.skewDeg = -angle;
        grey = turned(angle);
        bin = binarise(grey.get(), 150);
        residual = findSkew(bin.get());
    }
    w.residual = residual.conf >= kMinSkewConfidence ? -residual.angle : 0;
    w.grey = std::move(grey);
    w.binary = std::move(bin);
}

// Builds the working image of `cropped` (grey, master resolution) at `scale`.
Working makeWorking(Pix* cropped, double scale, int forcedTurns, bool detectTurns, bool forcedSkewValid,
                    double forcedSkew)
{
    Working w;
    PixPtr g(scale == 1.0 ? pixCopy(nullptr, cropped) : pixScaleAreaMap(cropped, float(scale), float(scale)));
    PixPtr norm(pixBackgroundNormSimple(g.get(), nullptr, nullptr));
    if (!norm)
        norm = std::move(g);
    PixPtr bin = binarise(norm.get(), 150);
    PixPtr specks;
    PixPtr clean = despeckle(bin.get(), 3, &specks);
    pixPaintThroughMask(norm.get(), specks.get(), 0, 0, 255);

    int turns = forcedTurns;
    if (detectTurns) {
        // Sideways when the sweep sees lines far more clearly a quarter turn away (the sweep's scores compare) and
        // lines can be followed that way. Characters in a grid (CJK type at a wide line pitch) sweep as sharply down
        // their columns as along their lines, but the columns do not join into bars of one direction.
        const SkewResult upright = sweepSkew(clean.get(), 2);
        PixPtr side(pixRotate90(clean.get(), 1));
        if (sweepSkew(side.get(), 2).conf > 1.6 * std::max(upright.conf, 1.0) &&
            lineSkew(side.get()).conf >= kMinSkewConfidence)
            turns = 1;
    }
    if (turns % 2) {
        norm.reset(pixRotate90(norm.get(), 1));
        clean.reset(pixRotate90(clean.get(), 1));
    }
    if (turns >= 2) {
        norm.reset(pixRotate180(nullptr, norm.get()));
        clean.reset(pixRotate180(nullptr, clean.get()));
    }
    SkewResult skew = forcedSkewValid ? SkewResult{-forcedSkew, 10.0} : findSkew(clean.get());
    w.quarterTurns = turns;
    if (skew.conf < kMinSkewConfidence)
        skew.angle = 0;
    w.skewConf = skew.conf;
    straighten(norm, clean, skew.angle, !forcedSkewValid, w);
    return w;
}

// Leptonica reports problems through its own stderr messages; ours are values. Silenced once per process.
void silenceLeptonica()
{
    static const bool quiet = [] {
        setMsgSeverity(L_SEVERITY_NONE);
        return true;
    }();
    Q_UNUSED(quiet);
}

Error damagedImage(const PageFeatures& f)
{
    return Error(QStringLiteral("image_corrupt"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The %1 image is damaged or truncated and cannot be decoded."),
                 {f.header.format.toUpper()});
}

// What the decoded pixels say about the master: colour mode, size and the effective resolution.
void describeDecoded(Pix* pix, const ImageHeader& header, PageFeatures& f)
{
    f.header = header;
    const int depth = int(pixGetDepth(pix));
    f.header.colourMode = depth == 1 ? ColourMode::Bitonal : depth == 32 ? ColourMode::Colour : ColourMode::Grey;
    f.header.width = int(pixGetWidth(pix));
    f.header.height = int(pixGetHeight(pix));
    f.dpi = PageAnalyzer::effectiveDpi(f.header.width, f.header.height, int(pixGetXRes(pix)), &f.paper);
}

// The 8 bpp grey image all later steps work on; notes red content on colour masters. Null when damaged.
PixPtr greyOf(Pix* pix, PageFeatures& f)
{
    const int depth = int(pixGetDepth(pix));
    PixPtr grey;
    if (depth == 32) {
        double ratio = 0;
        f.redContent = redPixels(pix, &ratio);
        // The red channel makes red seals and headers pale so they do not hide the black text.
        grey.reset(pixGetRGBComponent(pix, COLOR_RED));
    } else if (depth == 1) {
        grey.reset(pixConvert1To8(nullptr, pix, 255, 0));
    } else {
        grey.reset(pixClone(pix));
    }
    return grey;
}

// Border crop: the paper is found at a quarter of the resolution, the crop recorded in master pixels.
// Returns the cropped grey image (null when damaged).
PixPtr cropToPaper(Pix* grey, PageFeatures& f)
{
    {
        PixPtr q(pixScaleAreaMap(grey, 0.25f, 0.25f));
        const QRect paper = findPaper(q.get());
        const QRect full(paper.x() * 4, paper.y() * 4, paper.width() * 4, paper.height() * 4);
        f.transform.crop = full.intersected(QRect(0, 0, f.header.width, f.header.height));
    }
    BOX* box =
        boxCreate(f.transform.crop.x(), f.transform.crop.y(), f.transform.crop.width(), f.transform.crop.height());
    PixPtr cropped(pixClipRectangle(grey, box, nullptr));
    boxDestroy(&box);
    return cropped;
}

// Blank suggestion: little ink left inside the margins once specks are gone (`binary` at `scale`).
void measureInk(PixPtr binary, double scale, PageFeatures& f)
{
    PixPtr b = std::move(binary);
    const int bw = int(pixGetWidth(b.get())), bh = int(pixGetHeight(b.get()));
    BOX* inner = boxCreate(bw / 20, bh / 30, bw - bw / 10, bh - bh / 15);
    PixPtr in(pixClipRectangle(b.get(), inner, nullptr));
    boxDestroy(&inner);
    l_int32 ink = 0;
    pixCountPixels(in.get(), &ink, nullptr);
    f.inkRatio = double(ink) / std::max<qint64>(1, qint64(pixGetWidth(in.get())) * pixGetHeight(in.get()));
    const int minSide = std::max(3, int(std::lround(8 * scale * f.dpi / 300.0)));
    l_int32 changed = 0;
    PixPtr big(pixSelectBySize(in.get(), minSide, minSide, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, &changed));
    l_int32 comps = 0;
    pixCountConnComp(big.get(), 8, &comps);
    f.textComponents = comps;
    f.blankSuggested = f.inkRatio < 0.002 && comps < 8;
}

// Analysis at ~150 dpi finds the orientation, the skew and the text height (and seal rings); when the text
// would not come out near kTargetTextHeight, the working image is made again at the scale that brings it
// there, keeping the turns and skew found. Returns the scale of `w`.
double analyseAndScale(Pix* cropped, int forcedTurns, PageFeatures& f, Working& w)
{
    const double analysisScale = std::min(1.0, 150.0 / std::max(50, f.dpi));
    w = makeWorking(cropped, analysisScale, std::max(0, forcedTurns), forcedTurns < 0, false, 0);
    const double lineHeight = medianLineHeight(w.binary.get());
    f.textHeight = lineHeight > 0 ? lineHeight / analysisScale : 0;

    // Seal rings on grey and bitonal masters (colour masters show them as red).
    if (f.header.colourMode != ColourMode::Colour)
        f.sealShape = findSealRing(w.binary.get(), f.dpi * analysisScale);

    double scale = analysisScale;
    if (f.textHeight > 0) {
        const double wanted = std::clamp(kTargetTextHeight / f.textHeight, 0.2, 1.0);
        if (std::abs(wanted - analysisScale) / analysisScale > 0.15) {
            scale = wanted;
            w = makeWorking(cropped, scale, w.quarterTurns, false, true, w.skewDeg);
        }
    }
    return scale;
}

// Records how the working image `w` was made from the master.
void recordTransform(const Working& w, double scale, PageFeatures& f)
{
    f.skewConfidence = w.skewConf;
    f.residualSkew = w.residual;
    f.transform.quarterTurns = w.quarterTurns;
    f.transform.skew = w.skewDeg;
    f.transform.scale = scale;
    f.transform.cleanedSize = QSize(int(pixGetWidth(w.grey.get())), int(pixGetHeight(w.grey.get())));
}

} // namespace

QJsonObject PageTransform::toJson() const
{
    return {{QStringLiteral("crop"), QJsonArray{crop.x(), crop.y(), crop.width(), crop.height()}},
            {QStringLiteral("quarter_turns"), quarterTurns},
            {QStringLiteral("skew"), skew},
            {QStringLiteral("scale"), scale},
            {QStringLiteral("size"), QJsonArray{cleanedSize.width(), cleanedSize.height()}}};
}

PageTransform PageTransform::fromJson(const QJsonObject& o)
{
    PageTransform t;
    const QJsonArray c = o.value(QStringLiteral("crop")).toArray();
    if (c.size() == 4)
        t.crop = QRect(c[0].toInt(), c[1].toInt(), c[2].toInt(), c[3].toInt());
    t.quarterTurns = o.value(QStringLiteral("quarter_turns")).toInt();
    t.skew = o.value(QStringLiteral("skew")).toDouble();
    t.scale = o.value(QStringLiteral("scale")).toDouble(1);
    const QJsonArray s = o.value(QStringLiteral("size")).toArray();
    if (s.size() == 2)
        t.cleanedSize = QSize(s[0].toInt(), s[1].toInt());
    return t;
}

int PageAnalyzer::effectiveDpi(int width, int height, int headerDpi, QString* paper)
{
    const double longPx = std::max(width, height), shortPx = std::min(width, height);
    if (shortPx <= 0)
        return 0;
    const double aspect = longPx / shortPx;
    auto dpiFor = [&](const Paper& p) {
        // geometric mean of both axes: robust to a slightly cropped scan
        return std::sqrt(longPx / (p.hMm / 25.4) * (shortPx / (p.wMm / 25.4)));
    };
    // Papers of the same shape (A3, A4, A5 all have √2) cannot be told apart by pixels alone: A4, the court
    // format, is assumed unless the file's own resolution tag fits another candidate and not A4.
    const Paper* best = nullptr;
    double bestDiff = 1e9;
    QList<const Paper*> candidates;
    for (const Paper& p : kPapers) {
        const double diff = std::abs(p.hMm / p.wMm - aspect) / aspect;
        if (diff < 0.015)
            candidates << &p;
        if (diff < bestDiff) {
            bestDiff = diff;
            best = &p;
        }
    }
    const Paper* chosen = best;
    for (const Paper* c : std::as_const(candidates))
        if (QLatin1String(c->name) == QLatin1String("A4"))
            chosen = c;
    auto fits = [&](const Paper* p) { return headerDpi > 0 && std::abs(dpiFor(*p) - headerDpi) / headerDpi < 0.04; };
    if (!fits(chosen))
        for (const Paper* c : std::as_const(candidates))
            if (fits(c))
                chosen = c;
    if (paper)
        *paper = QString::fromLatin1(chosen->name);
    return int(std::lround(dpiFor(*chosen)));
}

QString PageAnalyzer::decodeQr(Pix* grey)
{
    PixPtr small;
    Pix* src = grey;
    if (pixGetWidth(grey) > 1400) {
        const float s = 1240.0f / float(pixGetWidth(grey));
        small.reset(pixScaleAreaMap(grey, s, s));
        src = small.get();
    }
    return QrCode::decode(pixToQImage(src));
}

Result<PageAnalyzer::Output> PageAnalyzer::analyse(const QByteArray& master, int tiffPage, int forcedTurns)
{
    silenceLeptonica();
    auto header = ImageCodec::probe(master);
    if (!header)
        return header.error();
    auto decoded = ImageCodec::decode(master, tiffPage);
    if (!decoded)
        return decoded.error();
    PixPtr pix = std::move(decoded.value());

    Output out;
    PageFeatures& f = out.features;
    describeDecoded(pix.get(), *header, f);
    PixPtr grey = greyOf(pix.get(), f);
    pix.reset();
    if (!grey)
        return damagedImage(f);

    f.qrPayload = decodeQr(grey.get());
    PixPtr cropped = cropToPaper(grey.get(), f);
    grey.reset();
    if (!cropped)
        return damagedImage(f);

    Working w;
    const double scale = analyseAndScale(cropped.get(), forcedTurns, f, w);
    measureInk(std::move(w.binary), scale, f);
    recordTransform(w, scale, f);
    out.working = std::move(w.grey);
    return out;
}

void PageAnalyzer::whitenPaper(Output& out)
{
    pixGammaTRC(out.working.get(), out.working.get(), 1.0f, 0, kNormalisedBackground);
}

void PageAnalyzer::turn180(Output& out)
{
    out.working.reset(pixRotate180(nullptr, out.working.get()));
    out.features.transform.quarterTurns = (out.features.transform.quarterTurns + 2) % 4;
}

} // namespace Dossier
