#include "storage/feedrepository.h"

#include "storage/database.h"
#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {
namespace {

QString feedSelect()
{
    return QStringLiteral("SELECT c.seq, ") + Sql::recordColumns() +
           QStringLiteral(" FROM changes c JOIN records r ON r.kind = c.kind AND r.id = c.id WHERE ");
}

// A private record (a note) is read for its owner only: it never reaches another reader's page of the feed, not
// even as a row that is read and then dropped.
QString ownerClause()
{
    return QStringLiteral(" AND (r.owner IS NULL OR r.owner = ?)");
}

Status visitAll(QSqlQuery& q, const FeedVisitor& visit)
{
    if (!q.exec())
        return Database::sqlError(q);
    while (q.next())
        if (!visit(FeedRow(q)))
            break;
    return Ok{};
}

} // namespace

qint64 FeedRow::seq() const
{
    return m_q.value(0).toLongLong();
}

RecordPlace FeedRow::place() const
{
    return RecordPlace{m_q.value(1).toString(), m_q.value(3).toString(), m_q.value(4).toString(),
                       m_q.value(10).toString()};
}

Change FeedRow::change() const
{
    return Change{seq(), Sql::readRecord(m_q, 1)};
}

Result<qint64> FeedRepository::beginSeq()
{
    auto lock = m_db.exec(QStringLiteral("UPDATE counters SET value = value WHERE name = 'seq'"));
    if (!lock)
        return lock.error();
    auto q = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

Result<std::optional<qint64>> FeedRepository::head() const
{
    auto q = m_db.exec(QStringLiteral("SELECT value FROM counters WHERE name = 'seq'"));
    if (!q)
        return q.error();
    return q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
}

Status FeedRepository::setHead(qint64 seq)
{
    auto q = m_db.exec(QStringLiteral("UPDATE counters SET value = ? WHERE name = 'seq'"), {seq});
    if (!q)
        return q.error();
    return Ok{};
}

Status FeedRepository::append(const QString& kind, const QString& id, const QString& caseNo, qint64& seq)
{
    auto del = m_db.cached(QStringLiteral("DELETE FROM changes WHERE kind = ? AND id = ?"), {kind, id});
    if (!del)
        return del.error();
    ++seq;
    auto ins = m_db.cached(QStringLiteral("INSERT INTO changes (seq, kind, id, case_no) VALUES (?, ?, ?, ?)"),
                           {seq, kind, id, Sql::textOrNull(caseNo)});
    if (!ins)
        return ins.error();
    return Ok{};
}

Status FeedRepository::touchCase(const QString& caseNo, qint64& seq)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT c.kind, c.id FROM changes c WHERE c.case_no = ? ORDER BY c.seq"), {caseNo});
    if (!q)
        return q.error();
    QList<QPair<QString, QString>> keys;
    while (q->next())
        keys.append({q->value(0).toString(), q->value(1).toString()});
    for (const auto& [kind, id] : std::as_const(keys))
        if (auto a = append(kind, id, caseNo, seq); !a)
            return a;
    return Ok{};
}

Status FeedRepository::remove(const QHash<QString, QStringList>& idsByKind)
{
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it)
        if (auto s =
                m_db.forChunks(QStringLiteral("DELETE FROM changes WHERE kind = ? AND id IN (%1)"), {it.key()}, *it);
            !s)
            return s;
    return Ok{};
}

Status FeedRepository::insert(const QList<FeedEntry>& entries)
{
    QList<QVariantList> rows;
    rows.reserve(entries.size());
    for (const FeedEntry& e : entries)
        rows.append({e.seq, e.kind, e.id, Sql::textOrNull(e.caseNo)});
    return m_db.insertRows(QStringLiteral("INSERT INTO changes (seq, kind, id, case_no)"), {}, 4, rows);
}

Status FeedRepository::read(const QString& reader, qint64 after, int limit, const FeedVisitor& visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(feedSelect() + QStringLiteral("c.seq > ?") + ownerClause() +
                   QStringLiteral(" ORDER BY c.seq LIMIT ?")))
        return Database::sqlError(q);
    q.addBindValue(after);
    q.addBindValue(reader);
    q.addBindValue(limit);
    return visitAll(q, visit);
}

Status FeedRepository::readCases(const QString& reader, const QStringList& cases, qint64 after, qint64 upTo, int limit,
                                 const FeedVisitor& visit) const
{
    const QString where = cases.isEmpty() ? QStringLiteral("c.case_no IS NULL")
                                          : QStringLiteral("(c.case_no IS NULL OR c.case_no IN (%1))")
                                                .arg(ServerDatabase::placeholders(cases.size()));
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(feedSelect() + where + QStringLiteral(" AND c.seq > ? AND c.seq <= ?") + ownerClause() +
                   QStringLiteral(" ORDER BY c.seq LIMIT ?")))
        return Database::sqlError(q);
    for (const QString& c : cases)
        q.addBindValue(c);
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(reader);
    q.addBindValue(limit);
    return visitAll(q, visit);
}

} // namespace Dossier::Server
