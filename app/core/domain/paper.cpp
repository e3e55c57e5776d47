#include "domain/paper.h"

#include "domain/casenumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

namespace Dossier {
namespace {

constexpr int kMaxText = 500;  // a name, a place, a purpose, a note
constexpr int kMaxItems = 100; // items of one check-in
constexpr int kMaxVolumes = 999;

struct KindKey
{
    Movement::Kind kind;
    const char* key;
    const char* name;
};
const KindKey kKinds[] = {
    {Movement::Kind::CheckIn, "checkin", QT_TRANSLATE_NOOP("Dossier::Movement", "check-in")},
    {Movement::Kind::Supplement, "supplement", QT_TRANSLATE_NOOP("Dossier::Movement", "supplement")},
    {Movement::Kind::Lend, "lend", QT_TRANSLATE_NOOP("Dossier::Movement", "loan")},
    {Movement::Kind::Return, "return", QT_TRANSLATE_NOOP("Dossier::Movement", "return")},
    {Movement::Kind::CheckOut, "checkout", QT_TRANSLATE_NOOP("Dossier::Movement", "check-out")},
    {Movement::Kind::Move, "move", QT_TRANSLATE_NOOP("Dossier::Movement", "move")},
    {Movement::Kind::Recall, "recall", QT_TRANSLATE_NOOP("Dossier::Movement", "recall")},
    {Movement::Kind::Request, "request", QT_TRANSLATE_NOOP("Dossier::Movement", "loan request")},
};

struct ReasonKey
{
    Movement::Reason reason;
    const char* key;
    const char* name;
};
const ReasonKey kReasons[] = {
    {Movement::Reason::OfflineTrial, "offline_trial", QT_TRANSLATE_NOOP("Dossier::Movement", "offline trial")},
    {Movement::Reason::EvidenceReturn, "evidence_return",
     QT_TRANSLATE_NOOP("Dossier::Movement", "return of original evidence")},
    {Movement::Reason::AppealTransfer, "appeal_transfer", QT_TRANSLATE_NOOP("Dossier::Movement", "appeal transfer")},
    {Movement::Reason::ArchiveRoom, "archive_room", QT_TRANSLATE_NOOP("Dossier::Movement", "to the archive room")},
};

Error invalid(const char* why, const QStringList& args = {})
{
    return Error(QStringLiteral("movement_invalid"), why, args);
}

Error refused(const char* why, const QStringList& args)
{
    return Error(QStringLiteral("movement_refused"), why, args);
}

bool tooLong(const QString& s)
{
    return s.size() > kMaxText;
}

} // namespace

std::optional<ShelfPlace> ShelfPlace::parse(const QString& text, bool full)
{
    QString t = text.normalized(QString::NormalizationForm_KC).simplified().remove(QLatin1Char(' '));
    t.replace(QRegularExpression(QStringLiteral("[区架层格](?=-|$)")), QString());
    t.replace(QRegularExpression(QStringLiteral("[—–－_/]")), QStringLiteral("-"));
    const QStringList parts = t.split(QLatin1Char('-'));
    static const QRegularExpression part(QStringLiteral("^[A-Za-z0-9\\x{4e00}-\\x{9fff}]{1,8}$"));
    if (t.isEmpty() || parts.size() > 4 || (full && parts.size() != 4))
        return std::nullopt;
    for (const QString& p : parts)
        if (!part.match(p).hasMatch())
            return std::nullopt;
    ShelfPlace out;
    for (const QString& p : parts)
        out.parts << p.toUpper();
    return out;
}

bool ShelfPlace::within(const ShelfPlace& prefix) const
{
    if (prefix.parts.size() > parts.size())
        return false;
    for (int i = 0; i < prefix.parts.size(); ++i)
        if (parts.at(i) != prefix.parts.at(i))
            return false;
    return true;
}

QString Movement::kindKey(Kind kind)
{
    for (const KindKey& k : kKinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.key);
    return {};
}

std::optional<Movement::Kind> Movement::kindFromKey(const QString& key)
{
    for (const KindKey& k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QString Movement::reasonKey(Reason reason)
{
    for (const ReasonKey& r : kReasons)
        if (r.reason == reason)
            return QString::fromLatin1(r.key);
    return {};
}

std::optional<Movement::Reason> Movement::reasonFromKey(const QString& key)
{
    if (key.isEmpty())
        return Reason::None;
    for (const ReasonKey& r : kReasons)
        if (key == QLatin1String(r.key))
            return r.reason;
    return std::nullopt;
}

QString Movement::kindName(Kind kind)
{
    for (const KindKey& k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Dossier::Movement", k.name);
    return {};
}

QString Movement::reasonName(Reason reason)
{
    for (const ReasonKey& r : kReasons)
        if (r.reason == reason)
            return QCoreApplication::translate("Dossier::Movement", r.name);
    return {};
}

QJsonObject Movement::toJson() const
{
    QJsonObject o{{QStringLiteral("kind"), kindKey(kind)},
                  {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("by"), by},
                  {QStringLiteral("desk"), desk}};
    const auto put = [&o](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("holder", holder);
    put("due", due.isValid() ? due.toString(Qt::ISODate) : QString());
    put("location", location);
    put("reason", reasonKey(reason));
    put("purpose", purpose);
    put("approval", approval);
    put("note", note);
    if (volumes > 0)
        o.insert(QStringLiteral("volumes"), volumes);
    if (!items.isEmpty())
        o.insert(QStringLiteral("items"), QJsonArray::fromStringList(items));
    return o;
}

Movement Movement::fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body)
{
    Movement m;
    m.uid = uid;
    m.caseNo = caseNo;
    const auto kind = kindFromKey(body.value(QStringLiteral("kind")).toString());
    const auto reason = reasonFromKey(body.value(QStringLiteral("reason")).toString());
    m.kind = kind.value_or(Kind::Recall);
    m.reason = reason.value_or(Reason::None);
    if (!kind || !reason)
        m.note = QStringLiteral("\x01"); // an unknown kind or reason: refused by check()
    m.at = QDateTime::fromString(body.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    m.by = body.value(QStringLiteral("by")).toString();
    m.desk = body.value(QStringLiteral("desk")).toString();
    m.holder = body.value(QStringLiteral("holder")).toString();
    const QString due = body.value(QStringLiteral("due")).toString();
    m.due = due.isEmpty() ? QDate() : QDate::fromString(due, Qt::ISODate);
    if (!due.isEmpty() && !m.due.isValid())
        m.note = QStringLiteral("\x01"); // a due date that is not a date: refused by check()
    m.location = body.value(QStringLiteral("location")).toString();
    m.purpose = body.value(QStringLiteral("purpose")).toString();
    m.approval = body.value(QStringLiteral("approval")).toString();
    if (m.note.isEmpty())
        m.note = body.value(QStringLiteral("note")).toString();
    const QJsonValue volumes = body.value(QStringLiteral("volumes"));
    m.volumes = volumes.isUndefined() ? 0 : volumes.isDouble() ? volumes.toInt(-1) : -1;
    for (const QJsonValue& v : body.value(QStringLiteral("items")).toArray())
        m.items << (v.isString() ? v.toString() : QStringLiteral("\x01")); // a non-string is caught by check()
    return m;
}

std::optional<Error> Movement::check() const
{
    if (uid.isEmpty() || uid.size() > 64)
        return invalid(
            QT_TRANSLATE_NOOP("Dossier::Error", "A movement of paper needs an id of at most 64 characters."));
    if (!CaseNumber::parse(caseNo))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is not a case number (案号)."), {caseNo.left(80)});
    if (!at.isValid() || at.date().year() < 2000 || at > QDateTime::currentDateTimeUtc().addDays(1))
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A movement of paper needs the time it happened."));
    for (const QString& s : {by, desk, holder, location, purpose, approval, note})
        if (tooLong(s) || s.contains(QChar(1)))
            return invalid(
                QT_TRANSLATE_NOOP("Dossier::Error", "A movement of paper has a field that is not valid text."));
    if (by.isEmpty())
        return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A movement of paper needs who recorded it."));
    if (volumes < 0 || volumes > kMaxVolumes || items.size() > kMaxItems)
        return invalid(
            QT_TRANSLATE_NOOP("Dossier::Error", "A count of volumes must be 0 to %1, and of items at most %2."),
            {QString::number(kMaxVolumes), QString::number(kMaxItems)});
    for (const QString& i : items)
        if (i.isEmpty() || tooLong(i) || i.contains(QChar(1)))
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "An item of paper needs a name."));
    switch (kind) {
    case Kind::CheckIn:
    case Kind::Move:
        if (const auto place = ShelfPlace::parse(location, true); !place || place->toString() != location)
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error",
                                             "\"%1\" is not a shelf place: zone-rack-shelf-box, such as A-03-2-15."),
                           {location.left(80)});
        if (kind == Kind::CheckIn && volumes < 1)
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A check-in needs the number of volumes."));
        break;
    case Kind::Lend:
        if (holder.isEmpty() || !due.isValid())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A loan needs a borrower and a due date."));
        if (due < at.toLocalTime().date())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "The due date %1 is before the loan."),
                           {due.toString(Qt::ISODate)});
        break;
    case Kind::CheckOut:
        if (reason == Reason::None)
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error",
                                             "A check-out needs a reason: offline_trial, evidence_return, "
                                             "appeal_transfer or archive_room."));
        if (reason == Reason::OfflineTrial && approval.isEmpty())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error",
                                             "A check-out for an offline trial needs the approval's reference."));
        if (reason == Reason::EvidenceReturn && holder.isEmpty())
            return invalid(
                QT_TRANSLATE_NOOP("Dossier::Error", "Returning original evidence needs the name of who receives it."));
        break;
    case Kind::Supplement:
        if (volumes < 1 && items.isEmpty())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A supplement adds volumes or items."));
        break;
    case Kind::Request:
        if (holder.isEmpty())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "A loan request needs who asks for the paper."));
        if (due.isValid() && due < at.toLocalTime().date())
            return invalid(QT_TRANSLATE_NOOP("Dossier::Error", "The due date %1 is before the loan."),
                           {due.toString(Qt::ISODate)});
        break;
    case Kind::Return:
    case Kind::Recall:
        break;
    }
    return std::nullopt;
}

QString PaperState::statusKey(Status status)
{
    switch (status) {
    case Status::In:
        return QStringLiteral("in");
    case Status::Lent:
        return QStringLiteral("lent");
    case Status::Out:
        return QStringLiteral("out");
    case Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString PaperState::statusName(Status status)
{
    switch (status) {
    case Status::In:
        return QCoreApplication::translate("Dossier::PaperState", "in the warehouse");
    case Status::Lent:
        return QCoreApplication::translate("Dossier::PaperState", "lent");
    case Status::Out:
        return QCoreApplication::translate("Dossier::PaperState", "checked out");
    case Status::Unknown:
        break;
    }
    return QCoreApplication::translate("Dossier::PaperState", "not checked in");
}

std::optional<Error> PaperState::refuses(const Movement& next) const
{
    const QString state = statusName(status);
    switch (next.kind) {
    case Movement::Kind::CheckIn:
        if (status == Status::In || status == Status::Lent)
            return refused(QT_TRANSLATE_NOOP("Dossier::Error",
                                             "The paper of %1 is already checked in (%2): record a supplement or a "
                                             "return instead."),
                           {next.caseNo, state});
        break;
    case Movement::Kind::Supplement:
    case Movement::Kind::Move:
        if (status != Status::In)
            return refused(QT_TRANSLATE_NOOP("Dossier::Error", "The paper of %1 is not in the warehouse (%2)."),
                           {next.caseNo, state});
        break;
    case Movement::Kind::Lend:
    case Movement::Kind::CheckOut:
        if (status != Status::In)
            return refused(
                QT_TRANSLATE_NOOP("Dossier::Error", "The paper of %1 cannot leave: it is not in the warehouse (%2)."),
                {next.caseNo, state});
        break;
    case Movement::Kind::Return:
        if (status != Status::Lent)
            return refused(QT_TRANSLATE_NOOP("Dossier::Error", "The paper of %1 is not lent (%2): nothing to return."),
                           {next.caseNo, state});
        break;
    case Movement::Kind::Recall:
        if (status != Status::Lent)
            return refused(QT_TRANSLATE_NOOP("Dossier::Error", "The paper of %1 is not lent (%2): nothing to recall."),
                           {next.caseNo, state});
        break;
    case Movement::Kind::Request:
        break;
    }
    return std::nullopt;
}

PaperState PaperState::fold(QList<Movement> movements)
{
    std::stable_sort(movements.begin(), movements.end(),
                     [](const Movement& a, const Movement& b) { return a.at != b.at ? a.at < b.at : a.uid < b.uid; });
    PaperState s;
    for (const Movement& m : std::as_const(movements)) {
        if (const auto why = s.refuses(m)) {
            s.conflicts << QStringLiteral("%1: %2").arg(m.uid, why->message());
            continue; // kept, and shown; the paper's state follows the movement that came first
        }
        if (m.kind == Movement::Kind::Request) {
            s.requests << m; // asks for the paper: moves nothing, and is not its latest movement
            continue;
        }
        s.since = m.at;
        switch (m.kind) {
        case Movement::Kind::CheckIn:
            s = PaperState{Status::In, m.location, {},    {},          {},        m.volumes,
                           m.items,    m.at,       false, s.conflicts, s.requests};
            break;
        case Movement::Kind::Supplement:
            s.volumes += m.volumes;
            s.items += m.items;
            break;
        case Movement::Kind::Move:
            s.location = m.location;
            break;
        case Movement::Kind::Lend:
            s.status = Status::Lent;
            s.holder = m.holder;
            s.due = m.due;
            s.recalled = false;
            s.requests.removeIf([&m](const Movement& r) { return r.holder == m.holder; }); // handed out
            break;
        case Movement::Kind::Return:
            s.status = Status::In;
            s.holder.clear();
            s.due = {};
            s.recalled = false;
            break;
        case Movement::Kind::CheckOut:
            s.status = Status::Out;
            s.holder = m.holder;
            s.outReason = m.reason;
            s.location.clear();
            break;
        case Movement::Kind::Recall:
            s.recalled = true;
            break;
        case Movement::Kind::Request:
            break; // taken above
        }
    }
    return s;
}

} // namespace Dossier
