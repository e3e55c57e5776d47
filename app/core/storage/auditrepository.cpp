#include "storage/auditrepository.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

namespace Dossier {
namespace {

const QString kColumns =
    QStringLiteral("seq, at, coalesce(actor, ''), coalesce(dossier_id, 0), action, coalesce(details, ''), prev_hash, "
                   "dossier_prev, hash");

AuditChain::Link linkOf(const QSqlQuery& q)
{
    return AuditChain::Link{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(),
                            q.value(6).toString(),   q.value(7).toString(), q.value(8).toString()};
}

// Whether the connection is outside a transaction (SQLite's autocommit mode).
bool autocommit(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3* h = *static_cast<sqlite3* const*>(handle.constData());
    return h && sqlite3_get_autocommit(h) != 0;
}

// Empty but never NULL (a null QString binds as SQL NULL).
QString text(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("") : s;
}

Result<QString> setting(QSqlDatabase db, const QString& key)
{
    auto q = execSql(db, QStringLiteral("SELECT value FROM settings WHERE key=?"), {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Error noDeskId()
{
    return Error(QStringLiteral("audit_no_desk_id"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The profile has no audit desk id (settings audit.desk_id)."));
}

} // namespace

Status AuditRepository::record(const QString& actor, qint64 dossierId, const QString& action,
                               const QJsonObject& details, const QString& at)
{
    return recordText(
        actor, dossierId, action,
        details.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)), at);
}

Status AuditRepository::recordText(const QString& actor, qint64 dossierId, const QString& action,
                                   const QString& details, const QString& at)
{
    AuditChain::Link l;
    l.at = at.isEmpty() ? Clock::stamp() : at;
    l.actor = actor;
    l.dossierId = dossierId > 0 ? dossierId : 0;
    l.action = action;
    l.details = details;
    auto desk = deskId();
    if (!desk)
        return desk.error();
    if (!autocommit(m_db))
        return append(*desk, l);
    if (auto b = execSql(m_db, QStringLiteral("BEGIN IMMEDIATE")); !b)
        return b.error();
    Status s = append(*desk, l);
    if (s) {
        if (auto c = execSql(m_db, QStringLiteral("COMMIT")); !c)
            s = c.error();
    }
    if (!s)
        (void)execSql(m_db, QStringLiteral("ROLLBACK")); // the error reported is the first one
    return s;
}

Status AuditRepository::append(const QString& deskId, AuditChain::Link l)
{
    auto last = head();
    if (!last)
        return last.error();
    l.seq = last->seq + 1;
    l.prevHash = last->hash;
    if (l.dossierId > 0) {
        auto q =
            execSql(m_db, QStringLiteral("SELECT hash FROM audit_log WHERE dossier_id=? ORDER BY seq DESC LIMIT 1"),
                    {l.dossierId});
        if (!q)
            return q.error();
        l.dossierPrev = q->next() ? q->value(0).toString() : QString();
    }
    l.hash = AuditChain::linkHash(deskId, l);
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO audit_log(seq, at, actor, dossier_id, action, details, "
                                           "prev_hash, dossier_prev, hash) VALUES(?,?,?,?,?,?,?,?,?)"),
                            {l.seq, l.at, l.actor.isEmpty() ? QVariant() : QVariant(l.actor),
                             l.dossierId > 0 ? QVariant(l.dossierId) : QVariant(), l.action,
                             l.details.isEmpty() ? QVariant() : QVariant(l.details), text(l.prevHash),
                             text(l.dossierPrev), l.hash}));
}

Result<QString> AuditRepository::deskId() const
{
    auto id = setting(m_db, QStringLiteral("audit.desk_id"));
    if (!id)
        return id.error();
    if (id->isEmpty())
        return noDeskId();
    return *id;
}

Result<QList<AuditChain::Link>> AuditRepository::links(const QString& where, const QVariantList& binds) const
{
    auto q = execSql(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM audit_log ") + where, binds);
    if (!q)
        return q.error();
    QList<AuditChain::Link> out;
    while (q->next())
        out.append(linkOf(*q));
    return out;
}

Result<QList<AuditChain::Link>> AuditRepository::chain() const
{
    return links(QStringLiteral("ORDER BY seq, id"), {});
}

Result<QList<AuditChain::Link>> AuditRepository::dossierEntries(qint64 dossierId) const
{
    return links(QStringLiteral("WHERE dossier_id=? ORDER BY seq, id"), {dossierId});
}

Result<QList<AuditChain::Link>> AuditRepository::entriesAfter(qint64 seq, int limit) const
{
    return links(QStringLiteral("WHERE seq > ? ORDER BY seq LIMIT ?"), {seq, limit});
}

Result<AuditChain::Head> AuditRepository::head() const
{
    auto q = execSql(m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return q.error();
    if (!q->next())
        return AuditChain::Head{};
    return AuditChain::Head{q->value(0).toLongLong(), q->value(1).toString()};
}

Result<std::optional<AuditChain::Head>> AuditRepository::pushedHead() const
{
    auto seq = setting(m_db, QStringLiteral("audit.pushed_seq"));
    if (!seq)
        return seq.error();
    auto hash = setting(m_db, QStringLiteral("audit.pushed_hash"));
    if (!hash)
        return hash.error();
    if (seq->isEmpty())
        return std::optional<AuditChain::Head>();
    return std::optional<AuditChain::Head>(AuditChain::Head{seq->toLongLong(), *hash});
}

Status AuditRepository::setPushedHead(const AuditChain::Head& h)
{
    const QString sql = QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    if (auto s = statusOf(execSql(m_db, sql, {QStringLiteral("audit.pushed_seq"), QString::number(h.seq)})); !s)
        return s;
    return statusOf(execSql(m_db, sql, {QStringLiteral("audit.pushed_hash"), h.hash}));
}

Status AuditRepository::chainUnhashed(QSqlDatabase db)
{
    AuditRepository repo(db);
    auto desk = repo.deskId();
    if (!desk)
        return desk.error();
    auto all = repo.chain();
    if (!all)
        return all.error();
    QHash<qint64, QString> dossierLast;
    QString prev;
    Statement update(db, QStringLiteral("UPDATE audit_log SET prev_hash=?, dossier_prev=?, hash=? WHERE seq=?"));
    for (AuditChain::Link l : std::as_const(*all)) {
        l.prevHash = prev;
        l.dossierPrev = l.dossierId > 0 ? dossierLast.value(l.dossierId) : QString();
        l.hash = AuditChain::linkHash(*desk, l);
        if (auto r = update.run({text(l.prevHash), text(l.dossierPrev), l.hash, l.seq}); !r)
            return r.error();
        prev = l.hash;
        if (l.dossierId > 0)
            dossierLast.insert(l.dossierId, l.hash);
    }
    return Ok{};
}

} // namespace Dossier
