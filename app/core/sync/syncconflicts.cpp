#include "sync/syncconflicts.h"

#include "storage/database.h"
#include "storage/profile.h"
#include "sync/syncrecords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace Dossier {
namespace {

// Fields that sync keeps but a person does not edit (recognition output, image facts).
bool shown(const QString& kind, const QString& field)
{
    static const QStringList pageFields = {QStringLiteral("document"), QStringLiteral("page_in_document"),
                                           QStringLiteral("position"), QStringLiteral("rotation"),
                                           QStringLiteral("kind"),     QStringLiteral("text")};
    if (kind == QLatin1String("page"))
        return pageFields.contains(field);
    return true;
}

QString label(const QString& field)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Title")},
        {QStringLiteral("doc_type"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Document type")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Position")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Document")},
        {QStringLiteral("page_in_document"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Page in document")},
        {QStringLiteral("rotation"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Rotation")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Page kind")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Recognised text")},
        {QStringLiteral("info"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Case details")},
        {QStringLiteral("classified"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Classified")},
        {QStringLiteral("template_id"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Template")},
        {QStringLiteral("submitted_at"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Submitted at")},
        {QStringLiteral("submitted_by"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Submitted by")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("Dossier::SyncConflicts", "Archived")},
    };
    const char* l = labels.value(field);
    return l ? QCoreApplication::translate("Dossier::SyncConflicts", l) : field;
}

QVariant first(QSqlDatabase db, const QString& sql, const QVariantList& binds)
{
    auto q = execSql(db, sql, binds);
    return q && q->next() ? q->value(0) : QVariant();
}

QString documentTitle(QSqlDatabase db, const QString& uid)
{
    const QString title = first(db, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString();
    return title.isEmpty() ? QCoreApplication::translate("Dossier::SyncConflicts", "(a document not on this desk)")
                           : title;
}

QString display(QSqlDatabase db, const QString& field, const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QCoreApplication::translate("Dossier::SyncConflicts", "(none)");
    if (field == QLatin1String("document"))
        return documentTitle(db, v.toString());
    if (v.isBool())
        return v.toBool() ? QCoreApplication::translate("Dossier::SyncConflicts", "yes")
                          : QCoreApplication::translate("Dossier::SyncConflicts", "no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    if (v.isString()) {
        const QString s = v.toString();
        return s.size() > 120 ? s.left(120) + QStringLiteral("…") : s;
    }
    const QByteArray json = v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    const QString s = QString::fromUtf8(json);
    return s.size() > 120 ? s.left(120) + QStringLiteral("…") : s;
}

Status settle(const Profile& profile, const SyncConflict& c, const QString& user, const QString& how)
{
    QSqlDatabase db = profile.database();
    Transaction tx(db);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto u = execSql(
        db,
        QStringLiteral(
            "UPDATE sync_conflicts SET resolved_at=?, resolved_by=?, resolution=? WHERE id=? AND resolved_at IS NULL"),
        {at, user, how, c.id});
    if (!u)
        return u.error();
    const qint64 dossier =
        first(db, QStringLiteral("SELECT dossier_id FROM volumes WHERE id=?"), {c.volumeId}).toLongLong();
    const QJsonObject details{{QStringLiteral("kind"), c.kind},
                              {QStringLiteral("id"), c.recId},
                              {QStringLiteral("kept"), how},
                              {QStringLiteral("other_from"), c.otherFrom}};
    auto a =
        execSql(db, QStringLiteral("INSERT INTO audit_log(at, actor, dossier_id, action, details) VALUES(?,?,?,?,?)"),
                {at, user, dossier > 0 ? QVariant(dossier) : QVariant(), QStringLiteral("settle sync conflict"),
                 QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!a)
        return a.error();
    // Every desk holds the conflict record (its id is made from the other version's content): settled here, it
    // goes to the server settled, and the other desks mark their copy settled too.
    const QByteArray otherJson = QJsonDocument(c.other).toJson(QJsonDocument::Compact);
    const QString cid =
        c.kind + QLatin1Char('/') + c.recId + QLatin1Char('/') +
        QString::fromLatin1(QCryptographicHash::hash(otherJson, QCryptographicHash::Sha256).toHex().left(16));
    QJsonObject body{{QStringLiteral("kind"), c.kind},
                     {QStringLiteral("id"), c.recId},
                     {QStringLiteral("body"), c.other},
                     {QStringLiteral("from"), c.otherFrom}};
    qint64 base = 0;
    QString caseNo, volume;
    if (auto known =
            execSql(db,
                    QStringLiteral(
                        "SELECT revision, body, case_no, volume FROM sync_records WHERE kind='conflict' AND rec_id=?"),
                    {cid});
        known && known->next()) {
        base = known->value(0).toLongLong();
        body = QJsonDocument::fromJson(known->value(1).toString().toUtf8()).object();
        caseNo = known->value(2).toString();
        volume = known->value(3).toString();
    } else if (auto pending =
                   execSql(db,
                           QStringLiteral("SELECT case_no, volume FROM sync_outbox WHERE kind='conflict' AND rec_id=? "
                                          "AND base_revision=0"),
                           {cid});
               pending && pending->next()) {
        base = 1; // sent after the record's creation, which is ahead of it in the outbox
        caseNo = pending->value(0).toString();
        volume = pending->value(1).toString();
    } else {
        return tx.commit(); // not shared with the server (signed out desk): settled here only
    }
    body.insert(QStringLiteral("settled_at"), at);
    body.insert(QStringLiteral("settled_by"), user);
    body.insert(QStringLiteral("resolution"), how);
    if (auto q = queueOperation(db, QStringLiteral("conflict"), cid, caseNo, volume, base, false,
                                QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        !q)
        return q;
    return tx.commit();
}

} // namespace

Result<QList<SyncConflict>> SyncConflicts::open(const Profile& profile)
{
    QSqlDatabase db = profile.database();
    auto q = execSql(db, QStringLiteral("SELECT id, kind, rec_id, other_body, other_from, at FROM sync_conflicts "
                                        "WHERE resolved_at IS NULL ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<SyncConflict> out;
    while (q->next()) {
        SyncConflict c;
        c.id = q->value(0).toLongLong();
        c.kind = q->value(1).toString();
        c.recId = q->value(2).toString();
        c.other = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        c.otherFrom = q->value(4).toString();
        c.at = q->value(5).toString();
        out << c;
    }
    q->finish();
    for (SyncConflict& c : out) {
        auto mine = localRecords(db, c.kind, c.recId);
        if (!mine)
            return mine.error();
        if (!mine->isEmpty()) {
            c.current = mine->constFirst().body;
            c.caseNo = mine->constFirst().caseNo;
        }
        QStringList keys = c.other.keys() + c.current.keys();
        keys.removeDuplicates();
        for (const QString& k : std::as_const(keys))
            if (shown(c.kind, k) && c.current.value(k) != c.other.value(k))
                c.fields << SyncConflictField{k, label(k), display(db, k, c.current.value(k)),
                                              display(db, k, c.other.value(k))};
        if (c.kind == QLatin1String("document")) {
            c.subject = c.current.value(QStringLiteral("title")).toString();
            c.volumeId =
                first(db, QStringLiteral("SELECT volume_id FROM documents WHERE uid=?"), {c.recId}).toLongLong();
            c.canUseOther = c.volumeId > 0 &&
                            (c.current.value(QStringLiteral("title")) != c.other.value(QStringLiteral("title")) ||
                             c.current.value(QStringLiteral("doc_type")) != c.other.value(QStringLiteral("doc_type")));
        } else if (c.kind == QLatin1String("page")) {
            const QString doc = c.current.value(QStringLiteral("document")).toString();
            c.subject = QCoreApplication::translate("Dossier::SyncConflicts", "page %1 of “%2”")
                            .arg(c.current.value(QStringLiteral("page_in_document")).toInt())
                            .arg(documentTitle(db, doc));
            c.volumeId = first(db, QStringLiteral("SELECT volume_id FROM documents WHERE uid=?"), {doc}).toLongLong();
            const qint64 otherVolume = first(db, QStringLiteral("SELECT volume_id FROM documents WHERE uid=?"),
                                             {c.other.value(QStringLiteral("document")).toString()})
                                           .toLongLong();
            c.canUseOther = c.volumeId > 0 && otherVolume == c.volumeId &&
                            (c.current.value(QStringLiteral("document")) != c.other.value(QStringLiteral("document")) ||
                             c.current.value(QStringLiteral("page_in_document")) !=
                                 c.other.value(QStringLiteral("page_in_document")));
        } else if (c.kind == QLatin1String("case")) {
            c.subject = c.recId;
        } else {
            c.subject = c.recId.section(QLatin1Char('|'), 0, 0);
        }
        if (c.caseNo.isEmpty())
            c.caseNo = c.kind == QLatin1String("case") ? c.recId : QString();
        if (c.subject.isEmpty())
            c.subject = QCoreApplication::translate("Dossier::SyncConflicts", "(not on this desk)");
    }
    return out;
}

Result<int> SyncConflicts::openCount(const Profile& profile)
{
    auto q =
        execSql(profile.database(), QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Status SyncConflicts::keepCurrent(const Profile& profile, const SyncConflict& c, const QString& user)
{
    return settle(profile, c, user, QStringLiteral("current"));
}

Result<ConflictResolution> SyncConflicts::otherVersion(const Profile& profile, const SyncConflict& c)
{
    if (!c.canUseOther || c.volumeId <= 0)
        return Error(
            QStringLiteral("conflict_not_applicable"),
            QT_TRANSLATE_NOOP(
                "Dossier::Error",
                "The other version cannot be taken here: keep the current one or edit the catalogue by hand."));
    QSqlDatabase db = profile.database();
    ConflictResolution r;
    r.volumeId = c.volumeId;
    if (c.kind == QLatin1String("document")) {
        r.documentId = first(db, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {c.recId}).toLongLong();
        r.docType = c.other.value(QStringLiteral("doc_type")).toString();
        r.title = c.other.value(QStringLiteral("title")).toString();
        r.kind = r.docType != c.current.value(QStringLiteral("doc_type")).toString()
                     ? ConflictResolution::Kind::RetypeDocument
                     : ConflictResolution::Kind::RetitleDocument;
    } else {
        r.kind = ConflictResolution::Kind::MovePage;
        r.pageId = first(db, QStringLiteral("SELECT id FROM pages WHERE uid=?"), {c.recId}).toLongLong();
        r.documentId = first(db, QStringLiteral("SELECT id FROM documents WHERE uid=?"),
                             {c.other.value(QStringLiteral("document")).toString()})
                           .toLongLong();
        r.position = std::max(0, c.other.value(QStringLiteral("page_in_document")).toInt() - 1);
    }
    return r;
}

Status SyncConflicts::markOtherTaken(const Profile& profile, const SyncConflict& c, const QString& user)
{
    return settle(profile, c, user, QStringLiteral("other"));
}

} // namespace Dossier
