#include "domain/cataloguetemplate.h"

#include "domain/textutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

// Resources of a static library must be registered explicitly.
static void initCoreResources()
{
    static const bool done = [] {
        Q_INIT_RESOURCE(resources);
        return true;
    }();
    Q_UNUSED(done);
}

namespace Dossier {
namespace {

// Bounds for a template that arrives over the network.
constexpr int kMaxItems = 300;
constexpr int kMaxStrings = 60;     // titles, keywords, aliases, case types, step codes
constexpr int kMaxText = 120;       // one name, title or keyword
constexpr int kMaxMigrations = 200; // versions with changes
constexpr int kMaxSteps = 100;
constexpr int kMaxVersion = 1000000;

bool isCode(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(s).hasMatch();
}

bool isTemplateIdText(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,99}$"));
    return re.match(s).hasMatch();
}

// A list of short strings, or why not.
std::optional<QStringList> strings(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringList();
    if (!v.isArray() || v.toArray().size() > kMaxStrings)
        return std::nullopt;
    QStringList out;
    for (const QJsonValue& s : v.toArray()) {
        if (!s.isString() || s.toString().trimmed().isEmpty() || s.toString().size() > kMaxText)
            return std::nullopt;
        out << s.toString();
    }
    return out;
}

QJsonArray toArray(const QStringList& l)
{
    return QJsonArray::fromStringList(l);
}

Result<TemplateItem> itemFromJson(const QString& id, const QJsonValue& v)
{
    const QJsonObject io = v.toObject();
    TemplateItem it;
    it.code = io.value(QStringLiteral("code")).toString();
    it.name = io.value(QStringLiteral("name")).toString();
    it.volume = io.value(QStringLiteral("volume")).toString(QStringLiteral("main"));
    it.generated = io.value(QStringLiteral("generated")).toBool();
    it.repeat = io.value(QStringLiteral("repeat")).toBool(true);
    it.required = io.value(QStringLiteral("required")).toBool();
    if (!v.isObject() || !isCode(it.code))
        return Error(
            QStringLiteral("template_invalid"),
            QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: an item's code \"%2\" is not a code (a-z, 0-9, _)."),
            {id, it.code.left(kMaxText)});
    if (it.name.trimmed().isEmpty() || it.name.size() > kMaxText)
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: item %2 has no name, or one too long."),
                     {id, it.code});
    if (it.volume != QLatin1String("main") && it.volume != QLatin1String("secondary") &&
        it.volume != QLatin1String("all"))
        return Error(
            QStringLiteral("template_invalid"),
            QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: item %2 belongs to no volume (main, secondary or all)."),
            {id, it.code});
    const auto titles = strings(io.value(QStringLiteral("titles")));
    const auto keywords = strings(io.value(QStringLiteral("keywords")));
    if (!titles || !keywords)
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Template %1: the titles or keywords of item %2 are not a list of short texts."),
                     {id, it.code});
    it.titles = *titles;
    it.keywords = *keywords;
    return it;
}

Result<TemplateStep> stepFromJson(const QString& id, const QJsonValue& v)
{
    const QJsonObject so = v.toObject();
    TemplateStep s;
    s.op = so.value(QStringLiteral("op")).toString();
    const auto from = strings(so.value(QStringLiteral("from")));
    const auto to = strings(so.value(QStringLiteral("to")));
    s.volume = so.value(QStringLiteral("volume")).toString();
    const auto allCodes = [](const QStringList& l) { return std::all_of(l.begin(), l.end(), isCode); };
    bool ok = TemplateStep::ops().contains(s.op) && from && to && !from->isEmpty() && allCodes(*from) && allCodes(*to);
    if (ok) {
        s.from = *from;
        s.to = *to;
        if (s.op == QLatin1String("rename"))
            ok = s.from.size() == 1 && s.to.size() == 1;
        else if (s.op == QLatin1String("split"))
            ok = s.from.size() == 1 && s.to.size() >= 2;
        else if (s.op == QLatin1String("merge"))
            ok = s.from.size() >= 2 && s.to.size() == 1;
        else if (s.op == QLatin1String("move"))
            ok = s.from.size() == 1 && s.to.isEmpty() &&
                 (s.volume == QLatin1String("main") || s.volume == QLatin1String("secondary"));
        else
            ok = s.from.size() == 1 && s.to.size() <= 1; // retire
    }
    if (!ok)
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Template %1: a migration step (%2) is not well formed: rename takes one code "
                                       "to one, split one to several, merge several to one, move one code to a "
                                       "volume, retire one code (to another)."),
                     {id, s.op.left(20)});
    return s;
}

Result<TemplateMigration> migrationFromJson(const QString& id, int version, const QJsonValue& v)
{
    const QJsonObject mo = v.toObject();
    TemplateMigration m;
    m.fromVersion = mo.value(QStringLiteral("from_version")).toInt();
    m.toVersion = mo.value(QStringLiteral("to_version")).toInt();
    const QJsonArray steps = mo.value(QStringLiteral("steps")).toArray();
    if (!v.isObject() || m.fromVersion < 1 || m.toVersion <= m.fromVersion || m.toVersion > version ||
        steps.size() > kMaxSteps)
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Template %1: a migration must go from an earlier version to a later one, "
                                       "no later than this version."),
                     {id});
    for (const QJsonValue& sv : steps) {
        auto s = stepFromJson(id, sv);
        if (!s)
            return s.error();
        m.steps << *s;
    }
    return m;
}

// The codes the template's own fields name, and the migration into this version, refer to its items.
std::optional<Error> checkReferences(const CatalogueTemplate& t)
{
    QSet<QString> codes;
    for (const TemplateItem& it : t.items) {
        if (codes.contains(it.code))
            return Error(QStringLiteral("template_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: the code %2 is used twice."),
                         {t.id, it.code});
        codes.insert(it.code);
    }
    for (const QString& c : {t.fallbackCode, t.secondaryFallbackCode, t.evidenceCode, t.evidenceAfter})
        if (!c.isEmpty() && !codes.contains(c))
            return Error(QStringLiteral("template_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Template %1 names the item %2, which it does not have."),
                         {t.id, c});
    if (const TemplateMigration* m = t.lastMigration())
        for (const TemplateStep& s : m->steps)
            for (const QString& c : s.op == QLatin1String("move") ? s.from : s.to)
                if (!codes.contains(c))
                    return Error(QStringLiteral("template_invalid"),
                                 QT_TRANSLATE_NOOP("Dossier::Error",
                                                   "Template %1: a migration step leads to the item %2, which this "
                                                   "version does not have."),
                                 {t.id, c});
    return std::nullopt;
}

} // namespace

QStringList TemplateStep::ops()
{
    return {QStringLiteral("rename"), QStringLiteral("split"), QStringLiteral("merge"), QStringLiteral("move"),
            QStringLiteral("retire")};
}

Result<CatalogueTemplate> CatalogueTemplate::fromJson(const QJsonObject& o)
{
    CatalogueTemplate t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.version = o.value(QStringLiteral("version")).toInt();
    t.name = o.value(QStringLiteral("name")).toString();
    t.nameEn = o.value(QStringLiteral("name_en")).toString();
    t.evidenceAfter = o.value(QStringLiteral("evidence_after")).toString();
    t.evidenceCode = o.value(QStringLiteral("evidence_code")).toString();
    t.fallbackCode = o.value(QStringLiteral("fallback_code")).toString(QStringLiteral("other"));
    t.secondaryFallbackCode = o.value(QStringLiteral("secondary_fallback_code")).toString();
    const auto aliases = strings(o.value(QStringLiteral("aliases")));
    const auto caseTypes = strings(o.value(QStringLiteral("case_types")));
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    const QJsonArray migrations = o.value(QStringLiteral("migrations")).toArray();
    if (!isTemplateIdText(t.id) || t.version < 1 || t.version > kMaxVersion || t.name.trimmed().isEmpty() ||
        t.name.size() > kMaxText || t.nameEn.size() > kMaxText || !aliases || !caseTypes ||
        !std::all_of(aliases->begin(), aliases->end(), isTemplateIdText))
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Template %1: its id, version (1 or more), name, former ids or case types are "
                                       "not valid."),
                     {t.id.left(kMaxText)});
    if (items.isEmpty() || items.size() > kMaxItems || migrations.size() > kMaxMigrations)
        return Error(QStringLiteral("template_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Template %1 has no items, or too many."), {t.id});
    t.aliases = *aliases;
    t.caseTypes = *caseTypes;
    for (const QJsonValue& v : items) {
        auto it = itemFromJson(t.id, v);
        if (!it)
            return it.error();
        t.items << *it;
    }
    for (const QJsonValue& v : migrations) {
        auto m = migrationFromJson(t.id, t.version, v);
        if (!m)
            return m.error();
        if (!t.migrations.isEmpty() && m->fromVersion < t.migrations.last().toVersion)
            return Error(QStringLiteral("template_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "Template %1: its migrations are not in version order."),
                         {t.id});
        t.migrations << *m;
    }
    if (auto bad = checkReferences(t))
        return *bad;
    return t;
}

QJsonObject CatalogueTemplate::toJson() const
{
    QJsonArray its;
    for (const TemplateItem& it : items) {
        QJsonObject io{{QStringLiteral("code"), it.code},
                       {QStringLiteral("name"), it.name},
                       {QStringLiteral("volume"), it.volume},
                       {QStringLiteral("titles"), toArray(it.titles)}};
        if (!it.keywords.isEmpty())
            io.insert(QStringLiteral("keywords"), toArray(it.keywords));
        io.insert(QStringLiteral("repeat"), it.repeat);
        if (it.required)
            io.insert(QStringLiteral("required"), true);
        if (it.generated)
            io.insert(QStringLiteral("generated"), true);
        its.append(io);
    }
    QJsonArray migs;
    for (const TemplateMigration& m : migrations) {
        QJsonArray steps;
        for (const TemplateStep& s : m.steps) {
            QJsonObject so{{QStringLiteral("op"), s.op}, {QStringLiteral("from"), toArray(s.from)}};
            if (!s.to.isEmpty())
                so.insert(QStringLiteral("to"), toArray(s.to));
            if (!s.volume.isEmpty())
                so.insert(QStringLiteral("volume"), s.volume);
            steps.append(so);
        }
        migs.append(QJsonObject{{QStringLiteral("from_version"), m.fromVersion},
                                {QStringLiteral("to_version"), m.toVersion},
                                {QStringLiteral("steps"), steps}});
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("items"), its}};
    const auto text = [&o](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    text("name_en", nameEn);
    text("evidence_after", evidenceAfter);
    text("evidence_code", evidenceCode);
    text("fallback_code", fallbackCode);
    text("secondary_fallback_code", secondaryFallbackCode);
    if (!aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), toArray(aliases));
    if (!caseTypes.isEmpty())
        o.insert(QStringLiteral("case_types"), toArray(caseTypes));
    if (!migs.isEmpty())
        o.insert(QStringLiteral("migrations"), migs);
    return o;
}

namespace {

// The shipped templates, read once (they are checked like any other: a broken one is an error, kept).
const QList<Result<CatalogueTemplate>>& shipped()
{
    static const QList<Result<CatalogueTemplate>> all = [] {
        initCoreResources();
        QList<Result<CatalogueTemplate>> out;
        for (const QString& f : QDir(QStringLiteral(":/dossier/templates")).entryList({QStringLiteral("*.json")})) {
            QFile file(QStringLiteral(":/dossier/templates/") + f);
            out << (file.open(QIODevice::ReadOnly)
                        ? CatalogueTemplate::fromJson(QJsonDocument::fromJson(file.readAll()).object())
                        : Result<CatalogueTemplate>(
                              Error(QStringLiteral("template_unknown"),
                                    QT_TRANSLATE_NOOP("Dossier::Error", "Unknown catalogue template \"%1\" "
                                                                        "(known: %2)."),
                                    {f, QString()})));
        }
        return out;
    }();
    return all;
}

} // namespace

QStringList CatalogueTemplate::builtinIds()
{
    initCoreResources();
    QStringList ids;
    for (const QString& f : QDir(QStringLiteral(":/dossier/templates")).entryList({QStringLiteral("*.json")}))
        ids << f.chopped(5);
    return ids;
}

Result<CatalogueTemplate> CatalogueTemplate::builtin(const QString& id)
{
    for (const Result<CatalogueTemplate>& t : shipped()) {
        if (!t)
            return t.error();
        if (t->names(id))
            return t;
    }
    return Error(QStringLiteral("template_unknown"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "Unknown catalogue template \"%1\" (known: %2)."),
                 {id, builtinIds().join(QStringLiteral(", "))});
}

QString CatalogueTemplate::builtinFor(const QString& caseType)
{
    for (const QString& id : builtinIds())
        if (auto t = builtin(id); t && t->caseTypes.contains(caseType))
            return t->id;
    return {};
}

const TemplateItem* CatalogueTemplate::item(const QString& code) const
{
    for (const TemplateItem& it : items)
        if (it.code == code)
            return &it;
    return nullptr;
}

int CatalogueTemplate::order(const QString& code) const
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].code == code)
            return int(i);
    return int(items.size());
}

QString CatalogueTemplate::volumeOf(const QString& code) const
{
    const TemplateItem* it = item(code);
    return it && it->volume == QLatin1String("secondary") ? it->volume : QStringLiteral("main");
}

QList<TemplateItem> CatalogueTemplate::itemsOf(const QString& volumeKind) const
{
    QList<TemplateItem> out;
    for (const TemplateItem& it : items)
        if (it.inVolume(volumeKind))
            out << it;
    return out;
}

QString CatalogueTemplate::fallbackFor(const QString& volumeKind) const
{
    return volumeKind == QLatin1String("secondary") && !secondaryFallbackCode.isEmpty() ? secondaryFallbackCode
                                                                                        : fallbackCode;
}

const TemplateMigration* CatalogueTemplate::lastMigration() const
{
    return !migrations.isEmpty() && migrations.last().toVersion == version ? &migrations.last() : nullptr;
}

CatalogueTemplate::Match CatalogueTemplate::match(const QString& titleLine) const
{
    const QString line = TextUtil::lettersOnly(titleLine);
    Match best;
    if (line.isEmpty())
        return best;
    for (const TemplateItem& it : items) {
        for (const QString& title : it.titles) {
            const QString t = TextUtil::lettersOnly(title);
            double score = TextUtil::similarity(line, t);
            // "民事起诉状" contains "起诉状"; a prefix such as "关于…的" may stand before a title.
            if (line.size() > t.size() && line.endsWith(t))
                score = std::max(score, 0.9 + 0.01 * double(t.size()));
            if (score > best.score) {
                best.score = score;
                best.code = it.code;
                best.matchedTitle = title;
            }
        }
    }
    if (best.score < 0.66)
        return {};
    return best;
}

} // namespace Dossier
