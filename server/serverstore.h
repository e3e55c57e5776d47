#pragma once

#include "auth.h"

#include "storage/database.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <mutex>
#include <optional>

namespace Dossier::Server {

class BlobStore;

struct Record final
{
    QString kind;
    QString id;
    QString caseNo; // empty = null
    QString volume; // empty = null
    qint64 revision = 0;
    bool deleted = false;
    QJsonObject body;
    QString updatedBy;
    QString updatedAt;

    QJsonObject toJson() const;
};

struct UserRow final
{
    QString name;
    QString role;
    QString scope;
    QString password; // pbkdf2-sha256$…
    bool disabled = false;
};

struct Change final
{
    qint64 seq = 0;
    Record record;
};

struct ChangePage final
{
    QList<Change> changes;
    qint64 next = 0;
    bool more = false;
};

struct Upload final
{
    QString id;
    QString user;
    QString sha256;
    qint64 size = 0;
    bool complete = false;
};

struct AccessRequest final
{
    QString id;
    QString caseNo;
    QString requester;
    QString reason;
    QString status; // pending, approved, denied
    QString decidedBy;
    QString createdAt;
    QString decidedAt;

    QJsonObject toJson() const;
};

QString isoNow();

// The server's database: SQLite (DIR/server.sqlite, WAL) or PostgreSQL (QPSQL). One connection, used from the
// server's thread only. Every write is one explicit transaction.
// The write path's working state for one batch of operations (ServerStore::applyOperations).
struct WriteBatch final
{
    struct Op
    {
        QString opId, kind, id, caseNo, volume;
        qint64 base = 0;
        bool deleted = false;
        QJsonValue body;
        QJsonObject result; // a rejection found while parsing, or the outcome
    };
    QList<Op> ops;
    QHash<QString, QJsonObject> stored;               // op_id → the reply stored when it was first applied
    QHash<QString, std::optional<Record>> records;    // "kind\nid" → as it stands now (nullopt: none)
    QSet<QString> knownCases, newCases, archiveCheck; // cases with a row; to be given one; archived flag
    QHash<QString, bool> imageUse;                    // sha256 → the writer may name it
    QList<QString> written;                           // keys of records to write, first-touched order
    QHash<QString, qint64> changeSeq;                 // key → the feed position of its last change
    QList<QPair<QString, QJsonObject>> replies;       // op_id → reply, to be stored
    qint64 seq = 0;
};

class ServerStore final
{
public:
    static constexpr int kSchemaVersion = 2;

    // databaseUrl empty → SQLite in dataDir; else postgresql://user:pass@host:port/dbname[?schema=NAME]
    static Result<std::unique_ptr<ServerStore>> open(const QString& dataDir, const QString& databaseUrl);
    ~ServerStore();
    ServerStore(const ServerStore&) = delete;
    ServerStore& operator=(const ServerStore&) = delete;

    QSqlDatabase db() const;
    bool isPostgres() const { return m_postgres; }

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

    // Housekeeping: unfinished uploads older than the cutoff (ISO time) are forgotten (their ids returned, for
    // their part files); images no record names and stored before the cutoff are forgotten (their SHA-256s
    // returned, for their files).
    Result<QStringList> expireUploads(const QString& cutoff);
    Result<QStringList> collectBlobs(const QString& cutoff);
    // Uploads that reached their full size but were not completed (a crash during the final check).
    Result<QList<Upload>> fullUploads(const BlobStore& blobs);
    Result<int> pendingAccessRequests(const QString& user);

    // Records and the change feed
    Result<QJsonArray> applyOperations(Viewer& viewer, const QJsonArray& operations, const BlobStore& blobs);
    Result<ChangePage> changes(const Viewer& viewer, qint64 after, int limit);
    Result<QList<Record>> templates();
    Result<Record> putTemplate(const QString& id, const QJsonObject& body, const QString& user);

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
    Status addBlobHolder(const QString& sha256, const QString& user);
    // A record of `viewer` may name the image: they uploaded it or may read it.
    Result<bool> mayUseBlob(const Viewer& viewer, const QString& sha256);
    Status recordBlob(const QString& sha256, qint64 size);
    Result<std::optional<Upload>> upload(const QString& id);
    Result<std::optional<Upload>> openUpload(const QString& user, const QString& sha256);
    Status createUpload(const Upload& upload);
    Status markUploadComplete(const QString& id);

    // Access requests
    Status createAccessRequest(const AccessRequest& request);
    Result<std::optional<AccessRequest>> accessRequest(const QString& id);
    Result<QList<AccessRequest>> accessRequests();
    Status decideAccessRequest(const QString& id, const QString& status, const QString& decidedBy);

private:
    ServerStore() = default;
    Result<ChangePage> changesOfCases(const Viewer& viewer, const QStringList& cases, qint64 after, int limit);
    // The write path's steps (applyOperations).
    Status readBatch(WriteBatch& b, const QString& user);
    Status decide(WriteBatch& b, Viewer& viewer, WriteBatch::Op& op, const BlobStore& blobs);
    void apply(WriteBatch& b, Viewer& viewer, WriteBatch::Op& op, const std::optional<Record>& existing);
    Status writeBatch(const WriteBatch& b, const QString& user);
    qsizetype bindsPerStatement() const;
    Status insertRows(const QString& head, const QString& tail, int columns, const QList<QVariantList>& rows);
    Status settleArchived(const QSet<QString>& cases, qint64& seq);
    // SQLite takes one writer at a time: the server's threads queue here for it instead of failing when a
    // read snapshot cannot be upgraded. PostgreSQL serialises on the feed counter's row instead: no lock.
    std::unique_lock<std::mutex> writeLock() const;
    Status migrate();
    static Status completeMigration2(QSqlDatabase d);
    Result<qint64> beginSeq();
    Status commitWithSeq(Transaction& tx, qint64 seq); // counter update + commit
    Status appendChange(const QString& kind, const QString& id, const QString& caseNo, qint64& seq);
    Status touchCase(const QString& caseNo, qint64& seq);
    Result<std::optional<Record>> record(const QString& kind, const QString& id);
    Status writeRecord(const Record& r, bool exists);
    // The statements of the write path, prepared once per connection (a PostgreSQL round trip instead of
    // three, no SQL parsing on SQLite). A result must be read before the same statement runs again.
    Result<QSqlQuery*> cached(const QString& sql, const QVariantList& binds = {});
    void finishCached();

    std::map<QString, std::unique_ptr<Statement>> m_statements;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace Dossier::Server
