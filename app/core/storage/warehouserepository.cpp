#include "storage/warehouserepository.h"

#include "storage/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

namespace Dossier {
namespace {

Q_LOGGING_CATEGORY(lcWarehouse, "dossier.warehouse")

const QString kCalendarKey = QStringLiteral("calendar:"); // settings: a published year of the holiday calendar

const QString kPaperColumns = QStringLiteral("case_no, status, location, holder, due, volumes, conflicts");

// A text column's value: empty, never NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

PaperState::Status statusFromKey(const QString& key)
{
    for (auto s : {PaperState::Status::In, PaperState::Status::Lent, PaperState::Status::Out})
        if (PaperState::statusKey(s) == key)
            return s;
    return PaperState::Status::Unknown;
}

WarehouseRepository::Paper paperFrom(const QSqlQuery& q)
{
    return {q.value(0).toString(),
            statusFromKey(q.value(1).toString()),
            q.value(2).toString(),
            q.value(3).toString(),
            QDate::fromString(q.value(4).toString(), Qt::ISODate),
            q.value(5).toInt(),
            q.value(6).toInt()};
}

Result<QList<WarehouseRepository::Paper>> papers(QSqlDatabase db, const QString& where, const QVariantList& binds)
{
    auto q = execSql(db, QStringLiteral("SELECT %1 FROM paper_cases WHERE %2").arg(kPaperColumns, where), binds);
    if (!q)
        return q.error();
    QList<WarehouseRepository::Paper> out;
    while (q->next())
        out << paperFrom(*q);
    return out;
}

Result<QList<Movement>> movements(QSqlDatabase db, const QString& where, const QVariantList& binds)
{
    auto q = execSql(db, QStringLiteral("SELECT uid, case_no, body FROM paper_movements WHERE %1").arg(where), binds);
    if (!q)
        return q.error();
    QList<Movement> out;
    while (q->next())
        out << Movement::fromJson(q->value(0).toString(), q->value(1).toString(),
                                  QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object());
    return out;
}

} // namespace

Result<bool> WarehouseRepository::add(const Movement& m)
{
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO paper_movements(uid, case_no, kind, at, body) VALUES(?,?,?,?,?) "
                                    "ON CONFLICT(uid) DO NOTHING"),
                     {m.uid, m.caseNo, Movement::kindKey(m.kind), m.at.toUTC().toString(Qt::ISODateWithMs),
                      QString::fromUtf8(QJsonDocument(m.toJson()).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<int> WarehouseRepository::recordAll(const QList<Movement>& list)
{
    Transaction t(m_db);
    QSet<QString> cases;
    int written = 0;
    for (const Movement& m : list) {
        auto one = add(m);
        if (!one)
            return one.error();
        if (*one) {
            ++written;
            cases.insert(m.caseNo);
        }
    }
    for (const QString& caseNo : std::as_const(cases))
        if (const Status f = refold(caseNo); !f)
            return f.error();
    if (const Status c = t.commit(); !c)
        return c.error();
    return written;
}

Status WarehouseRepository::remove(const QString& uid)
{
    auto q = execSql(m_db, QStringLiteral("SELECT case_no FROM paper_movements WHERE uid=?"), {uid});
    if (!q)
        return q.error();
    if (!q->next())
        return Ok{}; // not here: nothing to take off
    const QString caseNo = q->value(0).toString();
    q->finish();
    if (auto d = statusOf(execSql(m_db, QStringLiteral("DELETE FROM paper_movements WHERE uid=?"), {uid})); !d)
        return d;
    return refold(caseNo);
}

Status WarehouseRepository::refold(const QString& caseNo)
{
    auto all = movementsOf(caseNo);
    if (!all)
        return all.error();
    if (all->isEmpty()) // its only movements taken off: the desk knows nothing of its paper
        return statusOf(execSql(m_db, QStringLiteral("DELETE FROM paper_cases WHERE case_no=?"), {caseNo}));
    const PaperState s = PaperState::fold(*all);
    const QDateTime since = s.since.isValid() ? s.since : all->constFirst().at; // only requests: when first asked
    return statusOf(execSql(
        m_db,
        QStringLiteral("INSERT INTO paper_cases(case_no, status, location, holder, due, volumes, conflicts, requests, "
                       "since) "
                       "VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT(case_no) DO UPDATE SET status=excluded.status, "
                       "location=excluded.location, holder=excluded.holder, due=excluded.due, "
                       "volumes=excluded.volumes, conflicts=excluded.conflicts, requests=excluded.requests, "
                       "since=excluded.since"),
        {caseNo, PaperState::statusKey(s.status), text(s.location), text(s.holder),
         s.due.isValid() ? QVariant(s.due.toString(Qt::ISODate)) : QVariant(), s.volumes, int(s.conflicts.size()),
         int(s.requests.size()), since.toUTC().toString(Qt::ISODateWithMs)}));
}

Result<QList<Movement>> WarehouseRepository::movementsOf(const QString& caseNo)
{
    return movements(m_db, QStringLiteral("case_no=? ORDER BY at, uid"), {caseNo});
}

Result<std::optional<WarehouseRepository::Paper>> WarehouseRepository::paperOf(const QString& caseNo)
{
    auto found = papers(m_db, QStringLiteral("case_no=?"), {caseNo});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Paper>() : std::optional<Paper>(found->first());
}

Result<QStringList> WarehouseRepository::casesWithRequests()
{
    auto q = execSql(m_db, QStringLiteral("SELECT case_no FROM paper_cases WHERE requests>0 ORDER BY since, case_no"));
    if (!q)
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

Result<QList<WarehouseRepository::Paper>> WarehouseRepository::lent(const QDate& dueBefore)
{
    if (!dueBefore.isValid())
        return papers(m_db, QStringLiteral("status='lent' ORDER BY due, case_no"), {});
    return papers(m_db, QStringLiteral("status='lent' AND due<? ORDER BY due, case_no"),
                  {dueBefore.toString(Qt::ISODate)});
}

Result<QList<WarehouseRepository::Paper>> WarehouseRepository::at(const QString& prefix)
{
    // the place itself, or a place under it ("A-03" holds "A-03-2-15", not "A-031-…")
    return papers(m_db,
                  QStringLiteral("status IN ('in','lent') AND (location=? OR substr(location, 1, ?)=?) "
                                 "ORDER BY location, case_no"),
                  {prefix, prefix.size() + 1, prefix + QLatin1Char('-')});
}

Result<QList<Movement>> WarehouseRepository::between(const QDateTime& from, const QDateTime& to)
{
    return movements(m_db, QStringLiteral("at>=? AND at<? ORDER BY at, uid"),
                     {from.toUTC().toString(Qt::ISODateWithMs), to.toUTC().toString(Qt::ISODateWithMs)});
}

Result<bool> WarehouseRepository::addEvent(const Event& e)
{
    auto q = execSql(
        m_db,
        QStringLiteral("INSERT INTO case_events(uid, case_no, kind, date, at, by_user) VALUES(?,?,?,?,?,?) "
                       "ON CONFLICT(uid) DO NOTHING"),
        {e.uid, e.caseNo, e.kind, e.date.toString(Qt::ISODate), e.at.toUTC().toString(Qt::ISODateWithMs), e.by});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Status WarehouseRepository::removeEvent(const QString& uid)
{
    return statusOf(execSql(m_db, QStringLiteral("DELETE FROM case_events WHERE uid=?"), {uid}));
}

Result<QList<WarehouseRepository::Event>> WarehouseRepository::events()
{
    auto q = execSql(m_db, QStringLiteral("SELECT uid, case_no, kind, date, at, by_user FROM case_events "
                                          "WHERE deleted=0 ORDER BY case_no, date, id"));
    if (!q)
        return q.error();
    QList<Event> out;
    while (q->next())
        out << Event{q->value(0).toString(),
                     q->value(1).toString(),
                     q->value(2).toString(),
                     QDate::fromString(q->value(3).toString(), Qt::ISODate),
                     QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs),
                     q->value(5).toString()};
    return out;
}

Status WarehouseRepository::putCalendarYear(int year, const QByteArray& json)
{
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value=excluded.value"),
                            {kCalendarKey + QString::number(year), QString::fromUtf8(json)}));
}

Result<HolidayCalendar> WarehouseRepository::receivedCalendar()
{
    auto q = execSql(m_db, QStringLiteral("SELECT key, value FROM settings WHERE substr(key, 1, ?)=? ORDER BY key"),
                     {kCalendarKey.size(), kCalendarKey});
    if (!q)
        return q.error();
    HolidayCalendar cal;
    while (q->next()) {
        const Result<HolidayCalendar> year = HolidayCalendar::fromJson(q->value(1).toString().toUtf8());
        const int key = q->value(0).toString().mid(kCalendarKey.size()).toInt();
        if (!year || year->years() != QList<int>{key}) { // checked when received: a profile edited by hand
            qCWarning(lcWarehouse) << "skipped the received holiday calendar" << q->value(0).toString();
            continue;
        }
        cal.merge(*year);
    }
    return cal;
}

} // namespace Dossier
