#include "storage/searchrepository.h"

#include "domain/textutil.h"
#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QSqlDriver>
#include <sqlite3.h>

namespace Dossier {

namespace {

const QString kFormKey = QStringLiteral("search.fts_form");

// The catalogue in reading order, from the case down to its pages.
const QString kCatalogue =
    QStringLiteral("cases c CROSS JOIN dossiers ds ON ds.case_id = c.id CROSS JOIN volumes v ON v.dossier_id = ds.id "
                   "CROSS JOIN documents d ON d.volume_id = v.id CROSS JOIN pages p ON p.document_id = d.id");
const QString kReadingOrder =
    QStringLiteral(" ORDER BY c.case_no, ds.external_id, v.kind, v.number, d.position, p.position");

// hit_count(page_fts): how often the query occurs in the row (FTS5's phrase instances).
void hitCount(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* out, int, sqlite3_value**)
{
    int n = 0;
    if (const int rc = api->xInstCount(fts, &n); rc != SQLITE_OK)
        sqlite3_result_error_code(out, rc);
    else
        sqlite3_result_int(out, n);
}

QString placeholders(qsizetype n)
{
    QString s = QStringLiteral("?");
    for (qsizetype i = 1; i < n; ++i)
        s += QStringLiteral(",?");
    return s;
}

} // namespace

bool SearchRepository::registerFunctions(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    if (!h)
        return false;
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT fts5(?1)", -1, &st, nullptr) != SQLITE_OK)
        return false;
    const bool got =
        sqlite3_bind_pointer(st, 1, &api, "fts5_api_ptr", nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW;
    if (sqlite3_finalize(st) != SQLITE_OK || !got || !api || api->iVersion < 2)
        return false;
    return api->xCreateFunction(api, "hit_count", nullptr, hitCount, nullptr) == SQLITE_OK;
}

Status SearchRepository::ensureIndexForm()
{
    const QString current = QString::number(TextUtil::kFtsFormVersion);
    auto form = execSql(m_db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {kFormKey});
    if (!form)
        return form.error();
    if (form->next() && form->value(0).toString() == current)
        return Ok{};
    form->finish();
    Transaction tx(m_db);
    if (auto d = statusOf(execSql(m_db, QStringLiteral("DELETE FROM page_fts"))); !d)
        return d;
    auto texts = execSql(m_db, QStringLiteral("SELECT id, text FROM pages WHERE text IS NOT NULL AND text <> ''"));
    if (!texts)
        return texts.error();
    Statement insert(m_db, QStringLiteral("INSERT INTO page_fts(rowid, body) VALUES(?, ?)"));
    while (texts->next())
        if (auto i = insert.run({texts->value(0), TextUtil::ftsForm(texts->value(1).toString())}); !i)
            return i.error();
    texts->finish();
    if (auto s = statusOf(execSql(m_db,
                                  QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                                 "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                                  {kFormKey, current}));
        !s)
        return s;
    return tx.commit();
}

Result<bool> SearchRepository::caseExists(const QString& caseNo)
{
    auto q = execSql(m_db, QStringLiteral("SELECT 1 FROM cases WHERE case_no=?"), {caseNo});
    if (!q)
        return q.error();
    return q->next();
}

Result<SearchRepository::Totals> SearchRepository::totals(const QString& ftsQuery, const QString& caseNo)
{
    if (caseNo.isEmpty())
        if (const QString term = singleTerm(ftsQuery); !term.isEmpty())
            return termTotals(term, ftsQuery);
    // Every case: all the pages indexed less the few in no document (loose, removed), rather than a set of
    // every catalogued page built for each search.
    return totalsWithin(ftsQuery,
                        caseNo.isEmpty()
                            ? QStringLiteral("+rowid NOT IN (SELECT id FROM pages WHERE document_id IS NULL)")
                            : QStringLiteral("+rowid IN (SELECT p.id FROM %1 WHERE c.case_no = ?)").arg(kCatalogue),
                        caseNo);
}

Result<SearchRepository::Totals> SearchRepository::totalsWithin(const QString& ftsQuery, const QString& within,
                                                                const QString& caseNo)
{
    QVariantList binds{ftsQuery};
    if (!caseNo.isEmpty())
        binds << caseNo;
    auto q = execSql(m_db,
                     // FTS5 refuses its functions inside an aggregate: summed over the rows made first.
                     QStringLiteral("WITH m AS MATERIALIZED (SELECT hit_count(page_fts) AS n FROM page_fts "
                                    "WHERE page_fts MATCH ? AND %1) SELECT count(*), coalesce(sum(n), 0) FROM m")
                         .arg(within),
                     binds);
    if (!q)
        return q.error();
    if (!q->next())
        return Totals{};
    return Totals{q->value(0).toInt(), q->value(1).toLongLong()};
}

// A query of one term (two letters or digits: a phrase of one pair) over every case: the index's own count of the
// term's rows and instances (fts5vocab, read from the term's entry rather than row by row through hit_count: 2 ms
// rather than 20 for a word on most pages), less those on the pages in no document.
Result<SearchRepository::Totals> SearchRepository::termTotals(const QString& term, const QString& ftsQuery)
{
    if (auto v = statusOf(execSql(m_db, QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.page_fts_terms "
                                                       "USING fts5vocab(main, page_fts, row)")));
        !v)
        return v.error();
    auto q = execSql(m_db, QStringLiteral("SELECT doc, cnt FROM temp.page_fts_terms WHERE term = ?"), {term});
    if (!q)
        return q.error();
    Totals all;
    if (q->next())
        all = Totals{q->value(0).toInt(), q->value(1).toLongLong()};
    q->finish();
    if (all.pages == 0)
        return all;
    auto loose =
        totalsWithin(ftsQuery, QStringLiteral("+rowid IN (SELECT id FROM pages WHERE document_id IS NULL)"), QString());
    if (!loose)
        return loose.error();
    return Totals{all.pages - loose->pages, all.occurrences - loose->occurrences};
}

// The term of a query that is one phrase of one term as TextUtil::ftsQuery writes it ("ab"), when the term is
// stored as written (ASCII letters and digits, Han: unicode61 changes neither); otherwise empty.
QString SearchRepository::singleTerm(const QString& ftsQuery)
{
    if (ftsQuery.size() < 3 || !ftsQuery.startsWith(QLatin1Char('"')) || !ftsQuery.endsWith(QLatin1Char('"')))
        return {};
    const QString term = ftsQuery.mid(1, ftsQuery.size() - 2);
    for (QChar c : term)
        if (!(c.unicode() < 0x80 ? c.isLower() || c.isDigit() : TextUtil::isHan(c)))
            return {};
    return term;
}

Result<QList<qint64>> SearchRepository::pageIds(const QString& ftsQuery, const QString& caseNo, int offset, int limit,
                                                bool manyMatches)
{
    QString sql;
    QVariantList binds;
    if (manyMatches || !caseNo.isEmpty()) {
        // The catalogue in order (covering indexes only), each page tested against the set of hits.
        sql = QStringLiteral("SELECT p.id FROM %1 WHERE %2 +p.id IN (SELECT rowid FROM page_fts WHERE page_fts "
                             "MATCH ?)")
                  .arg(kCatalogue, caseNo.isEmpty() ? QString() : QStringLiteral("c.case_no = ? AND"));
        if (!caseNo.isEmpty())
            binds << caseNo;
    } else {
        // The hits, each placed in the catalogue, then sorted.
        sql = QStringLiteral("SELECT p.id FROM page_fts f JOIN pages p ON p.id = f.rowid "
                             "JOIN documents d ON d.id = p.document_id JOIN volumes v ON v.id = d.volume_id "
                             "JOIN dossiers ds ON ds.id = v.dossier_id JOIN cases c ON c.id = ds.case_id "
                             "WHERE page_fts MATCH ?");
    }
    binds << ftsQuery << limit << offset;
    auto q = execSql(m_db, sql + kReadingOrder + QStringLiteral(" LIMIT ? OFFSET ?"), binds);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

Result<QList<SearchRepository::PageRow>> SearchRepository::pages(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return QList<PageRow>{};
    QVariantList binds;
    for (qint64 id : ids)
        binds << id;
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT p.id, p.source, c.case_no, ds.external_id, d.title, p.kind, p.text, "
                       "CAST(p.ocr AS BLOB), p.transform, d.position, p.page_in_document, d.volume_id FROM pages p "
                       "JOIN documents d ON d.id = p.document_id JOIN volumes v ON v.id = d.volume_id "
                       "JOIN dossiers ds ON ds.id = v.dossier_id JOIN cases c ON c.id = ds.case_id "
                       "WHERE p.id IN (%1)")
            .arg(placeholders(ids.size())),
        binds);
    if (!q)
        return q.error();
    QHash<qint64, PageRow> byId;
    QHash<qint64, qint64> volumeOf;
    while (q->next()) {
        PageRow r{q->value(0).toLongLong(),  q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                  q->value(4).toString(),    q->value(5).toString(), q->value(6).toString(), q->value(8).toString(),
                  q->value(7).toByteArray(), q->value(9).toInt(),    q->value(10).toInt()};
        volumeOf.insert(r.id, q->value(11).toLongLong());
        byId.insert(r.id, r);
    }
    const QList<qint64> volumes = QSet<qint64>(volumeOf.cbegin(), volumeOf.cend()).values();
    auto numbers = volumeNumbers(volumes);
    if (!numbers)
        return numbers.error();
    QList<PageRow> out;
    for (qint64 id : ids)
        if (auto it = byId.find(id); it != byId.end()) {
            it->volumePage = numbers->value(id);
            out << *it;
        }
    return out;
}

Result<QHash<qint64, int>> SearchRepository::volumeNumbers(const QList<qint64>& volumeIds)
{
    // As Volume::load numbers them: the volume's processed pages in catalogue order, blanks unnumbered.
    QHash<qint64, int> numbers;
    for (qint64 volume : volumeIds) {
        auto q = execSql(m_db,
                         QStringLiteral("SELECT p.id, coalesce(p.kind, '') <> 'blank' FROM documents d "
                                        "JOIN pages p ON p.document_id = d.id WHERE d.volume_id = ? "
                                        "AND p.status = 'done' ORDER BY d.position, p.position"),
                         {volume});
        if (!q)
            return q.error();
        int n = 0;
        while (q->next())
            if (q->value(1).toInt())
                numbers.insert(q->value(0).toLongLong(), ++n);
    }
    return numbers;
}

} // namespace Dossier
