#include "storage/caselist.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dossier {

Result<QList<CaseSummary>> CaseSummary::readAll(QSqlDatabase db, const QString& author)
{
    auto q = execSql(
        db,
        QStringLiteral(
            "SELECT c.case_no, (SELECT s.external_id FROM dossiers s WHERE s.case_id = c.id ORDER BY s.id LIMIT 1), "
            "c.cause, c.info, c.classified, "
            "(SELECT count(*) FROM pages p JOIN documents d ON d.id = p.document_id JOIN volumes v ON v.id = "
            "d.volume_id JOIN dossiers s ON s.id = v.dossier_id WHERE s.case_id = c.id AND p.kind <> 'blank'), "
            "(SELECT count(*) FROM notes n WHERE n.case_no = c.case_no AND n.author = ? AND n.deleted = 0) "
            "FROM cases c WHERE EXISTS (SELECT 1 FROM dossiers s WHERE s.case_id = c.id) ORDER BY c.case_no"),
        {author});
    if (!q)
        return q.error();
    QList<CaseSummary> out;
    while (q->next()) {
        CaseSummary s;
        s.caseNo = q->value(0).toString();
        s.dossierId = q->value(1).toString();
        s.cause = q->value(2).toString();
        const QJsonObject info = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        if (s.cause.isEmpty())
            s.cause = info.value(QStringLiteral("cause")).toString();
        for (const QJsonValue& v : info.value(QStringLiteral("plaintiffs")).toArray())
            s.plaintiffs << v.toString();
        for (const QJsonValue& v : info.value(QStringLiteral("defendants")).toArray())
            s.defendants << v.toString();
        s.classified = q->value(4).toBool();
        s.pages = q->value(5).toInt();
        s.notes = q->value(6).toInt();
        out << s;
    }
    return out;
}

} // namespace Dossier
