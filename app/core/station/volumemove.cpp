#include "station/volumemove.h"

#include "pipeline/templatelibrary.h"
#include "storage/cataloguerepository.h"
#include "storage/templaterepository.h"

namespace Dossier {
namespace {

// The dossier's template's codes in 卷内目录 order (none when the template is not known here).
QStringList orderOf(const Profile& profile, qint64 documentId)
{
    auto dossier = TemplateRepository(profile.database()).templateOfDocument(documentId);
    if (!dossier)
        return {};
    auto t = TemplateLibrary(profile).version(dossier->templateId, dossier->version);
    QStringList codes;
    if (t)
        for (const TemplateItem& it : t->items)
            codes << it.code;
    return codes;
}

} // namespace

Result<VolumeMove> VolumeMove::run(const Profile& profile, qint64 documentId, const QString& toKind,
                                   const QString& actor)
{
    if (toKind != QLatin1String("main") && toKind != QLatin1String("secondary"))
        return Error(QStringLiteral("volume_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no volume \"%1\" (main or secondary)."), {toKind});
    auto was = CatalogueRepository(profile.database())
                   .moveDocumentByHand(documentId, toKind, -1, orderOf(profile, documentId), actor,
                                       QStringLiteral("move to volume"));
    if (!was)
        return was.error();
    return VolumeMove{documentId, was->kind, toKind, was->position, was->volumeId, was->movedTo};
}

Status VolumeMove::undo(const Profile& profile, const QString& actor) const
{
    auto back =
        CatalogueRepository(profile.database())
            .moveDocumentByHand(documentId, fromKind, fromPosition, {}, actor, QStringLiteral("undo move to volume"));
    return back ? Status(Ok{}) : Status(back.error());
}

Status VolumeMove::redo(const Profile& profile, const QString& actor) const
{
    auto again = CatalogueRepository(profile.database())
                     .moveDocumentByHand(documentId, toKind, -1, orderOf(profile, documentId), actor,
                                         QStringLiteral("redo move to volume"));
    return again ? Status(Ok{}) : Status(again.error());
}

} // namespace Dossier
