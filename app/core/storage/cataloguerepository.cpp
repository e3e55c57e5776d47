#include "storage/cataloguerepository.h"

#include "domain/casenumber.h"
#include "storage/database.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Status done(const Result<QSqlQuery>& q)
{
    return q ? Status(Ok{}) : Status(q.error());
}

} // namespace

Result<qint64> CatalogueRepository::idOf(const QString& sql, const QVariantList& binds)
{
    auto q = execSql(m_db, sql, binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Database::sqlError(*q);
    return q->value(0).toLongLong();
}

Result<CatalogueRepository::VolumeRef>
CatalogueRepository::ensureMainVolume(const QString& caseNo, const QString& dossierId, const QString& templateId)
{
    const auto cn = CaseNumber::parse(caseNo);
    if (auto s = done(execSql(m_db,
                              QStringLiteral("INSERT INTO cases(case_no, year, court_code, type_code, sequence, "
                                             "created_at) VALUES(?,?,?,?,?,?) ON CONFLICT(case_no) DO NOTHING"),
                              {caseNo, cn ? cn->year : 0, cn ? cn->courtCode : QString(), cn ? cn->typeCode : QString(),
                               cn ? cn->sequence : 0, now()}));
        !s)
        return s.error();
    auto caseId = idOf(QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {caseNo});
    if (!caseId)
        return caseId.error();
    if (auto s = done(execSql(m_db,
                              QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) "
                                             "VALUES(?,?,?,?) ON CONFLICT(case_id, external_id) DO NOTHING"),
                              {*caseId, dossierId, templateId, now()}));
        !s)
        return s.error();
    auto dossier = execSql(m_db, QStringLiteral("SELECT id, edited_at FROM dossiers WHERE case_id=? AND external_id=?"),
                           {*caseId, dossierId});
    if (!dossier)
        return dossier.error();
    if (!dossier->next())
        return Database::sqlError(*dossier);
    const qint64 id = dossier->value(0).toLongLong();
    const bool edited = !dossier->value(1).isNull();
    if (auto s = done(execSql(m_db,
                              QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1) "
                                             "ON CONFLICT(dossier_id, kind, number) DO NOTHING"),
                              {id}));
        !s)
        return s.error();
    auto volume = idOf(QStringLiteral("SELECT id FROM volumes WHERE dossier_id=? AND kind='main'"), {id});
    if (!volume)
        return volume.error();
    return VolumeRef{*volume, edited};
}

Status CatalogueRepository::appendToLastDocument(qint64 volumeId, const QList<qint64>& pageIds, const QString& caseNo)
{
    auto last = execSql(
        m_db, QStringLiteral("SELECT id FROM documents WHERE volume_id=? ORDER BY position DESC LIMIT 1"), {volumeId});
    if (!last)
        return last.error();
    if (!last->next())
        return Ok{}; // an edited volume with no document left: the pages stay unplaced, as before
    const qint64 lastDoc = last->value(0).toLongLong();
    for (qint64 page : pageIds) {
        // Only pages still unplaced and not removed; the position follows the document's last page.
        if (auto s = done(
                execSql(m_db,
                        QStringLiteral("UPDATE pages SET document_id=?, position=(SELECT coalesce(max(position),-1)+1 "
                                       "FROM pages WHERE document_id=?), case_no=? WHERE id=? AND document_id IS NULL "
                                       "AND status <> 'removed'"),
                        {lastDoc, lastDoc, caseNo, page}));
            !s)
            return s;
    }
    return Ok{};
}

Status CatalogueRepository::replaceDocuments(qint64 volumeId, const QList<NewDocument>& documents,
                                             const QString& caseNo)
{
    if (auto s = done(execSql(m_db,
                              QStringLiteral("UPDATE pages SET document_id=NULL WHERE document_id IN "
                                             "(SELECT id FROM documents WHERE volume_id=?)"),
                              {volumeId}));
        !s)
        return s;
    if (auto s = done(execSql(m_db, QStringLiteral("DELETE FROM documents WHERE volume_id=?"), {volumeId})); !s)
        return s;
    for (qsizetype k = 0; k < documents.size(); ++k) {
        const NewDocument& doc = documents.at(k);
        auto ins =
            execSql(m_db, QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,?,?)"),
                    {volumeId, int(k), doc.docType, doc.title});
        if (!ins)
            return ins.error();
        const qint64 docId = ins->lastInsertId().toLongLong();
        for (qsizetype i = 0; i < doc.pages.size(); ++i) {
            const PlacedPage& p = doc.pages.at(i);
            const QString flags =
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(p.flags)).toJson(QJsonDocument::Compact));
            if (auto s = done(execSql(m_db,
                                      QStringLiteral("UPDATE pages SET document_id=?, position=?, page_in_document=?, "
                                                     "case_no=?, flags=? WHERE id=?"),
                                      {docId, int(i), p.pageInDocument > 0 ? QVariant(p.pageInDocument) : QVariant(),
                                       caseNo, flags, p.pageId}));
                !s)
                return s;
        }
    }
    return Ok{};
}

} // namespace Dossier
