#include "domain/templateversions.h"

#include "domain/textutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Dossier::TemplateVersions {
namespace {

QString volumeName(const QString& kind)
{
    if (kind == QLatin1String("secondary"))
        return QCoreApplication::translate("Dossier::TemplateVersions", "secondary volume");
    if (kind == QLatin1String("all"))
        return QCoreApplication::translate("Dossier::TemplateVersions", "every volume");
    return QCoreApplication::translate("Dossier::TemplateVersions", "main volume");
}

// Of `codes`, the one whose titles in `target` best match a document's title; the first when none does.
QString bestByTitle(const CatalogueTemplate& target, const QStringList& codes, const QString& title)
{
    CatalogueTemplate only = target;
    only.items.clear();
    for (const QString& c : codes)
        if (const TemplateItem* it = target.item(c))
            only.items << *it;
    const auto m = only.match(title);
    return m.code.isEmpty() ? codes.first() : m.code;
}

// One step applied to a code; returns whether it changed anything.
bool apply(const CatalogueTemplate& target, const TemplateStep& s, const QString& title, QString& code)
{
    if (!s.from.contains(code))
        return false;
    if (s.op == QLatin1String("rename") || s.op == QLatin1String("merge"))
        code = s.to.first();
    else if (s.op == QLatin1String("split"))
        code = bestByTitle(target, s.to, title);
    else if (s.op == QLatin1String("retire"))
        code =
            s.to.isEmpty() ? target.fallbackFor(s.volume.isEmpty() ? QStringLiteral("main") : s.volume) : s.to.first();
    return true; // a move keeps the code; its volume is the target's
}

QString stepText(const TemplateStep& s)
{
    if (s.op == QLatin1String("move"))
        return QStringLiteral("move %1 → %2").arg(s.from.first(), s.volume);
    return QStringLiteral("%1 %2 → %3")
        .arg(s.op, s.from.join(QLatin1Char('+')),
             s.to.isEmpty() ? QStringLiteral("fallback") : s.to.join(QLatin1Char('|')));
}

int latest(const QList<CatalogueTemplate>& published)
{
    int v = 0;
    for (const CatalogueTemplate& p : published)
        v = std::max(v, p.version);
    return v;
}

// The migrations published before stay in every later version, as they were.
void checkHistory(const CatalogueTemplate& draft, const QList<CatalogueTemplate>& published, Check& out)
{
    for (const CatalogueTemplate& p : published)
        for (const TemplateMigration& m : p.migrations)
            if (!draft.migrations.contains(m))
                out.errors << Error(
                    QStringLiteral("template_history"),
                    QT_TRANSLATE_NOOP("Dossier::Error", "The migration from version %1 to %2, published with version "
                                                        "%3, is missing or changed: published migrations stay as they "
                                                        "are."),
                    {QString::number(m.fromVersion), QString::number(m.toVersion), QString::number(p.version)});
    const int last = latest(published);
    if (const TemplateMigration* m = draft.lastMigration(); m && last > 0 && m->fromVersion != last)
        out.errors << Error(QStringLiteral("template_history"),
                            QT_TRANSLATE_NOOP("Dossier::Error",
                                              "The new migration starts from version %1, but the last published "
                                              "version is %2."),
                            {QString::number(m->fromVersion), QString::number(last)});
}

// Every code a dossier catalogued with a published version may hold finds its way into the draft.
void checkOrphans(const CatalogueTemplate& draft, const QList<CatalogueTemplate>& published, Check& out)
{
    for (const CatalogueTemplate& p : published)
        for (const TemplateItem& it : p.items)
            if (!carry(draft, p.version, it.code, it.titles.value(0, it.name)))
                out.errors << Error(QStringLiteral("template_orphans"),
                                    QT_TRANSLATE_NOOP("Dossier::Error",
                                                      "Documents of %1 (%2) catalogued with version %3 would have no "
                                                      "type: add a rename, merge, split or retire step for it."),
                                    {it.name, it.code, QString::number(p.version)});
}

// An item that changes volume is moved by a step that says so; titles and keywords changed are a warning.
void checkChanges(const CatalogueTemplate& draft, const CatalogueTemplate& last, Check& out)
{
    const TemplateMigration* m = draft.lastMigration();
    for (const TemplateItem& now : draft.items) {
        const TemplateItem* was = last.item(now.code);
        if (!was)
            continue;
        const bool moved = m && std::any_of(m->steps.begin(), m->steps.end(), [&](const TemplateStep& s) {
                               return s.op == QLatin1String("move") && s.from.contains(now.code);
                           });
        if (was->volume != now.volume && !moved)
            out.errors << Error(QStringLiteral("template_move"),
                                QT_TRANSLATE_NOOP("Dossier::Error",
                                                  "%1 (%2) goes from %3 to %4: add a move step, so that desks move "
                                                  "its documents."),
                                {now.name, now.code, volumeName(was->volume), volumeName(now.volume)});
        if (was->titles != now.titles || was->keywords != now.keywords)
            out.warnings << Error(QStringLiteral("template_recognition"),
                                  QT_TRANSLATE_NOOP("Dossier::Error",
                                                    "The titles or keywords of %1 changed: new batches are "
                                                    "classified by them; dossiers already catalogued keep their "
                                                    "types unless they are processed again."),
                                  {now.name});
    }
}

// The codes of `a`'s volume `kind` that `b` has too, in a's order: an item moved among the others changes place
// here, one merely shifted by an item added or removed does not.
QStringList relativeOrder(const CatalogueTemplate& a, const CatalogueTemplate& b, const QString& kind)
{
    QStringList out;
    for (const TemplateItem& it : a.itemsOf(kind))
        if (const TemplateItem* other = b.item(it.code); other && other->volume == it.volume)
            out << it.code;
    return out;
}

} // namespace

Check check(const CatalogueTemplate& draft, const QList<CatalogueTemplate>& published)
{
    Check out;
    const int last = latest(published);
    if (draft.version <= last)
        out.errors << Error(QStringLiteral("template_version"),
                            QT_TRANSLATE_NOOP("Dossier::Error",
                                              "Version %1 of %2 is not newer than the published version %3: "
                                              "versions increase."),
                            {QString::number(draft.version), draft.id, QString::number(last)});
    for (const CatalogueTemplate& p : published)
        if (p.id != draft.id)
            out.errors << Error(QStringLiteral("template_id"),
                                QT_TRANSLATE_NOOP("Dossier::Error", "A version of %1 is checked against %2."),
                                {draft.id, p.id});
    if (!out.ok())
        return out;
    checkHistory(draft, published, out);
    checkOrphans(draft, published, out);
    for (const CatalogueTemplate& p : published)
        if (p.version == last)
            checkChanges(draft, p, out);
    return out;
}

std::optional<Place> carry(const CatalogueTemplate& target, int fromVersion, const QString& code, const QString& title)
{
    Place place;
    place.code = code;
    if (fromVersion < target.version)
        for (const TemplateMigration& m : target.migrations) {
            if (m.toVersion <= fromVersion)
                continue;
            for (const TemplateStep& s : m.steps)
                if (apply(target, s, title, place.code))
                    place.how << stepText(s);
        }
    if (!target.item(place.code))
        return std::nullopt;
    place.volume = target.volumeOf(place.code);
    return place;
}

QList<ItemChange> diff(const CatalogueTemplate& from, const CatalogueTemplate& to)
{
    QList<ItemChange> out;
    for (const TemplateItem& was : from.items)
        if (!to.item(was.code))
            out.append({ItemChange::Kind::Removed, was.code, {}});
    for (const TemplateItem& now : to.items) {
        const TemplateItem* was = from.item(now.code);
        if (!was) {
            out.append({ItemChange::Kind::Added, now.code, {}});
            continue;
        }
        QStringList fields;
        const auto differs = [&](const char* name, bool d) {
            if (d)
                fields << QLatin1String(name);
        };
        differs("name", was->name != now.name);
        differs("volume", was->volume != now.volume);
        differs("titles", was->titles != now.titles);
        differs("keywords", was->keywords != now.keywords);
        differs("repeat", was->repeat != now.repeat);
        differs("required", was->required != now.required);
        differs("generated", was->generated != now.generated);
        differs("order", fields.isEmpty() && was->volume == now.volume &&
                             relativeOrder(from, to, now.volume).indexOf(now.code) !=
                                 relativeOrder(to, from, now.volume).indexOf(now.code));
        if (!fields.isEmpty())
            out.append({ItemChange::Kind::Changed, now.code, fields});
    }
    return out;
}

QStringList describe(const QList<ItemChange>& changes, const CatalogueTemplate& from, const CatalogueTemplate& to)
{
    QStringList lines;
    for (const ItemChange& c : changes) {
        const TemplateItem* it = c.kind == ItemChange::Kind::Removed ? from.item(c.code) : to.item(c.code);
        const QString label = QStringLiteral("%1 (%2)").arg(it ? it->name : c.code, c.code);
        if (c.kind == ItemChange::Kind::Added)
            lines << QCoreApplication::translate("Dossier::TemplateVersions", "+ %1, %2")
                         .arg(label, volumeName(it ? it->volume : QString()));
        else if (c.kind == ItemChange::Kind::Removed)
            lines << QCoreApplication::translate("Dossier::TemplateVersions", "− %1").arg(label);
        else if (c.fields.contains(QLatin1String("volume")))
            lines << QCoreApplication::translate("Dossier::TemplateVersions", "~ %1: %2 → %3")
                         .arg(label, volumeName(from.item(c.code)->volume), volumeName(it->volume));
        else
            lines << QCoreApplication::translate("Dossier::TemplateVersions", "~ %1: %2")
                         .arg(label, c.fields.join(QStringLiteral(", ")));
    }
    if (const TemplateMigration* m = to.lastMigration())
        for (const TemplateStep& s : m->steps)
            lines << QCoreApplication::translate("Dossier::TemplateVersions", "→ %1").arg(stepText(s));
    return lines;
}

Result<Release> Release::fromJson(const QString& id, const QJsonObject& o)
{
    Release r;
    r.id = id;
    r.version = o.value(QStringLiteral("version")).toInt();
    r.previous = o.value(QStringLiteral("previous")).toInt();
    const QJsonValue accounts = o.value(QStringLiteral("accounts"));
    const QJsonValue courts = o.value(QStringLiteral("courts"));
    bool ok = r.version >= 1 && r.previous >= 0 && (accounts.isUndefined() || accounts.isArray()) &&
              (courts.isUndefined() || courts.isArray()) && accounts.toArray().size() <= 1000 &&
              courts.toArray().size() <= 1000;
    for (const QJsonValue& v : accounts.toArray()) {
        ok = ok && v.isString() && !v.toString().isEmpty() && v.toString().size() <= 200;
        r.accounts << v.toString();
    }
    static const QRegularExpression court(QStringLiteral("^\\p{Han}[0-9]{0,4}$|^最高法$"));
    for (const QJsonValue& v : courts.toArray()) {
        ok = ok && court.match(v.toString()).hasMatch();
        r.courts << v.toString();
    }
    if (!ok)
        return Error(QStringLiteral("template_release_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The release of template %1 is not valid: it names a version (1 or more), "
                                       "the version the others keep, and accounts or court codes."),
                     {id});
    return r;
}

QJsonObject Release::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), version}, {QStringLiteral("previous"), previous}};
    if (!accounts.isEmpty())
        o.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(accounts));
    if (!courts.isEmpty())
        o.insert(QStringLiteral("courts"), QJsonArray::fromStringList(courts));
    return o;
}

int Release::versionFor(const QString& user, const QString& scope) const
{
    if (everyone() || (!user.isEmpty() && accounts.contains(user)))
        return version;
    for (const QString& c : courts)
        if (!scope.isEmpty() && scope.startsWith(c))
            return version;
    return previous;
}

QString versionId(const QString& templateId, int version)
{
    return templateId + QLatin1Char('@') + QString::number(version);
}

std::optional<QPair<QString, int>> parseVersionId(const QString& recordId)
{
    const qsizetype at = recordId.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return std::nullopt;
    bool ok = false;
    const int v = recordId.mid(at + 1).toInt(&ok);
    if (!ok || v < 1 || recordId.mid(at + 1) != QString::number(v))
        return std::nullopt;
    return QPair<QString, int>(recordId.left(at), v);
}

} // namespace Dossier::TemplateVersions
