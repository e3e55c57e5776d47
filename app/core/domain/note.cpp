#include "domain/note.h"

#include "common/clock.h"
#include "domain/recordschema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

#include <array>

namespace Dossier {
namespace {

constexpr int kMaxText = 20000;   // a reading note may be long; an annotation's comment usually is not
constexpr int kMaxQuote = 4000;   // the text under a region
constexpr int kMaxTags = 16;      // per note
constexpr int kMaxTagLength = 40; // characters
constexpr int kMaxLinks = 200;    // annotations a reading note cites
constexpr int kMaxPixels = 100000;

struct KindKey
{
    Note::Kind kind;
    const char* key;
    const char* name;
};
constexpr std::array kKinds = {
    KindKey{Note::Kind::Highlight, "highlight", QT_TRANSLATE_NOOP("Dossier::Note", "Highlight")},
    KindKey{Note::Kind::Box, "box", QT_TRANSLATE_NOOP("Dossier::Note", "Box")},
    KindKey{Note::Kind::Comment, "comment", QT_TRANSLATE_NOOP("Dossier::Note", "Comment")},
    KindKey{Note::Kind::Focus, "focus", QT_TRANSLATE_NOOP("Dossier::Note", "Dispute focus")},
    KindKey{Note::Kind::Fact, "fact", QT_TRANSLATE_NOOP("Dossier::Note", "Fact to prove")},
    KindKey{Note::Kind::Question, "question", QT_TRANSLATE_NOOP("Dossier::Note", "Question for the hearing")},
    KindKey{Note::Kind::Bookmark, "bookmark", QT_TRANSLATE_NOOP("Dossier::Note", "Bookmark")},
};

struct StatusKey
{
    Note::Status status;
    const char* key;
    const char* name;
};
constexpr std::array kStatuses = {
    StatusKey{Note::Status::Undisputed, "undisputed", QT_TRANSLATE_NOOP("Dossier::Note", "Undisputed")},
    StatusKey{Note::Status::Disputed, "disputed", QT_TRANSLATE_NOOP("Dossier::Note", "Disputed")},
    StatusKey{Note::Status::Open, "open", QT_TRANSLATE_NOOP("Dossier::Note", "To be checked")},
};

constexpr std::array kColourNames = {
    QT_TRANSLATE_NOOP("Dossier::Note", "yellow"), QT_TRANSLATE_NOOP("Dossier::Note", "red"),
    QT_TRANSLATE_NOOP("Dossier::Note", "green"),  QT_TRANSLATE_NOOP("Dossier::Note", "blue"),
    QT_TRANSLATE_NOOP("Dossier::Note", "purple"), QT_TRANSLATE_NOOP("Dossier::Note", "orange"),
    QT_TRANSLATE_NOOP("Dossier::Note", "grey"),
};

Error noteInvalid(const char* field, const char* why)
{
    return Error(QStringLiteral("note_invalid"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "A note's field \"%1\" is not valid: %2."),
                 {QString::fromLatin1(field), QCoreApplication::translate("Dossier::Error", why)});
}

// Control characters, a surrogate without its pair, or a non-character (U+FFFE, U+FFFF): none may reach a note
// (an ODT or a PDF written from it would be broken).
bool hasControl(const QString& s, bool multiLine)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s.at(i).unicode();
        if (multiLine && (u == u'\n' || u == u'\t'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u >= 0xfffe)
            return true;
        if (QChar::isHighSurrogate(u) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            ++i; // a character beyond the basic plane (𠮷): kept
            continue;
        }
        if (QChar::isSurrogate(u))
            return true;
    }
    return false;
}

// A note's time as the desks stamp it (UTC ISO 8601), and not from the future: a later time wins between desks.
bool isNoteTime(const QString& stamp)
{
    if (stamp.isEmpty())
        return true; // stamped when stored
    const QDateTime t = QDateTime::fromString(stamp, Qt::ISODateWithMs);
    return stamp.size() <= 40 && stamp.endsWith(QLatin1Char('Z')) && t.isValid() &&
           t <= Clock::currentDateTimeUtc().addDays(1);
}

QJsonArray toArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QStringList fromArray(const QJsonValue& v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue& e : a)
        out << (e.isString() ? e.toString() : QStringLiteral("\x01")); // a non-string is caught by check()
    return out;
}

std::optional<Error> checkTexts(const Note& n)
{
    if (n.text.size() > kMaxText || hasControl(n.text, true))
        return noteInvalid("text", QT_TRANSLATE_NOOP("Dossier::Error", "too long or has control characters"));
    if (n.quote.size() > kMaxQuote || hasControl(n.quote, true))
        return noteInvalid("quote", QT_TRANSLATE_NOOP("Dossier::Error", "too long or has control characters"));
    if (n.tags.size() > kMaxTags)
        return noteInvalid("tags", QT_TRANSLATE_NOOP("Dossier::Error", "too many tags"));
    for (const QString& t : n.tags)
        if (t.trimmed().isEmpty() || t.size() > kMaxTagLength || hasControl(t, false))
            return noteInvalid("tags", QT_TRANSLATE_NOOP("Dossier::Error", "a tag is empty, too long or not text"));
    if (n.links.size() > kMaxLinks)
        return noteInvalid("links", QT_TRANSLATE_NOOP("Dossier::Error", "too many links"));
    for (const QString& l : n.links)
        if (!RecordSchema::isUuid(l))
            return noteInvalid("links", QT_TRANSLATE_NOOP("Dossier::Error", "a link is not a note's id"));
    return std::nullopt;
}

} // namespace

QString Note::kindKey(Kind kind)
{
    for (const KindKey& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<Note::Kind> Note::kindFromKey(const QString& key)
{
    for (const KindKey& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString Note::statusKey(Status status)
{
    for (const StatusKey& s : kStatuses)
        if (s.status == status)
            return QString::fromLatin1(s.key);
    return {};
}

std::optional<Note::Status> Note::statusFromKey(const QString& key)
{
    if (key.isEmpty())
        return Status::None;
    for (const StatusKey& s : kStatuses)
        if (key == QLatin1String(s.key))
            return s.status;
    return std::nullopt;
}

const QStringList& Note::colours()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* c : kColourNames)
            l << QString::fromLatin1(c);
        return l;
    }();
    return list;
}

QString Note::kindName(Kind kind)
{
    for (const KindKey& k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Dossier::Note", k.name);
    return {};
}

QString Note::statusName(Status status)
{
    for (const StatusKey& s : kStatuses)
        if (s.status == status)
            return QCoreApplication::translate("Dossier::Note", s.name);
    return {};
}

QString Note::colourName(const QString& colour)
{
    return colours().contains(colour) ? QCoreApplication::translate("Dossier::Note", qPrintable(colour)) : colour;
}

QJsonObject Note::toJson() const
{
    QJsonObject o{{QStringLiteral("author"), author},
                  {QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("page"), pageUid},
                  {QStringLiteral("quote"), quote},
                  {QStringLiteral("colour"), colour},
                  {QStringLiteral("tags"), toArray(tags)},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("status"), statusKey(status)},
                  {QStringLiteral("links"), toArray(links)},
                  {QStringLiteral("position"), position},
                  {QStringLiteral("created_at"), createdAt},
                  {QStringLiteral("updated_at"), updatedAt}};
    if (!box.isNull())
        o.insert(QStringLiteral("box"), QJsonArray{box.x(), box.y(), box.width(), box.height()});
    return o;
}

Note Note::fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body)
{
    Note n;
    n.uid = uid;
    n.caseNo = caseNo;
    n.author = body.value(QStringLiteral("author")).toString();
    n.kind = kindFromKey(body.value(QStringLiteral("kind")).toString()).value_or(Kind(-1));
    n.pageUid = body.value(QStringLiteral("page")).toString();
    const QJsonArray b = body.value(QStringLiteral("box")).toArray();
    bool inRange = b.size() == 4;
    for (const QJsonValue& v : b) // each within the page before a rectangle is made of them (no overflow)
        inRange = inRange && v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= kMaxPixels;
    if (inRange)
        n.box = QRect(b.at(0).toInt(), b.at(1).toInt(), b.at(2).toInt(), b.at(3).toInt());
    else if (body.contains(QStringLiteral("box")))
        n.box = QRect(-1, -1, -1, -1); // present but not four numbers on the page: refused by check()
    n.quote = body.value(QStringLiteral("quote")).toString();
    n.colour = body.value(QStringLiteral("colour")).toString();
    n.tags = fromArray(body.value(QStringLiteral("tags")));
    n.text = body.value(QStringLiteral("text")).toString();
    n.status = statusFromKey(body.value(QStringLiteral("status")).toString()).value_or(Status(-1));
    n.links = fromArray(body.value(QStringLiteral("links")));
    n.position = body.value(QStringLiteral("position")).toInt(-1);
    n.createdAt = body.value(QStringLiteral("created_at")).toString();
    n.updatedAt = body.value(QStringLiteral("updated_at")).toString();
    return n;
}

std::optional<Error> Note::check() const
{
    if (kindKey(kind).isEmpty())
        return noteInvalid("kind", QT_TRANSLATE_NOOP("Dossier::Error", "not a kind of note"));
    if (!RecordSchema::isPersonName(author))
        return noteInvalid("author", QT_TRANSLATE_NOOP("Dossier::Error", "not a user's name"));
    if (!pageUid.isEmpty() && !RecordSchema::isUuid(pageUid))
        return noteInvalid("page", QT_TRANSLATE_NOOP("Dossier::Error", "not a page's id"));
    const bool hasPage = pageId > 0 || !pageUid.isEmpty();
    if ((kind == Kind::Highlight || kind == Kind::Box || kind == Kind::Bookmark) && !hasPage)
        return noteInvalid("page",
                           QT_TRANSLATE_NOOP("Dossier::Error", "a highlight, a box or a bookmark needs its page"));
    if (!box.isNull() && (box.x() < 0 || box.y() < 0 || box.width() <= 0 || box.height() <= 0 || box.x() > kMaxPixels ||
                          box.y() > kMaxPixels || box.width() > kMaxPixels || box.height() > kMaxPixels || !hasPage))
        return noteInvalid("box", QT_TRANSLATE_NOOP("Dossier::Error", "not a region of its page"));
    if (!colours().contains(colour))
        return noteInvalid("colour", QT_TRANSLATE_NOOP("Dossier::Error", "not one of the note colours"));
    if (statusKey(status).isEmpty() && status != Status::None)
        return noteInvalid("status", QT_TRANSLATE_NOOP("Dossier::Error", "not a fact's status"));
    if (status != Status::None && kind != Kind::Fact)
        return noteInvalid("status", QT_TRANSLATE_NOOP("Dossier::Error", "only a fact to prove has a status"));
    if (position < 0 || position > 1000000)
        return noteInvalid("position", QT_TRANSLATE_NOOP("Dossier::Error", "out of range"));
    if (!isNoteTime(createdAt) || !isNoteTime(updatedAt))
        return noteInvalid("updated_at", QT_TRANSLATE_NOOP("Dossier::Error", "not a time, or a time to come"));
    return checkTexts(*this);
}

} // namespace Dossier
