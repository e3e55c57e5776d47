#include "serverstore.h"

#include "blobstore.h"
#include "crashpoint.h"
#include "storage/database.h"
#include "writepath.h"

#include <QDateTime>

namespace Dossier::Server {

Result<std::unique_ptr<ServerStore>> ServerStore::open(const QString& dataDir, const QString& databaseUrl)
{
    auto db = ServerDatabase::open(dataDir, databaseUrl);
    if (!db)
        return db.error();
    return std::unique_ptr<ServerStore>(new ServerStore(std::move(*db)));
}

ServerStore::ServerStore(std::unique_ptr<ServerDatabase> db)
    : m_db(std::move(db)), m_users(*m_db), m_cases(*m_db), m_records(*m_db), m_feed(*m_db), m_operations(*m_db),
      m_blobs(*m_db), m_access(*m_db), m_audit(*m_db)
{
}

ServerStore::~ServerStore() = default;

QSqlDatabase ServerStore::db() const
{
    return m_db->connection();
}

template <typename T, typename Work> Result<T> ServerStore::transaction(Work&& work)
{
    auto lock = m_db->writeLock();
    Transaction tx(m_db->connection());
    Result<T> r = work();
    if (!r)
        return r; // the transaction rolls back
    if (auto c = tx.commit(); !c)
        return c.error();
    return r;
}

Status ServerStore::commitWithSeq(Transaction& tx, qint64 seq)
{
    // The feed's counter moves in the same transaction as the records it numbers.
    if (auto s = m_feed.setHead(seq); !s)
        return s;
    crashPoint("before-commit");
    auto committed = tx.commit();
    if (committed)
        crashPoint("after-commit");
    return committed;
}

// ---- users and sessions

Status ServerStore::upsertUser(const UserRow& u)
{
    return transaction<Ok>([&]() -> Status {
        if (auto r = m_users.replace(u); !r)
            return r;
        if (auto s = m_users.removeSessions(u.name); !s)
            return s.error();
        return Ok{};
    });
}

Result<std::optional<UserRow>> ServerStore::user(const QString& name)
{
    return m_users.find(name);
}

Result<int> ServerStore::setUserDisabled(const QString& name, bool disabled)
{
    return transaction<int>([&]() -> Result<int> {
        auto changed = m_users.setDisabled(name, disabled);
        if (!changed)
            return changed;
        if (auto s = m_users.removeSessions(name); !s)
            return s.error();
        return changed;
    });
}

Result<int> ServerStore::removeUser(const QString& name)
{
    return transaction<int>([&]() -> Result<int> {
        auto changed = m_users.remove(name);
        if (!changed)
            return changed;
        // A user made again under the same name is someone new: no session and no case of the old one.
        if (auto s = m_users.removeSessions(name); !s)
            return s.error();
        if (auto m = m_cases.removeMemberships(name); !m)
            return m.error();
        return changed;
    });
}

Result<int> ServerStore::revokeSessions(const QString& name)
{
    auto lock = m_db->writeLock();
    return m_users.removeSessions(name);
}

Status ServerStore::updatePassword(const QString& name, const QString& hash)
{
    auto lock = m_db->writeLock();
    return m_users.setPassword(name, hash);
}

Status ServerStore::addSession(const QString& digest, const QString& user, qint64 expiresAtSecs)
{
    return transaction<Ok>([&]() -> Status {
        if (auto purge = m_users.removeExpiredSessions(QDateTime::currentSecsSinceEpoch()); !purge)
            return purge;
        return m_users.addSession(digest, user, expiresAtSecs);
    });
}

Result<QString> ServerStore::sessionUser(const QString& digest, qint64 nowSecs)
{
    return m_users.sessionUser(digest, nowSecs);
}

Status ServerStore::removeSession(const QString& digest)
{
    auto lock = m_db->writeLock();
    return m_users.removeSession(digest);
}

Result<Viewer> ServerStore::viewer(const UserRow& u)
{
    Viewer v;
    v.name = u.name;
    v.role = u.role;
    v.scope = u.scope;
    auto member = m_cases.casesOf(u.name);
    if (!member)
        return member.error();
    v.memberCases = std::move(*member);
    if (u.role == QLatin1String("archive_clerk")) {
        auto created = m_cases.createdBy(u.name);
        if (!created)
            return created.error();
        v.createdCases = std::move(*created);
    }
    if (u.role == QLatin1String("archive_staff")) {
        auto archived = m_cases.allArchived();
        if (!archived)
            return archived.error();
        v.archivedCases = std::move(*archived);
    }
    return v;
}

Status ServerStore::audit(const QString& user, const QString& address, const QString& action, const QString& details)
{
    return transaction<Ok>([&]() -> Status {
        return m_audit.append(AuditEntry{isoNow(), user.left(200), address, action, details.left(2000)});
    });
}

// ---- records and the write path

Result<QJsonArray> ServerStore::applyOperations(Viewer& viewer, const QJsonArray& operations, const BlobStore& blobs)
{
    WriteBatch b = WritePath::validate(operations); // 1. validate: no database
    auto lock = m_db->writeLock();
    Transaction tx(m_db->connection());
    auto seqStart = m_feed.beginSeq();
    if (!seqStart)
        return seqStart.error();
    b.seq = *seqStart;
    if (auto s = readBatch(b, viewer.name); !s)
        return s.error();
    auto results = WritePath::authorise(b, viewer, blobs, // 2. authorise, per operation
                                        [this, &viewer](const QString& sha) { return mayUseBlob(viewer, sha); });
    if (!results)
        return results.error();
    if (auto s = storeBatch(b, viewer.name); !s) // 3. store
        return s.error();
    if (auto c = commitWithSeq(tx, b.seq); !c)
        return c.error();
    m_db->finishCached();
    return results;
}

// What the batch needs from the database, a few statements for all of its operations.
Status ServerStore::readBatch(WriteBatch& b, const QString& user)
{
    WritePath::Reads reads = WritePath::readsOf(b);
    if (auto s = m_operations.stored(user, reads.opIds, b.stored); !s)
        return s;
    auto found = m_records.findAll(reads.idsByKind, [&b, &reads](Record&& r) {
        if (!r.caseNo.isEmpty())
            reads.cases.append(r.caseNo);
        const QString key = WriteBatch::key(r.kind, r.id); // before r is moved from
        b.records.insert(key, std::move(r));
    });
    if (!found)
        return found;
    reads.cases.removeDuplicates();
    return m_cases.knownOf(reads.cases, b.knownCases);
}

Status ServerStore::storeBatch(WriteBatch& b, const QString& user)
{
    QList<Record> records;
    QList<FeedEntry> feed;
    QHash<QString, QStringList> idsByKind;
    for (const QString& key : std::as_const(b.written)) {
        const Record& r = **b.records.constFind(key); // every written key has its record
        records.append(r);
        feed.append(FeedEntry{b.changeSeq.value(key), r.kind, r.id, r.caseNo});
        idsByKind[r.kind].append(r.id);
    }
    QList<CaseRow> cases;
    for (const QString& caseNo : std::as_const(b.newCases))
        cases.append(CaseRow{caseNo, user, false, courtCodeOf(caseNo)});
    if (auto s = m_feed.remove(idsByKind); !s) // a record keeps one place in the feed
        return s;
    if (auto s = m_records.upsert(records); !s)
        return s;
    if (auto s = m_feed.insert(feed); !s)
        return s;
    if (auto s = m_cases.insert(cases); !s)
        return s;
    if (auto s = m_operations.store(user, b.replies); !s)
        return s;
    return settleArchived(b.archiveCheck, b.seq);
}

// A case whose dossiers' archived flags changed: archive staff may now see the whole case, so its records
// are shown again to cursors that passed them.
Status ServerStore::settleArchived(const QSet<QString>& cases, qint64& seq)
{
    for (const QString& caseNo : cases) {
        auto archived = m_records.hasArchivedDossier(caseNo);
        if (!archived)
            return archived.error();
        auto was = m_cases.archived(caseNo);
        if (!was)
            return was.error();
        if (*archived == *was)
            continue;
        if (auto u = m_cases.setArchived(caseNo, *archived); !u)
            return u;
        if (*archived)
            if (auto t = m_feed.touchCase(caseNo, seq); !t)
                return t;
    }
    return Ok{};
}

// ---- the feed

namespace {

// The cases a viewer sees by name (members, a clerk's own cases, archive staff's archived ones), when that is
// all they see and the list is short enough for one query; nullopt: the viewer sees by rule (administrator,
// chiefs by scope, trial managers, warehouse clerks by their court) or too many cases, and the feed is read in
// order instead.
std::optional<QStringList> namedCases(const Viewer& viewer)
{
    constexpr qsizetype kMaxNamed = 500;
    if (viewer.isAdmin() || isChiefRole(viewer.role) || viewer.role == QLatin1String("trial_manager") ||
        viewer.isWarehouseClerk())
        return std::nullopt;
    QSet<QString> cases = viewer.memberCases;
    if (viewer.role == QLatin1String("archive_clerk"))
        cases.unite(viewer.createdCases);
    if (viewer.role == QLatin1String("archive_staff"))
        cases.unite(viewer.archivedCases);
    if (cases.size() > kMaxNamed)
        return std::nullopt;
    return QStringList(cases.cbegin(), cases.cend());
}

// A private record (a note) only by its owner, and only while the owner may still see its case (the storage
// already reads no one else's: this is the rule, not the optimisation).
bool sees(const Viewer& viewer, const FeedRow& row)
{
    const RecordPlace p = row.place();
    if (!p.owner.isEmpty() && p.owner != viewer.name)
        return false;
    return viewer.canSee(p.kind, p.caseNo, p.volume);
}

} // namespace

Result<ChangePage> ServerStore::changes(const Viewer& viewer, qint64 after, int limit)
{
    if (const auto cases = namedCases(viewer))
        return changesOfCases(viewer, *cases, after, limit);
    return changesInOrder(viewer, after, limit);
}

// A viewer who sees a short list of cases reads only those cases' changes (and the templates) through the
// index on changes(case_no, seq), instead of scanning the whole feed: a judge's pull costs what the judge sees.
Result<ChangePage> ServerStore::changesOfCases(const Viewer& viewer, const QStringList& cases, qint64 after, int limit)
{
    ChangePage page;
    page.next = after;
    // The feed's head first: every change up to it is committed, so a cursor moved to it misses nothing.
    auto head = m_feed.head();
    if (!head)
        return head.error();
    const qint64 headSeq = head->value_or(after);
    // Rows are counted, not the changes kept: rows this viewer may not see (a 副卷 for a party) still move the
    // cursor, and a page that read all it asked for has more after it, however few it kept.
    int rows = 0;
    auto read = m_feed.readCases(viewer.name, cases, after, headSeq, limit + 1, [&](const FeedRow& row) {
        if (++rows > limit) {
            page.more = true;
            return false;
        }
        page.next = row.seq();
        if (sees(viewer, row))
            page.changes.append(row.change());
        return true;
    });
    if (!read)
        return read.error();
    if (!page.more)
        page.next = std::max(page.next, headSeq);
    return page;
}

// Everyone else reads the feed in order, in windows, keeping what they may see.
Result<ChangePage> ServerStore::changesInOrder(const Viewer& viewer, qint64 after, int limit)
{
    ChangePage page;
    page.next = after;
    // The head first (as changesOfCases): other users' notes at the end of the feed are not read for this
    // viewer, and a cursor that read to the end moves past them to the head, as it moves past rows it read and
    // may not see.
    auto head = m_feed.head();
    if (!head)
        return head.error();
    const int batch = std::max(limit, 1000);
    const qint64 scanCap = std::max<qint64>(qint64(limit) * 20, 50000);
    qint64 scanned = 0;
    for (;;) {
        int rows = 0;
        bool full = false;
        auto read = m_feed.read(viewer.name, page.next, batch, [&](const FeedRow& row) {
            ++rows;
            page.next = row.seq();
            if (!sees(viewer, row))
                return true;
            page.changes.append(row.change());
            full = page.changes.size() >= limit;
            return !full;
        });
        if (!read)
            return read.error();
        scanned += rows;
        if (full || rows < batch || scanned >= scanCap) {
            page.more = full || rows >= batch; // full: at worst one empty page later
            if (!page.more)
                page.next = std::max(page.next, head->value_or(after));
            break;
        }
    }
    return page;
}

Result<QList<Record>> ServerStore::templates()
{
    return m_records.templates();
}

Status ServerStore::eachRecord(const QString& kind, const std::function<void(Record&&)>& found)
{
    return m_records.each(kind, found);
}

Result<Record> ServerStore::publish(const QString& kind, const QString& id, const QJsonObject& body,
                                    const QString& user)
{
    auto lock = m_db->writeLock();
    Transaction tx(m_db->connection());
    auto seqStart = m_feed.beginSeq();
    if (!seqStart)
        return seqStart.error();
    qint64 seq = *seqStart;
    auto existing = m_records.find(kind, id);
    if (!existing)
        return existing.error();
    Record r;
    r.kind = kind;
    r.id = id;
    r.revision = (*existing ? (*existing)->revision : 0) + 1;
    r.body = body;
    r.updatedBy = user;
    r.updatedAt = isoNow();
    if (auto w = m_records.write(r, existing->has_value()); !w)
        return w.error();
    if (auto a = m_feed.append(r.kind, r.id, QString(), seq); !a)
        return a.error();
    if (auto c = commitWithSeq(tx, seq); !c)
        return c.error();
    return r;
}

// ---- cases

Result<bool> ServerStore::caseKnown(const QString& caseNo)
{
    return m_cases.known(caseNo);
}

Result<bool> ServerStore::addMember(const QString& caseNo, const QString& user, const QString& relation)
{
    auto lock = m_db->writeLock();
    Transaction tx(m_db->connection());
    auto seqStart = m_feed.beginSeq();
    if (!seqStart)
        return seqStart.error();
    qint64 seq = *seqStart;
    auto current = m_cases.relation(caseNo, user);
    if (!current)
        return current.error();
    if (*current == relation)
        return false;
    if (current->has_value()) {
        if (auto u = m_cases.setRelation(caseNo, user, relation); !u)
            return u.error();
    } else {
        if (auto i = m_cases.addMember(caseNo, user, relation); !i)
            return i.error();
        if (auto t = m_feed.touchCase(caseNo, seq); !t)
            return t.error();
    }
    if (auto c = commitWithSeq(tx, seq); !c)
        return c.error();
    return true;
}

Result<QJsonArray> ServerStore::members(const QString& caseNo)
{
    auto list = m_cases.members(caseNo);
    if (!list)
        return list.error();
    QJsonArray out;
    for (const MemberRow& m : std::as_const(*list))
        out.append(QJsonObject{{QStringLiteral("user"), m.user}, {QStringLiteral("relation"), m.relation}});
    return out;
}

// ---- blobs and uploads

Result<bool> ServerStore::mayReadBlob(const Viewer& viewer, const QString& sha256)
{
    if (viewer.isAdmin())
        return true;
    auto held = holdsBlob(viewer.name, sha256); // they sent these very bytes
    if (!held || *held)
        return held;
    // Only live page records decide (a removed page shows nobody its image); each was checked, when written,
    // to name an image its writer uploaded or could read.
    auto pages = m_records.livePagesNaming(sha256);
    if (!pages)
        return pages.error();
    for (const RecordPlace& p : std::as_const(*pages))
        if (viewer.canSee(p.kind, p.caseNo, p.volume))
            return true;
    return false;
}

Result<bool> ServerStore::holdsBlob(const QString& user, const QString& sha256)
{
    return m_blobs.holds(user, sha256);
}

Result<bool> ServerStore::mayUseBlob(const Viewer& viewer, const QString& sha256)
{
    return mayReadBlob(viewer, sha256);
}

Status ServerStore::recordBlob(const QString& sha256, qint64 size)
{
    return transaction<Ok>([&] { return m_blobs.record(sha256, size); });
}

Result<std::optional<Upload>> ServerStore::upload(const QString& id)
{
    return m_blobs.upload(id);
}

Result<std::optional<Upload>> ServerStore::openUpload(const QString& user, const QString& sha256)
{
    return m_blobs.openUpload(user, sha256);
}

Status ServerStore::createUpload(const Upload& u)
{
    auto lock = m_db->writeLock();
    return m_blobs.createUpload(u);
}

Status ServerStore::completeUpload(const Upload& u)
{
    return transaction<Ok>([&]() -> Status {
        if (auto r = m_blobs.record(u.sha256, u.size); !r)
            return r;
        if (auto h = m_blobs.addHolder(u.sha256, u.user); !h)
            return h;
        return m_blobs.markUploadComplete(u.id);
    });
}

// ---- access requests

Status ServerStore::createAccessRequest(const AccessRequest& r)
{
    auto lock = m_db->writeLock();
    return m_access.create(r);
}

Result<std::optional<AccessRequest>> ServerStore::accessRequest(const QString& id)
{
    return m_access.find(id);
}

Result<QList<AccessRequest>> ServerStore::accessRequests()
{
    return m_access.all();
}

Status ServerStore::decideAccessRequest(const QString& id, const QString& status, const QString& decidedBy)
{
    auto lock = m_db->writeLock();
    return m_access.decide(id, status, decidedBy);
}

Result<int> ServerStore::pendingAccessRequests(const QString& user)
{
    return m_access.pendingOf(user);
}

// ---- housekeeping

Result<QStringList> ServerStore::expireUploads(const QString& cutoff)
{
    return transaction<QStringList>([&] { return m_blobs.removeUnfinishedUploads(cutoff); });
}

Result<QStringList> ServerStore::collectBlobs(const QString& cutoff)
{
    return transaction<QStringList>([&]() -> Result<QStringList> {
        auto shas = m_blobs.unnamedBefore(cutoff);
        if (!shas)
            return shas;
        for (const QString& sha : std::as_const(*shas))
            if (auto del = m_blobs.remove(sha); !del)
                return del.error();
        return shas;
    });
}

Result<qint64> ServerStore::feedHead()
{
    auto head = m_feed.head();
    if (!head)
        return head.error();
    return head->value_or(0);
}

Result<QList<Upload>> ServerStore::fullUploads(const BlobStore& blobs)
{
    auto all = m_blobs.incompleteUploads();
    if (!all)
        return all.error();
    QList<Upload> out;
    for (const Upload& u : std::as_const(*all))
        if (blobs.partSize(u.id) >= u.size)
            out << u;
    return out;
}

} // namespace Dossier::Server
