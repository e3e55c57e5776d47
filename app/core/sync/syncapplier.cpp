#include "sync/syncapplier.h"

#include "common/clock.h"
#include "domain/recordschema.h"
#include "domain/templateversions.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/templaterepository.h"
#include "storage/warehouserepository.h"
#include "sync/conflictpolicy.h"
#include "sync/recordcodec.h"
#include "sync/syncengine.h"
#include "sync/synctransport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSyncApply, "dossier.sync")

namespace Dossier {

using RecordCodec::canonical;

namespace {

QString keyOf(const QString& kind, const QString& id)
{
    return kind + QLatin1Char('\n') + id;
}

QByteArray digest(const QByteArray& body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha1);
}

// Kinds in the order they are applied: a page or a review needs its document, a document its dossier, a note
// its page. The 中间库's records need nothing else.
int kindOrder(const QString& kind)
{
    static const QStringList order = {
        QStringLiteral("template"), QStringLiteral("template_release"), QStringLiteral("calendar"),
        QStringLiteral("case"),     QStringLiteral("dossier"),          QStringLiteral("document"),
        QStringLiteral("page"),     QStringLiteral("qc_review"),        QStringLiteral("note"),
        QStringLiteral("movement"), QStringLiteral("case_event"),       QStringLiteral("conflict")};
    const int i = int(order.indexOf(kind));
    return i < 0 ? int(order.size()) : i;
}

// Why a record from the feed cannot be taken, by its form alone (nothing of it is used before this).
std::optional<Error> formProblem(const SyncRecord& r, qint64 bodyBytes)
{
    if (auto bad = RecordSchema::check({r.kind, r.id, r.caseNo, r.volume, r.deleted, r.body}, bodyBytes))
        return bad;
    if (r.revision < 1)
        return Error(QStringLiteral("record_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The record has no revision."));
    return std::nullopt;
}

// A note is its author's alone: the server carries it to nobody else, so one written by another user is hostile
// (or a broken server) and is never taken, whatever else is right with it.
std::optional<Error> notMine(const SyncRecord& r, const QString& user)
{
    if (r.kind != QLatin1String("note") || (r.deleted && r.body.isEmpty()))
        return std::nullopt;
    if (const QString author = r.body.value(QStringLiteral("author")).toString(); author != user)
        return Error(QStringLiteral("record_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "It is a note of %1, not of the user signed in (%2)."),
                     {author.left(200), user});
    return std::nullopt;
}

} // namespace

SyncApplier::SyncApplier(SyncRepository& repo, SyncTransport& transport, MasterStore masters, QString user)
    : m_repo(repo), m_catalogue(repo.database()), m_transport(transport), m_masters(std::move(masters)),
      m_user(std::move(user))
{
}

Status SyncApplier::loadCaches()
{
    if (m_cachesLoaded)
        return Ok{};
    m_localDigest.clear();
    m_knownRevision.clear();
    m_setAsideKeys.clear();
    auto all = localRecords(m_repo.database());
    if (!all)
        return all.error();
    for (const SyncRecord& r : *all)
        m_localDigest.insert(keyOf(r.kind, r.id), digest(canonical(r.body)));
    auto known = m_repo.knownRevisions();
    if (!known)
        return known.error();
    for (const SyncKnownRow& k : std::as_const(*known))
        m_knownRevision.insert(keyOf(k.kind, k.id), k.revision);
    auto aside = m_repo.setAsideKeys();
    if (!aside)
        return aside.error();
    for (const SyncSetAsideRow& a : std::as_const(*aside))
        m_setAsideKeys.insert(keyOf(a.kind, a.id));
    m_cachesLoaded = true;
    return Ok{};
}

Status SyncApplier::apply(const QList<QJsonObject>& raw, SyncSummary& s)
{
    QList<SyncRecord> records;
    for (const QJsonObject& o : raw)
        records << SyncRecord::fromJson(o);
    std::stable_sort(records.begin(), records.end(),
                     [](const SyncRecord& a, const SyncRecord& b) { return kindOrder(a.kind) < kindOrder(b.kind); });
    if (auto l = loadCaches(); !l)
        return l;
    QList<QByteArray> bodies;
    bodies.reserve(records.size());
    for (const SyncRecord& r : std::as_const(records))
        bodies << canonical(r.body);
    Problems bad(records.size());
    if (auto p = prepare(records, bodies, bad, s); !p)
        return p;
    return write(records, bodies, bad, s);
}

// Step 1, no transaction open: the form of each new record checked, and the image of each page fetched.
Status SyncApplier::prepare(const QList<SyncRecord>& records, const QList<QByteArray>& bodies, Problems& bad,
                            SyncSummary& s)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        const SyncRecord& r = records.at(i);
        if (m_knownRevision.value(keyOf(r.kind, r.id), -1) >= r.revision)
            continue; // already applied (our own push comes back through the feed)
        bad[i] = formProblem(r, bodies.at(i).size());
        if (!bad[i])
            bad[i] = notMine(r, m_user);
        if (!bad[i] && r.kind == QLatin1String("page") && !r.deleted)
            if (auto f = fetchImage(r, bad[i], s); !f)
                return f;
    }
    return Ok{};
}

// The image of a page record, stored in the profile: Ok, an error that stops the sync (the network), or in
// `bad` why this page must be set aside (refused, or another SHA-256).
Status SyncApplier::fetchImage(const SyncRecord& r, std::optional<Error>& bad, SyncSummary& s)
{
    const QString sha = r.body.value(QStringLiteral("sha256")).toString();
    const QString format = r.body.value(QStringLiteral("format")).toString();
    const QString path = m_masters.pathFor(sha, format); // both checked by the schema: never empty here
    if (path.isEmpty() || QFile::exists(path))
        return Ok{};
    auto bytes = m_transport.blob(sha, bad);
    if (!bytes)
        return bytes.error();
    if (bad)
        return Ok{};
    if (auto put = m_masters.put(*bytes, format); !put)
        return put.error();
    ++s.blobsDown;
    return Ok{};
}

// Step 2: one transaction, only writes to the profile.
Status SyncApplier::write(const QList<SyncRecord>& records, const QList<QByteArray>& bodies, const Problems& bad,
                          SyncSummary& s)
{
    Transaction tx(m_repo.database());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const SyncRecord& r = records.at(i);
        const QString key = keyOf(r.kind, r.id);
        if (m_knownRevision.value(key, -1) >= r.revision)
            continue; // already applied
        if (bad.at(i)) {
            if (auto k = setAside(r, *bad.at(i), s); !k)
                return k;
            continue;
        }
        if (auto t = take(r, key, bodies.at(i), s); !t)
            return t;
    }
    // Documents deleted on another desk go once their pages have moved (maybe in a later page of the feed).
    if (auto d = m_catalogue.dropDeletedDocuments(); !d)
        return d;
    if (auto f = refoldPaper(); !f)
        return f;
    return tx.commit();
}

// Where the paper of each case that received movements is, folded once all of them are in.
Status SyncApplier::refoldPaper()
{
    WarehouseRepository warehouse(m_repo.database());
    for (const QString& caseNo : std::as_const(m_refold))
        if (auto f = warehouse.refold(caseNo); !f)
            return f;
    m_refold.clear();
    return Ok{};
}

Status SyncApplier::take(const SyncRecord& r, const QString& key, const QByteArray& serverBody, SyncSummary& s)
{
    auto parent = missingParent(r);
    if (!parent)
        return parent.error();
    if (*parent) {
        if (!m_lastLook)
            m_waiting.insert(key);
        return setAside(r, **parent, s, !m_lastLook);
    }
    ++s.pulled;
    // A note's versions meet by time in writeNote(), never as a conflict kept for the user.
    auto mine = r.kind == QLatin1String("note") ? Result<std::optional<QJsonObject>>(std::optional<QJsonObject>())
                                                : editedHere(r, key, serverBody);
    if (!mine)
        return mine.error();
    if (auto m =
            m_repo.remember({r.kind, r.id, r.caseNo, r.volume, r.revision, r.deleted, QString::fromUtf8(serverBody)});
        !m)
        return m;
    m_knownRevision.insert(key, r.revision);
    if (m_setAsideKeys.remove(key))
        if (auto d = m_repo.dropSetAside(r.kind, r.id); !d)
            return d;
    if (r.kind == QLatin1String("conflict"))
        return ConflictPolicy::takeConflictRecord(m_repo, r);
    if (r.kind == QLatin1String("note"))
        return writeNote(r);
    if (*mine) {
        auto ours = keepBoth(r, **mine, s);
        if (!ours)
            return ours.error();
        if (*ours)
            return Ok{}; // ours stays; the next collect sends it on the server's revision
    }
    m_localDigest.insert(key, digest(serverBody)); // what this desk will hold once it is applied
    if (r.deleted)
        return r.kind == QLatin1String("page") ? m_catalogue.removePage(r.id) : Status(Ok{});
    return writeRecord(r);
}

// Edited on this desk and on another: both kept; the same version wins on every desk. True when ours stays.
Result<bool> SyncApplier::keepBoth(const SyncRecord& r, const QJsonObject& mine, SyncSummary& s)
{
    ++s.conflicts;
    const bool localWins = ConflictPolicy::localWins(mine, r.body);
    if (auto k = ConflictPolicy::keepBoth(m_repo, {r.kind, r.id, r.caseNo, r.volume, localWins ? mine : r.body,
                                                   localWins ? r.body : mine, localWins ? r.updatedBy : m_user});
        !k)
        return k.error();
    // Any pending operation of ours on the old revision is superseded.
    if (auto d = m_repo.dropOperationsOf(r.kind, r.id); !d)
        return d.error();
    return localWins;
}

// A record from the feed this desk cannot take is kept aside with the reason, for the user (unless `quietly`)
// and for the next look; the rest of the feed goes on.
Status SyncApplier::setAside(const SyncRecord& r, const Error& why, SyncSummary& s, bool quietly)
{
    if (!quietly) {
        ++s.setAside;
        // Named for the clerk: the kind and the case it belongs to (a template by its id).
        s.problems << QCoreApplication::translate("Dossier::SyncEngine", "A %1 of %2 was set aside: %3")
                          .arg(RecordSchema::kindName(r.kind), r.caseNo.isEmpty() ? r.id.left(80) : r.caseNo,
                               why.message());
        qCWarning(lcSyncApply) << "set aside" << r.kind << r.id << why.english();
    }
    const QByteArray record = QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact);
    if (auto k = m_repo.setAside(
            {r.kind.left(40), r.id.left(600), r.revision,
             // Within the schema's limit it is kept whole (to be tried again); beyond it, only named.
             record.size() <= RecordSchema::kMaxRecordBytes + 4096 ? QString::fromUtf8(record) : QStringLiteral("{}"),
             why.code(), why.sourceText(),
             QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(why.args())).toJson(QJsonDocument::Compact)),
             Clock::stamp()});
        !k)
        return k;
    m_setAsideKeys.insert(keyOf(r.kind, r.id));
    return Ok{};
}

// A document whose dossier, or a page whose document, is not on this desk: taken now it would be lost (a
// document nowhere) or misplaced (a page in no document), so it waits aside until its parent has come.
Result<std::optional<Error>> SyncApplier::missingParent(const SyncRecord& r)
{
    if (r.deleted)
        return std::optional<Error>();
    if (r.kind == QLatin1String("document")) {
        const auto [caseNo, dossierId] = RecordCodec::dossierOf(r);
        auto volume = m_catalogue.volumeOf(caseNo, dossierId, r.volume);
        if (!volume)
            return volume.error();
        if (*volume == 0)
            return std::optional<Error>(
                Error(QStringLiteral("parent_unknown"),
                      QT_TRANSLATE_NOOP("Dossier::Error", "Its dossier %1 is not on this desk."),
                      {r.body.value(QStringLiteral("dossier")).toString().left(200)}));
    }
    if (r.kind == QLatin1String("qc_review"))
        return reviewedDocumentMissing(r);
    if (r.kind == QLatin1String("note"))
        return notePageMissing(r);
    const QString document = RecordCodec::documentOf(r);
    if (r.kind == QLatin1String("page") && !document.isEmpty()) {
        auto id = m_catalogue.documentId(document);
        if (!id)
            return id.error();
        if (*id == 0)
            return std::optional<Error>(
                Error(QStringLiteral("parent_unknown"),
                      QT_TRANSLATE_NOOP("Dossier::Error", "Its document %1 is not on this desk."), {document}));
    }
    return std::optional<Error>();
}

// A review waits aside until its document has come; one naming a document of another case or volume than its
// own is refused (hostile, or a broken server: taken, it would show in the wrong dossier). A review of a document
// deleted since (merged into another, say) is taken but has nothing to show, as on the desk that made it.
Result<std::optional<Error>> SyncApplier::reviewedDocumentMissing(const SyncRecord& r)
{
    const QString document = RecordCodec::documentOf(r);
    auto place = m_catalogue.documentPlace(document);
    if (!place)
        return place.error();
    if (place->id == 0) {
        auto known = m_repo.known(QStringLiteral("document"), document);
        if (!known)
            return known.error();
        if (*known && (*known)->deleted)
            return std::optional<Error>();
        return std::optional<Error>(Error(QStringLiteral("parent_unknown"),
                                          QT_TRANSLATE_NOOP("Dossier::Error", "Its document %1 is not on this desk."),
                                          {document}));
    }
    if (place->caseNo != r.caseNo || place->volumeKind != r.volume)
        return std::optional<Error>(
            Error(QStringLiteral("record_invalid"),
                  QT_TRANSLATE_NOOP("Dossier::Error", "Its document %1 is in another case or volume."), {document}));
    return std::optional<Error>();
}

// A note on a page waits aside until its page has come (never lost); one on a page of another case is refused
// (hostile, or a broken server). A page taken out of its document is still the note's page.
Result<std::optional<Error>> SyncApplier::notePageMissing(const SyncRecord& r)
{
    const QString page = r.body.value(QStringLiteral("page")).toString();
    if (page.isEmpty())
        return std::optional<Error>();
    auto found = NoteRepository(m_repo.database()).pageByUid(page);
    if (!found)
        return found.error();
    if (found->id == 0)
        return std::optional<Error>(Error(QStringLiteral("parent_unknown"),
                                          QT_TRANSLATE_NOOP("Dossier::Error", "Its page %1 is not on this desk."),
                                          {page}));
    if (!found->caseNo.isEmpty() && found->caseNo != r.caseNo)
        return std::optional<Error>(Error(QStringLiteral("record_invalid"),
                                          QT_TRANSLATE_NOOP("Dossier::Error", "Its page %1 is in another case."),
                                          {page}));
    return std::optional<Error>();
}

// A note from another desk of its author (checked as theirs by notMine()): the later of its version and this
// desk's stays (ConflictPolicy::noteWins); when this desk's is the later, the next collect sends it on the
// server's revision. A deletion that carries no body deletes the author's note whatever its time.
Status SyncApplier::writeNote(const SyncRecord& r)
{
    NoteRepository notes(m_repo.database());
    Note incoming = RecordCodec::toNote(r);
    if (r.deleted && r.body.isEmpty()) {
        auto removed = notes.remove(r.id, m_user);
        return removed ? Status(Ok{}) : Status(removed.error()); // none of the author's to delete: nothing to do
    }
    auto local = notes.anyVersion(r.id);
    if (!local)
        return local.error();
    if (*local && (*local)->author != m_user)
        return Ok{}; // another user's note here holds the uid: it is theirs, and stays as it is
    if (*local && !ConflictPolicy::noteWins(r.body, r.deleted, (*local)->toJson(), (*local)->deleted))
        return Ok{}; // ours is the later
    if (!*local && r.deleted)
        return Ok{}; // deleted before this desk ever had it
    if (!incoming.pageUid.isEmpty()) {
        auto page = notes.pageByUid(incoming.pageUid);
        if (!page)
            return page.error();
        incoming.pageId = page->id; // there: notePageMissing() kept it aside otherwise
    }
    return notes.putSynced(incoming);
}

// The body this desk holds of a record, when it was edited here since the server's last version and
// differently from `serverBody` (both kept then: a conflict).
Result<std::optional<QJsonObject>> SyncApplier::editedHere(const SyncRecord& r, const QString& key,
                                                           const QByteArray& serverBody)
{
    const auto mine = m_localDigest.constFind(key);
    if (mine == m_localDigest.cend() || !m_knownRevision.contains(key))
        return std::optional<QJsonObject>();
    auto known = m_repo.knownBody(r.kind, r.id);
    if (!known)
        return known.error();
    const QByteArray knownText = known->value_or(QString()).toUtf8();
    if (*mine == digest(knownText) || *mine == digest(serverBody))
        return std::optional<QJsonObject>();
    auto local = localRecords(m_repo.database(), r.kind, r.id);
    if (!local)
        return local.error();
    return std::optional<QJsonObject>(local->isEmpty() ? QJsonObject() : local->constFirst().body);
}

// A record (not a deletion, not a conflict record) into the profile's tables.
Status SyncApplier::writeRecord(const SyncRecord& r)
{
    if (r.kind == QLatin1String("case"))
        return m_catalogue.putCase(RecordCodec::toCase(r));
    if (r.kind == QLatin1String("dossier"))
        return m_catalogue.putDossier(RecordCodec::toDossier(r), r.volume);
    if (r.kind == QLatin1String("document"))
        return writeDocument(r);
    if (r.kind == QLatin1String("page"))
        return writePage(r);
    if (r.kind == QLatin1String("qc_review"))
        return writeReview(r);
    if (r.kind == QLatin1String("template") || r.kind == QLatin1String("template_release"))
        return writeTemplate(r);
    return writeWarehouse(r);
}

// A published version of a template (checked by the schema: CatalogueTemplate::fromJson) is kept as it came: a
// version never changes, so another body under a version held is refused. A release replaces the one held.
Status SyncApplier::writeTemplate(const SyncRecord& r)
{
    TemplateRepository templates(m_repo.database());
    if (r.kind == QLatin1String("template_release"))
        return templates.putRelease(r.id, r.body);
    const auto idVersion = TemplateVersions::parseVersionId(r.id);
    const QString id = idVersion ? idVersion->first : r.id;
    const int version = r.body.value(QStringLiteral("version")).toInt();
    auto kept = templates.putPublished(id, version, r.body);
    if (!kept)
        return kept.error();
    if (!*kept)
        return Error(QStringLiteral("template_immutable"),
                     QT_TRANSLATE_NOOP("Dossier::Error",
                                       "Version %1 of template %2 arrived with other contents than the one held: a "
                                       "published version never changes, the one held is kept."),
                     {QString::number(version), id});
    return Ok{};
}

// The 中间库's records, checked by the schema (Movement::check, CaseEventRecord::check, HolidayCalendar::fromJson):
// a movement goes to its case's movements (folded when the feed's page is in), an event to the case's events, a
// year of the holiday calendar replaces the one held. One already here under its id stays as it is.
Status SyncApplier::writeWarehouse(const SyncRecord& r)
{
    WarehouseRepository warehouse(m_repo.database());
    if (r.kind == QLatin1String("movement")) {
        auto added = warehouse.add(RecordCodec::toMovement(r));
        if (!added)
            return added.error();
        if (*added)
            m_refold.insert(r.caseNo);
        return Ok{};
    }
    if (r.kind == QLatin1String("case_event")) {
        auto added = warehouse.addEvent(RecordCodec::toCaseEvent(r));
        return added ? Status(Ok{}) : Status(added.error()); // false: the event is here already
    }
    if (r.kind == QLatin1String("calendar"))
        return warehouse.putCalendarYear(r.id.toInt(), canonical(r.body));
    return Ok{};
}

Status SyncApplier::writeDocument(const SyncRecord& r)
{
    const auto [caseNo, dossierId] = RecordCodec::dossierOf(r);
    auto volume = m_catalogue.volumeOf(caseNo, dossierId, r.volume);
    if (!volume)
        return volume.error();
    if (*volume == 0) // missingParent() kept it aside: this cannot happen
        return Error(QStringLiteral("parent_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Its dossier %1 is not on this desk."),
                     {r.body.value(QStringLiteral("dossier")).toString().left(200)});
    return m_catalogue.putDocument(*volume, RecordCodec::toDocument(r));
}

// Its image is already in the profile (fetched and checked before the transaction opened).
Status SyncApplier::writePage(const SyncRecord& r)
{
    auto document = m_catalogue.documentId(RecordCodec::documentOf(r));
    if (!document)
        return document.error();
    return m_catalogue.putPage(*document, RecordCodec::toPage(r));
}

// Its document is on this desk, in its case and volume, or deleted (reviewedDocumentMissing() kept it aside
// otherwise).
Status SyncApplier::writeReview(const SyncRecord& r)
{
    auto place = m_catalogue.documentPlace(RecordCodec::documentOf(r));
    if (!place)
        return place.error();
    return place->id == 0 ? Status(Ok{}) : m_catalogue.putReview(*place, RecordCodec::toReview(r));
}

Status SyncApplier::restore(const QList<SyncRecordRef>& records, SyncSummary& s)
{
    Transaction tx(m_repo.database());
    for (const SyncRecordRef& ref : records) {
        auto known = m_repo.known(ref.kind, ref.id);
        if (!known)
            return known.error();
        if (RecordSchema::isAppendOnly(ref.kind) && !*known) {
            if (auto u = undoWarehouse(ref); !u)
                return u;
            ++s.restored;
            continue;
        }
        if (!*known || ref.kind == QLatin1String("note"))
            continue; // nothing of the server's to put back (SyncOutbox::forbidden() told the user)
        const SyncKnownRow& k = **known;
        SyncRecord r;
        r.kind = k.kind;
        r.id = k.id;
        r.caseNo = k.caseNo;
        r.volume = k.volume;
        r.revision = k.revision;
        r.deleted = k.deleted;
        r.body = RecordCodec::parse(k.body);
        auto parent = missingParent(r);
        if (!parent)
            return parent.error();
        if (*parent) { // its dossier or document is gone from this desk too: it cannot go back alone
            s.problems << QCoreApplication::translate("Dossier::SyncEngine", "%1 of %2 could not be put back: %3")
                              .arg(RecordCodec::describe(r.kind, r.body), r.caseNo, (*parent)->message());
            continue;
        }
        const Status put = r.deleted ? (r.kind == QLatin1String("page") ? m_catalogue.removePage(r.id) : Status(Ok{}))
                                     : writeRecord(r);
        if (!put)
            return put;
        ++s.restored;
    }
    if (auto f = refoldPaper(); !f)
        return f;
    m_cachesLoaded = false;
    return tx.commit();
}

// A movement or a case event recorded here that the server refused as forbidden (a judge's loan, a clerk's
// movement of a court they do not serve): the server has no version of it, so it is taken off this desk — the
// paper is where the server's records say — instead of being sent again at every sync.
Status SyncApplier::undoWarehouse(const SyncRecordRef& ref)
{
    WarehouseRepository warehouse(m_repo.database());
    if (ref.kind == QLatin1String("case_event"))
        return warehouse.removeEvent(ref.id);
    return warehouse.remove(ref.id);
}

Status SyncApplier::retrySetAside(SyncSummary& s)
{
    auto rows = m_repo.setAsideRows();
    if (!rows)
        return rows.error();
    QList<QJsonObject> again;
    for (const SyncSetAsideRow& row : std::as_const(*rows)) {
        const QString key = keyOf(row.kind, row.id);
        if (m_knownRevision.value(key, -1) < row.revision) {
            again.append(RecordCodec::parse(row.record));
            continue;
        }
        if (auto d = m_repo.dropSetAside(row.kind, row.id); !d)
            return d;
        m_setAsideKeys.remove(key);
    }
    if (again.isEmpty()) {
        m_waiting.clear(); // superseded by a newer revision this pull brought and counted
        return Ok{};
    }
    const int pulledBefore = s.pulled;
    m_lastLook = true;
    auto a = apply(again, s);
    m_lastLook = false;
    // Tried again, not received: only records of this pull that waited for their parent count as pulled.
    s.pulled = pulledBefore;
    for (const QString& key : std::as_const(m_waiting))
        if (!m_setAsideKeys.contains(key))
            ++s.pulled;
    m_waiting.clear();
    return a;
}

} // namespace Dossier
