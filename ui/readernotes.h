#pragma once

#include "archive/boundvolume.h"
#include "domain/note.h"
#include "storage/profile.h"

#include <QDialog>
#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace Dossier {

class DbWorker;

// The colour a note's colour name is shown in.
QColor noteColour(const QString& name);

// Edits one note: its text, colour, tags and, for a fact to prove, its status.
class NoteDialog final : public QDialog
{
    Q_OBJECT

public:
    NoteDialog(const Note& note, QWidget* parent = nullptr);
    Note note() const;

private:
    Note m_note;
    QPlainTextEdit* m_text;
    QComboBox* m_colour;
    QComboBox* m_status = nullptr;
    QLineEdit* m_tags;
};

// The judge's notes on the open case, in two lists: the annotations (filterable by colour, tag and kind; the
// current page's first) and the reading notes (阅卷笔记: 争议焦点, 待证事实 with status, 法庭询问要点), ordered by
// drag and drop and citing annotations. Every change is written through the DB worker, then the notes are read
// again (changed()).
class ReaderNotesPanel final : public QWidget
{
    Q_OBJECT

public:
    ReaderNotesPanel(Profile profile, DbWorker* worker, QWidget* parent = nullptr);

    void setAuthor(const QString& author) { m_author = author; }
    void setCase(const QString& caseNo, std::shared_ptr<const BoundVolume> volume);
    void setNotes(const QList<Note>& notes);
    void setCurrentSheet(int sheet);
    const QList<Note>& notes() const { return m_notes; }
    QString selectedAnnotation() const;
    void selectNote(const QString& uid);

    // Writes a new note (the panel's author's), then changed().
    void addNote(const Note& note);
    void editNote(const QString& uid);
    void deleteNote(const QString& uid);
    // A new reading note of `kind`, asked for with the note dialog.
    void newReadingNote(Note::Kind kind);

Q_SIGNALS:
    void changed();
    void jumpTo(qint64 pageId, const QRect& box); // box in OCR pixels, null for the whole page
    void failed(const QString& message);

private:
    QWidget* buildAnnotationTab();
    QWidget* buildReadingTab();
    void fillAnnotations();
    void fillReadingNotes();
    void citeSelected();
    void dropped();
    QString pageLabel(const Note& n) const;
    void write(std::function<Status(const Profile&, const QString&)> work);

    Profile m_profile;
    DbWorker* m_worker;
    QString m_author, m_caseNo;
    std::shared_ptr<const BoundVolume> m_volume;
    QList<Note> m_notes;
    int m_sheet = 0;
    bool m_filling = true; // filling the reading notes (until the first fill: building them)
    QListWidget* m_annotations = nullptr;
    QComboBox* m_colourFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QLineEdit* m_tagFilter = nullptr;
    QTreeWidget* m_reading = nullptr;
    QList<QTreeWidgetItem*> m_sections; // 争议焦点, 待证事实, 法庭询问要点
};

} // namespace Dossier
