#include "station/templatedraft.h"

#include "domain/templateversions.h"
#include "pipeline/templatelibrary.h"
#include "storage/database.h"
#include "storage/templaterepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Dossier {
namespace {

using Fate = TemplateDraftState::Fate;

bool isCode(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(s).hasMatch();
}

Error unknownItem(const QString& code)
{
    return Error(QStringLiteral("template_item_unknown"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The draft has no item %1."), {code});
}

// The volume a step names for an item of `volume` ("all" items are counted with the 正卷).
QString stepVolume(const QString& volume)
{
    return volume == QLatin1String("secondary") ? volume : QStringLiteral("main");
}

// The codes the template's own fields name (fallbacks, evidence): such an item stays.
bool special(const CatalogueTemplate& t, const QString& code)
{
    return code == t.fallbackCode || code == t.secondaryFallbackCode || code == t.evidenceCode ||
           code == t.evidenceAfter;
}

void renameSpecial(CatalogueTemplate& t, const QString& from, const QString& to)
{
    for (QString* c : {&t.fallbackCode, &t.secondaryFallbackCode, &t.evidenceCode, &t.evidenceAfter})
        if (*c == from)
            *c = to;
}

int indexOf(const CatalogueTemplate& t, const QString& code)
{
    for (qsizetype i = 0; i < t.items.size(); ++i)
        if (t.items.at(i).code == code)
            return int(i);
    return -1;
}

// A split left with one part is that part taking the documents; a part named twice counts once.
void normalise(Fate& f)
{
    f.to.removeDuplicates();
    if (f.kind == Fate::Kind::Split && f.to.size() == 1) {
        f.kind = Fate::Kind::Into;
        f.op = QStringLiteral("rename");
    }
}

} // namespace

TemplateDraftState TemplateDraftState::start(const CatalogueTemplate& newestPublished)
{
    TemplateDraftState s;
    s.base = newestPublished;
    s.draft = newestPublished;
    s.draft.version = newestPublished.version + 1;
    for (const TemplateItem& it : newestPublished.items)
        s.fates.insert(it.code, {Fate::Kind::Keep, {it.code}, {}});
    return s;
}

namespace {

const char* kindName(Fate::Kind k)
{
    switch (k) {
    case Fate::Kind::Keep:
        return "keep";
    case Fate::Kind::Split:
        return "split";
    case Fate::Kind::Into:
        return "into";
    case Fate::Kind::Retire:
        break;
    }
    return "retire";
}

// The fates as saved with a draft; empty when they do not read.
QMap<QString, Fate> fatesFromJson(const QJsonObject& o)
{
    QMap<QString, Fate> out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        Fate fate;
        const QString kind = f.value(QStringLiteral("kind")).toString();
        const auto known = {Fate::Kind::Keep, Fate::Kind::Split, Fate::Kind::Into, Fate::Kind::Retire};
        const auto k =
            std::find_if(known.begin(), known.end(), [&](Fate::Kind c) { return kind == QLatin1String(kindName(c)); });
        if (k == known.end())
            return {};
        fate.kind = *k;
        for (const QJsonValue& v : f.value(QStringLiteral("to")).toArray())
            fate.to << v.toString();
        fate.op = f.value(QStringLiteral("op")).toString();
        out.insert(it.key(), fate);
    }
    return out;
}

// The fates a migration's steps tell, for a draft saved without them: a rename to a code no other item keeps is
// the item kept under a new code; the other renames, merges and retires take documents into another item.
void fatesFromSteps(const QList<TemplateStep>& steps, const CatalogueTemplate& base, QMap<QString, Fate>& fates)
{
    for (const TemplateStep& st : steps) {
        const QString from = st.from.value(0);
        if (st.op == QLatin1String("rename") && fates.contains(from)) {
            const QString to = st.to.first();
            const bool into = base.item(to) || std::any_of(fates.cbegin(), fates.cend(), [&](const Fate& f) {
                                  return f.kind == Fate::Kind::Keep && f.to == QStringList{to};
                              });
            fates[from] =
                into ? Fate{Fate::Kind::Into, {to}, QStringLiteral("rename")} : Fate{Fate::Kind::Keep, {to}, {}};
        } else if (st.op == QLatin1String("split") && fates.contains(from)) {
            fates[from] = {Fate::Kind::Split, st.to, {}};
        } else if (st.op == QLatin1String("merge")) {
            for (const QString& f : st.from)
                if (f != st.to.first() && fates.contains(f))
                    fates[f] = {Fate::Kind::Into, st.to, QStringLiteral("merge")};
        } else if (st.op == QLatin1String("retire") && fates.contains(from)) {
            fates[from] = st.to.isEmpty() ? Fate{Fate::Kind::Retire, {}, {}}
                                          : Fate{Fate::Kind::Into, st.to, QStringLiteral("rename")};
        }
    }
}

} // namespace

QJsonObject TemplateDraftState::toSaved() const
{
    QJsonObject fs;
    for (auto it = fates.cbegin(); it != fates.cend(); ++it) {
        QJsonObject f{{QStringLiteral("kind"), QLatin1String(kindName(it->kind))},
                      {QStringLiteral("to"), QJsonArray::fromStringList(it->to)}};
        if (!it->op.isEmpty())
            f.insert(QStringLiteral("op"), it->op);
        fs.insert(it.key(), f);
    }
    QJsonObject o = result().toJson();
    o.insert(QStringLiteral("draft_fates"), fs);
    return o;
}

Result<TemplateDraftState> TemplateDraftState::resume(const CatalogueTemplate& base, const QJsonObject& json)
{
    auto saved = CatalogueTemplate::fromJson(json);
    if (!saved)
        return saved.error();
    QList<TemplateMigration> before = saved->migrations;
    const TemplateMigration* last = saved->lastMigration();
    const bool ours = last && last->fromVersion == base.version;
    if (ours)
        before.removeLast();
    if (saved->id != base.id || saved->version != base.version + 1 || before != base.migrations)
        return Error(QStringLiteral("template_draft_stale"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "The draft of %1 was made from another version than the newest published one "
                                       "(%2): it is set aside, and a new draft starts from version %2."),
                     {base.name, QString::number(base.version)});
    TemplateDraftState s = start(base);
    const QList<TemplateStep> steps = ours ? last->steps : QList<TemplateStep>();
    s.draft = *saved;
    s.draft.migrations = base.migrations;
    const QMap<QString, Fate> kept = fatesFromJson(json.value(QStringLiteral("draft_fates")).toObject());
    if (QStringList(kept.keyBegin(), kept.keyEnd()) == QStringList(s.fates.keyBegin(), s.fates.keyEnd()))
        s.fates = kept;
    else
        fatesFromSteps(steps, base, s.fates);
    return s.checked();
}

QList<TemplateStep> TemplateDraftState::steps() const
{
    QList<TemplateStep> out;
    for (const TemplateItem& was : base.items) {
        const Fate f = fates.value(was.code);
        switch (f.kind) {
        case Fate::Kind::Keep:
            if (f.to != QStringList{was.code})
                out.append({QStringLiteral("rename"), {was.code}, f.to, {}});
            break;
        case Fate::Kind::Split:
            out.append({QStringLiteral("split"), {was.code}, f.to, {}});
            break;
        case Fate::Kind::Into:
            if (f.op == QLatin1String("merge"))
                out.append({QStringLiteral("merge"), {was.code, f.to.first()}, f.to, {}});
            else
                out.append({QStringLiteral("rename"), {was.code}, f.to, {}});
            break;
        case Fate::Kind::Retire:
            out.append({QStringLiteral("retire"), {was.code}, {}, stepVolume(was.volume)});
            break;
        }
    }
    // An item that goes to the other volume: desks move its documents.
    for (const TemplateItem& now : draft.items) {
        const TemplateItem* was = base.item(originOf(now.code));
        if (was && was->volume != now.volume && was->volume != QLatin1String("all") &&
            now.volume != QLatin1String("all"))
            out.append({QStringLiteral("move"), {now.code}, {}, now.volume});
    }
    return out;
}

CatalogueTemplate TemplateDraftState::result() const
{
    CatalogueTemplate t = draft;
    if (const QList<TemplateStep> s = steps(); !s.isEmpty())
        t.migrations.append({base.version, draft.version, s});
    return t;
}

bool TemplateDraftState::isChanged() const
{
    CatalogueTemplate unchanged = base;
    unchanged.version = draft.version;
    return !(result() == unchanged);
}

QString TemplateDraftState::originOf(const QString& code) const
{
    for (auto it = fates.cbegin(); it != fates.cend(); ++it)
        if ((it->kind == Fate::Kind::Keep || it->kind == Fate::Kind::Split) && it->to.contains(code))
            return it.key();
    return {};
}

// The draft as it would be published reads back as a template (codes unique and well formed, names and lists
// within bounds, every code the template and its migration name present).
Result<TemplateDraftState> TemplateDraftState::checked() const
{
    auto t = CatalogueTemplate::fromJson(result().toJson());
    if (!t)
        return t.error();
    return *this;
}

// A code for an item of the draft: well formed, not another item's, and not a code of the base that another item
// had (its documents would be taken for this one's).
std::optional<Error> TemplateDraftState::usable(const QString& newCode, const QString& origin) const
{
    if (!isCode(newCode))
        return Error(QStringLiteral("template_code_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "\"%1\" is not a code: a small letter first, then small letters, digits or _ "
                                       "(64 at most)."),
                     {newCode.left(80)});
    if (draft.item(newCode))
        return Error(QStringLiteral("template_code_taken"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The draft already has an item %1."), {newCode});
    if (base.item(newCode) && newCode != origin)
        return Error(QStringLiteral("template_code_reused"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "%1 was the code of another item in version %2: documents of that item would "
                                       "be taken for this one. Choose another code."),
                     {newCode, QString::number(base.version)});
    return std::nullopt;
}

// Every fate that leads to `from` leads to `to` instead (nothing: the part is dropped from a split).
void TemplateDraftState::retarget(const QString& from, const QStringList& to)
{
    for (Fate& f : fates) {
        const qsizetype at = f.to.indexOf(from);
        if (at < 0)
            continue;
        f.to.remove(at);
        for (qsizetype k = 0; k < to.size(); ++k)
            f.to.insert(at + k, to.at(k));
        normalise(f);
    }
}

Result<TemplateDraftState> TemplateDraftState::edit(const QString& code,
                                                    const std::function<void(TemplateItem&)>& change) const
{
    const int i = indexOf(draft, code);
    if (i < 0)
        return unknownItem(code);
    TemplateDraftState s = *this;
    change(s.draft.items[i]);
    return s.checked();
}

Result<TemplateDraftState> TemplateDraftState::addItem(const TemplateItem& item, int index) const
{
    if (auto bad = usable(item.code, {}))
        return *bad;
    TemplateDraftState s = *this;
    if (index < 0 || index > s.draft.items.size()) {
        index = int(s.draft.items.size());
        for (qsizetype i = 0; i < s.draft.items.size(); ++i)
            if (s.draft.items.at(i).volume == item.volume)
                index = int(i + 1);
    }
    s.draft.items.insert(index, item);
    return s.checked();
}

Result<TemplateDraftState> TemplateDraftState::removeItem(const QString& code, ItemRemoval how,
                                                          const QString& into) const
{
    const TemplateItem* gone = draft.item(code);
    if (!gone)
        return unknownItem(code);
    if (special(draft, code))
        return Error(QStringLiteral("template_item_needed"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "%1 (%2) cannot be removed: the template sends unrecognised documents or "
                                       "evidence to it."),
                     {gone->name, code});
    if (how != ItemRemoval::Retire && (into == code || !draft.item(into)))
        return Error(
            QStringLiteral("template_item_unknown"),
            QT_TRANSLATE_NOOP("Dossier::Error", "Choose another item of the draft to take the documents of %1."),
            {gone->name});
    TemplateDraftState s = *this;
    const QString fallback = s.draft.fallbackFor(stepVolume(gone->volume));
    for (auto it = s.fates.begin(); it != s.fates.end(); ++it) {
        Fate& f = *it;
        if (!f.to.contains(code))
            continue;
        if (how != ItemRemoval::Retire) {
            const bool own = f.kind == Fate::Kind::Keep;
            f.to.replace(f.to.indexOf(code), into);
            if (own) {
                f.kind = Fate::Kind::Into;
                f.op = how == ItemRemoval::MergeInto ? QStringLiteral("merge") : QStringLiteral("rename");
            }
            normalise(f);
        } else if (f.kind == Fate::Kind::Split) {
            f.to.replace(f.to.indexOf(code), fallback); // the documents titled as this part: to the fallback
            normalise(f);
        } else {
            f = {Fate::Kind::Retire, {}, {}};
        }
    }
    s.draft.items.removeAt(indexOf(s.draft, code));
    return s.checked();
}

Result<TemplateDraftState> TemplateDraftState::renameCode(const QString& code, const QString& newCode) const
{
    if (!draft.item(code))
        return unknownItem(code);
    if (newCode == code)
        return *this;
    if (auto bad = usable(newCode, originOf(code)))
        return *bad;
    TemplateDraftState s = *this;
    s.draft.items[indexOf(s.draft, code)].code = newCode;
    renameSpecial(s.draft, code, newCode);
    s.retarget(code, {newCode});
    return s.checked();
}

Result<TemplateDraftState> TemplateDraftState::setName(const QString& code, const QString& name) const
{
    return edit(code, [&](TemplateItem& it) { it.name = name.trimmed(); });
}

namespace {
QStringList cleaned(const QStringList& l)
{
    QStringList out;
    for (const QString& s : l)
        if (!s.trimmed().isEmpty() && !out.contains(s.trimmed()))
            out << s.trimmed();
    return out;
}
} // namespace

Result<TemplateDraftState> TemplateDraftState::setTitles(const QString& code, const QStringList& titles) const
{
    return edit(code, [&](TemplateItem& it) { it.titles = cleaned(titles); });
}

Result<TemplateDraftState> TemplateDraftState::setKeywords(const QString& code, const QStringList& keywords) const
{
    return edit(code, [&](TemplateItem& it) { it.keywords = cleaned(keywords); });
}

Result<TemplateDraftState> TemplateDraftState::setRepeat(const QString& code, bool repeat) const
{
    return edit(code, [&](TemplateItem& it) { it.repeat = repeat; });
}

Result<TemplateDraftState> TemplateDraftState::setRequired(const QString& code, bool required) const
{
    return edit(code, [&](TemplateItem& it) { it.required = required; });
}

Result<TemplateDraftState> TemplateDraftState::moveToVolume(const QString& code, const QString& volume) const
{
    const TemplateItem* it = draft.item(code);
    if (!it)
        return unknownItem(code);
    if (it->volume == QLatin1String("all") ||
        (volume != QLatin1String("main") && volume != QLatin1String("secondary")) || code == draft.fallbackCode ||
        code == draft.secondaryFallbackCode)
        return Error(QStringLiteral("template_move_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "%1 stays where it is: an item of every volume, or a volume's fallback, does "
                                       "not move."),
                     {it->name});
    if (it->volume == volume)
        return *this;
    return edit(code, [&](TemplateItem& item) { item.volume = volume; });
}

Result<TemplateDraftState> TemplateDraftState::reorder(const QString& code, int delta, const QString& volumeKind) const
{
    QList<int> shown; // indexes in the whole list of the items the volume's list shows
    for (qsizetype i = 0; i < draft.items.size(); ++i)
        if (draft.items.at(i).inVolume(volumeKind))
            shown << int(i);
    const int at = int(shown.indexOf(indexOf(draft, code)));
    if (at < 0)
        return unknownItem(code);
    const int to = at + delta;
    if (delta == 0 || to < 0 || to >= shown.size())
        return *this;
    TemplateDraftState s = *this;
    s.draft.items.move(shown.at(at), shown.at(to));
    return s.checked();
}

Result<TemplateDraftState> TemplateDraftState::split(const QString& code, const TemplateItem& first,
                                                     const TemplateItem& second) const
{
    const int i = indexOf(draft, code);
    if (i < 0)
        return unknownItem(code);
    const QString origin = originOf(code);
    TemplateDraftState s = *this;
    s.draft.items.removeAt(i); // its code is free for one of the parts
    if (first.code == second.code)
        return Error(QStringLiteral("template_code_taken"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The draft already has an item %1."), {first.code});
    for (const TemplateItem* part : {&first, &second})
        if (auto bad = s.usable(part->code, origin.isEmpty() ? code : origin))
            return *bad;
    const QString volume = draft.items.at(i).volume;
    TemplateItem a = first, b = second;
    a.volume = b.volume = volume;
    s.draft.items.insert(i, b);
    s.draft.items.insert(i, a);
    renameSpecial(s.draft, code, a.code);
    for (Fate& f : s.fates) {
        if (!f.to.contains(code))
            continue;
        if (f.kind == Fate::Kind::Into) { // documents taken into it go to the first part
            f.to = {a.code};
        } else {
            f.to.replace(f.to.indexOf(code), b.code);
            f.to.insert(f.to.indexOf(b.code), a.code);
            f.kind = Fate::Kind::Split;
        }
        normalise(f);
    }
    return s.checked();
}

namespace TemplateDrafts {

Result<Opened> open(const Profile& profile, const QString& id)
{
    auto published = TemplateLibrary(profile).versions(id);
    if (!published)
        return published.error();
    Opened out;
    out.published = *published;
    out.state = TemplateDraftState::start(published->last());
    auto saved = TemplateRepository(profile.database()).draft(out.state.base.id);
    if (!saved)
        return saved.error();
    if (!*saved)
        return out;
    auto resumed = TemplateDraftState::resume(out.state.base, (*saved)->body);
    if (resumed)
        out.state = *resumed;
    else
        out.note = resumed.error().message();
    return out;
}

Status save(const Profile& profile, const TemplateDraftState& state, const QString& by)
{
    TemplateRepository repo(profile.database());
    if (!state.isChanged())
        return repo.dropDraft(state.draft.id);
    const CatalogueTemplate t = state.result();
    return repo.saveDraft(t.id, t.version, state.toSaved(), by);
}

Status drop(const Profile& profile, const QString& id)
{
    return TemplateRepository(profile.database()).dropDraft(id);
}

Result<QList<Overview>> overview(const Profile& profile)
{
    TemplateLibrary library(profile);
    TemplateRepository repo(profile.database());
    auto ids = library.ids();
    if (!ids)
        return ids.error();
    QList<Overview> out;
    for (const QString& id : std::as_const(*ids)) {
        auto versions = library.versions(id);
        auto current = library.current(id);
        if (!versions || !current)
            return versions ? current.error() : versions.error();
        Overview o;
        o.id = versions->last().id;
        if (std::any_of(out.cbegin(), out.cend(), [&](const Overview& seen) { return seen.id == o.id; }))
            continue; // a former id of a built-in one
        o.name = versions->last().name;
        for (const CatalogueTemplate& t : std::as_const(*versions))
            o.versions << t.version;
        o.current = current->version;
        auto release = repo.release(o.id);
        auto draft = repo.draft(o.id);
        if (!release || !draft)
            return release ? draft.error() : release.error();
        if (*release)
            if (auto r = TemplateVersions::Release::fromJson(o.id, **release)) {
                o.released = r->version;
                o.previous = r->previous;
                o.accounts = r->accounts;
                o.courts = r->courts;
            }
        o.draftVersion = *draft ? (*draft)->version : 0;
        out << o;
    }
    return out;
}

} // namespace TemplateDrafts

} // namespace Dossier
