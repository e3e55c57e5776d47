#include "pipeline/templatelibrary.h"

#include "domain/casenumber.h"
#include "storage/auditrepository.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/syncrepository.h"
#include "storage/templaterepository.h"

#include <QJsonArray>
#include <QLoggingCategory>

#include <algorithm>

namespace Dossier {
namespace {

Q_LOGGING_CATEGORY(lcTemplates, "dossier.templates")

constexpr qsizetype kDossiersPerTransaction = 200;

// The id the desk stores a template under: a former id finds its built-in template's.
QString canonical(const QString& id)
{
    auto b = CatalogueTemplate::builtin(id);
    return b ? b->id : id;
}

// Where a document of `code` goes among a volume's documents (by the template's order): before the first one
// that comes later.
int positionIn(const CatalogueTemplate& t, const QList<TemplateRepository::DocumentType>& docs, qint64 volumeId,
               const QString& code)
{
    int position = 0;
    for (const TemplateRepository::DocumentType& d : docs) {
        if (d.volumeId != volumeId)
            continue;
        if (t.order(d.docType) > t.order(code))
            return position;
        ++position;
    }
    return position;
}

} // namespace

Result<QStringList> TemplateLibrary::ids() const
{
    QStringList out = CatalogueTemplate::builtinIds();
    auto stored = TemplateRepository(m_profile.database()).ids();
    if (!stored)
        return stored.error();
    for (const QString& id : std::as_const(*stored))
        if (!out.contains(id))
            out << id;
    return out;
}

Result<QList<CatalogueTemplate>> TemplateLibrary::versions(const QString& anyId) const
{
    const QString id = canonical(anyId);
    QList<CatalogueTemplate> out;
    if (auto b = CatalogueTemplate::builtin(id))
        out << *b;
    auto stored = TemplateRepository(m_profile.database()).published(id);
    if (!stored)
        return stored.error();
    for (const TemplateRepository::Version& v : std::as_const(*stored)) {
        auto t = CatalogueTemplate::fromJson(v.body);
        if (!t) {
            // Checked when it arrived; a row that no longer reads is left out, not fatal to the desk.
            qCWarning(lcTemplates) << "template" << v.id << v.version << "unreadable:" << t.error().english();
            continue;
        }
        out.removeIf([&](const CatalogueTemplate& held) { return held.version == t->version; });
        out << *t;
    }
    std::sort(out.begin(), out.end(),
              [](const CatalogueTemplate& a, const CatalogueTemplate& b) { return a.version < b.version; });
    if (out.isEmpty())
        return Error(QStringLiteral("template_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Unknown catalogue template \"%1\" (known: %2)."),
                     {anyId, CatalogueTemplate::builtinIds().join(QStringLiteral(", "))});
    return out;
}

Result<CatalogueTemplate> TemplateLibrary::current(const QString& id) const
{
    auto held = versions(id);
    if (!held)
        return held.error();
    int wanted = held->last().version;
    TemplateRepository repo(m_profile.database());
    auto release = repo.release(held->last().id);
    if (!release)
        return release.error();
    if (*release) {
        auto r = TemplateVersions::Release::fromJson(held->last().id, **release);
        auto account = SyncRepository(m_profile.database()).account();
        if (r && account)
            wanted = r->versionFor(account->user, account->scope);
    }
    return version(id, wanted == 0 ? held->first().version : wanted);
}

Result<CatalogueTemplate> TemplateLibrary::version(const QString& id, int v) const
{
    auto held = versions(id);
    if (!held)
        return held.error();
    CatalogueTemplate best = held->first();
    for (const CatalogueTemplate& t : std::as_const(*held))
        if (t.version <= v)
            best = t;
    return best;
}

Result<CatalogueTemplate> TemplateLibrary::forCase(const QString& caseNo, const QString& fallbackId) const
{
    if (auto cn = CaseNumber::parse(caseNo)) {
        auto all = currentAll();
        if (!all)
            return all.error();
        for (const CatalogueTemplate& t : std::as_const(*all))
            if (t.caseTypes.contains(cn->typeCode))
                return t;
    }
    return current(fallbackId);
}

Result<QList<CatalogueTemplate>> TemplateLibrary::currentAll() const
{
    auto all = ids();
    if (!all)
        return all.error();
    QList<CatalogueTemplate> out;
    for (const QString& id : std::as_const(*all)) {
        auto t = current(id);
        if (!t)
            return t.error();
        out << *t;
    }
    return out;
}

Result<TemplateLibrary::Migration> TemplateLibrary::migrate(const QString& actor) const
{
    Migration out;
    auto all = currentAll();
    if (!all)
        return all.error();
    for (const CatalogueTemplate& target : std::as_const(*all)) {
        auto dossiers = TemplateRepository(m_profile.database()).dossiersOf(QStringList{target.id} + target.aliases);
        if (!dossiers)
            return dossiers.error();
        QList<TemplateRepository::DossierTemplate> older;
        for (const TemplateRepository::DossierTemplate& d : std::as_const(*dossiers))
            if (d.version < target.version)
                older << d;
        // A transaction per chunk of dossiers: each commit waits for the disk, one per dossier would be slow.
        for (qsizetype from = 0; from < older.size(); from += kDossiersPerTransaction) {
            Transaction tx(m_profile.database());
            for (const auto& d : older.mid(from, kDossiersPerTransaction))
                if (auto s = migrateDossier(target, d.dossierId, d.version, d.caseNo, actor, out); !s)
                    return s.error();
            if (auto s = tx.commit(); !s)
                return s.error();
        }
    }
    return out;
}

// One dossier (the caller holds the transaction): each document carried to its place in `target` (type and volume), the
// types a clerk chose by hand kept while the template still has them, every change audited.
Status TemplateLibrary::migrateDossier(const CatalogueTemplate& target, qint64 dossierId, int fromVersion,
                                       const QString& caseNo, const QString& actor, Migration& out) const
{
    QSqlDatabase db = m_profile.database();
    TemplateRepository repo(db);
    CatalogueRepository catalogue(db);
    auto docs = repo.documentsOf(dossierId);
    if (!docs)
        return docs.error();
    for (const TemplateRepository::DocumentType& doc : std::as_const(*docs)) {
        auto place = TemplateVersions::carry(target, fromVersion, doc.docType, doc.title);
        if (!place) {
            out.orphans << QStringLiteral("%1 %2 (%3)").arg(caseNo, doc.title, doc.docType);
            continue;
        }
        QString code = place->code;
        const bool kept = doc.byHand && code != doc.docType && target.item(doc.docType);
        if (kept) {
            code = doc.docType; // the clerk's choice stands while the template still has it
            ++out.keptByHand;
        } else if (doc.byHand && code != doc.docType) {
            out.handChanged << QStringLiteral("%1 %2: %3 → %4").arg(caseNo, doc.title, doc.docType, code);
        }
        const TemplateItem* item = target.item(code);
        const QString volume = item && item->volume == QLatin1String("all") ? doc.volumeKind : target.volumeOf(code);
        if (code == doc.docType && volume == doc.volumeKind && !kept)
            continue;
        if (code != doc.docType)
            if (auto s = catalogue.retype(doc.id, code); !s)
                return s;
        if (volume != doc.volumeKind) {
            auto to = catalogue.ensureVolumeOf(dossierId, volume);
            if (!to)
                return to.error();
            auto now = repo.documentsOf(dossierId);
            if (!now)
                return now.error();
            if (auto s = catalogue.moveDocument(doc.id, *to, positionIn(target, *now, *to, code)); !s)
                return s;
        }
        ++out.documents;
        const QJsonObject details{{QStringLiteral("template"), target.id},
                                  {QStringLiteral("from_version"), fromVersion},
                                  {QStringLiteral("to_version"), target.version},
                                  {QStringLiteral("document"), doc.id},
                                  {QStringLiteral("from"), doc.docType},
                                  {QStringLiteral("to"), code},
                                  {QStringLiteral("volume_from"), doc.volumeKind},
                                  {QStringLiteral("volume_to"), volume},
                                  {QStringLiteral("by_hand"), doc.byHand},
                                  {QStringLiteral("kept"), kept},
                                  {QStringLiteral("how"), QJsonArray::fromStringList(place->how)}};
        if (auto s = AuditRepository(db).record(actor, dossierId, QStringLiteral("template migration"), details); !s)
            return s;
    }
    if (auto s = repo.setDossierTemplate(dossierId, target.id, target.version); !s)
        return s;
    ++out.dossiers;
    return Ok{};
}

} // namespace Dossier
