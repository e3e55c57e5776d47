#pragma once

#include "domain/cataloguetemplate.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The versions of a catalogue template (issue 15), as pure rules: a new version is checked against every version
// published before it (versions increase; the migrations already published stay as they were; no code a dossier
// may hold is left without a way into the new version), the documents of a catalogue are carried from the version
// they were catalogued with to a later one, two versions are compared item by item, and a release says which
// version each desk uses (a staged rollout, a rollback).
namespace Dossier::TemplateVersions {

struct Check final
{
    QList<Error> errors;   // the version cannot be published
    QList<Error> warnings; // it can, but the administrator should know
    bool ok() const { return errors.isEmpty(); }
};
// `draft` as the next version after `published` (every published version of its id, any order).
Check check(const CatalogueTemplate& draft, const QList<CatalogueTemplate>& published);

// Where a document of type `code` (titled `title`) catalogued with version `fromVersion` belongs in `target`,
// following target's migrations; nullopt when the code has no place there (an orphan).
struct Place final
{
    QString code;
    QString volume;  // main / secondary
    QStringList how; // the steps taken ("rename hearing_record → trial_record")
};
std::optional<Place> carry(const CatalogueTemplate& target, int fromVersion, const QString& code, const QString& title);

// One item's difference between two versions.
struct ItemChange final
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString code;
    QStringList fields; // Changed: name, volume, titles, keywords, repeat, required, generated, order
};
QList<ItemChange> diff(const CatalogueTemplate& from, const CatalogueTemplate& to);
// The differences as lines of text, translated ("+ 合议庭评议笔录 (deliberation_record) 副卷" …).
QStringList describe(const QList<ItemChange>& changes, const CatalogueTemplate& from, const CatalogueTemplate& to);

// Which version of a template each desk uses: `version` for the accounts and courts named (a staged rollout) or
// for everyone, `previous` for the rest. A rollback is a release of the earlier version to everyone.
struct Release final
{
    QString id;
    int version = 0;
    int previous = 0;     // 0: the rest keep what they have (the built-in, or nothing)
    QStringList accounts; // user names
    QStringList courts;   // court codes (苏0602): an account whose scope is within one
    bool everyone() const { return accounts.isEmpty() && courts.isEmpty(); }

    static Result<Release> fromJson(const QString& id, const QJsonObject& o);
    QJsonObject toJson() const;
    // The version for an account of `user` and court scope `scope`.
    int versionFor(const QString& user, const QString& scope) const;
};

// The record id of one published version ("civil-first-instance@3") and back.
QString versionId(const QString& templateId, int version);
std::optional<QPair<QString, int>> parseVersionId(const QString& recordId);

} // namespace Dossier::TemplateVersions
