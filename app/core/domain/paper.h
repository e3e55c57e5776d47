#pragma once
// The paper of a case in the intermediate warehouse (中间库, standard 3.7 and 14.5): every movement of it is one
// record — checked in (入库), supplemented (补充), lent (借阅) and returned (归还), checked out (出库: for an offline
// trial, the return of original evidence, an appeal, the archive room), moved on the shelves (移位), recalled
// (催还) — and where the paper is now is what those records say, folded in order. A judge may ask for the paper (a
// loan request, 借阅申请): a record that changes nothing of where the paper is, open until a clerk lends the paper
// to that judge. Two warehouse desks may record movements offline; a movement that the paper's state did not allow
// when the records met is kept and named as a conflict (the paper cannot be in two places). Pure: no SQL, no clock.
#include <dossier/result.h>

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// A shelf place: 区-架-层-格 (zone, rack, shelf, box), each a short run of letters or digits ("A-03-2-15"); a
// prefix names a part of the warehouse ("A-03": a rack, for an inventory or a bulk move).
struct ShelfPlace final
{
    QStringList parts;

    // "A-03-2-15"; full: all four parts, else 1–4 parts. Full-width forms and spaces are folded; 区/架/层/格 marks
    // ("A区-3架-2层-15格") are taken off.
    static std::optional<ShelfPlace> parse(const QString& text, bool full);
    QString toString() const { return parts.join(QLatin1Char('-')); }
    bool within(const ShelfPlace& prefix) const;
};

struct Movement final
{
    enum class Kind { CheckIn, Supplement, Lend, Return, CheckOut, Move, Recall, Request };
    // Why paper leaves the warehouse (14.5.1–14.5.3, 11.2, 15.1).
    enum class Reason { None, OfflineTrial, EvidenceReturn, AppealTransfer, ArchiveRoom };

    QString uid; // made by the desk that recorded it; the same on every desk
    QString caseNo;
    Kind kind = Kind::CheckIn;
    QDateTime at;     // when it happened (UTC)
    QString by;       // who recorded it: a warehouse clerk, or the judge who asks for the paper (request)
    QString desk;     // the desk it was recorded on
    QString holder;   // lend: the borrower; checkout: who or where it goes to; request: who asks for the paper
    QDate due;        // lend: when it is due back; request: until when it is wanted (optional)
    QString location; // checkin, move: the shelf place (ShelfPlace, full)
    Reason reason = Reason::None;
    QString purpose;   // lend, request: what for
    QString approval;  // checkout for an offline trial: the approval's reference
    int volumes = 0;   // checkin, supplement: volumes of paper (supplement: added)
    QStringList items; // checkin, supplement: items such as 证据原件
    QString note;

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString reasonKey(Reason reason); // empty for None
    static std::optional<Reason> reasonFromKey(const QString& key);
    static QString kindName(Kind kind); // in the current language
    static QString reasonName(Reason reason);

    // As sync sends it and `warehouse find` prints it (without uid and case): {"kind","at","by","desk","holder",
    // "due","location","reason","purpose","approval","volumes","items","note"}.
    QJsonObject toJson() const;
    static Movement fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body);
    // The first problem of the record alone (not of its place in the paper's history): a 案号, a time, lengths,
    // a place for a check-in or a move, a borrower and due date for a loan, who asks for a request (a due date, if
    // any, not before it), a reason for a checkout (an approval for an offline trial, a recipient for returned
    // evidence). Movements arrive from other desks: hostile until checked.
    std::optional<Error> check() const;
};

// Where a case's paper is, from its movements.
struct PaperState final
{
    enum class Status { Unknown, In, Lent, Out }; // never checked in / 在库 / 借出 / 出库

    Status status = Status::Unknown;
    QString location; // the shelf place while in (kept while lent: where it goes back to)
    QString holder;   // lent: the borrower; out: where it went
    QDate due;        // lent
    Movement::Reason outReason = Movement::Reason::None;
    int volumes = 0;
    QStringList items;
    QDateTime since;       // of the last movement
    bool recalled = false; // a lent paper asked back
    // Movements that the paper's state did not allow, in order: "<uid>: <why>" (two loans of one paper recorded
    // offline on two desks, a return of paper that was in). They are kept; the state follows the first.
    QStringList conflicts;
    // Loan requests still open, oldest first: a request is open until the paper is lent to its holder after it.
    QList<Movement> requests;

    static QString statusKey(Status status); // "unknown", "in", "lent", "out"
    static QString statusName(Status status);

    // Folds movements (in the order of their time, then uid) into the state.
    static PaperState fold(QList<Movement> movements);
    // Whether a new movement fits the paper's state, or why not (a loan of paper that is out, a return of paper
    // that is in, a due date before the loan). A request always fits: it asks, it moves nothing.
    std::optional<Error> refuses(const Movement& next) const;
};

} // namespace Dossier
