#include "sync/syncconflicts.h"

#include "common/clock.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/synccataloguerepository.h"
#include "storage/syncrepository.h"
#include "sync/conflictpolicy.h"
#include "sync/recordcodec.h"
#include "sync/syncoutbox.h"
#include "sync/syncrecords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

// Fields that sync keeps but a person does not edit (recognition output, image facts).
bool shown(const QString& kind, const QString& field)
{
    static const QStringList pageFields = {QStringLiteral("document"), QStringLiteral("page_in_document"),
                                           QStringLiteral("position"), QStringLiteral("rotation"),
                                           QStringLiteral("kind"),     QStringLiteral("text")};
    if (kind == QLatin1String("page"))
        return pageFields.contains(field);
    return true;
}

QString label(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Title")},
        {QStringLiteral("doc_type"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Document type")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Position")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Document")},
        {QStringLiteral("page_in_document"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Page in document")},
        {QStringLiteral("rotation"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Rotation")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Page kind")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Recognised text")},
        {QStringLiteral("info"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Case details")},
        {QStringLiteral("classified"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Classified")},
        {QStringLiteral("template_id"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Template")},
        {QStringLiteral("submitted_at"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Submitted at")},
        {QStringLiteral("submitted_by"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Submitted by")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Archived")},
    };
    const char* l = labels.value(field);
    return l ? QCoreApplication::translate("Dossier::SyncConflicts", l) : field;
}

Result<QString> documentTitle(SyncCatalogueRepository& catalogue, const QString& uid)
{
    auto title = catalogue.documentTitle(uid);
    if (!title || !title->isEmpty())
        return title;
    return QCoreApplication::translate("Dossier::SyncConflicts", "(a document not on this desk)");
}

Result<QString> display(SyncCatalogueRepository& catalogue, const QString& field, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QCoreApplication::translate("Dossier::SyncConflicts", "(none)");
    if (field == QLatin1String("document"))
        return documentTitle(catalogue, v.toString());
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("Dossier::SyncConflicts", "yes")
                          : QCoreApplication::translate("Dossier::SyncConflicts", "no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString()) {
        const QString s = v.toString();
        return s.size() > 120 ? s.left(120) + QStringLiteral("…") : s;
    }
    const QByteArray json = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QString s = QString::fromUtf8(json);
    return s.size() > 120 ? s.left(120) + QStringLiteral("…") : s;
}

// Every desk holds the conflict record (its id is made from the other version's content): settled here, it
// goes to the server settled, and the other desks mark their copy settled too.
Status shareSettlement(SyncRepository& repo, const SyncConflict& c, const QString& user, const QString& how,
                       const QString& at)
{
    const QString cid = ConflictPolicy::conflictId(c.kind, c.recId, c.other);
    QJsonObject body{{QStringLiteral("kind"), c.kind},
                     {QStringLiteral("id"), c.recId},
                     {QStringLiteral("body"), c.other},
                     {QStringLiteral("from"), c.otherFrom}};
    SyncRecordRef ref{QStringLiteral("conflict"), cid, {}, {}};
    qint64 base = 0;
    auto known = repo.known(ref.kind, cid);
    if (!known)
        return known.error();
    if (*known) {
        base = (*known)->revision;
        body = RecordCodec::parse((*known)->body);
        ref.caseNo = (*known)->caseNo;
        ref.volume = (*known)->volume;
    } else {
        auto pending = repo.queuedCreation(ref.kind, cid);
        if (!pending)
            return pending.error();
        if (!*pending)
            return Ok{}; // not shared with the server (signed out desk): settled here only
        base = 1;        // sent after the record's creation, which is ahead of it in the outbox
        ref.caseNo = (*pending)->caseNo;
        ref.volume = (*pending)->volume;
    }
    body.insert(QStringLiteral("settled_at"), at);
    body.insert(QStringLiteral("settled_by"), user);
    body.insert(QStringLiteral("resolution"), how);
    return SyncOutbox(repo).queue(ref, base, false, RecordCodec::compact(body));
}

Status settle(const Profile& profile, const SyncConflict& c, const QString& user, const QString& how)
{
    SyncRepository repo(profile.database());
    Transaction tx(repo.database());
    const QString at = Clock::stamp();
    if (auto u = repo.settleConflict(c.id, at, user, how); !u)
        return u;
    auto dossier = SyncCatalogueRepository(repo.database()).dossierOfVolume(c.volumeId);
    if (!dossier)
        return dossier.error();
    const QJsonObject details{{QStringLiteral("kind"), c.kind},
                              {QStringLiteral("id"), c.recId},
                              {QStringLiteral("kept"), how},
                              {QStringLiteral("other_from"), c.otherFrom}};
    if (auto a = repo.audit(at, user, *dossier, QStringLiteral("settle sync conflict"), RecordCodec::compact(details));
        !a)
        return a;
    if (auto s = shareSettlement(repo, c, user, how, at); !s)
        return s;
    return tx.commit();
}

// The fields that differ between the version in place and the other one, as the user reads them.
Status describeFields(SyncCatalogueRepository& catalogue, SyncConflict& c)
{
    QStringList keys = c.other.keys() + c.current.keys();
    keys.removeDuplicates();
    for (const QString& k : std::as_const(keys)) {
        if (!shown(c.kind, k) || c.current.value(k) == c.other.value(k))
            continue;
        auto current = display(catalogue, k, c.current.value(k));
        if (!current)
            return current.error();
        auto other = display(catalogue, k, c.other.value(k));
        if (!other)
            return other.error();
        c.fields << SyncConflictField{k, label(k), *current, *other};
    }
    return Ok{};
}

// What the record is, where it is on this desk, and whether the other version can be taken as an edit.
Status describeSubject(SyncCatalogueRepository& catalogue, SyncConflict& c)
{
    if (c.kind == QLatin1String("document")) {
        c.subject = c.current.value(QStringLiteral("title")).toString();
        auto volume = catalogue.documentVolume(c.recId);
        if (!volume)
            return volume.error();
        c.volumeId = *volume;
        c.canUseOther = c.volumeId > 0 &&
                        (c.current.value(QStringLiteral("title")) != c.other.value(QStringLiteral("title")) ||
                         c.current.value(QStringLiteral("doc_type")) != c.other.value(QStringLiteral("doc_type")));
    } else if (c.kind == QLatin1String("page")) {
        const QString doc = c.current.value(QStringLiteral("document")).toString();
        auto title = documentTitle(catalogue, doc);
        auto volume = catalogue.documentVolume(doc);
        auto otherVolume = catalogue.documentVolume(c.other.value(QStringLiteral("document")).toString());
        if (!title || !volume || !otherVolume)
            return !title ? title.error() : !volume ? volume.error() : otherVolume.error();
        c.subject = QCoreApplication::translate("Dossier::SyncConflicts", "page %1 of “%2”")
                        .arg(c.current.value(QStringLiteral("page_in_document")).toInt())
                        .arg(*title);
        c.volumeId = *volume;
        c.canUseOther =
            c.volumeId > 0 && *otherVolume == c.volumeId &&
            (c.current.value(QStringLiteral("document")) != c.other.value(QStringLiteral("document")) ||
             c.current.value(QStringLiteral("page_in_document")) != c.other.value(QStringLiteral("page_in_document")));
    } else if (c.kind == QLatin1String("case")) {
        c.subject = c.recId;
    } else {
        c.subject = c.recId.section(QLatin1Char('|'), 0, 0);
    }
    if (c.caseNo.isEmpty())
        c.caseNo = c.kind == QLatin1String("case") ? c.recId : QString();
    if (c.subject.isEmpty())
        c.subject = QCoreApplication::translate("Dossier::SyncConflicts", "(not on this desk)");
    return Ok{};
}

} // namespace

Result<QList<SyncConflict>> SyncConflicts::open(const Profile& profile)
{
    QSqlDatabase db = profile.database();
    auto rows = SyncRepository(db).openConflicts();
    if (!rows)
        return rows.error();
    SyncCatalogueRepository catalogue(db);
    QList<SyncConflict> out;
    for (const SyncConflictRow& row : std::as_const(*rows)) {
        SyncConflict c;
        c.id = row.id;
        c.kind = row.kind;
        c.recId = row.recId;
        c.other = RecordCodec::parse(row.otherBody);
        c.otherFrom = row.otherFrom;
        c.at = row.at;
        auto mine = localRecords(db, c.kind, c.recId);
        if (!mine)
            return mine.error();
        if (!mine->isEmpty()) {
            c.current = mine->constFirst().body;
            c.caseNo = mine->constFirst().caseNo;
        }
        if (auto d = describeFields(catalogue, c); !d)
            return d.error();
        if (auto d = describeSubject(catalogue, c); !d)
            return d.error();
        out << c;
    }
    return out;
}

Result<int> SyncConflicts::openCount(const Profile& profile)
{
    return SyncRepository(profile.database()).openConflictCount();
}

Status SyncConflicts::keepCurrent(const Profile& profile, const SyncConflict& c, const QString& user)
{
    return settle(profile, c, user, QStringLiteral("current"));
}

Error SyncConflicts::otherNotApplicable()
{
    return Error(QStringLiteral("conflict_not_applicable"),
                 QT_TRANSLATE_NOOP(
                     "Dossier::Error",
                     "The other version cannot be taken here: keep the current one or edit the catalogue by hand."));
}

Result<ConflictResolution> SyncConflicts::otherVersion(const Profile& profile, const SyncConflict& c)
{
    if (!c.canUseOther || c.volumeId <= 0)
        return otherNotApplicable();
    SyncCatalogueRepository catalogue(profile.database());
    ConflictResolution r;
    r.volumeId = c.volumeId;
    if (c.kind == QLatin1String("document")) {
        auto document = catalogue.documentId(c.recId);
        if (!document)
            return document.error();
        r.documentId = *document;
        r.docType = c.other.value(QStringLiteral("doc_type")).toString();
        r.title = c.other.value(QStringLiteral("title")).toString();
        r.kind = r.docType != c.current.value(QStringLiteral("doc_type")).toString()
                     ? ConflictResolution::Kind::RetypeDocument
                     : ConflictResolution::Kind::RetitleDocument;
    } else {
        r.kind = ConflictResolution::Kind::MovePage;
        auto page = catalogue.pageId(c.recId);
        auto document = catalogue.documentId(c.other.value(QStringLiteral("document")).toString());
        if (!page || !document)
            return !page ? page.error() : document.error();
        r.pageId = *page;
        r.documentId = *document;
        r.position = std::max(0, c.other.value(QStringLiteral("page_in_document")).toInt() - 1);
    }
    return r;
}

Status SyncConflicts::markOtherTaken(const Profile& profile, const SyncConflict& c, const QString& user)
{
    return settle(profile, c, user, QStringLiteral("other"));
}

} // namespace Dossier
