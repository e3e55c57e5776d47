#pragma once
// The records desks and dossier-server exchange (case, dossier, document, page, qc_review, note, movement,
// case_event, calendar, template, conflict), as data that arrives from the network: hostile until checked. The server
// checks every operation a desk sends, and a desk checks every record the feed brings, with the same rules, before
// anything of it is used to build a path, bind a column or reach the profile.
#include <dossier/result.h>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier::RecordSchema {

inline constexpr qint64 kMaxRecordBytes = 4LL * 1024 * 1024; // a page with its OCR boxes stays far below
inline constexpr qint64 kMaxSmallRecordBytes = 256LL * 1024; // every kind but page, template and conflict
inline constexpr int kMaxIdLength = 200;
inline constexpr int kMaxTextField = 2000; // titles, names, sources
inline constexpr int kMaxNameLength = 200; // a person's name: who scanned a page, who reviewed a document

const QStringList& kinds();
// Page master formats, as file extensions: the only values a path may be built from.
const QStringList& masterFormats();
// A record kind as the user reads it (page → 页面), in the current language.
QString kindName(const QString& kind);
bool isSha256(const QString& text);       // 64 lower-case hex digits
bool isUuid(const QString& text);         // 8-4-4-4-12 lower-case hex
bool isMasterFormat(const QString& text); // jpg, png, tif
// A dossier's own id (from its separator sheet): printable, no path separators, at most 200 characters.
bool isDossierKey(const QString& text);
// A template id: letters, digits, '-', '_', '.', at most 200 characters, not starting with '.'.
bool isTemplateId(const QString& text);
// A person's name as a record carries it: 1 to 200 characters, no control characters.
bool isPersonName(const QString& text);
// Kinds whose records are facts, never changed or deleted once written (movement, case_event): the same record
// sent again is the same fact; another body under its id is refused.
bool isAppendOnly(const QString& kind);
// Kinds of no case (template, calendar).
bool hasNoCase(const QString& kind);

struct Record final
{
    QString kind;
    QString id;
    QString caseNo; // empty: none (templates)
    QString volume; // empty, "main" or "secondary"
    bool deleted = false;
    QJsonObject body;
};

// What is wrong with a record, or nothing: the first problem found, as an error with a stable code
// ("record_invalid") and a bilingual message naming the field. `bodyBytes` is the size of the body as
// received (compact JSON), checked against the kind's limit.
std::optional<Error> check(const Record& r, qint64 bodyBytes);

} // namespace Dossier::RecordSchema
