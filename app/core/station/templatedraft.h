#pragma once

#include "domain/cataloguetemplate.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Dossier {

// What becomes of the documents of an item the draft removes: they go to the volume's fallback item (retire), or
// into another item (rename into it, or merge with it).
enum class ItemRemoval { Retire, RenameInto, MergeInto };

// The next version of a catalogue template as an administrator drafts it (issue 15), after the house's editor
// pattern (CatalogueState): a value, and every edit a pure function returning the new value, so that an undo stack
// of states gives undo and redo. The draft starts from the newest published version (the base) and is version
// base + 1. For every item of the base it keeps what becomes of that item's documents (its fate: kept under a code,
// split, taken into another item, retired), and the migration from the base to the draft is built from the fates:
// a rename, split, merge, retire or move step each. A code of the base is never given to another item, so that no
// step's result is the source of another step.
struct TemplateDraftState final
{
    struct Fate
    {
        enum class Kind { Keep, Split, Into, Retire };
        Kind kind = Kind::Keep;
        QStringList to; // Keep: the item's code now; Split: its parts; Into: the item taking its documents
        QString op;     // Into: "rename" or "merge"
        bool operator==(const Fate&) const = default;
    };

    CatalogueTemplate base;    // the newest published version
    CatalogueTemplate draft;   // its items as edited: version base + 1, the base's migrations
    QMap<QString, Fate> fates; // every code of the base's items

    static TemplateDraftState start(const CatalogueTemplate& newestPublished);
    // The draft as a desk keeps it: result() and the fates (which say, better than the steps, which item continues
    // which); and a draft saved before, over the same base (an error when the base moved on since).
    QJsonObject toSaved() const;
    static Result<TemplateDraftState> resume(const CatalogueTemplate& newestPublished, const QJsonObject& saved);

    // The steps of the migration from the base to the draft, and the version to publish (the draft with them).
    QList<TemplateStep> steps() const;
    CatalogueTemplate result() const;
    bool isChanged() const;
    bool operator==(const TemplateDraftState&) const = default;

    // The item of that code, or null.
    const TemplateItem* item(const QString& code) const { return draft.item(code); }
    // The base's code an item of the draft continues (kept, renamed or split from), or empty for a new item.
    QString originOf(const QString& code) const;

    // The edits. `index` of addItem: the place in the whole list of items (-1: after the last of its volume).
    Result<TemplateDraftState> addItem(const TemplateItem& item, int index = -1) const;
    Result<TemplateDraftState> removeItem(const QString& code, ItemRemoval how, const QString& into = {}) const;
    Result<TemplateDraftState> renameCode(const QString& code, const QString& newCode) const;
    Result<TemplateDraftState> setName(const QString& code, const QString& name) const;
    Result<TemplateDraftState> setTitles(const QString& code, const QStringList& titles) const;
    Result<TemplateDraftState> setKeywords(const QString& code, const QStringList& keywords) const;
    Result<TemplateDraftState> setRepeat(const QString& code, bool repeat) const;
    Result<TemplateDraftState> setRequired(const QString& code, bool required) const;
    // To the other volume ("main" or "secondary"): desks move its documents (a move step).
    Result<TemplateDraftState> moveToVolume(const QString& code, const QString& volume) const;
    // Up (-1) or down (+1) among the items the list of `volumeKind` shows (its own and those of every volume).
    Result<TemplateDraftState> reorder(const QString& code, int delta, const QString& volumeKind) const;
    // Into two items in its place (codes, names, titles, keywords of each; the volume stays): desks give each
    // document the part whose titles match its own (a split step).
    Result<TemplateDraftState> split(const QString& code, const TemplateItem& first, const TemplateItem& second) const;

private:
    Result<TemplateDraftState> checked() const;
    Result<TemplateDraftState> edit(const QString& code, const std::function<void(TemplateItem&)>& change) const;
    std::optional<Error> usable(const QString& newCode, const QString& origin) const;
    void retarget(const QString& from, const QStringList& to);
};

// The drafts of a desk's profile: opened from the newest published version the desk holds (resuming the draft
// saved there when it was made from that version), saved and dropped (TemplateRepository).
namespace TemplateDrafts {

struct Opened
{
    TemplateDraftState state;
    QList<CatalogueTemplate> published; // every version the desk holds, oldest first
    QString note;                       // why a saved draft was set aside, if it was
};
Result<Opened> open(const Profile& profile, const QString& id);
// Saves the draft (its result()); an unchanged draft is dropped instead.
Status save(const Profile& profile, const TemplateDraftState& state, const QString& by);
Status drop(const Profile& profile, const QString& id);

// A template as the console lists it.
struct Overview
{
    QString id, name;
    QList<int> versions;          // published, oldest first (1: the built-in one)
    int current = 0;              // the version this desk catalogues with
    int released = 0;             // the release's version (0: no release record)
    int previous = 0;             // what the others keep during a staged rollout
    QStringList accounts, courts; // a staged rollout's
    int draftVersion = 0;         // 0: no draft
};
Result<QList<Overview>> overview(const Profile& profile);

} // namespace TemplateDrafts

} // namespace Dossier
