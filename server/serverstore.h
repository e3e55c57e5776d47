#pragma once

#include "auth.h"
#include "domain/auditchain.h"
#include "storage/accessrepository.h"
#include "storage/auditrepository.h"
#include "storage/blobrepository.h"
#include "storage/caserepository.h"
#include "storage/feedrepository.h"
#include "storage/operationrepository.h"
#include "storage/recordrepository.h"
#include "storage/rows.h"
#include "storage/serverdatabase.h"
#include "storage/userrepository.h"

#include <dossier/result.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace Dossier {
class Transaction;
}

namespace Dossier::Server {

class BlobStore;
struct WriteBatch;

// The server's store: what the API, the workers and the console ask of the database. It holds no SQL: the
// repositories of server/storage run every statement; this facade decides what goes in one transaction (and
// takes the SQLite writer's lock for it), and composes them — e.g. the write path (writepath.h).
// One connection, used from the server's thread only.
class ServerStore final
{
public:
    static constexpr int kSchemaVersion = ServerDatabase::kSchemaVersion;

    // databaseUrl empty → SQLite in dataDir; else postgresql://user:pass@host:port/dbname[?schema=NAME]
    static Result<std::unique_ptr<ServerStore>> open(const QString& dataDir, const QString& databaseUrl);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    QSqlDatabase db() const;
    bool isPostgres() const { return m_db->isPostgres(); }

    // Users and sessions
    Status upsertUser(const UserRow& user);
    Result<std::optional<UserRow>> user(const QString& name);
    Status addSession(const QString& tokenDigest, const QString& user, qint64 expiresAtSecs);
    Result<QString> sessionUser(const QString& tokenDigest, qint64 nowSecs); // empty: none or expired
    Status removeSession(const QString& tokenDigest);
    Result<Viewer> viewer(const UserRow& user);
    // A password change (upsertUser), disabling or removing a user ends their sessions. Each returns the
    // number of rows changed (0: no such user).
    Result<int> setUserDisabled(const QString& name, bool disabled);
    Result<int> removeUser(const QString& name);
    Result<int> revokeSessions(const QString& name);
    Status updatePassword(const QString& name, const QString& hash); // a stronger hash of the same password
    Status audit(const QString& user, const QString& address, const QString& action, const QString& details);
    Result<QJsonArray> auditLog(int limit);

    // Desk audit chains (issue 16): a desk's head and the entries since the one recorded, kept with it. Refused
    // when the desk is another user's (NotYours) or the head does not extend the recorded one (Rewritten: history
    // changed after it synced); entries that do not link or hash right are Invalid.
    struct DeskPush final
    {
        enum class Outcome { Recorded, Unchanged, NotYours, Rewritten, Invalid };
        Outcome outcome = Outcome::Recorded;
        std::optional<DeskAuditHead> recorded; // the head recorded now (or before, when refused)
        QString why;                           // English, for the reply
    };
    Result<DeskPush> pushDeskHead(const QString& user, const QString& address, const QString& deskId,
                                  const AuditChain::Head& head, const QList<AuditChain::Link>& entries);
    Result<std::optional<DeskAuditHead>> deskAuditHead(const QString& deskId);
    // `dossier-server audit verify`: the server's chain walked, and each desk's head recorded with the entries
    // kept of it. Lines in English; false when a chain is broken.
    Result<bool> verifyAudit(QStringList& lines);

    // Housekeeping: unfinished uploads older than the cutoff (ISO time) are forgotten (their ids returned, for
    // their part files); images no record names and stored before the cutoff are forgotten (their SHA-256s
    // returned, for their files).
    Result<QStringList> expireUploads(const QString& cutoff);
    Result<QStringList> collectBlobs(const QString& cutoff);
    // The change feed's head: a read the database must answer (the health probe's).
    Result<qint64> feedHead();
    // Uploads that reached their full size but were not completed (a crash during the final check).
    Result<QList<Upload>> fullUploads(const BlobStore& blobs);
    Result<int> pendingAccessRequests(const QString& user);

    // Records and the change feed
    Result<QJsonArray> applyOperations(Viewer& viewer, const QJsonArray& operations, const BlobStore& blobs);
    Result<ChangePage> changes(const Viewer& viewer, qint64 after, int limit);
    Result<QList<Record>> templates();
    Status eachRecord(const QString& kind, const std::function<void(Record&&)>& found);
    // A record of no case that an administrator publishes to every desk (a template, a year of the holiday
    // calendar), as a new revision of the one held; the caller has checked it.
    Result<Record> publish(const QString& kind, const QString& id, const QJsonObject& body, const QString& user);

    // Cases
    Result<bool> caseKnown(const QString& caseNo);
    // Adds (or updates) a member and re-appends the case's records to the feed. Returns false if already a
    // member with that relation (nothing changed).
    Result<bool> addMember(const QString& caseNo, const QString& user, const QString& relation);
    Result<QJsonArray> members(const QString& caseNo);

    // Blobs
    Result<bool> mayReadBlob(const Viewer& viewer, const QString& sha256);
    // The user proved they hold the image's bytes (uploaded them).
    Result<bool> holdsBlob(const QString& user, const QString& sha256);
    // A record of `viewer` may name the image: they uploaded it or may read it.
    Result<bool> mayUseBlob(const Viewer& viewer, const QString& sha256);
    Status recordBlob(const QString& sha256, qint64 size);
    Result<std::optional<Upload>> upload(const QString& id);
    Result<std::optional<Upload>> openUpload(const QString& user, const QString& sha256);
    Status createUpload(const Upload& upload);
    // The upload's bytes are stored as its image: the image is recorded, its uploader holds it and the upload is
    // complete — all three or none.
    Status completeUpload(const Upload& upload);

    // Access requests
    Status createAccessRequest(const AccessRequest& request);
    Result<std::optional<AccessRequest>> accessRequest(const QString& id);
    Result<QList<AccessRequest>> accessRequests();
    Status decideAccessRequest(const QString& id, const QString& status, const QString& decidedBy);

private:
    explicit ServerStore(std::unique_ptr<ServerDatabase> db);
    Result<ChangePage> changesOfCases(const Viewer& viewer, const QStringList& cases, qint64 after, int limit);
    Result<ChangePage> changesInOrder(const Viewer& viewer, qint64 after, int limit);
    // The write path's reads before it authorises, and its store stage (writepath.h).
    Status readBatch(WriteBatch& b, const QString& user);
    // What is wrong with the entries kept of a desk (empty: they run from its kept_from to its head, linked and
    // hashed right).
    Result<QString> keptEntriesProblem(const DeskAuditHead& head);
    Status storeBatch(WriteBatch& b, const QString& user);
    Status settleArchived(const QSet<QString>& cases, qint64& seq);
    Status commitWithSeq(Transaction& tx, qint64 seq); // counter update + commit
    // Runs `work` in one transaction under the write lock; commits when it succeeds.
    template <typename T, typename Work> Result<T> transaction(Work&& work);

    std::unique_ptr<ServerDatabase> m_db;
    UserRepository m_users;
    CaseRepository m_cases;
    RecordRepository m_records;
    FeedRepository m_feed;
    OperationRepository m_operations;
    BlobRepository m_blobs;
    AccessRepository m_access;
    AuditRepository m_audit;
};

// `dossier-server audit verify`: prints ServerStore::verifyAudit's lines; 0 intact, 2 broken, 1 unreadable.
int auditVerifyCommand(ServerStore& store);

} // namespace Dossier::Server
