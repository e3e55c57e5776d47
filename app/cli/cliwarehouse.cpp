// The CLI's 中间库 commands: warehouse checkin / supplement / lend / return / recall / checkout / move / request (one
// movement of a case's paper each, or a bulk move of a shelf; a request is a judge asking for the paper), find (a 案号
// or a scanned label → where the paper is and its history), overdue, event and deadlines (the statutory clocks),
// inventory (a shelf against its scanned labels). `--today` fixes the desk's clock.
#include "clisupport.h"

#include "common/clock.h"
#include "station/warehouse.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Dossier::Cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Dossier::Cli", text);
}

// The desk's clock set to a day (`--today`): the time is noon of that day, local.
class DayClock final : public Clock
{
public:
    explicit DayClock(const QDate& day) : m_now(QDateTime(day, QTime(12, 0)).toUTC()) { install(this); }
    ~DayClock() override { install(nullptr); }
    DayClock(const DayClock&) = delete;
    DayClock& operator=(const DayClock&) = delete;

private:
    QDateTime nowUtc() const override { return m_now; }
    QDateTime m_now;
};

struct Options
{
    QCommandLineOption caseNo{QStringLiteral("case"),
                              QCoreApplication::translate("Dossier::Cli", "The case (案号), or its scanned label."),
                              QStringLiteral("CASE")};
    QCommandLineOption today{QStringLiteral("today"),
                             QCoreApplication::translate("Dossier::Cli", "Count as if today were DATE (YYYY-MM-DD)."),
                             QStringLiteral("DATE")};
    QCommandLineOption volumes{QStringLiteral("volumes"),
                               QCoreApplication::translate("Dossier::Cli", "Volumes of paper."), QStringLiteral("N")};
    QCommandLineOption location{
        QStringLiteral("location"),
        QCoreApplication::translate("Dossier::Cli", "Shelf place: zone-rack-shelf-box (A-03-2-15)."),
        QStringLiteral("PLACE")};
    QCommandLineOption items{QStringLiteral("items"),
                             QCoreApplication::translate("Dossier::Cli", "Items, comma-separated (证据原件,…)."),
                             QStringLiteral("ITEMS")};
    QCommandLineOption to{QStringLiteral("to"), QCoreApplication::translate("Dossier::Cli", "Who the paper goes to."),
                          QStringLiteral("WHO")};
    QCommandLineOption due{QStringLiteral("due"),
                           QCoreApplication::translate("Dossier::Cli", "When a loan is due back (YYYY-MM-DD)."),
                           QStringLiteral("DATE")};
    QCommandLineOption purpose{QStringLiteral("purpose"),
                               QCoreApplication::translate("Dossier::Cli", "What a loan is for."),
                               QStringLiteral("TEXT")};
    QCommandLineOption reason{
        QStringLiteral("reason"),
        QCoreApplication::translate(
            "Dossier::Cli", "Why paper leaves: offline_trial, evidence_return, appeal_transfer or archive_room."),
        QStringLiteral("REASON")};
    QCommandLineOption approval{
        QStringLiteral("approval"),
        QCoreApplication::translate("Dossier::Cli", "The approval's reference (offline trial)."),
        QStringLiteral("REF")};
    QCommandLineOption note{QStringLiteral("note"),
                            QCoreApplication::translate("Dossier::Cli", "A note on the movement."),
                            QStringLiteral("TEXT")};
    QCommandLineOption from{
        QStringLiteral("from"),
        QCoreApplication::translate("Dossier::Cli", "Move everything under this place (a whole shelf)."),
        QStringLiteral("PLACE")};
    QCommandLineOption kind{QStringLiteral("kind"), QCoreApplication::translate("Dossier::Cli", "The case event."),
                            QStringLiteral("KIND")};
    QCommandLineOption date{QStringLiteral("date"),
                            QCoreApplication::translate("Dossier::Cli", "The event's date (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption holder{QStringLiteral("holder"),
                              QCoreApplication::translate("Dossier::Cli", "Only this borrower's loans."),
                              QStringLiteral("WHO")};
    QCommandLineOption scanned{QStringLiteral("scanned"),
                               QCoreApplication::translate("Dossier::Cli", "A file of the labels scanned, one a line."),
                               QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json"),
                            QCoreApplication::translate("Dossier::Cli", "Print JSON (the default).")};
};

QJsonObject movementJson(const Movement& m)
{
    QJsonObject o = m.toJson();
    o.insert(QStringLiteral("id"), m.uid);
    if (o.contains(QStringLiteral("holder")))
        o.insert(QStringLiteral("to"), o.take(QStringLiteral("holder")));
    return o;
}

QJsonObject viewJson(const Warehouse::View& v)
{
    const PaperState& s = v.state;
    QJsonArray history, conflicts, requests;
    for (const Movement& m : v.history)
        history.append(movementJson(m));
    for (const QString& c : s.conflicts)
        conflicts.append(c);
    for (const Movement& r : s.requests)
        requests.append(movementJson(r));
    return {{QStringLiteral("case_no"), v.caseNo},
            {QStringLiteral("status"), PaperState::statusKey(s.status)},
            {QStringLiteral("location"), s.location},
            {QStringLiteral("holder"), s.holder},
            {QStringLiteral("due"), s.due.isValid() ? QJsonValue(s.due.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("recalled"), s.recalled},
            {QStringLiteral("reason"), Movement::reasonKey(s.outReason)},
            {QStringLiteral("volumes"), s.volumes},
            {QStringLiteral("items"), QJsonArray::fromStringList(s.items)},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("requests"), requests},
            {QStringLiteral("history"), history}};
}

// Parses, fixes the clock when --today is given, opens the profile's warehouse; false when the command is over.
struct Session
{
    std::optional<Warehouse> warehouse;
    std::unique_ptr<DayClock> clock;
    int code = 0;
};
Session open(QCommandLineParser& p, const Options& o, const QStringList& args)
{
    Session s;
    if (!parseOrExit(p, args, &s.code))
        return s;
    s.code = 1;
    if (p.isSet(o.today)) {
        const QDate day = QDate::fromString(p.value(o.today), Qt::ISODate);
        if (!day.isValid()) {
            printErr(tr("--today takes a date YYYY-MM-DD, not \"%1\".").arg(p.value(o.today)));
            return s;
        }
        s.clock = std::make_unique<DayClock>(day);
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return s;
    auto w = Warehouse::forDesk(*profile);
    if (!w) {
        printError(w.error());
        return s;
    }
    s.warehouse.emplace(std::move(*w));
    s.code = 0;
    return s;
}

std::optional<QDate> dateOption(const QCommandLineParser& p, const QCommandLineOption& option)
{
    if (!p.isSet(option))
        return QDate();
    const QDate d = QDate::fromString(p.value(option), Qt::ISODate);
    if (!d.isValid()) {
        printErr(tr("--%1 takes a date YYYY-MM-DD, not \"%2\".").arg(option.names().first(), p.value(option)));
        return std::nullopt;
    }
    return d;
}

// The movement the options describe; nothing (told) when an option is not what it must be.
std::optional<Movement> movementFrom(const QString& sub, const QCommandLineParser& p, const Options& o)
{
    Movement m;
    m.kind = *Movement::kindFromKey(sub);
    m.caseNo = p.value(o.caseNo);
    const auto due = dateOption(p, o.due);
    const auto reason = Movement::reasonFromKey(p.value(o.reason));
    bool numberOk = true;
    m.volumes = p.isSet(o.volumes) ? p.value(o.volumes).toInt(&numberOk) : 0;
    if (!due || !reason || !numberOk) {
        if (!reason)
            printErr(tr("--reason is offline_trial, evidence_return, appeal_transfer or archive_room."));
        if (!numberOk)
            printErr(tr("--volumes takes a number."));
        return std::nullopt;
    }
    m.due = *due;
    m.reason = *reason;
    m.location = p.value(o.location);
    m.holder = p.value(o.to);
    m.purpose = p.value(o.purpose);
    m.approval = p.value(o.approval);
    m.note = p.value(o.note);
    for (const QString& item :
         p.value(o.items).split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
        m.items << item.trimmed();
    return m;
}

int movementCommand(const QString& sub, const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Record a movement of a case's paper in the warehouse: %1.").arg(sub));
    const Options o;
    p.addOptions({profileOption(), o.caseNo, o.today, o.volumes, o.location, o.items, o.to, o.due, o.purpose, o.reason,
                  o.approval, o.note, o.from, o.json});
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    if (sub == QLatin1String("move") && p.isSet(o.from)) { // a whole shelf
        auto moved = s.warehouse->moveAll(p.value(o.from), p.value(o.location));
        if (!moved) {
            printError(moved.error());
            return 1;
        }
        printJson(QJsonObject{{QStringLiteral("moved"), *moved}});
        return 0;
    }
    if (!p.isSet(o.caseNo)) {
        printErr(tr("warehouse %1 needs --case.").arg(sub));
        return 1;
    }
    const auto m = movementFrom(sub, p, o);
    auto recorded = m ? s.warehouse->record(*m) : Result<Movement>(Error(QStringLiteral("usage"), "usage"));
    auto view = recorded ? s.warehouse->find(recorded->caseNo) : Result<Warehouse::View>(recorded.error());
    if (!view) {
        if (m)
            printError(view.error());
        return 1;
    }
    printJson(viewJson(*view));
    return 0;
}

int findCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Where a case's paper is, and its history: by 案号 or by a scanned label."));
    const Options o;
    p.addOptions({profileOption(), o.today, o.json});
    p.addPositionalArgument(QStringLiteral("CODE"), tr("A 案号, or a case label's or separator sheet's payload."));
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    if (p.positionalArguments().size() != 1) {
        printErr(tr("warehouse find needs one code."));
        return 1;
    }
    auto view = s.warehouse->find(p.positionalArguments().first());
    if (!view) {
        printError(view.error());
        return 1;
    }
    printJson(viewJson(*view));
    return 0;
}

int overdueCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Loans past their due date."));
    const Options o;
    p.addOptions({profileOption(), o.today, o.holder, o.json});
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    auto late = s.warehouse->overdue(Clock::today(), p.value(o.holder));
    if (!late) {
        printError(late.error());
        return 1;
    }
    QJsonArray out;
    for (const Warehouse::Overdue& l : std::as_const(*late))
        out.append(QJsonObject{{QStringLiteral("case_no"), l.caseNo},
                               {QStringLiteral("holder"), l.holder},
                               {QStringLiteral("due"), l.due.toString(Qt::ISODate)},
                               {QStringLiteral("days_overdue"), l.daysOverdue}});
    printJson(out);
    return 0;
}

int eventCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Record a case event that starts or stops a statutory clock."));
    const Options o;
    p.addOptions({profileOption(), o.caseNo, o.kind, o.date, o.today, o.json});
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    const auto date = dateOption(p, o.date);
    if (!date)
        return 1;
    if (!p.isSet(o.caseNo) || !p.isSet(o.kind)) {
        printErr(tr("warehouse event needs --case and --kind (%1).").arg(caseEventKinds().join(QStringLiteral(", "))));
        return 1;
    }
    auto e = s.warehouse->addEvent(p.value(o.caseNo), p.value(o.kind), date->isValid() ? *date : Clock::today());
    if (!e) {
        printError(e.error());
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("id"), e->uid},
                          {QStringLiteral("case_no"), e->caseNo},
                          {QStringLiteral("kind"), e->kind},
                          {QStringLiteral("date"), e->date.toString(Qt::ISODate)}});
    return 0;
}

int deadlinesCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Every running statutory clock, and those done."));
    const Options o;
    p.addOptions({profileOption(), o.today, o.json});
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    auto calendar = s.warehouse->calendar(); // the shipped years and those administrators published
    auto clocks = calendar ? s.warehouse->deadlines(Clock::today(), *calendar)
                           : Result<QList<Warehouse::CaseClock>>(calendar.error());
    if (!clocks) {
        printError(clocks.error());
        return 1;
    }
    QJsonArray out;
    for (const Warehouse::CaseClock& c : std::as_const(*clocks))
        out.append(QJsonObject{{QStringLiteral("case_no"), c.caseNo},
                               {QStringLiteral("clock"), c.state.clock},
                               {QStringLiteral("start"), c.state.start.toString(Qt::ISODate)},
                               {QStringLiteral("due"), c.state.due.toString(Qt::ISODate)},
                               {QStringLiteral("status"), statusKey(c.state.status)},
                               {QStringLiteral("days_left"), c.state.daysLeft},
                               {QStringLiteral("uncertain"), c.state.uncertain},
                               {QStringLiteral("done_on"), c.state.stoppedOn.isValid()
                                                               ? QJsonValue(c.state.stoppedOn.toString(Qt::ISODate))
                                                               : QJsonValue()}});
    printJson(out);
    return 0;
}

int inventoryCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("A shelf's inventory: its scanned labels against what the desk says is there."));
    const Options o;
    p.addOptions({profileOption(), o.location, o.scanned, o.today, o.json});
    Session s = open(p, o, args);
    if (!s.warehouse)
        return s.code;
    QFile f(p.value(o.scanned));
    if (!p.isSet(o.location) || !p.isSet(o.scanned) || !f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        printErr(tr("warehouse inventory needs --location and a readable --scanned file."));
        return 1;
    }
    QStringList scanned;
    for (const QString& line : QString::fromUtf8(f.read(16 << 20)).split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            scanned << line.trimmed();
    auto inv = s.warehouse->inventory(p.value(o.location), scanned);
    if (!inv) {
        printError(inv.error());
        return 1;
    }
    QJsonArray misplaced;
    for (const auto& [caseNo, place] : std::as_const(inv->misplaced))
        misplaced.append(QJsonObject{{QStringLiteral("case_no"), caseNo}, {QStringLiteral("location"), place}});
    printJson(QJsonObject{{QStringLiteral("missing"), QJsonArray::fromStringList(inv->missing)},
                          {QStringLiteral("misplaced"), misplaced},
                          {QStringLiteral("unexpected"), QJsonArray::fromStringList(inv->unexpected)}});
    return 0;
}

} // namespace

int warehouse(const QString& sub, const QStringList& args)
{
    if (Movement::kindFromKey(sub))
        return movementCommand(sub, args);
    if (sub == QLatin1String("find"))
        return findCommand(args);
    if (sub == QLatin1String("overdue"))
        return overdueCommand(args);
    if (sub == QLatin1String("event"))
        return eventCommand(args);
    if (sub == QLatin1String("deadlines"))
        return deadlinesCommand(args);
    if (sub == QLatin1String("inventory"))
        return inventoryCommand(args);
    printErr(tr("Usage: dossier-cli warehouse checkin|supplement|lend|return|recall|checkout|move|request|find|overdue|"
                "event|deadlines|inventory …"));
    return 1;
}

} // namespace Dossier::Cli
