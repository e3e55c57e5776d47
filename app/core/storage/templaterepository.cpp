#include "storage/templaterepository.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonDocument>

namespace Dossier {
namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// "?,?,?" for n binds.
QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m << QStringLiteral("?");
    return m.join(QLatin1Char(','));
}

QVariantList binds(const QStringList& l)
{
    QVariantList out;
    for (const QString& s : l)
        out << s;
    return out;
}

} // namespace

Result<bool> TemplateRepository::putPublished(const QString& id, int version, const QJsonObject& body)
{
    auto q =
        execSql(m_db, QStringLiteral("SELECT body, status FROM templates WHERE id=? AND version=?"), {id, version});
    if (!q)
        return q.error();
    if (q->next()) {
        if (q->value(1).toString() == QLatin1String("published"))
            return parse(q->value(0).toString()) == body;
        // A draft of that number is overtaken by the version published under it.
    }
    if (auto s =
            statusOf(execSql(m_db,
                             QStringLiteral("INSERT OR REPLACE INTO templates(id, version, status, body, saved_at) "
                                            "VALUES(?,?,'published',?,?)"),
                             {id, version, compact(body), Clock::stamp()}));
        !s)
        return s.error();
    return true;
}

Status TemplateRepository::saveDraft(const QString& id, int version, const QJsonObject& body, const QString& by)
{
    if (auto s = dropDraft(id); !s)
        return s;
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO templates(id, version, status, body, saved_at, saved_by) "
                                           "VALUES(?,?,'draft',?,?,?)"),
                            {id, version, compact(body), Clock::stamp(), by}));
}

Status TemplateRepository::dropDraft(const QString& id)
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM templates WHERE id=? AND status='draft'"), {id}));
}

Result<QList<TemplateRepository::Version>> TemplateRepository::versions(const QString& sql, const QVariantList& b)
{
    auto q = execSql(m_db, sql, b);
    if (!q)
        return q.error();
    QList<Version> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toString() == QLatin1String("draft"),
                    parse(q->value(3).toString()), q->value(4).toString(), q->value(5).toString()});
    return out;
}

Result<std::optional<TemplateRepository::Version>> TemplateRepository::draft(const QString& id)
{
    auto l = versions(QStringLiteral("SELECT id, version, status, body, saved_at, saved_by FROM templates "
                                     "WHERE id=? AND status='draft'"),
                      {id});
    if (!l)
        return l.error();
    return l->isEmpty() ? std::nullopt : std::optional<Version>(l->first());
}

Result<QList<TemplateRepository::Version>> TemplateRepository::published(const QString& id)
{
    return versions(QStringLiteral("SELECT id, version, status, body, saved_at, saved_by FROM templates "
                                   "WHERE id=? AND status='published' ORDER BY version"),
                    {id});
}

Result<QStringList> TemplateRepository::ids()
{
    auto q = execSql(m_db, QStringLiteral("SELECT DISTINCT id FROM templates ORDER BY id"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Status TemplateRepository::putRelease(const QString& id, const QJsonObject& body)
{
    return statusOf(execSql(m_db, QStringLiteral("INSERT OR REPLACE INTO template_releases(id, body) VALUES(?,?)"),
                            {id, compact(body)}));
}

Result<std::optional<QJsonObject>> TemplateRepository::release(const QString& id)
{
    auto q = execSql(m_db, QStringLiteral("SELECT body FROM template_releases WHERE id=?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<QJsonObject>();
    return std::optional<QJsonObject>(parse(q->value(0).toString()));
}

Result<QList<TemplateRepository::DossierTemplate>> TemplateRepository::dossiersOf(const QStringList& templateIds)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.id, c.case_no, d.external_id, d.template_id, d.template_version "
                                    "FROM dossiers d JOIN cases c ON c.id = d.case_id WHERE d.template_id IN (%1) "
                                    "ORDER BY d.id")
                         .arg(marks(templateIds.size())),
                     binds(templateIds));
    if (!q)
        return q.error();
    QList<DossierTemplate> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toInt()});
    return out;
}

Status TemplateRepository::setDossierTemplate(qint64 dossierId, const QString& templateId, int version)
{
    return statusOf(execSql(m_db, QStringLiteral("UPDATE dossiers SET template_id=?, template_version=? WHERE id=?"),
                            {templateId, version, dossierId}));
}

Result<TemplateRepository::DossierTemplate> TemplateRepository::templateOfDocument(qint64 documentId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.id, c.case_no, d.external_id, d.template_id, d.template_version FROM "
                                    "documents doc JOIN volumes v ON v.id = doc.volume_id JOIN dossiers d ON d.id = "
                                    "v.dossier_id JOIN cases c ON c.id = d.case_id WHERE doc.id=?"),
                     {documentId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("document_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no document %1 in this profile."),
                     {QString::number(documentId)});
    return DossierTemplate{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                           q->value(3).toString(), q->value(4).toInt()};
}

Result<TemplateRepository::VolumeTemplate> TemplateRepository::templateOfVolume(qint64 volumeId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT d.template_id, d.template_version, v.kind FROM volumes v "
                                    "JOIN dossiers d ON d.id = v.dossier_id WHERE v.id=?"),
                     {volumeId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("volume_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "There is no volume %1 in this profile."),
                     {QString::number(volumeId)});
    return VolumeTemplate{q->value(0).toString(), q->value(1).toInt(), q->value(2).toString()};
}

Result<QList<TemplateRepository::DocumentType>> TemplateRepository::documentsOf(qint64 dossierId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT doc.id, v.id, v.kind, doc.doc_type, doc.title, doc.type_by_hand "
                                    "FROM documents doc JOIN volumes v ON v.id = doc.volume_id WHERE v.dossier_id=? "
                                    "ORDER BY v.kind, v.number, doc.position"),
                     {dossierId});
    if (!q)
        return q.error();
    QList<DocumentType> out;
    while (q->next())
        out.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toString(), q->value(5).toBool()});
    return out;
}

Result<QHash<QString, int>> TemplateRepository::documentCounts(const QStringList& templateIds)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT doc.doc_type, COUNT(*) FROM documents doc JOIN volumes v ON v.id = "
                                    "doc.volume_id JOIN dossiers d ON d.id = v.dossier_id WHERE d.template_id IN (%1) "
                                    "GROUP BY doc.doc_type")
                         .arg(marks(templateIds.size())),
                     binds(templateIds));
    if (!q)
        return q.error();
    QHash<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}

} // namespace Dossier
