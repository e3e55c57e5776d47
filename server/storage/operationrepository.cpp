#include "storage/operationrepository.h"

#include "storage/serverdatabase.h"
#include "storage/sqlrows.h"

namespace Dossier::Server {

Status OperationRepository::stored(const QString& user, const QStringList& opIds,
                                   QHash<QString, QJsonObject>& stored) const
{
    return m_db.forChunks(QStringLiteral("SELECT op_id, result FROM operations WHERE user_name = ? AND op_id IN (%1)"),
                          {user}, opIds, [&stored](const QSqlQuery& q) {
                              stored.insert(q.value(0).toString(), Sql::parseObject(q.value(1).toString()));
                          });
}

Status OperationRepository::store(const QString& user, const QList<StoredReply>& replies)
{
    const QString now = isoNow();
    QList<QVariantList> rows;
    rows.reserve(replies.size());
    for (const StoredReply& r : replies)
        rows.append({r.opId, user, Sql::compact(r.result), now});
    return m_db.insertRows(QStringLiteral("INSERT INTO operations (op_id, user_name, result, created_at)"), {}, 4,
                           rows);
}

} // namespace Dossier::Server
