// The records this profile holds, as the server should have them (shared by the sync engine and the conflict
// review): the catalogue rows read by storage, mapped by the record codec.
#include "sync/syncrecords.h"

#include "domain/recordschema.h"
#include "storage/noterepository.h"
#include "storage/synccataloguerepository.h"
#include "storage/syncrepository.h"
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

// A record the schema refuses would be refused by the server at every sync: it stays on this desk.
bool sendable(const SyncRecord& r)
{
    return !RecordSchema::check({r.kind, r.id, r.caseNo, r.volume, false, r.body},
                                RecordCodec::canonical(r.body).size());
}

} // namespace

Result<QList<Note>> syncedNotes(QSqlDatabase db, const QString& onlyId)
{
    auto user = SyncRepository(db).setting(QStringLiteral("sync.user"));
    if (!user)
        return user.error();
    if (user->isEmpty())
        return QList<Note>();
    auto notes = NoteRepository(db).ofAuthor(*user, onlyId);
    if (!notes)
        return notes.error();
    QList<Note> out;
    for (const Note& n : std::as_const(*notes))
        if (n.pageId == 0 || !n.pageUid.isEmpty()) // a page without a uid yet: the note waits for it
            out << n;
    return out;
}

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
    if (wanted("qc_review")) {
        QList<SyncRecord> reviews;
        if (auto s = append(catalogue.reviews(onlyId), &RecordCodec::fromReview, reviews); !s)
            return s.error();
        // A review the schema refuses (one recorded before names and notes were limited, or without a
        // reviewer) would be refused by the server at every sync: it stays on this desk.
        for (const SyncRecord& r : std::as_const(reviews))
            if (sendable(r))
                out << r;
    }
    if (wanted("note")) {
        auto notes = syncedNotes(db, onlyId);
        if (!notes)
            return notes.error();
        for (const Note& n : std::as_const(*notes))
            if (const SyncRecord r = RecordCodec::fromNote(n); !n.deleted && sendable(r))
                out << r;
    }
    return out;
}

} // namespace Dossier
