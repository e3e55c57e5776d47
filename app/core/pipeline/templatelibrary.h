#pragma once

#include "domain/cataloguetemplate.h"
#include "domain/templateversions.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// The catalogue templates of a desk (issue 15): the built-in ones (version 1 of each, shipped as data), every
// version an administrator published that reached the desk through sync, and the drafts edited here. It answers
// which version the desk catalogues with (the release: a staged rollout names accounts or courts), which template
// a case takes (by the type code of its 案号), and carries the dossiers catalogued with an older version to the
// current one (TemplateVersions::carry), each change audited.
class TemplateLibrary final
{
public:
    explicit TemplateLibrary(Profile profile) : m_profile(std::move(profile)) {}

    // Every template id the desk knows, built-in first.
    Result<QStringList> ids() const;
    // The published versions of a template, oldest first (the built-in one is version 1 unless replaced).
    Result<QList<CatalogueTemplate>> versions(const QString& id) const;
    // The version this desk catalogues with: the release's version for this desk's account, else the newest.
    Result<CatalogueTemplate> current(const QString& id) const;
    // One version (the one a dossier was catalogued with); the nearest older one held if it is not.
    Result<CatalogueTemplate> version(const QString& id, int version) const;
    // The template of a case: the one whose case types hold its 案号's type code, else `fallbackId`.
    Result<CatalogueTemplate> forCase(const QString& caseNo, const QString& fallbackId) const;
    // Every template the type list (Ctrl+T) offers: the current version of each.
    Result<QList<CatalogueTemplate>> currentAll() const;

    // What carrying the dossiers to the current versions changed.
    struct Migration
    {
        int dossiers = 0;        // dossiers carried to a newer version
        int documents = 0;       // documents whose type or volume changed
        int keptByHand = 0;      // types a clerk chose by hand, kept (still in the template)
        QStringList handChanged; // types a clerk chose by hand that had to change: "（2024）… 起诉状: a → b"
        QStringList orphans;     // documents with no place in the new version (kept as they are)
    };
    // Carries every dossier catalogued with an older version of a template to the version this desk uses; a
    // transaction per 200 dossiers, each change one audit entry (action "template migration").
    Result<Migration> migrate(const QString& actor) const;

private:
    Status migrateDossier(const CatalogueTemplate& target, qint64 dossierId, int fromVersion, const QString& caseNo,
                          const QString& actor, Migration& out) const;
    Profile m_profile;
};

} // namespace Dossier
