#include "storage/blobrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {
namespace {

QString uploadColumns()
{
    return QStringLiteral("id, user_name, sha256, size, complete");
}

Upload readUpload(const QSqlQuery& q)
{
    return Upload{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                  q.value(4).toInt() != 0};
}

QStringList firstColumn(QSqlQuery& q)
{
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

Result<bool> BlobRepository::holds(const QString& user, const QString& sha256)
{
    auto q =
        m_db.cached(QStringLiteral("SELECT 1 FROM blob_holders WHERE sha256 = ? AND user_name = ?"), {sha256, user});
    if (!q)
        return q.error();
    const bool held = (*q)->next();
    (*q)->finish();
    return held;
}

Status BlobRepository::addHolder(const QString& sha256, const QString& user)
{
    auto q = m_db.exec(
        m_db.isPostgres()
            ? QStringLiteral("INSERT INTO blob_holders (sha256, user_name) VALUES (?, ?) ON CONFLICT DO NOTHING")
            : QStringLiteral("INSERT OR IGNORE INTO blob_holders (sha256, user_name) VALUES (?, ?)"),
        {sha256, user});
    if (!q)
        return q.error();
    return Ok{};
}

Status BlobRepository::record(const QString& sha256, qint64 size)
{
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM blobs WHERE sha256 = ?"), {sha256});
    if (!q)
        return q.error();
    if (q->next())
        return Ok{};
    auto i = m_db.exec(QStringLiteral("INSERT INTO blobs (sha256, size, created_at) VALUES (?, ?, ?)"),
                       {sha256, size, isoNow()});
    if (!i)
        return i.error();
    return Ok{};
}

Result<QStringList> BlobRepository::unnamedBefore(const QString& cutoff) const
{
    // Any record naming the image keeps it: a removed page's too, and a conflict's kept page version.
    auto q = m_db.exec(QStringLiteral("SELECT b.sha256 FROM blobs b WHERE b.created_at < ? AND NOT EXISTS "
                                      "(SELECT 1 FROM records r WHERE r.sha256 = b.sha256)"),
                       {cutoff});
    if (!q)
        return q.error();
    return firstColumn(*q);
}

Status BlobRepository::remove(const QString& sha256)
{
    for (const char* sql : {"DELETE FROM blobs WHERE sha256 = ?", "DELETE FROM blob_holders WHERE sha256 = ?"})
        if (auto del = m_db.exec(QString::fromLatin1(sql), {sha256}); !del)
            return del.error();
    return Ok{};
}

Result<std::optional<Upload>> BlobRepository::upload(const QString& id) const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + uploadColumns() + QStringLiteral(" FROM uploads WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return q->next() ? std::optional<Upload>(readUpload(*q)) : std::nullopt;
}

Result<std::optional<Upload>> BlobRepository::openUpload(const QString& user, const QString& sha256) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + uploadColumns() +
                           QStringLiteral(" FROM uploads WHERE user_name = ? AND sha256 = ? AND complete = 0 "
                                          "ORDER BY created_at DESC"),
                       {user, sha256});
    if (!q)
        return q.error();
    return q->next() ? std::optional<Upload>(readUpload(*q)) : std::nullopt;
}

Result<QList<Upload>> BlobRepository::incompleteUploads() const
{
    auto q =
        m_db.exec(QStringLiteral("SELECT ") + uploadColumns() + QStringLiteral(" FROM uploads WHERE complete = 0"));
    if (!q)
        return q.error();
    QList<Upload> out;
    while (q->next())
        out << readUpload(*q);
    return out;
}

Status BlobRepository::createUpload(const Upload& u)
{
    auto q = m_db.exec(QStringLiteral("INSERT INTO uploads (id, user_name, sha256, size, complete, created_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {u.id, u.user, u.sha256, u.size, int(u.complete), isoNow()});
    if (!q)
        return q.error();
    return Ok{};
}

Status BlobRepository::markUploadComplete(const QString& id)
{
    auto q = m_db.exec(QStringLiteral("UPDATE uploads SET complete = 1 WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return Ok{};
}

Result<QStringList> BlobRepository::removeUnfinishedUploads(const QString& cutoff)
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM uploads WHERE complete = 0 AND created_at < ?"), {cutoff});
    if (!q)
        return q.error();
    const QStringList ids = firstColumn(*q);
    if (auto del = m_db.exec(QStringLiteral("DELETE FROM uploads WHERE complete = 0 AND created_at < ?"), {cutoff});
        !del)
        return del.error();
    return ids;
}

} // namespace Dossier::Server
