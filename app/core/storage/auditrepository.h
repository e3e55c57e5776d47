#pragma once

#include <dossier/result.h>

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace Dossier {

// The profile's audit log: who did what to which dossier, when. Entries are only ever added.
class AuditRepository final
{
public:
    explicit AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // `dossierId` 0: an action on no dossier (a refused scan, say); `at` empty: now.
    Status record(const QString& actor, qint64 dossierId, const QString& action, const QJsonObject& details = {},
                  const QString& at = {});

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
