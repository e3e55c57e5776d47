#include "sync/recordcodec.h"

#include "domain/recordschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier::RecordCodec {

QByteArray canonical(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(canonical(o));
}

QString compactValue(const QJsonValue& v)
{
    if (v.isObject())
        return compact(v.toObject());
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

QJsonObject parse(const QString& s)
{
    return QJsonDocument::fromJson(s.toUtf8()).object();
}

QJsonValue parseValue(const QString& s)
{
    const QJsonDocument d = QJsonDocument::fromJson(s.toUtf8());
    return d.isArray() ? QJsonValue(d.array()) : d.isObject() ? QJsonValue(d.object()) : QJsonValue();
}

SyncRecord fromCase(const SyncCaseRow& row)
{
    SyncRecord r;
    r.kind = QStringLiteral("case");
    r.id = r.caseNo = row.caseNo;
    r.body = {{QStringLiteral("case_no"), r.caseNo},
              {QStringLiteral("info"), parse(row.info)},
              {QStringLiteral("classified"), row.classified}};
    return r;
}

// A dossier's submission after QC (submitted_at, submitted_by; empty: not submitted) rides on the dossier's record
// rather than in a record of its own: it is one state of the dossier, set again by a later submission, not a
// fact that accumulates as reviews do, so the dossier's revision (and its conflict policy when two desks change
// the dossier at once) is the right home for it, and a desk never holds a submission of a dossier it lacks.
SyncRecord fromDossier(const SyncDossierRow& row)
{
    SyncRecord r;
    r.kind = QStringLiteral("dossier");
    r.caseNo = row.caseNo;
    r.id = r.caseNo + QLatin1Char('|') + row.externalId;
    r.volume = QStringLiteral("main");
    r.body = {{QStringLiteral("dossier_id"), row.externalId},
              {QStringLiteral("template_id"), row.templateId},
              {QStringLiteral("submitted_at"), row.submittedAt},
              {QStringLiteral("submitted_by"), row.submittedBy},
              {QStringLiteral("archived"), row.archived}};
    if (row.templateVersion > 1) // left out for version 1, so that dossiers synced before versions did not change
        r.body.insert(QStringLiteral("template_version"), row.templateVersion);
    return r;
}

SyncRecord fromDocument(const SyncDocumentRow& row)
{
    SyncRecord r;
    r.kind = QStringLiteral("document");
    r.id = row.uid;
    r.caseNo = row.caseNo;
    r.volume = row.volumeKind;
    r.body = {{QStringLiteral("dossier"), r.caseNo + QLatin1Char('|') + row.dossierExternalId},
              {QStringLiteral("position"), row.position},
              {QStringLiteral("doc_type"), row.docType},
              {QStringLiteral("title"), row.title}};
    if (row.typeByHand) // left out when not, so that documents synced before it did not change
        r.body.insert(QStringLiteral("type_by_hand"), true);
    return r;
}

SyncRecord fromPage(const SyncPageRow& p)
{
    SyncRecord r;
    r.kind = QStringLiteral("page");
    r.id = p.uid;
    r.caseNo = p.caseNo;
    r.volume = p.volumeKind;
    r.body = {{QStringLiteral("document"), p.documentUid},
              {QStringLiteral("position"), p.position},
              {QStringLiteral("page_in_document"), p.pageInDocument ? QJsonValue(*p.pageInDocument) : QJsonValue()},
              {QStringLiteral("kind"), p.kind},
              {QStringLiteral("sha256"), p.sha256},
              {QStringLiteral("format"), p.format},
              {QStringLiteral("bytes"), p.bytes},
              {QStringLiteral("rotation"), p.rotation},
              {QStringLiteral("skew"), p.skew},
              {QStringLiteral("dpi"), p.dpi},
              {QStringLiteral("colour_mode"), p.colourMode},
              {QStringLiteral("width"), p.width},
              {QStringLiteral("height"), p.height},
              {QStringLiteral("flags"), parseValue(p.flags)},
              {QStringLiteral("text"), p.text},
              {QStringLiteral("ocr_confidence"), p.ocrConfidence},
              {QStringLiteral("ocr"), parseValue(p.ocr)},
              {QStringLiteral("transform"), parseValue(p.transform)},
              {QStringLiteral("source"), p.source}};
    // Left out when not recorded (the page's body is then as before schema 8), and when it is no name the schema
    // takes: the page must reach the server even if who scanned it cannot.
    if (RecordSchema::isPersonName(p.scannedBy))
        r.body.insert(QStringLiteral("scanned_by"), p.scannedBy);
    return r;
}

// A QC review is one immutable record: its id is the review's uid, its volume the reviewed document's.
SyncRecord fromReview(const SyncReviewRow& row)
{
    SyncRecord r;
    r.kind = QStringLiteral("qc_review");
    r.id = row.uid;
    r.caseNo = row.caseNo;
    r.volume = row.volumeKind;
    r.body = {{QStringLiteral("document"), row.documentUid},
              {QStringLiteral("reviewer"), row.reviewer},
              {QStringLiteral("result"), row.result},
              {QStringLiteral("note"), row.note},
              {QStringLiteral("at"), row.at}};
    return r;
}

SyncCaseRow toCase(const SyncRecord& r)
{
    return {r.id, compactValue(r.body.value(QStringLiteral("info"))),
            r.body.value(QStringLiteral("classified")).toBool()};
}

SyncDossierRow toDossier(const SyncRecord& r)
{
    const QJsonObject& b = r.body;
    return {r.caseNo,
            b.value(QStringLiteral("dossier_id")).toString(),
            b.value(QStringLiteral("template_id")).toString(),
            b.value(QStringLiteral("submitted_at")).toString(),
            b.value(QStringLiteral("submitted_by")).toString(),
            b.value(QStringLiteral("archived")).toBool(),
            b.value(QStringLiteral("template_version")).toInt(1)};
}

QPair<QString, QString> dossierOf(const SyncRecord& document)
{
    const QString key = document.body.value(QStringLiteral("dossier")).toString();
    return {key.section(QLatin1Char('|'), 0, 0), key.section(QLatin1Char('|'), 1)};
}

QString documentOf(const SyncRecord& pageOrReview)
{
    return pageOrReview.body.value(QStringLiteral("document")).toString();
}

SyncDocumentRow toDocument(const SyncRecord& r)
{
    const QJsonObject& b = r.body;
    return {r.id,
            r.caseNo,
            dossierOf(r).second,
            r.volume,
            b.value(QStringLiteral("position")).toInt(),
            b.value(QStringLiteral("doc_type")).toString(),
            b.value(QStringLiteral("title")).toString(),
            b.value(QStringLiteral("type_by_hand")).toBool()};
}

SyncPageRow toPage(const SyncRecord& r)
{
    const QJsonObject& b = r.body;
    SyncPageRow p;
    p.uid = r.id;
    p.caseNo = r.caseNo;
    p.volumeKind = r.volume;
    p.documentUid = documentOf(r);
    p.position = b.value(QStringLiteral("position")).toInt();
    if (const QJsonValue inDoc = b.value(QStringLiteral("page_in_document")); !inDoc.isNull() && !inDoc.isUndefined())
        p.pageInDocument = inDoc.toInt();
    p.kind = b.value(QStringLiteral("kind")).toString();
    p.sha256 = b.value(QStringLiteral("sha256")).toString();
    p.format = b.value(QStringLiteral("format")).toString();
    p.bytes = b.value(QStringLiteral("bytes")).toInteger();
    p.rotation = b.value(QStringLiteral("rotation")).toInt();
    p.skew = b.value(QStringLiteral("skew")).toDouble();
    p.dpi = b.value(QStringLiteral("dpi")).toInt();
    p.colourMode = b.value(QStringLiteral("colour_mode")).toString();
    p.width = b.value(QStringLiteral("width")).toInt();
    p.height = b.value(QStringLiteral("height")).toInt();
    p.flags = compactValue(b.value(QStringLiteral("flags")));
    p.text = b.value(QStringLiteral("text")).toString();
    p.ocrConfidence = b.value(QStringLiteral("ocr_confidence")).toDouble();
    p.ocr = compactValue(b.value(QStringLiteral("ocr")));
    p.transform = compactValue(b.value(QStringLiteral("transform")));
    p.source = b.value(QStringLiteral("source")).toString();
    p.scannedBy = b.value(QStringLiteral("scanned_by")).toString();
    return p;
}

SyncReviewRow toReview(const SyncRecord& r)
{
    const QJsonObject& b = r.body;
    return {r.id,
            r.caseNo,
            r.volume,
            documentOf(r),
            b.value(QStringLiteral("reviewer")).toString(),
            b.value(QStringLiteral("result")).toString(),
            b.value(QStringLiteral("note")).toString(),
            b.value(QStringLiteral("at")).toString()};
}

SyncRecord fromNote(const Note& note)
{
    SyncRecord r;
    r.kind = QStringLiteral("note");
    r.id = note.uid;
    r.caseNo = note.caseNo;
    r.deleted = note.deleted;
    r.body = note.toJson();
    return r;
}

Note toNote(const SyncRecord& r)
{
    Note n = Note::fromJson(r.id, r.caseNo, r.body);
    n.deleted = r.deleted;
    return n;
}

SyncRecord fromMovement(const Movement& m)
{
    SyncRecord r;
    r.kind = QStringLiteral("movement");
    r.id = m.uid;
    r.caseNo = m.caseNo;
    r.body = m.toJson();
    return r;
}

SyncRecord fromCaseEvent(const CaseEventRecord& e)
{
    SyncRecord r;
    r.kind = QStringLiteral("case_event");
    r.id = e.uid;
    r.caseNo = e.caseNo;
    r.body = e.toJson();
    return r;
}

Movement toMovement(const SyncRecord& r)
{
    return Movement::fromJson(r.id, r.caseNo, r.body);
}

CaseEventRecord toCaseEvent(const SyncRecord& r)
{
    return CaseEventRecord::fromJson(r.id, r.caseNo, r.body);
}

QString describe(const QString& kind, const QJsonObject& body)
{
    const auto text = [](const char* source) { return QCoreApplication::translate("Dossier::SyncEngine", source); };
    const auto field = [&body](const char* name) { return body.value(QLatin1String(name)).toString().left(60); };
    if (kind == QLatin1String("document") && !field("title").isEmpty())
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the document \"%1\"")).arg(field("title"));
    if (kind == QLatin1String("page") && body.value(QStringLiteral("position")).isDouble())
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "page %1"))
            .arg(body.value(QStringLiteral("position")).toInteger() + 1);
    if (kind == QLatin1String("dossier") && !field("dossier_id").isEmpty())
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the dossier %1")).arg(field("dossier_id"));
    if (kind == QLatin1String("case"))
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the case details"));
    if (kind == QLatin1String("qc_review") && !field("reviewer").isEmpty())
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the quality check review by %1")).arg(field("reviewer"));
    if (kind == QLatin1String("note")) {
        const QString words = (field("text").isEmpty() ? field("quote") : field("text")).simplified().left(30);
        return words.isEmpty() ? text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "your note"))
                               : text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "your note \"%1\"")).arg(words);
    }
    if (kind == QLatin1String("movement"))
        if (const auto k = Movement::kindFromKey(field("kind")))
            return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the %1 recorded at %2"))
                .arg(Movement::kindName(*k), QDateTime::fromString(field("at"), Qt::ISODateWithMs)
                                                 .toLocalTime()
                                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (kind == QLatin1String("case_event") && !field("kind").isEmpty())
        return text(QT_TRANSLATE_NOOP("Dossier::SyncEngine", "the case event %1 of %2"))
            .arg(field("kind"), field("date"));
    return RecordSchema::kindName(kind);
}

} // namespace Dossier::RecordCodec
