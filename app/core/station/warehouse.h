#pragma once

#include "archive/casevolumes.h"
#include "domain/holidaycalendar.h"
#include "domain/paper.h"
#include "domain/statutoryclock.h"
#include "storage/profile.h"
#include "storage/warehouserepository.h"

#include <dossier/result.h>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// The 中间库 desk's work on a profile, as one warehouse clerk does it (the window and dossier-cli warehouse): a
// movement is completed (id, time, who, which desk), checked alone and against where the paper is, then recorded
// — with, in the same transaction, the operation that sends it to dossier-server (the outbox), so that the other
// warehouse desks and the case's judges get it at their next sync; a scanned label or a typed 案号 finds the case's
// paper and its history; loans past due, inventories of a shelf, bulk moves; the statutory clocks over the holiday
// calendar (the shipped years and those administrators published). Times come from Clock (a test or `--today`
// fixes them).
class Warehouse final
{
public:
    Warehouse(Profile profile, QString user);
    // The desk's warehouse clerk: the user signed in to dossier-server, or the user of the machine.
    static Result<Warehouse> forDesk(const Profile& profile);

    // The 案号 a scanned or typed code names: a case label or separator sheet payload (DOSSIER-CASE|…,
    // DOSSIER-SEP|…) or a 案号 in any form CaseNumber reads, in its canonical form; an error for anything else.
    static Result<QString> caseOf(const QString& code);

    // Records a movement: a new uid and the time now unless given, this clerk and desk (a request without a holder
    // is this user's own); refused with a clear error, and nothing written, when the record or the paper's state
    // does not allow it.
    Result<Movement> record(Movement movement);

    struct View
    {
        QString caseNo;
        PaperState state;
        QList<Movement> history; // in order
    };
    Result<View> find(const QString& code);

    struct Overdue
    {
        QString caseNo, holder;
        QDate due;
        int daysOverdue = 0;
    };
    // Loan requests still open (a judge asked for the paper and it was not lent to them yet), oldest first.
    Result<QList<Movement>> openRequests();

    // Loans past their due date on `today`, most overdue first; `holder` keeps one borrower's.
    Result<QList<Overdue>> overdue(const QDate& today, const QString& holder = {});

    // A shelf's inventory (盘点): the labels scanned there against what the desk says is there. Missing: in the
    // warehouse at that shelf but not scanned; misplaced: scanned there but recorded elsewhere (with where);
    // unexpected: scanned there but not in the warehouse (lent, out, never checked in) or not a case label.
    struct Inventory
    {
        QStringList missing;
        QList<QPair<QString, QString>> misplaced; // 案号, recorded place
        QStringList unexpected;
    };
    Result<Inventory> inventory(const QString& shelf, const QStringList& scanned);

    // Moves everything in the warehouse under the place `from` to `to` (a whole shelf), each case one move record
    // keeping the rest of its place; both places have the same number of parts. The number of cases moved.
    Result<int> moveAll(const QString& from, const QString& to);

    // Records a case event that starts or stops a statutory clock (caseEventKinds(): appeal_received …), on a date
    // no later than today.
    Result<WarehouseRepository::Event> addEvent(const QString& code, const QString& kind, const QDate& date);
    struct CaseClock
    {
        QString caseNo;
        ClockState state;
    };
    // Every clock that the recorded events started, as of `today`: running ones by due date first, then done ones.
    Result<QList<CaseClock>> deadlines(const QDate& today, const HolidayCalendar& calendar);
    // The holiday calendar the clocks count on: the shipped years, each replaced by the year an administrator
    // published through sync when there is one (`dossier-cli calendar push`), and the published years beyond them.
    Result<HolidayCalendar> calendar();

    // The movements recorded on a (local) day, in order: the day's ledger.
    Result<QList<Movement>> ledger(const QDate& day);
    // The paper at a place or under it (a shelf list), by place.
    Result<QList<WarehouseRepository::Paper>> shelf(const QString& place);

    // What the electronic dossier says the paper holds, to count the paper against when it comes in or back.
    struct Catalogue
    {
        int volumes = 0, pages = 0;
        QStringList documents; // "正卷 3. 借条 (p. 5–6)"
    };
    Result<Catalogue> catalogueOf(const QString& caseNo);

    const QString& user() const { return m_user; }

private:
    Result<Movement> complete(Movement movement) const;
    static void placeAfter(Movement& movement, const QList<Movement>& history);
    // Writes movements, their cases' paper folded anew and their outbox operations, in one transaction; the number
    // written.
    Result<int> write(const QList<Movement>& movements);
    Profile m_profile;
    QString m_user;
};

} // namespace Dossier
