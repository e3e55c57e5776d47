#pragma once
// A judge's private note on a case (issue 13): a bookmark on a page, an annotation on a page — a highlight or a
// box over a region of the page image, or a comment on the page — or a reading note (阅卷笔记): a dispute focus
// (争议焦点), a fact to be proven (待证事实, with its status) or a question for the hearing (法庭询问要点), citing
// annotations and pages. A note belongs to its author: it never alters a page, never reaches an archive output, and
// travels only to the author's other desks. It is keyed to the page (not to a place in the catalogue), so it stays
// attached when the volume is catalogued again.
#include <dossier/result.h>

#include <QJsonObject>
#include <QRect>
#include <QString>
#include <QStringList>

#include <optional>

namespace Dossier {

struct Note final
{
    enum class Kind { Highlight, Box, Comment, Focus, Fact, Question, Bookmark };
    enum class Status { None, Undisputed, Disputed, Open }; // a fact's: 无争议 / 有争议 / 待查

    QString uid; // made by the desk that wrote it; the note's id on every desk of its author
    QString caseNo;
    QString author; // the user the note belongs to
    Kind kind = Kind::Comment;
    qint64 pageId = 0; // the page it is on, this desk's row (0: none — a reading note citing no page)
    QString pageUid;   // the same page across desks (pages.uid; empty until the page is synced)
    QRect box;         // the region, in the page's processed-image (OCR) pixels; null: the whole page
    QString quote;     // the recognised text under the region
    QString colour = QStringLiteral("yellow");
    QStringList tags;
    QString text;
    Status status = Status::None;
    QStringList links; // uids of the annotations a reading note cites
    int position = 0;  // order among the author's reading notes of the case of its kind
    QString createdAt, updatedAt;
    bool deleted = false;

    bool isAnnotation() const { return kind == Kind::Highlight || kind == Kind::Box || kind == Kind::Comment; }

    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);
    static QString statusKey(Status status); // empty for None
    static std::optional<Status> statusFromKey(const QString& key);
    // The colours a note may have, by name (yellow, red, green, blue, purple, orange, grey).
    static const QStringList& colours();
    static QString kindName(Kind kind); // as the reader shows it, in the current language
    static QString statusName(Status status);
    static QString colourName(const QString& colour);

    // The note as sync sends it and the CLI prints it (without uid and case, which the record carries):
    // {"author","kind","page","box":[x,y,w,h],"quote","colour","tags":[],"text","status","links":[],
    // "position","created_at","updated_at"}.
    QJsonObject toJson() const;
    // A note from toJson()'s form; checked by check() before use.
    static Note fromJson(const QString& uid, const QString& caseNo, const QJsonObject& body);
    // The first problem of a note, or nothing: kind, colour, status only for facts, a page for highlights and
    // boxes, a box inside sane bounds, lengths of text, quote, tags and links. Notes arrive from the network
    // (sync) and from the command line: hostile until checked.
    std::optional<Error> check() const;
};

} // namespace Dossier
