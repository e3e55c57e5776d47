#pragma once

#include "auth.h"
#include "storage/rows.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <optional>

namespace Dossier::Server {

class BlobStore;

// The write path's working state for one batch of operations (ServerStore::applyOperations).
struct WriteBatch final
{
    struct Op
    {
        QString opId, kind, id, caseNo, volume;
        qint64 base = 0;
        bool deleted = false;
        QJsonValue body;
        QJsonObject result; // a rejection found while validating, or the outcome
    };
    QList<Op> ops;
    QHash<QString, QJsonObject> stored;               // op_id → the reply stored when it was first applied
    QHash<QString, std::optional<Record>> records;    // key() → as it stands now (nullopt: none)
    QSet<QString> knownCases, newCases, archiveCheck; // cases with a row; to be given one; archived flag
    QHash<QString, bool> imageUse;                    // sha256 → the writer may name it
    QList<QString> written;                           // keys of records to write, first-touched order
    QHash<QString, qint64> changeSeq;                 // key → the feed position of its last change
    QList<StoredReply> replies;                       // to be stored (idempotency)
    qint64 seq = 0;

    static QString key(const QString& kind, const QString& id) { return kind + QLatin1Char('\n') + id; }
};

// The write path of POST /changes: a desk sends its changes in batches of up to 500 operations. Each used to cost
// seven to ten statements — a round trip each to PostgreSQL — so a batch is now read in a few statements (stored
// replies, the records it touches, the cases it names), decided in memory in order (a later operation sees what
// an earlier one did), and written in a few multi-row statements at the end, in the same transaction.
// ServerStore::applyOperations runs its three stages:
//   1. validate: each operation's shape, its 案号 and the record schema every desk applies (no database);
//   2. authorise: per operation, against the batch's picture of the records: a replay is answered as it was
//      first; else the writer may write it, its base revision is current (or it is a conflict) and the image it
//      names is stored and theirs to name — then it is applied, in memory;
//   3. store: the applied records, their feed positions, new cases and the replies (ServerStore::storeBatch).
namespace WritePath {

// Stage 1. Every operation, with its rejection (result) when it is not well formed.
WriteBatch validate(const QJsonArray& operations);

// What stage 2 needs read from the database first.
struct Reads
{
    QStringList opIds;                     // replies stored for these (a malformed operation may be a replay)
    QHash<QString, QStringList> idsByKind; // the records the well-formed operations write
    QStringList cases;                     // the cases they name
};
Reads readsOf(const WriteBatch& batch);

// Whether the writer may name an image in a record (they uploaded it or may read it).
using ImageCheck = std::function<Result<bool>(const QString& sha256)>;

// Stage 2. The replies, one per operation in order; the applied ones are in the batch, to be stored.
Result<QJsonArray> authorise(WriteBatch& batch, Viewer& viewer, const BlobStore& blobs, const ImageCheck& mayUse);

} // namespace WritePath

} // namespace Dossier::Server
