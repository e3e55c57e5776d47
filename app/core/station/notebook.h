#pragma once

#include "archive/casevolumes.h"
#include "domain/note.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QList>
#include <QString>

namespace Dossier {

// A judge's notes on the cases of a profile, as one user writes and reads them (the reader and dossier-cli note):
// a note is checked before it is stored, its page must be one of its case's, and a region's text is taken from the
// page's recognised words. Never touches a master or the catalogue.
class NoteBook final
{
public:
    NoteBook(Profile profile, QString author);

    const QString& author() const { return m_author; }
    // Whose notes this desk writes: the user signed in to dossier-server (sync.user), or before any sign-in the
    // user of the machine.
    static Result<QString> authorFor(const Profile& profile);

    // The case's volumes this desk's user may read, in reading order (documents in catalogue order, pages numbered
    // as in their volume; the 副卷 left out for a party or a lawyer).
    static Result<CaseVolumes> volumes(const Profile& profile, const QString& caseNo);

    // Stores a new note of this author (who it belongs to is the book's author, whatever `note` says). A
    // highlight or box without a quote gets the text of the recognised words under its region.
    Result<Note> add(Note note);
    // The note changed as `note` says; an error when this author has no such note.
    Result<Note> update(const Note& note);
    Status remove(const QString& uid);
    Result<QList<Note>> list(const QString& caseNo);
    Result<QList<Note>> onPage(qint64 pageId);
    Status reorder(const QStringList& uids);

    // The recognised characters that `region` covers (at least half of each, the characters set along their line
    // as a search sets them: hitboxes.h), in reading order; Han characters joined without spaces, lines by "\n".
    static QString textIn(const OcrPage& ocr, const QRect& region);
    // The region a highlight drawn over `region` snaps to: the boxes of the characters it covers (`region` itself
    // when it covers none).
    static QRect snapToText(const OcrPage& ocr, const QRect& region);

private:
    Status checkPage(const Note& note) const;
    Profile m_profile;
    QString m_author;
};

} // namespace Dossier
