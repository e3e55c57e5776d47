#pragma once

#include "domain/note.h"

#include <dossier/result.h>

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

// A judge's private notes (table notes): what the reader writes and lists, and what sync brings from the author's
// other desks. Every read and write names the author: a desk may hold several users' notes, and none sees another's.
class NoteRepository final
{
public:
    explicit NoteRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // Stores a new note: a uid when it has none, the times, and for a reading note without a position the place
    // after the author's last one of its kind. Returns it as stored.
    Result<Note> add(Note note);
    // Writes the note's content (kind, region, colour, tags, text, status, links, position) over the author's
    // note of the same uid; false when the author has no such note.
    Result<bool> update(const Note& note);
    // Marks the author's note deleted (kept as a tombstone for sync); false when there is none.
    Result<bool> remove(const QString& uid, const QString& author);
    // The author's live notes of a case: annotations by page and place, then reading notes by kind and position.
    Result<QList<Note>> list(const QString& caseNo, const QString& author);
    // The author's live notes on one page.
    Result<QList<Note>> onPage(qint64 pageId, const QString& author);
    Result<std::optional<Note>> find(const QString& uid, const QString& author);
    // Puts the author's reading notes in this order (positions 1, 2, …), in one transaction.
    Status reorder(const QStringList& uids, const QString& author);
    // Who the notes written before any sign-in belong to: the user of the machine ("local" when unknown).
    static QString localAuthor();
    // The notes of `from` become `to`'s (the first sign-in on a desk: what was written before is the user's).
    Status adopt(const QString& from, const QString& to);
    // The case a page's dossier belongs to; empty when the page is in no dossier (or unknown).
    Result<QString> caseOfPage(qint64 pageId);

    // For sync (issue 13): the author's notes, tombstones included, with their pages' uids (empty while a page
    // has none): all of them, or only the note `uid`.
    Result<QList<Note>> ofAuthor(const QString& author, const QString& uid = {});
    // The note `uid` whoever wrote it, a tombstone too (a note from the feed meets the desk's own version).
    Result<std::optional<Note>> anyVersion(const QString& uid);
    // A page by its uid: its row (0: not on this desk) and the case it is (or, removed, was) in (empty: none).
    struct PageOfNote
    {
        qint64 id = 0;
        QString caseNo;
    };
    Result<PageOfNote> pageByUid(const QString& uid);
    // The author's note as another desk of theirs wrote it (made when missing; a tombstone when `note.deleted`),
    // its times as they came. Never writes over another author's note of the same uid.
    Status putSynced(const Note& note);

private:
    Result<QList<Note>> select(const QString& where, const QVariantList& binds);
    QSqlDatabase m_db;
};

} // namespace Dossier
