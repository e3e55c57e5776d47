// The API's catalogue templates (issue 15): PUT /templates/{id} publishes a version, checked against every version
// published before it (TemplateVersions::check: versions increase, published migrations stay, no catalogued type
// is orphaned); PUT /templates/{id}/release says which version the desks use (a staged rollout to accounts or
// courts, then to everyone; a rollback); POST /templates/{id}/impact tells what a draft would change.
#include "apireplies.h"
#include "domain/recordschema.h"
#include "domain/templateversions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Dossier::Server {
namespace {

using TemplateVersions::Release;

// The versions of template `id` published so far (records "<id>@<version>"; "<id>" from before versions were kept).
Result<QList<CatalogueTemplate>> publishedVersions(ServerStore& store, const QString& id)
{
    auto records = store.templates();
    if (!records)
        return records.error();
    QList<CatalogueTemplate> out;
    // The version every desk ships (resources/templates) counts as published, whether or not it was pushed.
    if (auto shipped = CatalogueTemplate::builtin(id); shipped && shipped->id == id)
        out << *shipped;
    for (const Record& r : std::as_const(*records)) {
        const auto idVersion = TemplateVersions::parseVersionId(r.id);
        if ((idVersion ? idVersion->first : r.id) != id || r.deleted)
            continue;
        if (auto t = CatalogueTemplate::fromJson(r.body)) {
            out.removeIf([&](const CatalogueTemplate& held) { return held.version == t->version; });
            out << *t;
        }
    }
    return out;
}

Result<std::optional<Release>> releaseOf(ServerStore& store, const QString& id)
{
    std::optional<Release> out;
    auto s = store.eachRecord(QStringLiteral("template_release"), [&](Record&& r) {
        if (r.id == id)
            if (auto rel = Release::fromJson(id, r.body))
                out = *rel;
    });
    if (!s)
        return s.error();
    return out;
}

QJsonArray english(const QList<Error>& errors)
{
    QJsonArray out;
    for (const Error& e : errors)
        out.append(e.english());
    return out;
}

bool validId(const QString& id)
{
    return RecordSchema::isTemplateId(id) && !id.contains(QLatin1Char('@'));
}

// The release that goes with a new version: to the accounts and courts of `stage`, the others keeping what they
// use now; without a stage, to everyone.
Release releaseFor(const QString& id, int version, const QJsonObject& stage, const std::optional<Release>& now,
                   int newestBefore)
{
    Release r;
    r.id = id;
    r.version = version;
    for (const QJsonValue& v : stage.value(QStringLiteral("accounts")).toArray())
        r.accounts << v.toString();
    for (const QJsonValue& v : stage.value(QStringLiteral("courts")).toArray())
        r.courts << v.toString();
    r.previous = r.everyone() ? version : now ? (now->everyone() ? now->version : now->previous) : newestBefore;
    return r;
}

} // namespace

Reply Api::putTemplate(Context& ctx, const QString& id) const
{
    if (!ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("Only an archive administrator may publish templates."));
    if (!validId(id))
        return errorReply(422, QStringLiteral("invalid_id"), QStringLiteral("The template id is not valid."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    // {"template": {…}, "release": {"accounts": […], "courts": […]}} for a staged rollout; or the template alone.
    const bool wrapped = body->value(QStringLiteral("template")).isObject();
    const QJsonObject json = wrapped ? body->value(QStringLiteral("template")).toObject() : *body;
    const QJsonObject stage = body->value(QStringLiteral("release")).toObject();
    const int version = json.value(QStringLiteral("version")).toInt();
    const QString recordId = TemplateVersions::versionId(id, version);
    const qsizetype size = QJsonDocument(json).toJson(QJsonDocument::Compact).size();
    if (auto bad = RecordSchema::check({QStringLiteral("template"), recordId, {}, {}, false, json}, size))
        return errorReply(422, QStringLiteral("invalid_record"), bad->english());
    auto draft = CatalogueTemplate::fromJson(json);
    auto published = publishedVersions(ctx.store, id);
    auto now = releaseOf(ctx.store, id);
    if (!draft || !published || !now)
        return internalError(!draft ? draft.error() : !published ? published.error() : now.error());
    const TemplateVersions::Check check = TemplateVersions::check(*draft, *published);
    if (!check.ok())
        return errorReply(409, QStringLiteral("template_incompatible"), check.errors.first().english(),
                          {{QStringLiteral("problems"), english(check.errors)}});
    int newest = 0;
    for (const CatalogueTemplate& t : std::as_const(*published))
        newest = std::max(newest, t.version);
    const Release release = releaseFor(id, version, stage, *now, newest);
    if (auto bad = Release::fromJson(id, release.toJson()); !bad)
        return errorReply(422, QStringLiteral("invalid_record"), bad.error().english());
    // The release first: should the version not follow, the desks it names keep the newest they hold.
    if (*now || !release.everyone())
        if (auto r = ctx.store.publish(QStringLiteral("template_release"), id, release.toJson(), ctx.user); !r)
            return internalError(r.error());
    auto r = ctx.store.publish(QStringLiteral("template"), recordId, json, ctx.user);
    if (!r)
        return internalError(r.error());
    QJsonObject reply = r->toJson();
    reply.insert(QStringLiteral("warnings"), english(check.warnings));
    reply.insert(QStringLiteral("release"), release.toJson());
    return jsonReply(200, reply);
}

Reply Api::releaseTemplate(Context& ctx, const QString& id) const
{
    if (!ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("Only an archive administrator may release templates."));
    if (!validId(id))
        return errorReply(422, QStringLiteral("invalid_id"), QStringLiteral("The template id is not valid."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    auto release = Release::fromJson(id, *body);
    if (!release)
        return errorReply(422, QStringLiteral("invalid_record"), release.error().english());
    auto published = publishedVersions(ctx.store, id);
    if (!published)
        return internalError(published.error());
    const auto held = [&](int v) {
        return std::any_of(published->begin(), published->end(),
                           [v](const CatalogueTemplate& t) { return t.version == v; });
    };
    if (!held(release->version) || (release->previous != 0 && !held(release->previous)))
        return errorReply(409, QStringLiteral("not_published"),
                          QStringLiteral("A release names only versions that were published."));
    auto r = ctx.store.publish(QStringLiteral("template_release"), id, release->toJson(), ctx.user);
    if (!r)
        return internalError(r.error());
    return jsonReply(200, r->toJson());
}

Reply Api::templateImpact(Context& ctx, const QString& id) const
{
    if (!ctx.viewer->isAdmin())
        return forbidden(QStringLiteral("Only an archive administrator may preview a template's impact."));
    Reply failure;
    const auto body = jsonBody(ctx.request, failure);
    if (!body)
        return failure;
    auto draft = CatalogueTemplate::fromJson(*body);
    if (!draft || draft->id != id)
        return errorReply(422, QStringLiteral("invalid_record"),
                          draft ? QStringLiteral("Not a version of this template.") : draft.error().english());
    QHash<QString, int> versionOf; // "案号|dossier id" → the version it was catalogued with
    QSet<QString> accounts, changedDossiers;
    QJsonObject byVersion;
    auto s = ctx.store.eachRecord(QStringLiteral("dossier"), [&](Record&& r) {
        if (!draft->names(r.body.value(QStringLiteral("template_id")).toString()))
            return;
        const int v = r.body.value(QStringLiteral("template_version")).toInt(1);
        versionOf.insert(r.id, v);
        byVersion.insert(QString::number(v), byVersion.value(QString::number(v)).toInt() + 1);
    });
    int documents = 0, changed = 0, orphans = 0;
    if (s)
        s = ctx.store.eachRecord(QStringLiteral("document"), [&](Record&& r) {
            const QString dossier = r.body.value(QStringLiteral("dossier")).toString();
            const auto v = versionOf.constFind(dossier);
            if (v == versionOf.cend())
                return;
            ++documents;
            const QString code = r.body.value(QStringLiteral("doc_type")).toString();
            const auto place =
                TemplateVersions::carry(*draft, *v, code, r.body.value(QStringLiteral("title")).toString());
            const TemplateItem* item = place ? draft->item(place->code) : nullptr;
            const bool moves = item && item->volume != QLatin1String("all") && place->volume != r.volume;
            if (place && place->code == code && !moves)
                return;
            place ? ++changed : ++orphans;
            changedDossiers.insert(dossier);
            accounts.insert(r.updatedBy);
        });
    if (!s)
        return internalError(s.error());
    return jsonReply(200, {{QStringLiteral("dossiers"), int(versionOf.size())},
                           {QStringLiteral("dossiers_changed"), int(changedDossiers.size())},
                           {QStringLiteral("documents"), documents},
                           {QStringLiteral("documents_changed"), changed},
                           {QStringLiteral("orphans"), orphans},
                           {QStringLiteral("desks"), int(accounts.size())},
                           {QStringLiteral("accounts"),
                            QJsonArray::fromStringList(QStringList(accounts.begin(), accounts.end()).mid(0, 50))},
                           {QStringLiteral("by_version"), byVersion}});
}

} // namespace Dossier::Server
