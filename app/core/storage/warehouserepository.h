#pragma once

#include "domain/paper.h"

#include <dossier/result.h>

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Dossier {

// The 中间库's records (tables paper_movements, paper_cases, case_events): movements of paper, where each case's
// paper is now (folded from its movements whenever one is written), and the case events of the statutory clocks.
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
    struct Event
    {
        QString uid, caseNo, kind;
        QDate date;
        QString at, by;
    };

    // Writes a movement (none when its uid is there already: false) and the case's state folded anew, in one
    // transaction. The caller has checked it.
    Result<bool> record(const Movement& movement);
    // Several movements, each as record() writes it, in one transaction (a bulk move of a shelf).
    Result<int> recordAll(const QList<Movement>& movements);
    // A case's movements, in the order they happened.
    Result<QList<Movement>> movementsOf(const QString& caseNo);
    Result<std::optional<Paper>> paperOf(const QString& caseNo);
    // The paper lent now, by due date; only what was due before `dueBefore` when it is given.
    Result<QList<Paper>> lent(const QDate& dueBefore = {});
    // The paper in the warehouse at a shelf place or under it (a prefix: "A-03").
    Result<QList<Paper>> at(const QString& placePrefix);
    // The movements recorded between two times (UTC, [from, to)), in order: a day's ledger.
    Result<QList<Movement>> between(const QDateTime& from, const QDateTime& to);

    // A case event; false when its uid is there already.
    Result<bool> addEvent(const Event& event);
    // Every live event, by case and date (the clocks of every case).
    Result<QList<Event>> events();

private:
    Result<bool> writeOne(const Movement& movement);
    Status refold(const QString& caseNo);
    QSqlDatabase m_db;
};

} // namespace Dossier
