#pragma once

#include "storage/rows.h"

#include <dossier/result.h>

#include <QHash>
#include <QStringList>

#include <functional>
#include <optional>

class QSqlQuery;

namespace Dossier::Server {

class ServerDatabase;

// A row of the feed as it is read: the record's place first, its body parsed only when asked for.
class FeedRow final
{
public:
    explicit FeedRow(const QSqlQuery& q) : m_q(q) {}
    qint64 seq() const;
    RecordPlace place() const;
    Change change() const;

private:
    const QSqlQuery& m_q;
};

// Called for each row read, in feed order; false stops the reading.
using FeedVisitor = std::function<bool(const FeedRow&)>;

// counters ('seq': the feed's head) and changes (the feed: the last change of each record, by position).
// Statements only: the caller (ServerStore) holds the write lock and the transaction.
class FeedRepository final
{
public:
    explicit FeedRepository(ServerDatabase& db) : m_db(db) {}

    // The head, after taking the counter row's write lock: writers serialise on it (PostgreSQL), so that
    // positions commit in order.
    Result<qint64> beginSeq();
    Result<std::optional<qint64>> head() const;
    Status setHead(qint64 seq); // in the transaction of the changes it numbers

    // The record moves to the end of the feed (position ++seq).
    Status append(const QString& kind, const QString& id, const QString& caseNo, qint64& seq);
    // Every record of the case moves to the end of the feed, in its order.
    Status touchCase(const QString& caseNo, qint64& seq);
    // Batched: the records leave the feed (kind → ids), then the entries are written.
    Status remove(const QHash<QString, QStringList>& idsByKind);
    Status insert(const QList<FeedEntry>& entries);

    // At most `limit` rows after position `after`. Records with an owner (notes) are read only when `reader` owns
    // them.
    Status read(const QString& reader, qint64 after, int limit, const FeedVisitor& visit) const;
    // At most `limit` rows in (after, upTo] of the named cases and of no case (templates), through the index on
    // changes(case_no, seq); records with an owner only when `reader` owns them.
    Status readCases(const QString& reader, const QStringList& cases, qint64 after, qint64 upTo, int limit,
                     const FeedVisitor& visit) const;

private:
    ServerDatabase& m_db;
};

} // namespace Dossier::Server
