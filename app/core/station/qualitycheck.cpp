#include "station/qualitycheck.h"

#include "domain/recordschema.h"
#include "storage/profile.h"
#include "storage/qcrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <cmath>

namespace Dossier {
namespace {

// A page as the tree shows it: its document's row and its place there; with its volume page number.
QString pageName(const Volume& v, const VolumePage& p)
{
    const int index = int(&p - v.pages.constData());
    if (p.document >= 0 && p.document < v.documents.size()) {
        const VolumeDocument& d = v.documents.at(p.document);
        const QString doc = QStringLiteral("%1. %2").arg(p.document + 1).arg(d.title.isEmpty() ? d.typeName : d.title);
        const int place = int(d.pages.indexOf(index)) + 1;
        return p.number > 0 ? QCoreApplication::translate("Dossier::QualityCheck", "%1, page %2 (volume page %3)")
                                  .arg(doc)
                                  .arg(place)
                                  .arg(p.number)
                            : QCoreApplication::translate("Dossier::QualityCheck", "%1, page %2 (unnumbered)")
                                  .arg(doc)
                                  .arg(place);
    }
    return p.number > 0 ? QCoreApplication::translate("Dossier::QualityCheck", "volume page %1").arg(p.number)
                        : QCoreApplication::translate("Dossier::QualityCheck", "unnumbered page (id %1)").arg(p.id);
}

} // namespace

QList<QualityCheck::Check> QualityCheck::automaticChecks(const Volume& v, const Profile& profile)
{
    Check errors{QStringLiteral("errors"),
                 QCoreApplication::translate("Dossier::QualityCheck", "Every page of the case was read"),
                 true,
                 {},
                 {}};
    if (auto failed = QcRepository(profile.database()).failedPages(v.caseNo); failed)
        for (const auto& [source, code] : std::as_const(*failed))
            errors.add(
                QCoreApplication::translate("Dossier::QualityCheck", "%1 could not be read (%2)").arg(source, code));
    else
        errors.add(failed.error().message()); // the check cannot pass when the pages cannot be read
    Check dpi{QStringLiteral("dpi"),
              QCoreApplication::translate("Dossier::QualityCheck", "Resolution at least 300 dpi"),
              true,
              {},
              {}};
    Check colour{
        QStringLiteral("colour"),
        QCoreApplication::translate("Dossier::QualityCheck", "Pages with colour (seals, photos) scanned in colour"),
        true,
        {},
        {}};
    Check skew{
        QStringLiteral("skew"), QCoreApplication::translate("Dossier::QualityCheck", "Pages straight"), true, {}, {}};
    Check ocr{QStringLiteral("ocr"),
              QCoreApplication::translate("Dossier::QualityCheck", "Text recognised with good confidence"),
              true,
              {},
              {}};
    Check format{QStringLiteral("format"),
                 QCoreApplication::translate("Dossier::QualityCheck", "One master format in the volume"),
                 true,
                 {},
                 {}};
    Check catalogue{QStringLiteral("catalogue"),
                    QCoreApplication::translate("Dossier::QualityCheck", "Every document has a type and pages"),
                    true,
                    {},
                    {}};
    for (const VolumePage& p : v.pages) {
        const QString name = pageName(v, p);
        if (p.dpi < 300 || p.flags.contains(QLatin1String("low_dpi")))
            dpi.add(QCoreApplication::translate("Dossier::QualityCheck", "%1: %2 dpi").arg(name).arg(p.dpi), p.id);
        if (p.flags.contains(QLatin1String("colour_required")) && p.colourMode != QLatin1String("colour"))
            colour.add(
                QCoreApplication::translate("Dossier::QualityCheck", "%1 has colour content but was scanned in %2")
                    .arg(name, p.colourMode),
                p.id);
        if (p.flags.contains(QLatin1String("residual_skew")))
            skew.add(QCoreApplication::translate("Dossier::QualityCheck", "%1 is still skewed").arg(name), p.id);
        if (p.flags.contains(QLatin1String("low_ocr_confidence")))
            ocr.add(QCoreApplication::translate("Dossier::QualityCheck", "%1: low recognition confidence").arg(name),
                    p.id);
        if (p.flags.contains(QLatin1String("mixed_format")))
            format.add(
                QCoreApplication::translate("Dossier::QualityCheck", "%1 is in another file format than the rest")
                    .arg(name),
                p.id);
    }
    for (qsizetype k = 0; k < v.documents.size(); ++k) {
        const VolumeDocument& d = v.documents.at(k);
        if (d.docType.isEmpty())
            catalogue.add(QCoreApplication::translate("Dossier::QualityCheck", "document %1 has no type").arg(k + 1));
        if (d.firstPage == 0)
            catalogue.add(
                QCoreApplication::translate("Dossier::QualityCheck", "document %1 has no numbered page").arg(k + 1));
    }
    QList<Check> out = {errors, dpi, colour, skew, ocr, format, catalogue};
    for (Check& c : out)
        c.passed = c.problems.isEmpty();
    return out;
}

QList<int> QualityCheck::sample(const Volume& v, quint32 seed, double fraction)
{
    const int n = int(v.documents.size());
    if (n == 0)
        return {};
    const int want = std::max(1, int(std::ceil(n * fraction)));
    QList<int> all;
    for (int i = 0; i < n; ++i)
        all << i;
    QRandomGenerator rng(seed);
    for (int i = n - 1; i > 0; --i)
        all.swapItemsAt(i, int(rng.bounded(quint32(i + 1))));
    QList<int> picked = all.mid(0, want);
    std::sort(picked.begin(), picked.end());
    return picked;
}

Status QualityCheck::recordReview(const Profile& profile, const Volume& v, const Review& r)
{
    if (r.reviewer.trimmed().isEmpty())
        return Error(QStringLiteral("reviewer_required"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "A check needs the name of the person who made it."));
    // The review is shared with other desks as it is: refused here rather than by the server at every sync.
    if (!RecordSchema::isPersonName(r.reviewer.trimmed()) || r.note.size() > RecordSchema::kMaxTextField)
        return Error(QStringLiteral("review_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "A check's reviewer name may have at most %1 characters, and its note at "
                                       "most %2."),
                     {QString::number(RecordSchema::kMaxNameLength), QString::number(RecordSchema::kMaxTextField)});
    return QcRepository(profile.database())
        .addReview(v.dossierRowId, {r.documentId, r.reviewer.trimmed(), r.matches, r.note});
}

Result<QList<QualityCheck::Review>> QualityCheck::reviews(const Profile& profile, const Volume& v)
{
    auto rows = QcRepository(profile.database()).reviews(v.dossierRowId);
    if (!rows)
        return rows.error();
    QList<Review> out;
    for (const QcRepository::ReviewRow& r : std::as_const(*rows))
        out.append({r.documentId, r.reviewer, r.matches, r.note});
    return out;
}

bool QualityCheck::readyToSubmit(const Profile& profile, const Volume& v, const QList<int>& sampled,
                                 const QString& operatorName, QStringList* why)
{
    QStringList missing;
    for (const Check& c : automaticChecks(v, profile))
        if (!c.passed)
            missing << QCoreApplication::translate("Dossier::QualityCheck", "Automatic check failed: %1").arg(c.title);
    // The latest review of each document counts.
    QHash<qint64, Review> latest;
    if (auto rs = reviews(profile, v))
        for (const Review& r : *rs)
            latest.insert(r.documentId, r);
    for (int k : sampled) {
        const qint64 id = v.documents.value(k).id;
        const auto it = latest.constFind(id);
        if (it == latest.cend())
            missing << QCoreApplication::translate("Dossier::QualityCheck",
                                                   "Document %1 of the sample is not checked yet")
                           .arg(k + 1);
        else if (!it->matches)
            missing << QCoreApplication::translate("Dossier::QualityCheck", "Document %1 does not match its images: %2")
                           .arg(k + 1)
                           .arg(it->note);
        else if (it->reviewer == operatorName)
            missing << QCoreApplication::translate("Dossier::QualityCheck",
                                                   "Document %1 was checked by the person who scanned it")
                           .arg(k + 1);
    }
    if (why)
        *why = missing;
    return missing.isEmpty();
}

QString QualityCheck::operatorOf(const Profile& profile, const Volume& v)
{
    QcRepository qc(profile.database());
    // The pages remember who scanned them, and bring it from the desk that scanned them; the batches (on the
    // desk that ran them) for pages stored before they did.
    if (auto scanned = qc.scannedBy(v.dossierRowId); scanned && !scanned->isEmpty())
        return *scanned;
    QString who; // unknown when the batches cannot be read: the form then leaves it to be entered
    if (auto batches = qc.batchOptions(v.dossierRowId))
        for (const QJsonObject& o : std::as_const(*batches))
            if (const QString name = o.value(QStringLiteral("operator")).toString(); !name.isEmpty())
                who = name;
    return who;
}

Status QualityCheck::markSubmitted(const Profile& profile, const Volume& v, const QString& actor)
{
    return QcRepository(profile.database()).markSubmitted(v.dossierRowId, actor);
}

QString QualityCheck::submittedAt(const Profile& profile, const Volume& v)
{
    auto at = QcRepository(profile.database()).submittedAt(v.dossierRowId);
    return at ? *at : QString(); // unreadable: shown as not submitted; submitting again only sets it again
}

} // namespace Dossier
