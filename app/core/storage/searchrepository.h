#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dossier {

// Full-text search over the recognised text of every page of the profile (page_fts).
class SearchRepository final
{
public:
    explicit SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    struct Hit
    {
        QString source, caseNo, title, text;
        int document = -1;      // the document's place in its volume (0-based); -1: in none
        int pageInDocument = 0; // 0: unnumbered
    };
    // `ftsQuery` as TextUtil::ftsQuery makes it; best first.
    Result<QList<Hit>> search(const QString& ftsQuery, int limit);

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
