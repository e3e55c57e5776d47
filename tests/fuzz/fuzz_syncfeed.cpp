// Fuzz target: a page of the change feed as dossier-server sends it ({"changes": [{"record": …}], "next", "more"}),
// the hostile path of the sync. Each record goes the way SyncApplier takes it before anything reaches the profile:
// SyncRecord::fromJson, the schema's check (RecordSchema::check, and a revision), the set-aside form of one refused,
// then for one accepted its conversion to the profile's rows (RecordCodec::to…), the master path of a page, the
// template, release or calendar it carries. Invariants: what the schema accepts converts, names a path inside the
// masters store, parses as the domain type it claims to be, and goes back to the server as a record the schema
// accepts too (what a desk takes it can send on).
#include "fuzzsupport.h"

#include "domain/cataloguetemplate.h"
#include "domain/holidaycalendar.h"
#include "domain/recordschema.h"
#include "domain/templateversions.h"
#include "storage/masterstore.h"
#include "sync/recordcodec.h"
#include "sync/syncrecords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Dossier;

namespace {

std::optional<Error> formProblem(const SyncRecord& r, qint64 bodyBytes)
{
    if (auto bad = RecordSchema::check({r.kind, r.id, r.caseNo, r.volume, r.deleted, r.body}, bodyBytes))
        return bad;
    if (r.revision < 1)
        return Error(QStringLiteral("record_invalid"), "The record has no revision.");
    return std::nullopt;
}

// What a desk would send back of the record it took: the schema accepts it too.
void checkSentBack(const SyncRecord& back, const SyncRecord& from)
{
    const QByteArray body = RecordCodec::canonical(back.body);
    const auto bad = RecordSchema::check({back.kind, back.id, back.caseNo, back.volume, false, back.body}, body.size());
    FUZZ_CHECK(!bad, (bad ? bad->english() : QString()) + QStringLiteral("\n") +
                         QString::fromUtf8(QJsonDocument(from.toJson()).toJson(QJsonDocument::Compact)));
}

void takeAccepted(const SyncRecord& r, const QByteArray& body)
{
    FUZZ_CHECK(RecordSchema::kinds().contains(r.kind), r.kind);
    FUZZ_CHECK(!RecordCodec::describe(r.kind, r.body).isEmpty(), r.kind);
    FUZZ_CHECK(RecordCodec::canonical(RecordCodec::parse(QString::fromUtf8(body))) == body, r.kind);
    if (r.deleted)
        return;
    if (r.kind == QLatin1String("case")) {
        checkSentBack(RecordCodec::fromCase(RecordCodec::toCase(r)), r);
    } else if (r.kind == QLatin1String("dossier")) {
        checkSentBack(RecordCodec::fromDossier(RecordCodec::toDossier(r)), r);
    } else if (r.kind == QLatin1String("document")) {
        const auto [caseNo, dossierId] = RecordCodec::dossierOf(r);
        FUZZ_CHECK(caseNo == r.caseNo, caseNo);
        (void)dossierId; // any: it is looked up, never built into a path
        checkSentBack(RecordCodec::fromDocument(RecordCodec::toDocument(r)), r);
    } else if (r.kind == QLatin1String("page")) {
        const MasterStore store(QStringLiteral("/nonexistent/profile/masters"));
        const QString path = store.pathFor(r.body.value(QStringLiteral("sha256")).toString(),
                                           r.body.value(QStringLiteral("format")).toString());
        FUZZ_CHECK(path.startsWith(QLatin1String("/nonexistent/profile/masters/")), path);
        (void)RecordCodec::documentOf(r); // looked up by the applier; any text
        checkSentBack(RecordCodec::fromPage(RecordCodec::toPage(r)), r);
    } else if (r.kind == QLatin1String("qc_review")) {
        checkSentBack(RecordCodec::fromReview(RecordCodec::toReview(r)), r);
    } else if (r.kind == QLatin1String("note")) {
        checkSentBack(RecordCodec::fromNote(RecordCodec::toNote(r)), r);
    } else if (r.kind == QLatin1String("movement")) {
        checkSentBack(RecordCodec::fromMovement(RecordCodec::toMovement(r)), r);
    } else if (r.kind == QLatin1String("case_event")) {
        checkSentBack(RecordCodec::fromCaseEvent(RecordCodec::toCaseEvent(r)), r);
    } else if (r.kind == QLatin1String("calendar")) {
        const auto cal = HolidayCalendar::fromJson(body);
        FUZZ_CHECK(cal.ok(), cal ? QString() : cal.error().english());
    } else if (r.kind == QLatin1String("template")) {
        const auto t = CatalogueTemplate::fromJson(r.body);
        FUZZ_CHECK(t.ok(), t ? QString() : t.error().english());
        const auto idVersion = TemplateVersions::parseVersionId(r.id);
        FUZZ_CHECK(!idVersion || (idVersion->first == t->id && idVersion->second == t->version), r.id);
    } else if (r.kind == QLatin1String("template_release")) {
        const auto rel = TemplateVersions::Release::fromJson(r.id, r.body);
        FUZZ_CHECK(rel.ok(), rel ? QString() : rel.error().english());
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    DossierFuzz::startQt(argc, argv, false);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // What HttpClient::Reply::json() makes of the answer, and what SyncEngine reads of it.
    const QJsonObject page = QJsonDocument::fromJson(DossierFuzz::bytesOf(data, size)).object();
    (void)page.value(QStringLiteral("next")).toInteger(); // the cursor: any number
    (void)page.value(QStringLiteral("more")).toBool();    // any: read for crashes only
    static const bool verbose = qEnvironmentVariableIsSet("DOSSIER_FUZZ_VERBOSE");
    for (const QJsonValue& v : page.value(QStringLiteral("changes")).toArray()) {
        const SyncRecord r = SyncRecord::fromJson(v.toObject().value(QStringLiteral("record")).toObject());
        const QByteArray body = RecordCodec::canonical(r.body);
        const auto bad = formProblem(r, body.size());
        if (verbose) // DOSSIER_FUZZ_VERBOSE=1: the verdict on each record (to check the seeds)
            std::fprintf(stderr, "%s %s: %s\n", qPrintable(r.kind), qPrintable(r.id),
                         bad ? qPrintable(bad->english()) : "accepted");
        if (bad) {
            // Set aside: kept with its reason, named for the clerk.
            FUZZ_CHECK(!bad->code().isEmpty() && !bad->english().isEmpty(), r.kind);
            (void)QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact); // as kept aside; any text
            continue;
        }
        takeAccepted(r, body);
    }
    return 0;
}
