#include "storage/recordrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {
namespace {

// The values of records' columns (kind, id, case_no, volume, revision, deleted, body, updated_by, updated_at,
// sha256, archived, owner) rotated so that kind and id come last (`keyLast`: for UPDATE … WHERE kind = ? AND id = ?).
QVariantList recordValues(const Record& r, bool keyLast)
{
    QVariantList v = {Sql::textOrNull(r.caseNo),
                      Sql::textOrNull(r.volume),
                      r.revision,
                      int(r.deleted),
                      Sql::compact(r.body),
                      r.updatedBy,
                      r.updatedAt,
                      Sql::textOrNull(imageOf(r.kind, r.body)),
                      int(dossierArchived(r)),
                      Sql::textOrNull(r.owner)};
    if (keyLast)
        return v << r.kind << r.id;
    return QVariantList{r.kind, r.id} + v;
}

} // namespace

Result<std::optional<Record>> RecordRepository::find(const QString& kind, const QString& id)
{
    auto q = m_db.cached(QStringLiteral("SELECT ") + Sql::recordColumns() +
                             QStringLiteral(" FROM records r WHERE r.kind = ? AND r.id = ?"),
                         {kind, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Record>();
    std::optional<Record> found(Sql::readRecord(**q, 0));
    (*q)->finish();
    return found;
}

Status RecordRepository::findAll(const QHash<QString, QStringList>& idsByKind,
                                 const std::function<void(Record&&)>& found) const
{
    const QString sql = QStringLiteral("SELECT ") + Sql::recordColumns() +
                        QStringLiteral(" FROM records r WHERE r.kind = ? AND r.id IN (%1)");
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it)
        if (auto s =
                m_db.forChunks(sql, {it.key()}, *it, [&found](const QSqlQuery& q) { found(Sql::readRecord(q, 0)); });
            !s)
            return s;
    return Ok{};
}

Status RecordRepository::write(const Record& r, bool exists)
{
    auto q = exists ? m_db.cached(QStringLiteral("UPDATE records SET case_no = ?, volume = ?, revision = ?, "
                                                 "deleted = ?, body = ?, updated_by = ?, updated_at = ?, sha256 = ?, "
                                                 "archived = ?, owner = ? WHERE kind = ? AND id = ?"),
                                  recordValues(r, true))
                    : m_db.cached(QStringLiteral("INSERT INTO records (case_no, volume, revision, deleted, body, "
                                                 "updated_by, updated_at, sha256, archived, owner, kind, id) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  recordValues(r, true));
    if (!q)
        return q.error();
    return Ok{};
}

Status RecordRepository::upsert(const QList<Record>& records)
{
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const Record& r : records)
        rows.append(recordValues(r, false));
    return m_db.insertRows(
        QStringLiteral("INSERT INTO records (kind, id, case_no, volume, revision, deleted, body, updated_by, "
                       "updated_at, sha256, archived, owner)"),
        QStringLiteral(" ON CONFLICT (kind, id) DO UPDATE SET case_no = excluded.case_no, volume = excluded.volume, "
                       "revision = excluded.revision, deleted = excluded.deleted, body = excluded.body, updated_by = "
                       "excluded.updated_by, updated_at = excluded.updated_at, sha256 = excluded.sha256, "
                       "archived = excluded.archived, owner = excluded.owner"),
        12, rows);
}

Result<QList<Record>> RecordRepository::templates() const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + Sql::recordColumns() +
                       QStringLiteral(" FROM records r WHERE r.kind = 'template' ORDER BY r.id"));
    if (!q)
        return q.error();
    QList<Record> out;
    while (q->next())
        out.append(Sql::readRecord(*q, 0));
    return out;
}

Status RecordRepository::each(const QString& kind, const std::function<void(Record&&)>& found) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + Sql::recordColumns() +
                           QStringLiteral(" FROM records r WHERE r.kind = ? AND r.deleted = 0"),
                       {kind});
    if (!q)
        return q.error();
    while (q->next())
        found(Sql::readRecord(*q, 0));
    return Ok{};
}

Result<bool> RecordRepository::hasArchivedDossier(const QString& caseNo) const
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM records WHERE case_no = ? AND kind = 'dossier' AND archived = 1"),
                       {caseNo});
    if (!q)
        return q.error();
    return q->next();
}

Result<QList<RecordPlace>> RecordRepository::livePagesNaming(const QString& sha256) const
{
    auto q = m_db.exec(
        QStringLiteral("SELECT kind, case_no, volume FROM records WHERE sha256 = ? AND kind = 'page' AND deleted = 0"),
        {sha256});
    if (!q)
        return q.error();
    QList<RecordPlace> out;
    while (q->next())
        out.append(RecordPlace{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}});
    return out;
}

} // namespace Dossier::Server
