#include "storage/cataloguesnapshot.h"

#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {

Result<CatalogueSnapshot> CatalogueSnapshot::read(QSqlDatabase db)
{
    CatalogueSnapshot s;
    Transaction tx(db); // one snapshot of the database for all four reads
    auto conflicts = execSql(db, QStringLiteral("SELECT rec_id FROM sync_conflicts WHERE resolved_at IS NULL"));
    if (!conflicts)
        return conflicts.error();
    while (conflicts->next())
        s.conflicted.insert(conflicts->value(0).toString());
    auto dossiers = execSql(db, QStringLiteral("SELECT d.id, c.case_no, d.external_id, d.template_id FROM dossiers d "
                                               "JOIN cases c ON c.id = d.case_id ORDER BY c.case_no, d.id"));
    if (!dossiers)
        return dossiers.error();
    while (dossiers->next())
        s.dossiers.append({dossiers->value(0).toLongLong(), dossiers->value(1).toString(),
                           dossiers->value(2).toString(), dossiers->value(3).toString()});
    auto docs = execSql(db, QStringLiteral("SELECT doc.id, v.dossier_id, v.id, doc.position, doc.doc_type, doc.title, "
                                           "doc.uid, v.kind FROM documents doc JOIN volumes v ON v.id = doc.volume_id "
                                           "ORDER BY v.dossier_id, v.kind <> 'main', v.id, doc.position"));
    if (!docs)
        return docs.error();
    while (docs->next())
        s.documents.append({docs->value(0).toLongLong(), docs->value(1).toLongLong(), docs->value(2).toLongLong(),
                            docs->value(3).toInt(), docs->value(4).toString(), docs->value(5).toString(),
                            docs->value(6).toString(), docs->value(7).toString()});
    const QString columns = QStringLiteral(
        "SELECT id, document_id, source, kind, sha256, master_format, text, uid, flags, page_in_document "
        "FROM pages WHERE status='done' ");
    const auto readPages = [&](const QString& where, QList<Page>* out) -> Status {
        auto pages = execSql(db, columns + where);
        if (!pages)
            return pages.error();
        while (pages->next()) {
            Page p{pages->value(0).toLongLong(), pages->value(1).toLongLong(), pages->value(2).toString(),
                   pages->value(3).toString(),   pages->value(4).toString(),   pages->value(5).toString(),
                   pages->value(6).toString(),   pages->value(7).toString(),   {},
                   pages->value(9).toInt()};
            for (const QJsonValue& f : QJsonDocument::fromJson(pages->value(8).toString().toUtf8()).array())
                p.flags << f.toString();
            out->append(p);
        }
        return Ok{};
    };
    if (auto r = readPages(QStringLiteral("AND document_id IS NOT NULL ORDER BY document_id, position"), &s.pages); !r)
        return r.error();
    // Pages of a batch that had neither separator sheet nor 案号 (or taken out of their document by an undo).
    if (auto r =
            readPages(QStringLiteral("AND document_id IS NULL AND kind <> 'separator' ORDER BY id"), &s.unassigned);
        !r)
        return r.error();
    return s;
}

} // namespace Dossier
