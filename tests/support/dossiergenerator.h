#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier::Test {

// Generated civil first-instance dossiers for measuring cataloguing on material nobody tuned to (issue 15): every
// document kind of the main volume and the 副卷, in several wordings and title variants, typeset in six CJK fonts
// (WenQuanYi Zen Hei / Micro Hei, AR PL UMing / UKai, Noto Serif / Sans CJK) at 10.5–16 pt with line pitch 1.25–2.25,
// margins 18–40 mm, court line, letter-spaced or red titles, seals, page footers; scanned at 200/300/400 dpi with
// skew up to ±3°, grain, JPEG, some bitonal G4 and PNG; a QR separator sheet before each dossier.
//
// Sets are made from a seed: a TUNING set, which may be looked at while improving the pipeline, and a HELD-OUT
// set, which must not be (its pages and failures are never listed; only its totals are reported).

struct GeneratedPage final
{
    QString file; // relative to the set's folder: "batch/0001.jpg"
    QString kind; // separator / content / blank
    QString dossier, caseNo;
    QString docType, title; // content pages
    int pageInDoc = 0;      // 1 on a document's first page
    double skewDeg = 0;     // counter-clockwise rotation that straightens the scan
    int dpi = 300;
    bool bitonal = false, colour = false;
    QString font;
    double points = 0, spacing = 0;
    QStringList text;
};

struct DossierSetSpec final
{
    QString name; // "tuning", "heldout"
    unsigned seed = 0;
    int firstDossier = 0; // dossiers firstDossier … firstDossier + dossiers − 1 of the seed's sequence
    int dossiers = 1;
};

// The seeds of the two sets: disjoint by construction.
constexpr unsigned kTuningSeed = 15001;
constexpr unsigned kHeldOutSeed = 91547;

// The fonts the generator draws with; false (and `why`) when one is not installed (scripts/deps.sh test).
bool generatorFontsPresent(QString* why);

// Writes the set into `dir`: pages in feed order under dir/batch/ and dir/manifest.json (the corpus's form, see
// ../shared/corpus/README.md, plus font, size and spacing). Returns the pages; empty (and `why`) on failure.
QList<GeneratedPage> writeDossierSet(const QString& dir, const DossierSetSpec& spec, QString* why);

} // namespace Dossier::Test
