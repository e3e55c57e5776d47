#pragma once

#include "archive/volume.h"

#include <dossier/result.h>

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

class Profile;

// Every volume of a case a reader reads, in one reading order: each dossier's 正卷 in the order the dossiers were
// made, then each dossier's 副卷 where the reader may see them. Files attached to the case (PDFs, pictures) are
// pages of its documents once imported, so they are read where the catalogue put them.
struct CaseVolumes final
{
    QList<Volume> volumes;
    QStringList names; // 正卷, or 正卷第1册, 正卷第2册 … when the case has several of a kind; 副卷 likewise

    // A page's place: which volume, and its number there (0: unnumbered).
    struct Place
    {
        int volume = -1;
        int number = 0;
        bool operator==(const Place&) const = default;
    };

    enum class Secondary { Include, Exclude };
    // The case's volumes without the pages' OCR words (Volume::Detail::Reading). An empty volume is left out; an
    // error when no volume of the case has a processed page.
    static Result<CaseVolumes> load(const Profile& profile, const QString& caseNo, Secondary secondary,
                                    Volume::Detail detail = Volume::Detail::Reading);
    // The names of volumes in reading order (what `names` holds).
    static QStringList namesOf(const QList<Volume>& volumes);

    QString caseNo() const;
    int numberedPages() const;
    int documentCount() const;
    Place placeOf(qint64 pageId) const;
    // The page with number `place.number` in its volume, or 0.
    qint64 pageAt(const Place& place) const;
    // "正卷第3页"; "正卷（页已移出）" for no number (a Chinese court citation whatever the interface language).
    QString citation(const Place& place) const;

    // What a judge types for a page: "15" (a page of volume `current`), "2-15", "2/15" or "2：15" (卷-页, volumes
    // counted from 1 in reading order). Nothing for anything else.
    static std::optional<Place> parsePlace(const QString& text, int current);
    // The reverse: "15" when the case has one volume, "2-15" otherwise.
    QString placeText(const Place& place) const;
};

} // namespace Dossier
