#pragma once

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Dossier {

// Full-text search over the recognised text of the pages (page_fts, in TextUtil::ftsForm), and the index's form.
// Searched are the pages of the catalogue (in a document); hits are pages in reading order: case (案号), dossier,
// volume, document, page.
class SearchRepository final
{
public:
    explicit SearchRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Adds hit_count(page_fts) to a new connection: an FTS5 function, the occurrences of the query in a row.
    // False when SQLite would not take it (totals then fail with a database error).
    static bool registerFunctions(const QSqlDatabase& db);
    // Indexes every page again, in one transaction, when the index is not in TextUtil::kFtsFormVersion's form
    // (settings key search.fts_form); a new or current profile costs one statement.
    Status ensureIndexForm();

    Result<bool> caseExists(const QString& caseNo);

    struct Totals
    {
        int pages = 0;
        qint64 occurrences = 0;
    };
    // `ftsQuery` as TextUtil::ftsQuery makes it; `caseNo` empty: every case of the profile.
    Result<Totals> totals(const QString& ftsQuery, const QString& caseNo);
    // The ids of the matching pages in reading order, [offset, offset + limit). `manyMatches`: walk the catalogue
    // in order and stop at the limit (cheap when hits are dense) rather than sort every hit (cheap when few).
    Result<QList<qint64>> pageIds(const QString& ftsQuery, const QString& caseNo, int offset, int limit,
                                  bool manyMatches);

    struct PageRow
    {
        qint64 id = 0;
        QString source, caseNo, dossierId, title, kind, text, transform; // transform: JSON
        QByteArray ocr;         // JSON (PageResult::ocrToJson) as stored, UTF-8: read with OcrJson
        int document = -1;      // the document's place in its volume (0-based)
        int pageInDocument = 0; // 0: unnumbered
        int volumePage = 0;     // the page's number in its volume (content pages from 1); 0: unnumbered
    };
    // The pages `ids` (in that order; ids not in the catalogue left out) with their volume page numbers.
    Result<QList<PageRow>> pages(const QList<qint64>& ids);

private:
    Result<Totals> totalsWithin(const QString& ftsQuery, const QString& within, const QString& caseNo);
    Result<Totals> termTotals(const QString& term, const QString& ftsQuery);
    static QString singleTerm(const QString& ftsQuery);
    Result<QHash<qint64, int>> volumeNumbers(const QList<qint64>& volumeIds);

    QSqlDatabase m_db;
};

} // namespace Dossier
