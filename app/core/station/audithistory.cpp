#include "station/audithistory.h"

#include "archive/volume.h"
#include "storage/auditrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Dossier::AuditHistory {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Dossier::AuditHistory", s);
}

// The actions the desk writes (CatalogueEditor, QcRepository, ScanJob, PageAssignment, TemplateLibrary, sync).
const QHash<QString, const char*>& actionNames()
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("set title"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Set document title")},
        {QStringLiteral("set type"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Set document type")},
        {QStringLiteral("move pages"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Move pages")},
        {QStringLiteral("split document"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Split document")},
        {QStringLiteral("merge documents"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Merge documents")},
        {QStringLiteral("move document"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Move document")},
        {QStringLiteral("remove page"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Remove page")},
        {QStringLiteral("insert page"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Insert page")},
        {QStringLiteral("move to volume"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Move to another volume")},
        {QStringLiteral("template migration"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Template migration")},
        {QStringLiteral("assign pages"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Assign pages")},
        {QStringLiteral("submit"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Submit for quality check")},
        {QStringLiteral("scan refused: classified"),
         QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Scan refused: classified case")},
        {QStringLiteral("settle sync conflict"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Settle sync conflict")}};
    return names;
}

// Detail keys, worded.
const QHash<QString, const char*>& keyNames()
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "title")},
        {QStringLiteral("doc_type"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "document type")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "document")},
        {QStringLiteral("to_document"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "to document")},
        {QStringLiteral("pages"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "pages")},
        {QStringLiteral("page"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "page")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "position")},
        {QStringLiteral("index"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "position")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "reason")},
        {QStringLiteral("template"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "template")},
        {QStringLiteral("version"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "version")},
        {QStringLiteral("case_no"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "case")},
        {QStringLiteral("device"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "device")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "kind")},
        {QStringLiteral("kept"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "kept")},
        {QStringLiteral("other_from"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "other version from")},
        {QStringLiteral("from"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "from")},
        {QStringLiteral("to"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "to")},
        {QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "id")}};
    return names;
}

QString valueText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& x : v.toArray())
            parts << valueText(x);
        return parts.join(QStringLiteral("、"));
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const char* name = keyNames().value(it.key());
            parts << tr("%1: %2").arg(name ? tr(name) : it.key(), valueText(it.value()));
        }
        return parts.join(tr("; "));
    }
    return {};
}

bool concerns(const AuditChain::Break& b, qint64 dossierId, const QSet<qint64>& seqs)
{
    return b.dossierId == dossierId || seqs.contains(b.seq) || b.kind == AuditChain::Break::Kind::Truncated ||
           b.kind == AuditChain::Break::Kind::Rewritten;
}

} // namespace

Result<AuditVerification> verify(const Profile& profile, const std::optional<AuditChain::Head>& serverHead)
{
    AuditRepository repo(profile.database());
    AuditVerification v;
    auto desk = repo.deskId();
    if (!desk)
        return desk.error();
    v.deskId = *desk;
    auto links = repo.chain();
    if (!links)
        return links.error();
    if (serverHead) {
        v.comparedWith = serverHead;
        v.serverHead = true;
    } else {
        auto pushed = repo.pushedHead();
        if (!pushed)
            return pushed.error();
        v.comparedWith = *pushed;
    }
    v.report = AuditChain::verify(v.deskId, *links, v.comparedWith);
    return v;
}

Result<DossierHistory> forDossier(const Profile& profile, qint64 dossierId)
{
    auto v = verify(profile);
    if (!v)
        return v.error();
    auto entries = AuditRepository(profile.database()).dossierEntries(dossierId);
    if (!entries)
        return entries.error();
    DossierHistory h;
    h.dossierId = dossierId;
    h.chainEntries = v->report.entries;
    h.entries = std::move(*entries);
    QSet<qint64> seqs;
    for (const AuditChain::Link& l : std::as_const(h.entries))
        seqs.insert(l.seq);
    for (const AuditChain::Break& b : std::as_const(v->report.breaks))
        if (concerns(b, dossierId, seqs))
            h.breaks << b;
    return h;
}

Result<DossierHistory> forDossier(const Profile& profile, const QString& caseNo, const QString& dossierId)
{
    auto volume = Volume::load(profile, caseNo, dossierId, Volume::Detail::Reading);
    if (!volume)
        return volume.error();
    auto h = forDossier(profile, volume->dossierRowId);
    if (h)
        h->caseNo = caseNo;
    return h;
}

bool maySee(const SyncAccount& account)
{
    if (!account.signedIn() || account.role.isEmpty())
        return true; // the desk's own
    static const QStringList allowed = {QStringLiteral("archive_clerk"),  QStringLiteral("archive_admin"),
                                        QStringLiteral("judge"),          QStringLiteral("division_chief"),
                                        QStringLiteral("vice_president"), QStringLiteral("president"),
                                        QStringLiteral("trial_manager")};
    return allowed.contains(account.role);
}

QString actionText(const QString& action)
{
    for (const auto& [prefix, name] :
         {std::pair{QStringLiteral("undo "), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Undo: %1")},
          std::pair{QStringLiteral("redo "), QT_TRANSLATE_NOOP("Dossier::AuditHistory", "Redo: %1")}})
        if (action.startsWith(prefix))
            return tr(name).arg(actionText(action.mid(prefix.size())));
    const char* name = actionNames().value(action);
    return name ? tr(name) : action;
}

QString detailsText(const QString& details)
{
    if (details.trimmed().isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(details.toUtf8());
    if (doc.isObject())
        return valueText(doc.object());
    if (doc.isArray())
        return valueText(doc.array());
    return details;
}

QString kindText(AuditChain::Break::Kind k)
{
    using K = AuditChain::Break::Kind;
    switch (k) {
    case K::Edited:
        return tr("edited: its fields do not match its hash");
    case K::Deleted:
        return tr("an entry before it was deleted");
    case K::Reordered:
        return tr("entries were reordered");
    case K::Relinked:
        return tr("its link to the entry before it was changed");
    case K::Duplicated:
        return tr("the entry appears twice");
    case K::DossierChain:
        return tr("the dossier's own chain is broken here");
    case K::Truncated:
        return tr("the chain was truncated: it ends before the head the server recorded");
    case K::Rewritten:
        return tr("history was rewritten after it was synced");
    }
    return {};
}

QString breakText(const AuditChain::Break& b)
{
    const QString action = b.action.isEmpty() ? tr("none") : actionText(b.action);
    const QString dossier = b.dossierId > 0 ? QString::number(b.dossierId) : tr("none");
    return tr("Entry %1 (dossier %2, %3): %4").arg(QString::number(b.seq), dossier, action, kindText(b.kind));
}

} // namespace Dossier::AuditHistory
