// The records this profile holds, as the server should have them (shared by the sync engine and the conflict
// review): the catalogue rows read by storage, mapped by the record codec.
#include "sync/syncrecords.h"

#include "storage/synccataloguerepository.h"
#include "sync/recordcodec.h"

namespace Dossier {

namespace {

template <typename Row> Status append(Result<QList<Row>> rows, SyncRecord (*map)(const Row&), QList<SyncRecord>& out)
{
    if (!rows)
        return rows.error();
    for (const Row& row : *rows)
        out << map(row);
    return Ok{};
}

} // namespace

Result<QList<SyncRecord>> localRecords(QSqlDatabase db, const QString& onlyKind, const QString& onlyId)
{
    SyncCatalogueRepository catalogue(db);
    QList<SyncRecord> out;
    const bool one = !onlyKind.isEmpty();
    auto wanted = [&](const char* kind) { return !one || onlyKind == QLatin1String(kind); };
    if (wanted("case"))
        if (auto s = append(catalogue.cases(onlyId), &RecordCodec::fromCase, out); !s)
            return s.error();
    if (wanted("dossier"))
        if (auto s = append(catalogue.dossiers(onlyId), &RecordCodec::fromDossier, out); !s)
            return s.error();
    if (wanted("document"))
        if (auto s = append(catalogue.documents(onlyId), &RecordCodec::fromDocument, out); !s)
            return s.error();
    if (wanted("page"))
        if (auto s = append(catalogue.pages(onlyId), &RecordCodec::fromPage, out); !s)
            return s.error();
    return out;
}

} // namespace Dossier
