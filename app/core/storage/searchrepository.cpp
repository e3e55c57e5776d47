#include "storage/searchrepository.h"

#include "storage/database.h"

namespace Dossier {

Result<QList<SearchRepository::Hit>> SearchRepository::search(const QString& ftsQuery, int limit)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT p.source, p.case_no, d.position, d.title, p.page_in_document, p.text "
                                    "FROM page_fts f JOIN pages p ON p.id = f.rowid "
                                    "LEFT JOIN documents d ON d.id = p.document_id "
                                    "WHERE page_fts MATCH ? ORDER BY rank LIMIT ?"),
                     {ftsQuery, limit});
    if (!q)
        return q.error();
    QList<Hit> hits;
    while (q->next())
        hits.append({q->value(0).toString(), q->value(1).toString(), q->value(3).toString(), q->value(5).toString(),
                     q->value(2).isNull() ? -1 : q->value(2).toInt(), q->value(4).toInt()});
    return hits;
}

} // namespace Dossier
