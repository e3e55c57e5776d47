#pragma once

#include "archive/volume.h"

#include <dossier/result.h>

#include <QList>
#include <QString>

namespace Dossier {

// DA/T 31 §12 acceptance of a digitised volume: automatic checks on 100% of the pages, all of which must pass,
// and a manual check by a second person of a random sample of at least 5% of the documents (image against
// catalogue). A dossier may be submitted only when both hold.
class QualityCheck final
{
public:
    struct Check
    {
        QString code;  // "dpi", "colour", "skew", "ocr", "catalogue", "format", "errors"
        QString title; // translated
        bool passed = false;
        QStringList problems; // translated, one per failing page or document
        QList<qint64> pages;  // the page each problem is about (pages row id), 0 when it is about no one page
        void add(const QString& problem, qint64 page = 0)
        {
            problems << problem;
            pages << page;
        }
    };
    struct Review
    {
        qint64 documentId = 0;
        QString reviewer;
        bool matches = false;
        QString note;
    };

    static QList<Check> automaticChecks(const Volume& volume, const Profile& profile);

    // The documents (indices into volume.documents) a second person checks: ⌈5%⌉, at least one, chosen at
    // random but the same for the same seed.
    static QList<int> sample(const Volume& volume, quint32 seed, double fraction = 0.05);

    static Status recordReview(const Profile& profile, const Volume& volume, const Review& review);
    static Result<QList<Review>> reviews(const Profile& profile, const Volume& volume);

    // Ready when every automatic check passes and every sampled document was confirmed by someone other
    // than `operatorName`. `why` lists what is missing.
    // Who digitised the volume (the operator of the batches its pages came from), empty when not recorded.
    static QString operatorOf(const Profile& profile, const Volume& volume);

    // Marks the dossier submitted (after QC and a verified archive package), logged; when it was, if so.
    static Status markSubmitted(const Profile& profile, const Volume& volume, const QString& actor);
    static QString submittedAt(const Profile& profile, const Volume& volume);

    static bool readyToSubmit(const Profile& profile, const Volume& volume, const QList<int>& sampled,
                              const QString& operatorName, QStringList* why);
};

} // namespace Dossier
