#pragma once

#include "domain/note.h"
#include "storage/profile.h"

#include <dossier/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Dossier {

// A judge's 庭审提纲 (hearing outline) made from their reading notes on a case: the dispute focuses (争议焦点),
// the facts to prove (待证事实) with their status, the questions for the hearing (法庭询问要点), each with its
// citations (volume and page, and the quoted text of the annotations it links), then the remaining annotations
// by page. Written as ODT (opens in WPS and Word) or PDF. Like the archival forms it is a Chinese court document
// whatever the interface language. Only the author's own notes go in; nothing of it reaches an archive output.
struct HearingOutline final
{
    struct Citation
    {
        QString volume; // 正卷 / 副卷
        int page = 0;   // the page's number in its volume; 0: a page no longer in the volume
        QString quote;  // the annotation's quoted text, if the citation comes from one
        QString comment;
    };
    struct Item
    {
        Note::Kind kind = Note::Kind::Focus;
        Note::Status status = Note::Status::None;
        QString text;
        QStringList tags;
        QList<Citation> citations;
    };

    QString caseNo, court, cause, author;
    QStringList plaintiffs, defendants;
    QList<Item> focuses, facts, questions;
    QList<Item> annotations; // not cited by any reading note, in page order

    // The author's notes on the case, with the volume's page numbers as they are now.
    static Result<HearingOutline> build(const Profile& profile, const QString& caseNo, const QString& author);

    // "正卷第3页"; "正卷（页已移出）" for a page no longer in the volume.
    static QString citationLabel(const Citation& c);
    static QString statusLabel(Note::Status status); // 无争议 / 有争议 / 待查

    // Writes the file atomically (a temporary file renamed into place). PDF needs a QGuiApplication (fonts).
    Status writeOdt(const QString& path) const;
    Status writePdf(const QString& path) const;
    // The outline as HTML (what the PDF is laid out from).
    QString toHtml() const;
};

} // namespace Dossier
