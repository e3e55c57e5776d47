#include "storage/noterepository.h"

#include "common/clock.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

namespace Dossier {
namespace {

const QString kColumns = QStringLiteral(
    "n.uid, n.case_no, n.author, n.kind, n.page_id, p.uid, n.box, n.quote, n.colour, n.tags, n.body, n.status, "
    "n.links, n.position, n.created_at, n.updated_at, n.deleted");

QString listJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFrom(const QString& json)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue& v : a)
        out << v.toString();
    return out;
}

QVariant boxJson(const QRect& box)
{
    if (box.isNull())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{box.x(), box.y(), box.width(), box.height()}).toJson(QJsonDocument::Compact));
}

QRect boxFrom(const QVariant& v)
{
    const QJsonArray a = QJsonDocument::fromJson(v.toString().toUtf8()).array();
    return a.size() == 4 ? QRect(a.at(0).toInt(), a.at(1).toInt(), a.at(2).toInt(), a.at(3).toInt()) : QRect();
}

Note noteFrom(const QSqlQuery& q)
{
    Note n;
    n.uid = q.value(0).toString();
    n.caseNo = q.value(1).toString();
    n.author = q.value(2).toString();
    n.kind = Note::kindFromKey(q.value(3).toString()).value_or(Note::Kind::Comment);
    n.pageId = q.value(4).toLongLong();
    n.pageUid = q.value(5).toString();
    n.box = boxFrom(q.value(6));
    n.quote = q.value(7).toString();
    n.colour = q.value(8).toString();
    n.tags = listFrom(q.value(9).toString());
    n.text = q.value(10).toString();
    n.status = Note::statusFromKey(q.value(11).toString()).value_or(Note::Status::None);
    n.links = listFrom(q.value(12).toString());
    n.position = q.value(13).toInt();
    n.createdAt = q.value(14).toString();
    n.updatedAt = q.value(15).toString();
    n.deleted = q.value(16).toBool();
    return n;
}

// Text columns are NOT NULL: a null QString binds as an empty one.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant pageBind(qint64 pageId)
{
    return pageId > 0 ? QVariant(pageId) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Result<QList<Note>> NoteRepository::select(const QString& where, const QVariantList& binds)
{
    auto q = execSql(
        m_db,
        QStringLiteral("SELECT %1 FROM notes n LEFT JOIN pages p ON p.id = n.page_id WHERE %2").arg(kColumns, where),
        binds);
    if (!q)
        return q.error();
    QList<Note> out;
    while (q->next())
        out << noteFrom(*q);
    return out;
}

Result<Note> NoteRepository::add(Note n)
{
    if (n.uid.isEmpty())
        n.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (n.createdAt.isEmpty())
        n.createdAt = Clock::stamp();
    if (n.updatedAt.isEmpty())
        n.updatedAt = n.createdAt;
    if (!n.isAnnotation() && n.position == 0) {
        auto last = execSql(m_db,
                            QStringLiteral("SELECT coalesce(max(position), 0) FROM notes "
                                           "WHERE case_no=? AND author=? AND kind=? AND deleted=0"),
                            {n.caseNo, n.author, Note::kindKey(n.kind)});
        if (!last)
            return last.error();
        n.position = last->next() ? last->value(0).toInt() + 1 : 1;
    }
    auto q = execSql(m_db,
                     QStringLiteral("INSERT INTO notes(uid, case_no, author, kind, page_id, box, quote, colour, tags, "
                                    "body, status, links, position, created_at, updated_at, deleted) "
                                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)"),
                     {n.uid, n.caseNo, n.author, Note::kindKey(n.kind), pageBind(n.pageId), boxJson(n.box),
                      text(n.quote), n.colour, listJson(n.tags), text(n.text), text(Note::statusKey(n.status)),
                      listJson(n.links), n.position, n.createdAt, n.updatedAt});
    if (!q)
        return q.error();
    auto stored = find(n.uid, n.author);
    if (!stored)
        return stored.error();
    return stored->value_or(n);
}

Result<bool> NoteRepository::update(const Note& n)
{
    auto q = execSql(m_db,
                     QStringLiteral("UPDATE notes SET kind=?, page_id=?, box=?, quote=?, colour=?, tags=?, body=?, "
                                    "status=?, links=?, position=?, updated_at=? "
                                    "WHERE uid=? AND author=? AND deleted=0"),
                     {Note::kindKey(n.kind), pageBind(n.pageId), boxJson(n.box), text(n.quote), n.colour,
                      listJson(n.tags), text(n.text), text(Note::statusKey(n.status)), listJson(n.links), n.position,
                      Clock::stamp(), n.uid, n.author});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<bool> NoteRepository::remove(const QString& uid, const QString& author)
{
    auto q =
        execSql(m_db, QStringLiteral("UPDATE notes SET deleted=1, updated_at=? WHERE uid=? AND author=? AND deleted=0"),
                {Clock::stamp(), uid, author});
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QList<Note>> NoteRepository::list(const QString& caseNo, const QString& author)
{
    return select(QStringLiteral("n.case_no=? AND n.author=? AND n.deleted=0 ORDER BY "
                                 "CASE WHEN n.kind IN ('highlight','box','comment') THEN 0 ELSE 1 END, "
                                 "CASE n.kind WHEN 'focus' THEN 0 WHEN 'fact' THEN 1 WHEN 'question' THEN 2 END, "
                                 "n.position, n.page_id, json_extract(n.box, '$[1]'), n.id"),
                  {caseNo, author});
}

Result<QList<Note>> NoteRepository::onPage(qint64 pageId, const QString& author)
{
    return select(QStringLiteral("n.page_id=? AND n.author=? AND n.deleted=0 ORDER BY n.id"), {pageId, author});
}

Result<std::optional<Note>> NoteRepository::find(const QString& uid, const QString& author)
{
    auto found = select(QStringLiteral("n.uid=? AND n.author=? AND n.deleted=0"), {uid, author});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<Note>();
    return std::optional<Note>(found->first());
}

Status NoteRepository::reorder(const QStringList& uids, const QString& author)
{
    Transaction t(m_db);
    // only notes whose place changed are touched: their edit time decides between the author's desks
    Statement set(m_db, QStringLiteral("UPDATE notes SET position=?, updated_at=? WHERE uid=? AND author=? AND "
                                       "position<>?"));
    const QString now = Clock::stamp();
    for (int i = 0; i < uids.size(); ++i)
        if (auto r = set.run({i + 1, now, uids.at(i), author, i + 1}); !r)
            return r.error();
    return t.commit();
}

Result<QList<Note>> NoteRepository::ofAuthor(const QString& author, const QString& uid)
{
    if (uid.isEmpty())
        return select(QStringLiteral("n.author=? ORDER BY n.id"), {author});
    return select(QStringLiteral("n.author=? AND n.uid=?"), {author, uid});
}

Result<std::optional<Note>> NoteRepository::anyVersion(const QString& uid)
{
    auto found = select(QStringLiteral("n.uid=?"), {uid});
    if (!found)
        return found.error();
    return found->isEmpty() ? std::optional<Note>() : std::optional<Note>(found->first());
}

Result<NoteRepository::PageOfNote> NoteRepository::pageByUid(const QString& uid)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT p.id, c.case_no FROM pages p LEFT JOIN documents d ON d.id = p.document_id "
                                    "LEFT JOIN volumes v ON v.id = coalesce(d.volume_id, p.removed_volume) "
                                    "LEFT JOIN dossiers s ON s.id = v.dossier_id LEFT JOIN cases c ON c.id = s.case_id "
                                    "WHERE p.uid=?"),
                     {uid});
    if (!q)
        return q.error();
    if (!q->next())
        return PageOfNote{};
    return PageOfNote{q->value(0).toLongLong(), q->value(1).toString()};
}

Status NoteRepository::putSynced(const Note& n)
{
    const QVariantList content = {n.caseNo,
                                  Note::kindKey(n.kind),
                                  pageBind(n.pageId),
                                  boxJson(n.box),
                                  text(n.quote),
                                  n.colour,
                                  listJson(n.tags),
                                  text(n.text),
                                  text(Note::statusKey(n.status)),
                                  listJson(n.links),
                                  n.position,
                                  n.createdAt,
                                  n.updatedAt,
                                  int(n.deleted)};
    auto updated = execSql(m_db,
                           QStringLiteral("UPDATE notes SET case_no=?, kind=?, page_id=?, box=?, quote=?, colour=?, "
                                          "tags=?, body=?, status=?, links=?, position=?, created_at=?, updated_at=?, "
                                          "deleted=? WHERE uid=? AND author=?"),
                           content + QVariantList{n.uid, n.author});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() > 0)
        return Ok{};
    // Not this author's yet: made, unless the uid is another author's note (then nothing is written).
    return statusOf(execSql(m_db,
                            QStringLiteral("INSERT INTO notes(case_no, kind, page_id, box, quote, colour, tags, body, "
                                           "status, links, position, created_at, updated_at, deleted, uid, author) "
                                           "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(uid) DO NOTHING"),
                            content + QVariantList{n.uid, n.author}));
}

QString NoteRepository::localAuthor()
{
    const QString local = qEnvironmentVariable("USER").trimmed();
    return local.isEmpty() ? QStringLiteral("local") : local;
}

Status NoteRepository::adopt(const QString& from, const QString& to)
{
    if (from == to || to.isEmpty())
        return Ok{};
    return statusOf(execSql(m_db, QStringLiteral("UPDATE notes SET author=?, updated_at=? WHERE author=?"),
                            {to, Clock::stamp(), from}));
}

Result<QString> NoteRepository::caseOfPage(qint64 pageId)
{
    auto q = execSql(m_db,
                     QStringLiteral("SELECT c.case_no FROM pages p JOIN documents d ON d.id = p.document_id "
                                    "JOIN volumes v ON v.id = d.volume_id JOIN dossiers s ON s.id = v.dossier_id "
                                    "JOIN cases c ON c.id = s.case_id WHERE p.id=?"),
                     {pageId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

} // namespace Dossier
