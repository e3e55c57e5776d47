#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dossier::Server {

// The rows of the server's tables (server/storage/schema.sql) as the repositories read and write them.

// records: a synced record (kind 'case', 'dossier', 'document', 'page', 'qc_review', 'note', 'conflict',
// 'template').
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
    QString owner; // the user a private record (a note) belongs to; empty: seen by the rules of its case

    QJsonObject toJson() const; // as desks get it (without the owner: a note names its author in its body)
};

// records: where a record stands (who may see it depends on these).
struct RecordPlace final
{
    QString kind;
    QString caseNo;
    QString volume;
    QString owner; // empty: none
};

// users
struct UserRow final
{
    QString name;
    QString role;
    QString scope;
    QString password; // pbkdf2-sha256$…
    bool disabled = false;
};

// changes joined with records: a record at its place in the feed.
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

// changes: where a record stands in the feed.
struct FeedEntry final
{
    qint64 seq = 0;
    QString kind;
    QString id;
    QString caseNo; // empty = null (templates)
};

// cases
struct CaseRow final
{
    QString caseNo;
    QString createdBy;
    bool archived = false;
    QString courtCode;
};

// case_members
struct MemberRow final
{
    QString user;
    QString relation;
};

// operations: the reply to an operation already applied (idempotency).
struct StoredReply final
{
    QString opId;
    QJsonObject result;
};

// uploads
struct Upload final
{
    QString id;
    QString user;
    QString sha256;
    qint64 size = 0;
    bool complete = false;
};

// access_requests
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

// audit_log
struct AuditEntry final
{
    QString at;
    QString user;
    QString address;
    QString action;
    QString details;
    qint64 seq = 0; // its place in the server's chain (0 until appended)
    QString prevHash = {};
    QString hash = {};

    QJsonObject toJson() const;
};

// Now, as the server stores times: UTC ISO 8601 with milliseconds.
QString isoNow();

// The image a record names (records.sha256): a page's, or that of the page version a conflict record keeps (so
// that the image stays while either version may still be taken). Empty: none.
QString imageOf(const QString& kind, const QJsonObject& body);
// records.archived: a live dossier marked archived.
bool dossierArchived(const Record& r);

// desk_audit_heads: the last head of a desk's audit chain the server accepted.
struct DeskAuditHead final
{
    QString deskId;
    QString user;
    qint64 seq = 0;
    QString hash;
    QString receivedAt;
    qint64 keptFrom = 1; // the first of the desk's entries the server keeps (desk_audit_entries)

    QJsonObject toJson() const;
};

} // namespace Dossier::Server
