#include "storage/rows.h"

#include <QDateTime>
#include <QJsonValue>

namespace Dossier::Server {
namespace {

QJsonValue jsonOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject Record::toJson() const
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("id"), id},
            {QStringLiteral("case_no"), jsonOrNull(caseNo)},
            {QStringLiteral("volume"), jsonOrNull(volume)},
            {QStringLiteral("revision"), revision},
            {QStringLiteral("deleted"), deleted},
            {QStringLiteral("body"), body},
            {QStringLiteral("updated_by"), updatedBy},
            {QStringLiteral("updated_at"), updatedAt}};
}

QJsonObject AccessRequest::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("case_no"), caseNo},
            {QStringLiteral("requester"), requester},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("status"), status},
            {QStringLiteral("decided_by"), jsonOrNull(decidedBy)},
            {QStringLiteral("created_at"), createdAt},
            {QStringLiteral("decided_at"), jsonOrNull(decidedAt)}};
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("at"), at},           {QStringLiteral("user"), user},
            {QStringLiteral("address"), address}, {QStringLiteral("action"), action},
            {QStringLiteral("details"), details}, {QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash}};
}

QJsonObject DeskAuditHead::toJson() const
{
    return {{QStringLiteral("desk_id"), deskId},
            {QStringLiteral("user"), user},
            {QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("received_at"), receivedAt}};
}

QString imageOf(const QString& kind, const QJsonObject& body)
{
    if (kind == QLatin1String("page"))
        return body.value(QStringLiteral("sha256")).toString();
    if (kind == QLatin1String("conflict") && body.value(QStringLiteral("kind")).toString() == QLatin1String("page"))
        return body.value(QStringLiteral("body")).toObject().value(QStringLiteral("sha256")).toString();
    return {};
}

bool dossierArchived(const Record& r)
{
    return r.kind == QLatin1String("dossier") && !r.deleted && r.body.value(QStringLiteral("archived")).toBool(false);
}

} // namespace Dossier::Server
