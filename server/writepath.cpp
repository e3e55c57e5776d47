#include "writepath.h"

#include "blobstore.h"
#include "domain/paper.h"
#include "domain/recordschema.h"

#include <QJsonDocument>

namespace Dossier::Server::WritePath {
namespace {

using Op = WriteBatch::Op;

QJsonObject opResult(const QString& opId, const char* status, qint64 revision)
{
    return {{QStringLiteral("op_id"), opId},
            {QStringLiteral("status"), QString::fromLatin1(status)},
            {QStringLiteral("revision"), revision}};
}

QJsonObject rejected(const QString& opId, const QString& reason, qint64 revision = 0, const QString& message = {})
{
    QJsonObject o = opResult(opId, "rejected", revision);
    o.insert(QStringLiteral("reason"), reason);
    if (!message.isEmpty())
        o.insert(QStringLiteral("message"), message);
    return o;
}

bool validOpId(const QString& opId)
{
    return !opId.isEmpty() && opId.size() <= 200;
}

// The checks that need no database: the operation's shape, its 案号, and the record schema every desk applies.
std::optional<QJsonObject> parseOperation(const QJsonObject& op, Op& out)
{
    out.opId = op.value(QStringLiteral("op_id")).toString();
    if (!validOpId(out.opId))
        return rejected(out.opId, QStringLiteral("invalid_op_id"));
    out.kind = op.value(QStringLiteral("kind")).toString();
    out.id = op.value(QStringLiteral("id")).toString();
    const QJsonValue volume = op.value(QStringLiteral("volume"));
    const QJsonValue base = op.value(QStringLiteral("base_revision"));
    out.body = op.value(QStringLiteral("body"));
    out.deleted = op.value(QStringLiteral("deleted")).toBool(false);
    if (!RecordSchema::kinds().contains(out.kind))
        return rejected(out.opId, QStringLiteral("invalid_kind"));
    if (out.id.isEmpty() || out.id.size() > 200)
        return rejected(out.opId, QStringLiteral("invalid_id"));
    if (!base.isDouble() || base.toDouble() < 0 || base.toDouble() != double(base.toInteger()))
        return rejected(out.opId, QStringLiteral("invalid_base_revision"));
    out.base = base.toInteger();
    if (!(out.body.isObject() || out.body.isUndefined() || out.body.isNull()))
        return rejected(out.opId, QStringLiteral("invalid_body"));
    if (volume.isString())
        out.volume = volume.toString();
    if ((volume.isString() && out.volume != QLatin1String("main") && out.volume != QLatin1String("secondary")) ||
        !(volume.isString() || volume.isNull() || volume.isUndefined()))
        return rejected(out.opId, QStringLiteral("invalid_volume"));
    if (!RecordSchema::hasNoCase(out.kind)) {
        out.caseNo = normaliseCaseNo(op.value(QStringLiteral("case_no")).toString());
        if (out.caseNo.isEmpty())
            return rejected(out.opId, QStringLiteral("invalid_case_no"));
    }
    if (!out.body.isObject() && !out.deleted)
        return rejected(out.opId, QStringLiteral("invalid_body"));
    // Every desk that can see the case applies what is accepted here: it must pass the schema they check.
    if (out.body.isObject()) {
        const QJsonObject body = out.body.toObject();
        const qsizetype size = QJsonDocument(body).toJson(QJsonDocument::Compact).size();
        if (auto bad = RecordSchema::check({out.kind, out.id, out.caseNo, out.volume, out.deleted, body}, size))
            return rejected(out.opId, QStringLiteral("invalid_record"), 0, bad->english());
    }
    return std::nullopt;
}

// The writer may write the record where it is and where it goes; it exists when based on a revision, and that
// revision is current. Otherwise the operation's result says why not.
bool permitted(const WriteBatch& b, const Viewer& viewer, Op& op, const std::optional<Record>& existing)
{
    const qint64 current = existing ? existing->revision : 0;
    bool allowed = viewer.canWrite(op.kind, op.caseNo, b.knownCases.contains(op.caseNo));
    if (allowed && existing && existing->caseNo != op.caseNo)
        allowed = viewer.canWrite(op.kind, existing->caseNo, b.knownCases.contains(existing->caseNo));
    if (!allowed) {
        op.result = rejected(op.opId, QStringLiteral("forbidden"),
                             existing && viewer.canSee(op.kind, existing->caseNo, existing->volume) ? current : 0);
        return false;
    }
    if (!existing && op.base != 0) {
        op.result = rejected(op.opId, QStringLiteral("not_found"));
        return false;
    }
    if (existing && current != op.base) {
        op.result = opResult(op.opId, "conflict", current);
        op.result.insert(QStringLiteral("record"), existing->toJson());
        return false;
    }
    return true;
}

// A page may only name an image that is stored and that its writer uploaded or may read (a removed one too: it
// names the image for everyone who sees the case).
Result<bool> imageAllowed(WriteBatch& b, const BlobStore& blobs, const ImageCheck& mayUse, Op& op, qint64 current)
{
    if (op.kind != QLatin1String("page") || (op.deleted && !op.body.isObject()))
        return true;
    const QString sha = op.body.toObject().value(QStringLiteral("sha256")).toString();
    if (!blobs.has(sha)) {
        op.result =
            rejected(op.opId, op.deleted ? QStringLiteral("blob_not_yours") : QStringLiteral("blob_missing"), current);
        return false;
    }
    if (!b.imageUse.contains(sha)) {
        auto may = mayUse(sha);
        if (!may)
            return may.error();
        b.imageUse.insert(sha, *may);
    }
    if (!b.imageUse.value(sha)) {
        op.result = rejected(op.opId, QStringLiteral("blob_not_yours"), current);
        return false;
    }
    return true;
}

// The operation is applied to the batch's picture of the records (stored by stage 3).
void apply(WriteBatch& b, Viewer& viewer, Op& op, const std::optional<Record>& existing)
{
    Record r;
    r.kind = op.kind;
    r.id = op.id;
    r.caseNo = op.caseNo;
    r.volume = op.volume;
    r.revision = op.base + 1;
    r.deleted = op.deleted;
    r.body = op.body.isObject() ? op.body.toObject() : (existing ? existing->body : QJsonObject());
    r.updatedBy = viewer.name;
    r.updatedAt = isoNow();
    if (op.kind == QLatin1String("note"))
        r.owner = viewer.name; // decideNote() let no one else write it
    // A case is known by its catalogue: the paper of a case checked in before its dossier was scanned makes no
    // warehouse clerk its writer, and leaves the case to the archive clerk who scans it.
    if (!op.caseNo.isEmpty() && !RecordSchema::isAppendOnly(op.kind) && !b.knownCases.contains(op.caseNo)) {
        b.knownCases.insert(op.caseNo);
        b.newCases.insert(op.caseNo);
        viewer.createdCases.insert(op.caseNo);
    }
    if (op.kind == QLatin1String("dossier")) {
        b.archiveCheck.insert(op.caseNo);
        if (existing && existing->caseNo != op.caseNo && !existing->caseNo.isEmpty())
            b.archiveCheck.insert(existing->caseNo);
    }
    const QString key = WriteBatch::key(op.kind, op.id);
    if (!b.changeSeq.contains(key))
        b.written.append(key);
    b.changeSeq.insert(key, ++b.seq);
    b.records.insert(key, r);
    op.result = opResult(op.opId, "applied", r.revision);
}

// A QC review is an immutable fact (one record per review: two desks reviewing offline never conflict). It is
// written once, by whoever may write its case, about a live document of that case, in the document's volume
// (so that it is seen by exactly those who see the document: never a 副卷's review by a party). The same review
// sent again is answered as applied; any other write of it (a change, a deletion) is refused.
void decideReview(WriteBatch& b, Viewer& viewer, Op& op, const std::optional<Record>& existing)
{
    if (!viewer.canWrite(op.kind, op.caseNo, b.knownCases.contains(op.caseNo))) {
        op.result = rejected(op.opId, QStringLiteral("forbidden"));
        return;
    }
    if (existing) {
        const bool visible = viewer.canSee(existing->kind, existing->caseNo, existing->volume);
        const bool same = !op.deleted && !existing->deleted && existing->caseNo == op.caseNo &&
                          existing->volume == op.volume && existing->body == op.body.toObject();
        op.result = same ? opResult(op.opId, "applied", existing->revision)
                         : rejected(op.opId, QStringLiteral("immutable"), visible ? existing->revision : 0);
        return;
    }
    if (op.deleted || op.base != 0) {
        op.result = rejected(op.opId, op.deleted ? QStringLiteral("immutable") : QStringLiteral("not_found"));
        return;
    }
    const QString documentId = op.body.toObject().value(QStringLiteral("document")).toString();
    const std::optional<Record> document = b.records.value(WriteBatch::key(QStringLiteral("document"), documentId));
    if (!document || document->deleted || document->caseNo != op.caseNo) {
        op.result = rejected(op.opId, QStringLiteral("document_unknown"));
        return;
    }
    if (document->volume != op.volume) {
        op.result = rejected(op.opId, QStringLiteral("invalid_record"), 0,
                             QStringLiteral("A review's volume is not its document's."));
        return;
    }
    apply(b, viewer, op, existing);
}

// Why a note may not be written by `viewer`, as the operation's rejection; nothing when it may. A note belongs to
// the user who sends it: its body names them as its author, it is not someone else's note already (refused as
// forbidden, never overwritten, and without a revision that would tell it exists), it stays in its case, which
// its author may see and the server knows, and the page it is on is a page of that case.
std::optional<QJsonObject> noteRefusal(const WriteBatch& b, const Viewer& viewer, const Op& op,
                                       const std::optional<Record>& existing)
{
    if (existing && existing->owner != viewer.name)
        return rejected(op.opId, QStringLiteral("forbidden"), 0, QStringLiteral("This note is someone else's."));
    const QJsonObject body = op.body.toObject();
    if (op.body.isObject() && body.value(QStringLiteral("author")).toString() != viewer.name)
        return rejected(op.opId, QStringLiteral("forbidden"), 0,
                        QStringLiteral("A note's author must be the user who sends it."));
    if (!b.knownCases.contains(op.caseNo) || !viewer.canSee(op.kind, op.caseNo, op.volume))
        return rejected(op.opId, QStringLiteral("forbidden"), 0, QStringLiteral("You may not see this case."));
    if (existing && existing->caseNo != op.caseNo)
        return rejected(op.opId, QStringLiteral("invalid_record"), 0, QStringLiteral("A note stays in its case."));
    if (const QString page = body.value(QStringLiteral("page")).toString(); !page.isEmpty()) {
        const std::optional<Record> p = b.records.value(WriteBatch::key(QStringLiteral("page"), page));
        if (!p || p->caseNo != op.caseNo)
            return rejected(op.opId, QStringLiteral("page_unknown"), 0,
                            QStringLiteral("The note's page is not a page of its case."));
    }
    return std::nullopt;
}

// A private note (issue 13): written only by its author (noteRefusal), on the revision it is based on (or a
// conflict, answered with the author's own record), and stored with its owner so that the feed carries it to
// no one else.
void decideNote(WriteBatch& b, Viewer& viewer, Op& op, const std::optional<Record>& existing)
{
    if (auto refused = noteRefusal(b, viewer, op, existing)) {
        op.result = *refused;
        return;
    }
    if (!existing && op.base != 0) {
        op.result = rejected(op.opId, QStringLiteral("not_found"));
        return;
    }
    if (existing && existing->revision != op.base) {
        op.result = opResult(op.opId, "conflict", existing->revision);
        op.result.insert(QStringLiteral("record"), existing->toJson());
        return;
    }
    apply(b, viewer, op, existing);
}

// Why the 中间库's record may not be written by `viewer`, as the operation's rejection; nothing when it may. A
// warehouse clerk of the case's court (Viewer::canWrite) records anything of its paper; anyone else who may see
// where the paper is may only ask for it — a loan request in their own name (its holder and its recorder the
// sender), so that no one asks in a judge's name. Refusals carry no revision: they do not tell what exists.
std::optional<QJsonObject> warehouseRefusal(const Viewer& viewer, const Op& op)
{
    if (viewer.canWrite(op.kind, op.caseNo, false))
        return std::nullopt;
    const QJsonObject body = op.body.toObject();
    const bool request = op.kind == QLatin1String("movement") &&
                         body.value(QStringLiteral("kind")).toString() == Movement::kindKey(Movement::Kind::Request);
    if (!request || !viewer.canSee(op.kind, op.caseNo, op.volume))
        return rejected(op.opId, QStringLiteral("forbidden"), 0,
                        QStringLiteral("Only a warehouse clerk of the case's court records its paper; others may "
                                       "only ask for it (a loan request)."));
    if (body.value(QStringLiteral("holder")).toString() != viewer.name ||
        body.value(QStringLiteral("by")).toString() != viewer.name)
        return rejected(op.opId, QStringLiteral("forbidden"), 0,
                        QStringLiteral("A loan request is made in its sender's own name."));
    return std::nullopt;
}

// A movement of paper or a case event (issue 14) is a fact, as a QC review is: written once (base revision 0) and
// never changed or deleted (the schema refuses a deletion). The same record sent again is answered as applied;
// another body, case or volume under its id is refused as immutable. Two desks that lend the same paper offline
// write two records (two ids): both are kept, and every desk folds them into the same conflict.
void decideWarehouse(WriteBatch& b, Viewer& viewer, Op& op, const std::optional<Record>& existing)
{
    if (auto refused = warehouseRefusal(viewer, op)) {
        op.result = *refused;
        return;
    }
    if (existing) {
        const bool visible = viewer.canSee(existing->kind, existing->caseNo, existing->volume);
        const bool same = !existing->deleted && existing->caseNo == op.caseNo && existing->volume == op.volume &&
                          existing->body == op.body.toObject();
        op.result = same ? opResult(op.opId, "applied", existing->revision)
                         : rejected(op.opId, QStringLiteral("immutable"), visible ? existing->revision : 0);
        return;
    }
    if (op.base != 0) {
        op.result = rejected(op.opId, QStringLiteral("not_found"));
        return;
    }
    apply(b, viewer, op, existing);
}

// One well-formed operation, not a replay: rejected, a conflict, or applied (in memory).
Status decide(WriteBatch& b, Viewer& viewer, const BlobStore& blobs, const ImageCheck& mayUse, Op& op)
{
    const std::optional<Record> existing = b.records.value(WriteBatch::key(op.kind, op.id));
    if (op.kind == QLatin1String("qc_review")) {
        decideReview(b, viewer, op, existing);
        return Ok{};
    }
    if (op.kind == QLatin1String("note")) {
        decideNote(b, viewer, op, existing);
        return Ok{};
    }
    if (RecordSchema::isAppendOnly(op.kind)) {
        decideWarehouse(b, viewer, op, existing);
        return Ok{};
    }
    if (!permitted(b, viewer, op, existing))
        return Ok{};
    auto image = imageAllowed(b, blobs, mayUse, op, existing ? existing->revision : 0);
    if (!image)
        return image.error();
    if (*image)
        apply(b, viewer, op, existing);
    return Ok{};
}

} // namespace

WriteBatch validate(const QJsonArray& operations)
{
    WriteBatch b;
    b.ops.reserve(operations.size());
    for (const QJsonValue& v : operations) {
        Op op;
        if (auto bad = parseOperation(v.toObject(), op))
            op.result = *bad;
        b.ops.append(op);
    }
    return b;
}

Reads readsOf(const WriteBatch& b)
{
    Reads r;
    for (const Op& op : b.ops) {
        if (validOpId(op.opId))
            r.opIds.append(op.opId); // even when refused by its shape: it may be a replay
        if (!op.result.isEmpty())
            continue;
        r.idsByKind[op.kind].append(op.id);
        if (!op.caseNo.isEmpty())
            r.cases.append(op.caseNo);
        // A review is judged against the document it names.
        if (op.kind == QLatin1String("qc_review"))
            if (const QString d = op.body.toObject().value(QStringLiteral("document")).toString(); !d.isEmpty())
                r.idsByKind[QStringLiteral("document")].append(d);
        // A note, against the page it is on.
        if (op.kind == QLatin1String("note"))
            if (const QString p = op.body.toObject().value(QStringLiteral("page")).toString(); !p.isEmpty())
                r.idsByKind[QStringLiteral("page")].append(p);
    }
    return r;
}

Result<QJsonArray> authorise(WriteBatch& b, Viewer& viewer, const BlobStore& blobs, const ImageCheck& mayUse)
{
    QHash<QString, QJsonObject> inThisBatch; // an op_id sent twice in one batch is answered once
    QJsonArray results;
    for (Op& op : b.ops) {
        // A replay is answered as it was first, before anything else about it is judged (a schema made
        // stricter since must not call an applied change rejected).
        if (const auto it = b.stored.constFind(op.opId); it != b.stored.cend())
            op.result = *it;
        else if (const auto again = inThisBatch.constFind(op.opId); again != inThisBatch.cend())
            op.result = *again;
        else if (op.result.isEmpty()) {
            if (auto decided = decide(b, viewer, blobs, mayUse, op); !decided)
                return decided.error();
            if (op.result.value(QStringLiteral("status")).toString() != QLatin1String("rejected")) {
                inThisBatch.insert(op.opId, op.result); // rejections are not stored: tried again next time
                b.replies.append({op.opId, op.result});
            }
        }
        results.append(op.result);
    }
    return results;
}

} // namespace Dossier::Server::WritePath
