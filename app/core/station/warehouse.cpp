#include "station/warehouse.h"

#include "common/clock.h"
#include "domain/casenumber.h"
#include "imaging/qrcode.h"
#include "station/notebook.h"
#include "storage/database.h"
#include "storage/syncrepository.h"
#include "sync/recordcodec.h"
#include "sync/syncoutbox.h"

#include <QSet>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>

namespace Dossier {
namespace {

Error badCode(const QString& code)
{
    return Error(QStringLiteral("warehouse_code_unknown"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is neither a case label nor a case number (案号)."),
                 {code.left(80)});
}

Error badPlace(const QString& place)
{
    return Error(
        QStringLiteral("warehouse_place_invalid"),
        QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is not a shelf place: zone-rack-shelf-box, such as A-03-2-15."),
        {place.left(80)});
}

} // namespace

Warehouse::Warehouse(Profile profile, QString user) : m_profile(std::move(profile)), m_user(std::move(user)) {}

Result<Warehouse> Warehouse::forDesk(const Profile& profile)
{
    auto user = NoteBook::authorFor(profile);
    if (!user)
        return user.error();
    return Warehouse(profile, *user);
}

Result<QString> Warehouse::caseOf(const QString& code)
{
    const QString t = code.trimmed();
    const QString fromLabel = QrCode::caseNumberIn(t);
    const auto parsed = CaseNumber::parse(fromLabel.isEmpty() ? t : fromLabel);
    if (!parsed)
        return badCode(t);
    return parsed->toString();
}

Result<Movement> Warehouse::complete(Movement m) const
{
    auto caseNo = caseOf(m.caseNo);
    if (!caseNo)
        return caseNo.error();
    m.caseNo = *caseNo;
    if (m.uid.isEmpty())
        m.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m.at.isValid())
        m.at = Clock::currentDateTimeUtc();
    m.by = m_user;
    m.desk = QSysInfo::machineHostName().left(100);
    if (m.kind == Movement::Kind::Request && m.holder.isEmpty())
        m.holder = m_user;       // a judge asks for the paper for themself
    if (!m.location.isEmpty()) { // as typed: 全角, 区/架 marks, lower case — stored in one form
        const auto place = ShelfPlace::parse(m.location, true);
        if (!place)
            return badPlace(m.location);
        m.location = place->toString();
    }
    if (const auto why = m.check())
        return *why;
    return m;
}

// After the case's last movement, so that folding in time order meets them in the order they were recorded (two
// scans within a millisecond, a fixed clock, a bulk move after a check-in the same second).
void Warehouse::placeAfter(Movement& m, const QList<Movement>& history)
{
    for (const Movement& before : history)
        if (m.at <= before.at)
            m.at = before.at.addMSecs(1);
}

Result<Movement> Warehouse::record(Movement movement)
{
    auto m = complete(std::move(movement));
    if (!m)
        return m;
    WarehouseRepository repo(m_profile.database());
    auto history = repo.movementsOf(m->caseNo);
    if (!history)
        return history.error();
    if (const auto why = PaperState::fold(*history).refuses(*m))
        return *why;
    placeAfter(*m, *history);
    auto written = write({*m});
    if (!written)
        return written.error();
    return m;
}

Result<int> Warehouse::write(const QList<Movement>& movements)
{
    QSqlDatabase db = m_profile.database();
    Transaction tx(db);
    WarehouseRepository repo(db);
    SyncRepository sync(db);
    SyncOutbox outbox(sync);
    QSet<QString> cases;
    int written = 0;
    for (const Movement& m : movements) {
        auto added = repo.add(m);
        if (!added)
            return added.error();
        if (!*added)
            continue; // its uid is here already
        ++written;
        cases.insert(m.caseNo);
        const SyncRecord r = RecordCodec::fromMovement(m);
        if (auto q = outbox.queue({r.kind, r.id, r.caseNo, r.volume}, 0, false, RecordCodec::compact(r.body)); !q)
            return q.error();
    }
    for (const QString& caseNo : std::as_const(cases))
        if (auto f = repo.refold(caseNo); !f)
            return f.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return written;
}

Result<Warehouse::View> Warehouse::find(const QString& code)
{
    auto caseNo = caseOf(code);
    if (!caseNo)
        return caseNo.error();
    auto history = WarehouseRepository(m_profile.database()).movementsOf(*caseNo);
    if (!history)
        return history.error();
    return View{*caseNo, PaperState::fold(*history), *history};
}

Result<QList<Movement>> Warehouse::openRequests()
{
    WarehouseRepository repo(m_profile.database());
    auto cases = repo.casesWithRequests();
    if (!cases)
        return cases.error();
    QList<Movement> out;
    for (const QString& caseNo : std::as_const(*cases)) {
        auto history = repo.movementsOf(caseNo);
        if (!history)
            return history.error();
        out += PaperState::fold(*history).requests;
    }
    std::stable_sort(out.begin(), out.end(), [](const Movement& a, const Movement& b) { return a.at < b.at; });
    return out;
}

Result<QList<Warehouse::Overdue>> Warehouse::overdue(const QDate& today, const QString& holder)
{
    auto lent = WarehouseRepository(m_profile.database()).lent(today);
    if (!lent)
        return lent.error();
    QList<Overdue> out;
    for (const WarehouseRepository::Paper& p : std::as_const(*lent))
        if (p.due.isValid() && p.due < today && (holder.isEmpty() || p.holder == holder))
            out << Overdue{p.caseNo, p.holder, p.due, int(p.due.daysTo(today))};
    std::stable_sort(out.begin(), out.end(),
                     [](const Overdue& a, const Overdue& b) { return a.daysOverdue > b.daysOverdue; });
    return out;
}

Result<Warehouse::Inventory> Warehouse::inventory(const QString& shelf, const QStringList& scanned)
{
    const auto place = ShelfPlace::parse(shelf, false);
    if (!place)
        return badPlace(shelf);
    WarehouseRepository repo(m_profile.database());
    auto there = repo.at(place->toString());
    if (!there)
        return there.error();
    Inventory out;
    QSet<QString> seen;
    for (const QString& code : scanned) {
        auto caseNo = caseOf(code);
        if (!caseNo) {
            out.unexpected << code.trimmed(); // a label that names no case: should not be on the shelf
            continue;
        }
        if (seen.contains(*caseNo))
            continue; // scanned twice
        seen.insert(*caseNo);
        auto paper = repo.paperOf(*caseNo);
        if (!paper)
            return paper.error();
        const bool in = *paper && (*paper)->status == PaperState::Status::In;
        const auto recorded = in ? ShelfPlace::parse((*paper)->location, true) : std::nullopt;
        if (!in)
            out.unexpected << *caseNo;
        else if (!recorded || !recorded->within(*place))
            out.misplaced << qMakePair(*caseNo, (*paper)->location);
    }
    for (const WarehouseRepository::Paper& p : std::as_const(*there))
        if (p.status == PaperState::Status::In && !seen.contains(p.caseNo))
            out.missing << p.caseNo;
    return out;
}

Result<int> Warehouse::moveAll(const QString& from, const QString& to)
{
    const auto a = ShelfPlace::parse(from, false), b = ShelfPlace::parse(to, false);
    if (!a || !b || a->parts.size() != b->parts.size())
        return Error(
            QStringLiteral("warehouse_place_invalid"),
            QT_TRANSLATE_NOOP("Dossier::Error",
                              "A bulk move goes from one place to another of the same kind (\"%1\" → \"%2\")."),
            {from.left(80), to.left(80)});
    WarehouseRepository repo(m_profile.database());
    auto there = repo.at(a->toString());
    if (!there)
        return there.error();
    QList<Movement> moves;
    for (const WarehouseRepository::Paper& p : std::as_const(*there)) {
        if (p.status != PaperState::Status::In)
            continue; // lent paper goes back to its old place; the clerk moves it when it is back
        auto place = ShelfPlace::parse(p.location, true);
        if (!place)
            continue; // not a place this desk wrote: left where it is
        place->parts = b->parts + place->parts.mid(b->parts.size());
        Movement m;
        m.caseNo = p.caseNo;
        m.kind = Movement::Kind::Move;
        m.location = place->toString();
        m.note = QStringLiteral("%1 → %2").arg(a->toString(), b->toString());
        auto done = complete(m);
        auto history = done ? repo.movementsOf(p.caseNo) : Result<QList<Movement>>(done.error());
        if (!history)
            return history.error();
        if (PaperState::fold(*history).refuses(*done))
            continue; // its records say it is not in after all (paper_cases is their fold): left where it is
        placeAfter(*done, *history);
        moves << *done;
    }
    return write(moves);
}

Result<WarehouseRepository::Event> Warehouse::addEvent(const QString& code, const QString& kind, const QDate& date)
{
    auto caseNo = caseOf(code);
    if (!caseNo)
        return caseNo.error();
    if (!caseEventKinds().contains(kind))
        return Error(QStringLiteral("warehouse_event_unknown"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "\"%1\" is not a case event: %2."),
                     {kind.left(40), caseEventKinds().join(QStringLiteral(", "))});
    if (!date.isValid() || date > Clock::today() || date.year() < 2000)
        return Error(QStringLiteral("warehouse_event_date"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "A case event needs its date, no later than today (%1)."),
                     {Clock::today().toString(Qt::ISODate)});
    const WarehouseRepository::Event e{
        QUuid::createUuid().toString(QUuid::WithoutBraces), *caseNo, kind, date, Clock::currentDateTimeUtc(), m_user};
    if (const auto why = e.check())
        return *why;
    QSqlDatabase db = m_profile.database();
    Transaction tx(db);
    auto written = WarehouseRepository(db).addEvent(e);
    if (!written)
        return written.error();
    SyncRepository sync(db);
    const SyncRecord r = RecordCodec::fromCaseEvent(e);
    if (auto q = SyncOutbox(sync).queue({r.kind, r.id, r.caseNo, r.volume}, 0, false, RecordCodec::compact(r.body)); !q)
        return q.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return e;
}

Result<HolidayCalendar> Warehouse::calendar()
{
    auto received = WarehouseRepository(m_profile.database()).receivedCalendar();
    if (!received)
        return received.error();
    HolidayCalendar cal = HolidayCalendar::builtin();
    cal.merge(*received);
    return cal;
}

Result<QList<Warehouse::CaseClock>> Warehouse::deadlines(const QDate& today, const HolidayCalendar& calendar)
{
    auto events = WarehouseRepository(m_profile.database()).events();
    if (!events)
        return events.error();
    QList<CaseClock> out;
    for (qsizetype i = 0; i < events->size();) { // the events come by case
        const QString caseNo = events->at(i).caseNo;
        QList<CaseEvent> ofCase;
        for (; i < events->size() && events->at(i).caseNo == caseNo; ++i)
            ofCase << CaseEvent{events->at(i).kind, events->at(i).date};
        for (const ClockState& c : clocksOf(ofCase, today, calendar))
            out << CaseClock{caseNo, c};
    }
    const auto done = [](const ClockState& c) {
        return c.status == ClockState::Status::Done || c.status == ClockState::Status::DoneLate;
    };
    std::stable_sort(out.begin(), out.end(), [&done](const CaseClock& a, const CaseClock& b) {
        if (done(a.state) != done(b.state))
            return !done(a.state);
        return a.state.due < b.state.due;
    });
    return out;
}

Result<QList<Movement>> Warehouse::ledger(const QDate& day)
{
    const QDateTime from(day, QTime(0, 0));
    return WarehouseRepository(m_profile.database()).between(from, from.addDays(1));
}

Result<QList<WarehouseRepository::Paper>> Warehouse::shelf(const QString& place)
{
    const auto p = ShelfPlace::parse(place, false);
    if (!p)
        return badPlace(place);
    return WarehouseRepository(m_profile.database()).at(p->toString());
}

Result<Warehouse::Catalogue> Warehouse::catalogueOf(const QString& caseNo)
{
    auto volumes = CaseVolumes::load(m_profile, caseNo, CaseVolumes::Secondary::Include);
    if (!volumes)
        return volumes.error();
    Catalogue out;
    out.volumes = int(volumes->volumes.size());
    out.pages = volumes->numberedPages();
    for (int v = 0; v < volumes->volumes.size(); ++v) {
        const Volume& volume = volumes->volumes.at(v);
        for (int d = 0; d < volume.documents.size(); ++d) {
            const VolumeDocument& doc = volume.documents.at(d);
            const QString title = doc.title.isEmpty() ? doc.typeName : doc.title;
            const QString pages = doc.firstPage <= 0 ? QString()
                                  : doc.firstPage == doc.lastPage
                                      ? QStringLiteral(" (%1)").arg(doc.firstPage)
                                      : QStringLiteral(" (%1–%2)").arg(doc.firstPage).arg(doc.lastPage);
            out.documents << QStringLiteral("%1 %2. %3%4").arg(volumes->names.at(v)).arg(d + 1).arg(title, pages);
        }
    }
    return out;
}

} // namespace Dossier
