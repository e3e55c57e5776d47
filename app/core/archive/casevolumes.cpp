#include "archive/casevolumes.h"

#include "storage/cataloguerepository.h"
#include "storage/profile.h"

#include <QRegularExpression>

namespace Dossier {

Result<CaseVolumes> CaseVolumes::load(const Profile& profile, const QString& caseNo, Secondary secondary,
                                      Volume::Detail detail)
{
    auto dossiers = CatalogueRepository(profile.database()).dossiersOf(caseNo);
    if (!dossiers)
        return dossiers.error();
    if (dossiers->dossierIds.isEmpty())
        return Error(QStringLiteral("case_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no case %1 in this profile."), {caseNo});
    QStringList kinds{QStringLiteral("main")};
    if (secondary == Secondary::Include)
        kinds << QStringLiteral("secondary");
    CaseVolumes out;
    std::optional<Error> firstEmpty;
    for (const QString& kind : std::as_const(kinds))
        for (const QString& dossierId : std::as_const(dossiers->dossierIds)) {
            auto v = Volume::load(profile, caseNo, dossierId, detail, kind);
            if (v) {
                out.volumes << std::move(*v);
                continue;
            }
            if (v.error().code() != QLatin1String("dossier_empty"))
                return v.error();
            if (!firstEmpty && kind == QLatin1String("main"))
                firstEmpty = v.error(); // a dossier not processed yet, or a volume without documents: not read
        }
    if (out.volumes.isEmpty())
        return *firstEmpty;
    out.names = namesOf(out.volumes);
    return out;
}

QStringList CaseVolumes::namesOf(const QList<Volume>& volumes)
{
    QHash<QString, int> ofKind, seen;
    for (const Volume& v : volumes)
        ++ofKind[v.info.volumeKind];
    QStringList out;
    for (const Volume& v : volumes) {
        const QString kind = v.info.volumeKindName();
        const int n = ++seen[v.info.volumeKind];
        out << (ofKind.value(v.info.volumeKind) > 1 ? QStringLiteral("%1第%2册").arg(kind).arg(n) : kind);
    }
    return out;
}

QString CaseVolumes::caseNo() const
{
    return volumes.isEmpty() ? QString() : volumes.first().caseNo;
}

int CaseVolumes::numberedPages() const
{
    int n = 0;
    for (const Volume& v : volumes)
        n += v.numberedPages();
    return n;
}

int CaseVolumes::documentCount() const
{
    int n = 0;
    for (const Volume& v : volumes)
        n += int(v.documents.size());
    return n;
}

CaseVolumes::Place CaseVolumes::placeOf(qint64 pageId) const
{
    for (int i = 0; i < volumes.size(); ++i)
        for (const VolumePage& p : volumes.at(i).pages)
            if (pageId > 0 && p.id == pageId)
                return {i, p.number};
    return {};
}

qint64 CaseVolumes::pageAt(const Place& place) const
{
    if (place.volume < 0 || place.volume >= volumes.size() || place.number <= 0)
        return 0;
    for (const VolumePage& p : volumes.at(place.volume).pages)
        if (p.number == place.number)
            return p.id;
    return 0;
}

QString CaseVolumes::citation(const Place& place) const
{
    const QString name = names.value(place.volume, QStringLiteral("正卷"));
    return place.number > 0 ? QStringLiteral("%1第%2页").arg(name).arg(place.number)
                            : QStringLiteral("%1（页已移出）").arg(name);
}

std::optional<CaseVolumes::Place> CaseVolumes::parsePlace(const QString& text, int current)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(?:(\\d{1,4})\\s*[-/:：－—]\\s*)?(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch m = form.match(text.normalized(QString::NormalizationForm_KC));
    if (!m.hasMatch())
        return std::nullopt;
    const int number = m.captured(2).toInt();
    const int volume = m.captured(1).isEmpty() ? current : m.captured(1).toInt() - 1;
    if (number <= 0 || volume < 0)
        return std::nullopt;
    return Place{volume, number};
}

QString CaseVolumes::placeText(const Place& place) const
{
    if (place.number <= 0)
        return {};
    return volumes.size() > 1 ? QStringLiteral("%1-%2").arg(place.volume + 1).arg(place.number)
                              : QString::number(place.number);
}

} // namespace Dossier
