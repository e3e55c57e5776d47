#include "dossiergenerator.h"

#include "dossiertexts.h"
#include "pagepainter.h"

#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent>

#include <list>

namespace Dossier::Test {

namespace {

const QStringList& families()
{
    static const QStringList f{QStringLiteral("WenQuanYi Zen Hei"), QStringLiteral("WenQuanYi Micro Hei"),
                               QStringLiteral("AR PL UMing CN"),    QStringLiteral("AR PL UKai CN"),
                               QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Noto Sans CJK SC")};
    return f;
}

// The evidence after the list: perhaps one piece without a title first, then titled pieces.
QList<DocSpec> evidencePart(Rng& rng, const CaseFacts& c)
{
    QList<DocSpec> pieces;
    QStringList names;
    QString name;
    if (rng.chance(0.4)) {
        pieces << evidenceDoc(rng, c, false, &name);
        names << name;
    }
    for (int i = rng.range(pieces.isEmpty() ? 1 : 0, 3); i > 0; --i) {
        pieces << evidenceDoc(rng, c, true, &name);
        names << name;
    }
    pieces.prepend(evidenceListDoc(rng, c, names));
    return pieces;
}

// The documents of a dossier in the order of the 卷内目录: main volume, then (in some) the 副卷.
QList<DocSpec> dossierDocuments(Rng& rng, const CaseFacts& c)
{
    QList<DocSpec> d;
    d << complaintDoc(rng, c);
    if (rng.chance(0.25))
        d << powerOfAttorneyDoc(rng, c);
    if (rng.chance(0.9))
        d << acceptanceNoticeDoc(rng, c);
    if (rng.chance(0.7))
        d << feeNoticeDoc(rng, c);
    if (rng.chance(0.8))
        d << responseNoticeDoc(rng, c);
    if (rng.chance(0.6))
        d << evidenceNoticeDoc(rng, c);
    if (rng.chance(0.7))
        d << defenceDoc(rng, c);
    if (rng.chance(0.85))
        d << evidencePart(rng, c);
    if (rng.chance(0.35))
        d << powerOfAttorneyDoc(rng, c);
    if (rng.chance(0.2))
        d << otherDoc(rng, c);
    for (int i = rng.chance(0.7) ? rng.range(1, 3) : 0; i > 0; --i)
        d << serviceReceiptDoc(rng, c);
    if (rng.chance(0.7))
        d << summonsDoc(rng, c);
    if (rng.chance(0.9))
        d << hearingRecordDoc(rng, c);
    d << (rng.chance(0.85) ? judgmentDoc(rng, c) : mediationDoc(rng, c));
    if (rng.chance(0.5))
        d << pronouncementRecordDoc(rng, c);
    if (rng.chance(0.3))
        d << serviceReceiptDoc(rng, c);
    if (rng.chance(0.8))
        d << recordNoteDoc(rng, c);
    if (!rng.chance(0.6))
        return d;
    if (rng.chance(0.3))
        d << fileReviewRecordDoc(rng, c);
    if (rng.chance(0.7))
        d << trialReportDoc(rng, c);
    if (rng.chance(0.8))
        d << deliberationRecordDoc(rng, c);
    if (rng.chance(0.2))
        d << committeeRecordDoc(rng, c);
    if (rng.chance(0.6))
        d << judgmentDraftDoc(rng, c);
    for (int i = rng.chance(0.5) ? rng.range(1, 2) : 0; i > 0; --i)
        d << approvalFormDoc(rng, c);
    if (rng.chance(0.1))
        d << internalRequestDoc(rng, c);
    return d;
}

// A sheet as the scanner gives it, and what it is.
struct Scanned
{
    GeneratedPage page;
    QByteArray bytes;
    QString ext;
};

double skewOf(Rng& rng)
{
    return std::round((rng.chance(0.5) ? rng.real(-1.2, 1.2) : rng.real(-3, 3)) * 100) / 100;
}

// The scanner's file of a sheet: colour JPEG where it has colour, else mostly grey JPEG, some bitonal G4, some PNG.
Scanned scan(const QImage& sheet, GeneratedPage page, Rng& rng)
{
    ScanSettings s;
    s.skewDeg = page.skewDeg;
    s.seed = rng.seed();
    s.dpi = page.dpi;
    s.colour = page.colour;
    s.grain = rng.range(4, 12);
    s.tone = rng.range(8, 30);
    QString ext = page.colour                               ? QStringLiteral("jpg")
                  : page.kind == QLatin1String("separator") ? QStringLiteral("jpg")
                  : rng.chance(0.15)                        ? QStringLiteral("tif")
                  : rng.chance(0.12)                        ? QStringLiteral("png")
                                                            : QStringLiteral("jpg");
    page.bitonal = ext == QLatin1String("tif");
    const int quality = rng.range(60, 92), threshold = rng.range(140, 175);
    return {page, encodeScan(scanned(sheet, s), ext, quality, threshold), ext};
}

// One document of a dossier, made on a worker thread from its own seed.
struct DocJob
{
    const CaseFacts* c = nullptr;
    DocSpec doc;
    int dpi = 300;
    unsigned seed = 0;
    bool separator = false;
};

GeneratedPage pageOf(const CaseFacts& c, const QString& kind)
{
    GeneratedPage p;
    p.kind = kind;
    p.dossier = c.dossierId;
    p.caseNo = c.caseNo;
    return p;
}

// The document typeset (a denser style when it would run over four pages), each sheet scanned; sometimes a blank
// back side after it.
QList<Scanned> makeDocument(const DocJob& job)
{
    Rng rng(job.seed);
    if (job.separator) {
        GeneratedPage sep = pageOf(*job.c, QStringLiteral("separator"));
        sep.skewDeg = std::round(rng.real(-1, 1) * 100) / 100;
        return {scan(separatorSheet(*job.c, 300), sep, rng)};
    }
    Style style = randomStyle(rng, rng.chance(0.2) ? rng.pick({"200", "300", "400"}).toInt() : job.dpi, families());
    QList<RenderedPage> sheets = render(job.doc, style);
    for (int tries = 0; sheets.size() > 4 && tries < 4; ++tries) {
        style.bodyPt = std::max(10.5, style.bodyPt - 1.5);
        style.spacing = std::max(1.25, style.spacing - 0.25);
        sheets = render(job.doc, style);
    }
    QList<Scanned> out;
    for (qsizetype i = 0; i < sheets.size(); ++i) {
        GeneratedPage p = pageOf(*job.c, QStringLiteral("content"));
        p.docType = job.doc.code;
        p.title = job.doc.title;
        p.pageInDoc = int(i + 1);
        p.skewDeg = skewOf(rng);
        p.dpi = style.dpi;
        p.colour = sheets.at(i).colour;
        p.font = style.family;
        p.points = style.bodyPt;
        p.spacing = style.spacing;
        p.text = sheets.at(i).lines;
        out << scan(sheets.at(i).image, p, rng);
    }
    if (rng.chance(0.05)) {
        GeneratedPage blank = pageOf(*job.c, QStringLiteral("blank"));
        blank.skewDeg = skewOf(rng);
        blank.dpi = style.dpi;
        out << scan(blankA4(style.dpi), blank, rng);
    }
    return out;
}

QJsonObject manifestEntry(const GeneratedPage& p)
{
    QJsonObject o{{QStringLiteral("file"), p.file},        {QStringLiteral("kind"), p.kind},
                  {QStringLiteral("dossier"), p.dossier},  {QStringLiteral("case_no"), p.caseNo},
                  {QStringLiteral("skew_deg"), p.skewDeg}, {QStringLiteral("rotation"), 0},
                  {QStringLiteral("dpi"), p.dpi},          {QStringLiteral("bitonal"), p.bitonal},
                  {QStringLiteral("colour"), p.colour}};
    if (p.kind == QLatin1String("content")) {
        o.insert(QStringLiteral("doc_type"), p.docType);
        o.insert(QStringLiteral("title"), p.title);
        o.insert(QStringLiteral("page_in_doc"), p.pageInDoc);
        o.insert(QStringLiteral("text"), QJsonArray::fromStringList(p.text));
        o.insert(QStringLiteral("font"), p.font);
        o.insert(QStringLiteral("size_pt"), p.points);
        o.insert(QStringLiteral("spacing"), p.spacing);
    }
    return o;
}

// Writes the sheets under dir/batch/ in feed order, and the manifest.
bool writeSet(const QString& dir, const QString& name, const QList<QList<Scanned>>& docs, QList<GeneratedPage>* pages,
              QString* why)
{
    QJsonArray entries;
    for (const QList<Scanned>& doc : docs)
        for (Scanned s : doc) {
            s.page.file = QStringLiteral("batch/%1.%2").arg(pages->size() + 1, 4, 10, QLatin1Char('0')).arg(s.ext);
            QFile f(dir + QLatin1Char('/') + s.page.file);
            if (s.bytes.isEmpty() || !f.open(QIODevice::WriteOnly) || f.write(s.bytes) != s.bytes.size()) {
                *why = QStringLiteral("cannot write %1").arg(f.fileName());
                return false;
            }
            *pages << s.page;
            entries.append(manifestEntry(s.page));
        }
    const QJsonObject root{
        {QStringLiteral("set"), name},
        {QStringLiteral("batches"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("batch")},
                                                           {QStringLiteral("pages"), entries}}}}};
    QFile f(dir + QStringLiteral("/manifest.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(root).toJson()) <= 0) {
        *why = QStringLiteral("cannot write %1").arg(f.fileName());
        return false;
    }
    return true;
}

} // namespace

bool generatorFontsPresent(QString* why)
{
    for (const QString& family : families())
        if (QFontInfo(QFont(family)).family() != family) {
            *why = QStringLiteral("font %1 is not installed (scripts/deps.sh test)").arg(family);
            return false;
        }
    return true;
}

QList<GeneratedPage> writeDossierSet(const QString& dir, const DossierSetSpec& spec, QString* why)
{
    if (!generatorFontsPresent(why) || !QDir().mkpath(dir + QStringLiteral("/batch")))
        return {};
    // Every choice is drawn here, in order, from each dossier's seed; the sheets are then made two at a time.
    std::list<CaseFacts> cases; // stable addresses for the jobs
    QList<DocJob> jobs;
    for (int k = spec.firstDossier; k < spec.firstDossier + spec.dossiers; ++k) {
        Rng rng(spec.seed * 7919u + unsigned(k)); // each dossier from its own seed: a subset is the same dossiers
        cases.push_back(makeCase(rng, k));
        const CaseFacts& c = cases.back();
        const int dpi = rng.pick({"200", "300", "300", "400"}).toInt();
        jobs << DocJob{&c, {}, 300, rng.seed(), true};
        for (const DocSpec& doc : dossierDocuments(rng, c))
            jobs << DocJob{&c, doc, dpi, rng.seed(), false};
    }
    QThreadPool pool;
    pool.setMaxThreadCount(2);
    const QList<QList<Scanned>> docs = QtConcurrent::blockingMapped(&pool, jobs, makeDocument);
    QList<GeneratedPage> pages;
    if (!writeSet(dir, spec.name, docs, &pages, why))
        return {};
    return pages;
}

} // namespace Dossier::Test
