#include "station/pagesearch.h"

#include "domain/casenumber.h"
#include "domain/hitboxes.h"
#include "domain/textutil.h"
#include "imaging/pageanalyzer.h"
#include "pipeline/ocrjson.h"
#include "storage/profile.h"
#include "storage/searchrepository.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Dossier {

namespace {

// Above this many matching pages, the catalogue is walked in order rather than every hit sorted.
constexpr int kSortAtMost = 2000;

QJsonObject object(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The page's lines with the words of only the lines the needle is on: the OCR JSON read without a document
// object, the other lines' words never decoded.
OcrPage linesFor(const QByteArray& ocr, const QString& needle)
{
    const QList<OcrJson::Line> lines = OcrJson::lines(ocr);
    OcrPage page;
    QStringList texts;
    page.lines.reserve(lines.size());
    texts.reserve(lines.size());
    for (const OcrJson::Line& l : lines) {
        page.lines.append(OcrLine{l.text, l.box, l.confidence, {}});
        texts << l.text;
    }
    for (int l : linesWith(texts, needle))
        page.lines[l].words = OcrJson::words(lines.at(l).words);
    return page;
}

SearchHit hitOf(const SearchRepository::PageRow& row, const QString& needle)
{
    SearchHit h;
    h.pageId = row.id;
    h.source = row.source;
    h.caseNo = row.caseNo;
    h.dossierId = row.dossierId;
    h.title = row.title;
    h.snippet = TextUtil::snippet(row.text, needle);
    h.document = row.document;
    h.pageInDocument = row.pageInDocument;
    h.volumePage = row.volumePage;
    h.occurrences = hitBoxes(linesFor(row.ocr, needle), needle);
    h.imageSize = PageTransform::fromJson(object(row.transform)).cleanedSize;
    return h;
}

} // namespace

QList<QRect> SearchHit::boxes() const
{
    QList<QRect> all;
    for (const QList<QRect>& o : occurrences)
        all += o;
    return all;
}

Result<SearchResults> searchPages(const Profile& profile, const SearchRequest& request)
{
    const QString query = TextUtil::ftsQuery(request.text);
    if (query.isEmpty())
        return Error(QStringLiteral("search_empty"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Nothing to search for: the text has no letter or digit."));
    SearchRepository repo(profile.database());
    QString caseNo = request.caseNo.trimmed();
    if (!caseNo.isEmpty()) {
        if (auto parsed = CaseNumber::parse(caseNo)) // (2024)… typed with 半角 brackets is the same case
            caseNo = parsed->toString();
        auto exists = repo.caseExists(caseNo);
        if (!exists)
            return exists.error();
        if (!*exists)
            return Error(QStringLiteral("case_unknown"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "There is no case %1 in this profile."), {caseNo});
    }
    auto totals = repo.totals(query, caseNo);
    if (!totals)
        return totals.error();
    SearchResults out;
    out.totalPages = totals->pages;
    out.totalOccurrences = totals->occurrences;
    if (out.totalPages == 0 || request.limit <= 0)
        return out;
    auto ids = repo.pageIds(query, caseNo, std::max(0, request.offset), request.limit, out.totalPages > kSortAtMost);
    if (!ids)
        return ids.error();
    auto rows = repo.pages(*ids);
    if (!rows)
        return rows.error();
    for (const SearchRepository::PageRow& row : std::as_const(*rows))
        out.hits << hitOf(row, request.text);
    return out;
}

} // namespace Dossier
