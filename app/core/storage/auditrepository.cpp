#include "storage/auditrepository.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonDocument>

namespace Dossier {

Status AuditRepository::record(const QString& actor, qint64 dossierId, const QString& action,
                               const QJsonObject& details, const QString& at)
{
    const QString when = at.isEmpty() ? Clock::stamp() : at;
    const QVariant detailsText =
        details.isEmpty() ? QVariant()
                          : QVariant(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    auto q =
        execSql(m_db, QStringLiteral("INSERT INTO audit_log(at, actor, dossier_id, action, details) VALUES(?,?,?,?,?)"),
                {when, actor, dossierId > 0 ? QVariant(dossierId) : QVariant(), action, detailsText});
    return q ? Status(Ok{}) : Status(q.error());
}

} // namespace Dossier
