#include "domain/recordschema.h"

#include "domain/casenumber.h"
#include "domain/holidaycalendar.h"
#include "domain/note.h"
#include "domain/paper.h"
#include "domain/statutoryclock.h"
#include "domain/templateversions.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace Dossier::RecordSchema {
namespace {

Error invalid(const char* sourceText, QStringList args)
{
    return Error(QStringLiteral("record_invalid"), sourceText, std::move(args));
}

Error badField(const QString& kind, const QString& field, const char* why)
{
    return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A %1 record's field \"%2\" is not valid: %3."),
                   {kindName(kind), field, QCoreApplication::translate("Dossier::Error", why)});
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f');
}

// No control characters (text may keep line breaks and tabs where `multiLine`).
bool isCleanText(const QString& s, bool multiLine)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (multiLine && (u == u'\n' || u == u'\t' || u == u'\r'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return false;
    }
    return true;
}

enum class Type {
    Text,     // a string without control characters, at most kMaxTextField
    LongText, // a string, line breaks allowed (OCR text); at most `hi` characters when hi > 0
    Name,     // a person's name: isPersonName, or empty when `lo` is 0
    Stamp,    // a moment, UTC ISO 8601 ("2024-03-01T09:00:00.000Z")
    Int,      // an integral number within [lo, hi]
    OptInt,   // the same, or null
    Number,   // a finite number
    Bool,
    Object,  // a JSON object
    OptJson, // an object, an array or null (flags, OCR boxes, transform)
    Uuid,
    OptUuid, // a UUID or an empty string
    Sha256,
    Format, // a page master format
    OneOf,  // one of `choices`
};

struct Field final
{
    const char* name;
    Type type;
    double lo = 0;
    double hi = 0;
    std::initializer_list<const char*> choices = {};
};

// UTC ISO 8601, as Clock::stamp() writes it (milliseconds optional).
bool isStamp(const QJsonValue& v)
{
    const QString s = v.toString();
    return v.isString() && s.size() <= 40 && s.endsWith(QLatin1Char('Z')) && isCleanText(s, false) &&
           QDateTime::fromString(s, Qt::ISODateWithMs).isValid();
}

bool integral(const QJsonValue& v, double lo, double hi)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && d >= lo && d <= hi;
}

// Why a value does not have its field's type, or nullptr.
const char* typeProblem(const Field& f, const QJsonValue& v)
{
    switch (f.type) {
    case Type::Text:
        return !v.isString() ? QT_TRANSLATE_NOOP("Dossier::Error", "not a string")
               : v.toString().size() > kMaxTextField || !isCleanText(v.toString(), false)
                   ? QT_TRANSLATE_NOOP("Dossier::Error", "too long or with control characters")
                   : nullptr;
    case Type::LongText:
        return !v.isString()                      ? QT_TRANSLATE_NOOP("Dossier::Error", "not a string")
               : !isCleanText(v.toString(), true) ? QT_TRANSLATE_NOOP("Dossier::Error", "control characters")
               : f.hi > 0 && v.toString().size() > f.hi
                   ? QT_TRANSLATE_NOOP("Dossier::Error", "too long or with control characters")
                   : nullptr;
    case Type::Name:
        return v.isString() && (isPersonName(v.toString()) || (f.lo == 0 && v.toString().isEmpty()))
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Dossier::Error", "not a name of at most 200 characters");
    case Type::Stamp:
        return isStamp(v) ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not a UTC time");
    case Type::Int:
        return integral(v, f.lo, f.hi) ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not an integer in range");
    case Type::OptInt:
        return v.isNull() || integral(v, f.lo, f.hi) ? nullptr
                                                     : QT_TRANSLATE_NOOP("Dossier::Error", "not an integer in range");
    case Type::Number:
        return v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() >= f.lo && v.toDouble() <= f.hi
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Dossier::Error", "not a number in range");
    case Type::Bool:
        return v.isBool() ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not true or false");
    case Type::Object:
        return v.isObject() ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not an object");
    case Type::OptJson:
        return v.isObject() || v.isArray() || v.isNull()
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Dossier::Error", "not an object or array");
    case Type::Uuid:
        return isUuid(v.toString()) ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not an id");
    case Type::OptUuid:
        return v.isString() && (v.toString().isEmpty() || isUuid(v.toString()))
                   ? nullptr
                   : QT_TRANSLATE_NOOP("Dossier::Error", "not an id");
    case Type::Sha256:
        return isSha256(v.toString()) ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not a SHA-256");
    case Type::Format:
        return isMasterFormat(v.toString()) ? nullptr : QT_TRANSLATE_NOOP("Dossier::Error", "not an image format");
    case Type::OneOf:
        for (const char* c : f.choices)
            if (v.isString() && v.toString() == QLatin1String(c))
                return nullptr;
        return QT_TRANSLATE_NOOP("Dossier::Error", "not one of the allowed values");
    }
    return QT_TRANSLATE_NOOP("Dossier::Error", "unknown");
}

std::optional<Error> checkFields(const QString& kind, const QJsonObject& body, std::initializer_list<Field> fields)
{
    for (const Field& f : fields) {
        const QJsonValue v = body.value(QLatin1String(f.name));
        if (v.isUndefined())
            return badField(kind, QLatin1String(f.name), QT_TRANSLATE_NOOP("Dossier::Error", "missing"));
        if (const char* why = typeProblem(f, v))
            return badField(kind, QLatin1String(f.name), why);
    }
    return std::nullopt;
}

// Fields a record may leave out (added to its kind later: older desks and servers do not write them); when
// present, they are checked as any other.
std::optional<Error> checkOptionalFields(const QString& kind, const QJsonObject& body,
                                         std::initializer_list<Field> fields)
{
    for (const Field& f : fields)
        if (const QJsonValue v = body.value(QLatin1String(f.name)); !v.isUndefined())
            if (const char* why = typeProblem(f, v))
                return badField(kind, QLatin1String(f.name), why);
    return std::nullopt;
}

// A normalised 案号 (the form CaseNumber::toString writes). A feed page holds thousands of records of a few
// cases: the answers are remembered per thread.
bool isCaseNumber(const QString& caseNo)
{
    thread_local QHash<QString, bool> known;
    if (const auto it = known.constFind(caseNo); it != known.constEnd())
        return *it;
    const auto cn = CaseNumber::parse(caseNo);
    const bool ok = cn && cn->toString() == caseNo;
    if (known.size() > 10000)
        known.clear();
    known.insert(caseNo, ok);
    return ok;
}

constexpr double kMaxCount = 1e6;
constexpr double kMaxPixels = 1e6; // one side, in pixels

std::optional<Error> checkBody(const Record& r);

std::optional<Error> checkCase(const Record& r)
{
    if (r.id != r.caseNo)
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not the case number"));
    if (auto e =
            checkFields(r.kind, r.body, {{"case_no", Type::Text}, {"info", Type::Object}, {"classified", Type::Bool}}))
        return e;
    if (r.body.value(QStringLiteral("case_no")).toString() != r.caseNo)
        return badField(r.kind, QStringLiteral("case_no"), QT_TRANSLATE_NOOP("Dossier::Error", "not the case number"));
    return std::nullopt;
}

std::optional<Error> checkDossier(const Record& r)
{
    if (auto e = checkFields(r.kind, r.body,
                             {{"dossier_id", Type::Text},
                              {"template_id", Type::Text},
                              {"submitted_at", Type::Text},
                              {"submitted_by", Type::Text},
                              {"archived", Type::Bool}}))
        return e;
    if (auto e = checkOptionalFields(r.kind, r.body, {{"template_version", Type::Int, 1, 1e6}}))
        return e;
    const QString key = r.body.value(QStringLiteral("dossier_id")).toString();
    if (!isDossierKey(key) || r.id != r.caseNo + QLatin1Char('|') + key)
        return badField(r.kind, QStringLiteral("dossier_id"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "not the dossier's id"));
    if (!isTemplateId(r.body.value(QStringLiteral("template_id")).toString()))
        return badField(r.kind, QStringLiteral("template_id"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "not a template id"));
    return std::nullopt;
}

std::optional<Error> checkDocument(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    if (auto e = checkFields(r.kind, r.body,
                             {{"dossier", Type::Text},
                              {"position", Type::Int, 0, kMaxCount},
                              {"doc_type", Type::Text},
                              {"title", Type::Text}}))
        return e;
    if (auto e = checkOptionalFields(r.kind, r.body, {{"type_by_hand", Type::Bool}}))
        return e;
    const QString dossier = r.body.value(QStringLiteral("dossier")).toString();
    if (!dossier.startsWith(r.caseNo + QLatin1Char('|')) || !isDossierKey(dossier.mid(r.caseNo.size() + 1)))
        return badField(r.kind, QStringLiteral("dossier"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "not a dossier of the case"));
    return std::nullopt;
}

std::optional<Error> checkPage(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    // Who scanned the page (the operator of its batch on the desk that scanned it); left out when not recorded.
    if (auto e = checkOptionalFields(r.kind, r.body, {{"scanned_by", Type::Name, 1}}))
        return e;
    return checkFields(r.kind, r.body,
                       {{"document", Type::OptUuid},
                        {"position", Type::Int, 0, kMaxCount},
                        {"page_in_document", Type::OptInt, 0, kMaxCount},
                        {"kind", Type::OneOf, 0, 0, {"content", "separator", "blank"}},
                        {"sha256", Type::Sha256},
                        {"format", Type::Format},
                        {"bytes", Type::Int, 1, double(qint64(1) << 31)},
                        {"rotation", Type::Int, -360, 360},
                        {"skew", Type::Number, -90, 90},
                        {"dpi", Type::Int, 0, 10000},
                        {"colour_mode", Type::OneOf, 0, 0, {"colour", "grey", "bitonal"}},
                        {"width", Type::Int, 0, kMaxPixels},
                        {"height", Type::Int, 0, kMaxPixels},
                        {"flags", Type::OptJson},
                        {"text", Type::LongText},
                        {"ocr_confidence", Type::Number, -1, 100},
                        {"ocr", Type::OptJson},
                        {"transform", Type::OptJson},
                        {"source", Type::Text}});
}

// One QC sample review of a document (DA/T 31 §12): an immutable fact, one record per review, so that two
// desks reviewing offline never conflict. Its volume is the document's (the server checks that the document is
// of the record's case and volume).
std::optional<Error> checkReview(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    if (r.volume.isEmpty())
        return badField(r.kind, QStringLiteral("volume"), QT_TRANSLATE_NOOP("Dossier::Error", "not main or secondary"));
    return checkFields(r.kind, r.body,
                       {{"document", Type::Uuid},
                        {"reviewer", Type::Name, 1},
                        {"result", Type::OneOf, 0, 0, {"ok", "mismatch"}},
                        {"note", Type::LongText, 0, kMaxTextField},
                        {"at", Type::Stamp}});
}

// A judge's private note (issue 13): the body is Note::toJson() and passes Note::check(), the one validation of a
// note, with its times as UTC stamps. A note is of its case but of no volume (it belongs to its author, who is
// the only one to see it: the server keeps it out of everyone else's feed).
std::optional<Error> checkNote(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    if (!r.volume.isEmpty())
        return badField(r.kind, QStringLiteral("volume"), QT_TRANSLATE_NOOP("Dossier::Error", "a note has no volume"));
    if (auto e = checkFields(r.kind, r.body,
                             {{"author", Type::Name, 1},
                              {"kind", Type::Text},
                              {"page", Type::OptUuid},
                              {"quote", Type::LongText},
                              {"colour", Type::Text},
                              {"text", Type::LongText},
                              {"status", Type::Text},
                              {"position", Type::Int, 0, kMaxCount},
                              {"created_at", Type::Stamp},
                              {"updated_at", Type::Stamp}}))
        return e;
    for (const char* list : {"tags", "links"})
        if (!r.body.value(QLatin1String(list)).isArray())
            return badField(r.kind, QLatin1String(list), QT_TRANSLATE_NOOP("Dossier::Error", "not a list"));
    if (const QJsonValue box = r.body.value(QStringLiteral("box")); !box.isUndefined() && !box.isArray())
        return badField(r.kind, QStringLiteral("box"), QT_TRANSLATE_NOOP("Dossier::Error", "not a list"));
    return Note::fromJson(r.id, r.caseNo, r.body).check();
}

// A movement of a case's paper in the 中间库 (issue 14): the body is Movement::toJson() and passes Movement::check(),
// the one validation of a movement. Of its case, of no volume; never changed or deleted once recorded.
std::optional<Error> checkMovement(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    if (!r.volume.isEmpty())
        return badField(r.kind, QStringLiteral("volume"), QT_TRANSLATE_NOOP("Dossier::Error", "it has no volume"));
    if (auto e = checkFields(r.kind, r.body,
                             {{"kind", Type::Text}, {"at", Type::Stamp}, {"by", Type::Name, 1}, {"desk", Type::Text}}))
        return e;
    if (auto e = checkOptionalFields(r.kind, r.body,
                                     {{"holder", Type::Name},
                                      {"due", Type::Text},
                                      {"location", Type::Text},
                                      {"reason", Type::Text},
                                      {"purpose", Type::Text},
                                      {"approval", Type::Text},
                                      {"note", Type::LongText, 0, kMaxTextField},
                                      {"volumes", Type::Int, 0, kMaxCount}}))
        return e;
    if (const QJsonValue items = r.body.value(QStringLiteral("items")); !items.isUndefined() && !items.isArray())
        return badField(r.kind, QStringLiteral("items"), QT_TRANSLATE_NOOP("Dossier::Error", "not a list"));
    return Movement::fromJson(r.id, r.caseNo, r.body).check();
}

// A case event that starts or stops a statutory clock (issue 14): the body is CaseEventRecord::toJson() and passes
// its check(). Of its case, of no volume; never changed or deleted once recorded.
std::optional<Error> checkCaseEvent(const Record& r)
{
    if (!isUuid(r.id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not an id"));
    if (!r.volume.isEmpty())
        return badField(r.kind, QStringLiteral("volume"), QT_TRANSLATE_NOOP("Dossier::Error", "it has no volume"));
    if (auto e = checkFields(r.kind, r.body,
                             {{"kind", Type::Text}, {"date", Type::Text}, {"at", Type::Stamp}, {"by", Type::Name, 1}}))
        return e;
    return CaseEventRecord::fromJson(r.id, r.caseNo, r.body).check();
}

// One year of the holiday calendar an administrator publishes (issue 14): its id is the year, its body the year's
// file, which HolidayCalendar::fromJson() takes (the one validation of a calendar) for that year alone.
std::optional<Error> checkCalendar(const Record& r)
{
    const bool digits = r.id.size() == 4 && std::all_of(r.id.begin(), r.id.end(), [](QChar c) { return c.isDigit(); });
    if (!digits)
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not a year"));
    if (!r.caseNo.isEmpty() || !r.volume.isEmpty())
        return badField(r.kind, QStringLiteral("case_no"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "a calendar has no case and no volume"));
    const Result<HolidayCalendar> cal = HolidayCalendar::fromJson(QJsonDocument(r.body).toJson(QJsonDocument::Compact));
    if (!cal)
        return cal.error();
    if (cal->years() != QList<int>{r.id.toInt()})
        return badField(r.kind, QStringLiteral("year"), QT_TRANSLATE_NOOP("Dossier::Error", "not the record's year"));
    return std::nullopt;
}

// One published version of a catalogue template, "<id>@<version>" (before versions were kept: "<id>"): a template
// CatalogueTemplate::fromJson reads (codes, sizes, migrations), of that id and version.
std::optional<Error> checkTemplate(const Record& r)
{
    const auto idVersion = TemplateVersions::parseVersionId(r.id);
    const QString id = idVersion ? idVersion->first : r.id;
    if (!isTemplateId(id))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not a template id"));
    if (!r.caseNo.isEmpty())
        return badField(r.kind, QStringLiteral("case_no"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "a template has no case"));
    auto t = CatalogueTemplate::fromJson(r.body);
    if (!t)
        return t.error();
    if (t->id != id || (idVersion && t->version != idVersion->second))
        return badField(r.kind, QStringLiteral("version"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "not the record's template and version"));
    return std::nullopt;
}

// Which version of a template the desks use (TemplateVersions::Release).
std::optional<Error> checkTemplateRelease(const Record& r)
{
    if (!isTemplateId(r.id) || r.id.contains(QLatin1Char('@')))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not a template id"));
    if (!r.caseNo.isEmpty())
        return badField(r.kind, QStringLiteral("case_no"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "a template has no case"));
    if (auto rel = TemplateVersions::Release::fromJson(r.id, r.body); !rel)
        return rel.error();
    return std::nullopt;
}

// kind/id/<16 hex> of the version it keeps; its body names the record and holds the other version.
std::optional<Error> checkConflict(const Record& r)
{
    if (auto e = checkFields(r.kind, r.body,
                             {{"kind", Type::OneOf, 0, 0, {"case", "dossier", "document", "page"}},
                              {"id", Type::Text},
                              {"body", Type::Object},
                              {"from", Type::Text}}))
        return e;
    const QString ofKind = r.body.value(QStringLiteral("kind")).toString();
    const QString ofId = r.body.value(QStringLiteral("id")).toString();
    const QString prefix = ofKind + QLatin1Char('/') + ofId + QLatin1Char('/');
    const QString tail = r.id.mid(prefix.size());
    if (!r.id.startsWith(prefix) || tail.size() != 16 || !std::all_of(tail.begin(), tail.end(), isHex))
        return badField(r.kind, QStringLiteral("id"), QT_TRANSLATE_NOOP("Dossier::Error", "not the conflict's id"));
    for (const char* f : {"settled_at", "settled_by", "resolution"})
        if (const QJsonValue v = r.body.value(QLatin1String(f)); !v.isUndefined())
            if (const char* why = typeProblem({f, Type::Text}, v))
                return badField(r.kind, QLatin1String(f), why);
    Record other{ofKind, ofId, r.caseNo, r.volume, false, r.body.value(QStringLiteral("body")).toObject()};
    return checkBody(other);
}

std::optional<Error> checkBody(const Record& r)
{
    if (r.kind == QLatin1String("case"))
        return checkCase(r);
    if (r.kind == QLatin1String("dossier"))
        return checkDossier(r);
    if (r.kind == QLatin1String("document"))
        return checkDocument(r);
    if (r.kind == QLatin1String("page"))
        return checkPage(r);
    if (r.kind == QLatin1String("qc_review"))
        return checkReview(r);
    if (r.kind == QLatin1String("note"))
        return checkNote(r);
    if (r.kind == QLatin1String("movement"))
        return checkMovement(r);
    if (r.kind == QLatin1String("case_event"))
        return checkCaseEvent(r);
    if (r.kind == QLatin1String("calendar"))
        return checkCalendar(r);
    if (r.kind == QLatin1String("template"))
        return checkTemplate(r);
    if (r.kind == QLatin1String("template_release"))
        return checkTemplateRelease(r);
    return checkConflict(r);
}

} // namespace

const QStringList& kinds()
{
    static const QStringList k = {
        QStringLiteral("case"),     QStringLiteral("dossier"),          QStringLiteral("document"),
        QStringLiteral("page"),     QStringLiteral("qc_review"),        QStringLiteral("note"),
        QStringLiteral("movement"), QStringLiteral("case_event"),       QStringLiteral("calendar"),
        QStringLiteral("template"), QStringLiteral("template_release"), QStringLiteral("conflict")};
    return k;
}

QString kindName(const QString& kind)
{
    static const std::pair<const char*, const char*> names[] = {
        {"case", QT_TRANSLATE_NOOP("Dossier::Error", "case details")},
        {"dossier", QT_TRANSLATE_NOOP("Dossier::Error", "dossier")},
        {"document", QT_TRANSLATE_NOOP("Dossier::Error", "document")},
        {"page", QT_TRANSLATE_NOOP("Dossier::Error", "page")},
        {"qc_review", QT_TRANSLATE_NOOP("Dossier::Error", "quality check review")},
        {"note", QT_TRANSLATE_NOOP("Dossier::Error", "private note")},
        {"movement", QT_TRANSLATE_NOOP("Dossier::Error", "movement of paper")},
        {"case_event", QT_TRANSLATE_NOOP("Dossier::Error", "case event")},
        {"calendar", QT_TRANSLATE_NOOP("Dossier::Error", "holiday calendar")},
        {"template", QT_TRANSLATE_NOOP("Dossier::Error", "template")},
        {"template_release", QT_TRANSLATE_NOOP("Dossier::Error", "template release")},
        {"conflict", QT_TRANSLATE_NOOP("Dossier::Error", "conflict")}};
    for (const auto& [k, name] : names)
        if (kind == QLatin1String(k))
            return QCoreApplication::translate("Dossier::Error", name);
    return kind.left(40);
}

const QStringList& masterFormats()
{
    static const QStringList f = {QStringLiteral("jpg"), QStringLiteral("png"), QStringLiteral("tif")};
    return f;
}

bool isSha256(const QString& text)
{
    return text.size() == 64 && std::all_of(text.begin(), text.end(), isHex);
}

bool isUuid(const QString& text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != QLatin1Char('-') : !isHex(text[i]))
            return false;
    }
    return true;
}

bool isAppendOnly(const QString& kind)
{
    return kind == QLatin1String("movement") || kind == QLatin1String("case_event");
}

bool hasNoCase(const QString& kind)
{
    return kind == QLatin1String("template") || kind == QLatin1String("template_release") ||
           kind == QLatin1String("calendar");
}

bool isMasterFormat(const QString& text)
{
    return masterFormats().contains(text);
}

bool isDossierKey(const QString& text)
{
    return text.size() <= kMaxIdLength && isCleanText(text, false) && !text.contains(QLatin1Char('/')) &&
           !text.contains(QLatin1Char('\\')) && !text.contains(QLatin1Char('|')) && text != QLatin1String("..") &&
           text != QLatin1String(".");
}

bool isPersonName(const QString& text)
{
    return !text.isEmpty() && text.size() <= kMaxNameLength && isCleanText(text, false);
}

bool isTemplateId(const QString& text)
{
    if (text.isEmpty() || text.size() > kMaxIdLength || text.startsWith(QLatin1Char('.')))
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-' ||
                        u == u'_' || u == u'.';
        if (!ok)
            return false;
    }
    return true;
}

std::optional<Error> check(const Record& r, qint64 bodyBytes)
{
    if (!kinds().contains(r.kind))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A record has the unknown kind \"%1\"."), {r.kind.left(40)});
    if (r.id.isEmpty() || r.id.size() > (r.kind == QLatin1String("conflict") ? 3 * kMaxIdLength : kMaxIdLength) ||
        !isCleanText(r.id, false))
        return badField(r.kind, QStringLiteral("id"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "empty, too long or with control characters"));
    if (!r.volume.isEmpty() && r.volume != QLatin1String("main") && r.volume != QLatin1String("secondary"))
        return badField(r.kind, QStringLiteral("volume"), QT_TRANSLATE_NOOP("Dossier::Error", "not main or secondary"));
    if (!hasNoCase(r.kind) && !isCaseNumber(r.caseNo))
        return badField(r.kind, QStringLiteral("case_no"), QT_TRANSLATE_NOOP("Dossier::Error", "not a case number"));
    const bool small =
        r.kind != QLatin1String("page") && r.kind != QLatin1String("template") && r.kind != QLatin1String("conflict");
    if (bodyBytes > (small ? kMaxSmallRecordBytes : kMaxRecordBytes))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A %1 record of %2 KB is larger than allowed (%3 KB)."),
                       {kindName(r.kind), QString::number(bodyBytes / 1024),
                        QString::number((small ? kMaxSmallRecordBytes : kMaxRecordBytes) / 1024)});
    // Facts are never deleted; nor is a year of the calendar (a correction replaces it: desks keep what they hold).
    if (r.deleted && (isAppendOnly(r.kind) || r.kind == QLatin1String("calendar")))
        return badField(r.kind, QStringLiteral("deleted"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "a record of this kind is never deleted"));
    if (r.deleted && r.body.isEmpty())
        return std::nullopt; // a deletion needs no body; one that carries one is checked like any other
    return checkBody(r);
}

} // namespace Dossier::RecordSchema
