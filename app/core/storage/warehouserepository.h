#pragma once

#include "domain/holidaycalendar.h"
#include "domain/paper.h"
#include "domain/statutoryclock.h"

#include <dossier/result.h>

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Dossier {

// The 中间库's records (tables paper_movements, paper_cases, case_events): movements of paper, where each case's
// paper is now (folded from its movements in the transaction that writes one), and the case events of the
// statutory clocks; and the years of the holiday calendar administrators published (settings calendar:<year>).
// Movements and events are recorded on this desk or received through sync; the caller holds the transaction.
class WarehouseRepository final
{
public:
    explicit WarehouseRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // A case's paper as paper_cases holds it.
    struct Paper
    {
        QString caseNo;
        PaperState::Status status = PaperState::Status::Unknown;
        QString location, holder;
        QDate due;
        int volumes = 0;
        int conflicts = 0;
    };
    using Event = CaseEventRecord;

    // Writes a movement, checked by the caller; false when its uid is there already (the first stays: a movement
    // is never changed). Its case is not folded: the caller refolds each case it wrote, before it commits.
    Result<bool> add(const Movement& movement);
    // Folds a case's movements anew into where its paper is (paper_cases).
    Status refold(const QString& caseNo);
    // Several movements in a transaction of their own, each case folded once; the number written. They are not
    // sent to the server (Warehouse queues what this desk records): for loading many at once (bench_warehouse).
    Result<int> recordAll(const QList<Movement>& movements);
    // Takes a movement off this desk and folds its case anew: only one recorded here that the server refused.
    Status remove(const QString& uid);
    // A case's movements, in the order they happened.
    Result<QList<Movement>> movementsOf(const QString& caseNo);
    Result<std::optional<Paper>> paperOf(const QString& caseNo);
    // The paper lent now, by due date; only what was due before `dueBefore` when it is given.
    Result<QList<Paper>> lent(const QDate& dueBefore = {});
    // The cases with loan requests still open (a judge asked for the paper), the longest-known first.
    Result<QStringList> casesWithRequests();
    // The paper in the warehouse at a shelf place or under it (a prefix: "A-03").
    Result<QList<Paper>> at(const QString& placePrefix);
    // The movements recorded between two times (UTC, [from, to)), in order: a day's ledger.
    Result<QList<Movement>> between(const QDateTime& from, const QDateTime& to);

    // A case event, checked by the caller; false when its uid is there already.
    Result<bool> addEvent(const Event& event);
    // Takes an event off this desk: only one recorded here that the server refused.
    Status removeEvent(const QString& uid);
    // Every live event, by case and date (the clocks of every case).
    Result<QList<Event>> events();

    // A year of the holiday calendar as published (its JSON, checked by the caller), replacing the one held.
    Status putCalendarYear(int year, const QByteArray& json);
    // Every year published and received here, each checked again (one that fails is left out, with a warning).
    Result<HolidayCalendar> receivedCalendar();

private:
    QSqlDatabase m_db;
};

} // namespace Dossier
