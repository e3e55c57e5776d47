#pragma once

#include "readerview.h"
#include "station/sheetcache.h"
#include "storage/profile.h"

#include <QList>
#include <QMainWindow>

#include <functional>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QTreeWidget;
class QAction;

namespace Dossier {

class DbWorker;
class ReaderNotesPanel;
class ReaderSearchPanel;
class SyncController;

// The judge's reader (e简阅卷本): a case's bound volume — 封面, 卷内目录, every document in catalogue order with the
// volume's page numbers, 备考表 — read continuously or a page at a time, with the outline from the 卷内目录 rows,
// thumbnails, bookmarks, search with every hit outlined on the page, private annotations and reading notes, and
// the 庭审提纲 export. Keyboard first: PgDn/PgUp, Home/End, Ctrl+G, Ctrl+F, F3/Shift+F3, Alt+←/→. It reads and
// writes only notes; the catalogue and the masters are the clerk's.
class ReaderWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit ReaderWindow(Profile profile, QWidget* parent = nullptr);
    ~ReaderWindow() override;

    // Opens the case (read on the DB worker); caseOpened() or a message follows.
    void openCase(const QString& caseNo);
    // The case list (Ctrl+O): typed, chosen, or scanned from the case label.
    void chooseCase();
    QString caseNo() const { return m_caseNo; }
    std::shared_ptr<const BoundVolume> volume() const { return m_volume; }
    ReaderView* view() const { return m_view; }
    ReaderNotesPanel* notesPanel() const { return m_notes; }
    ReaderSearchPanel* searchPanel() const { return m_search; }
    bool isBusy() const;
    bool isSyncing() const;

    // Goes to a sheet and remembers where the reader was (Alt+← returns).
    void jumpToSheet(int sheet, const QRectF& focus = {});
    // Goes to the page a judge typed: "15" in the volume shown, "2-15" in the case's second volume; false when
    // there is none.
    bool goToPage(const QString& typed);
    void back();
    void forward();
    void addBookmark();
    void exportOutline(const QString& path = {});
    // Writes the chosen pages (e.g. "1-5, 8") to a PDF, each with its number in the volume (a hearing bundle).
    void exportPages(const QString& range = {}, const QString& path = {});
    // Prints the chosen pages (asked for, then the print dialog), each with its number in the volume.
    void printPages();
    // Where the case's paper is (the 中间库's records, synced), with the judge's loan request.
    void showPaper();
    // Asks the warehouse for the case's paper (a loan request in the reader's name).
    void requestPaper(const QString& purpose);

    // The sheets a page range names ("3-5, 9" in the volume shown, "2:3-5" in the second; empty: the current page).
    QList<int> sheetsOf(const QString& range) const;

Q_SIGNALS:
    void caseOpened(const QString& caseNo);
    void paperRequested(bool ok);
    void notesReloaded();
    void exported(const QString& path, bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QString pagesPrompt() const;
    QAction* paperAction();
    QString currentPageText() const;
    void buildActions();
    void buildDocks();
    void buildSync();
    void buildCameraDock();
    void showVolume(std::shared_ptr<const BoundVolume> volume);
    void fillOutline();
    void fillThumbnails();
    void requestVisibleThumbnails();
    void sheetChanged(int sheet);
    void reloadNotes();
    void updateMarks();
    // Shows a page of a case (opening the case first when another is open), at the region `box` (OCR pixels).
    void showHit(const QString& caseNo, qint64 pageId, const QRect& box);
    void regionChosen(int sheet, const QRectF& mm, const QPoint& globalPos);
    void annotate(int sheet, const QRectF& mm, int kind);
    // The sheet's page with its OCR words (read on the DB worker), then `use` on this thread.
    void withPage(int sheet, const std::function<void(const VolumePage&)>& use);
    void message(const QString& text, int ms = 6000);

    Profile m_profile;
    DbWorker* m_worker;
    SheetCache* m_cache;
    QString m_author, m_caseNo;
    std::shared_ptr<const BoundVolume> m_volume;
    int m_loading = 0;
    QList<int> m_back, m_forward;
    ReaderView* m_view;
    QTreeWidget* m_outline = nullptr;
    QListWidget* m_thumbs = nullptr;
    QListWidget* m_bookmarks = nullptr;
    ReaderNotesPanel* m_notes = nullptr;
    ReaderSearchPanel* m_search = nullptr;
    SyncController* m_sync = nullptr;
    QLineEdit* m_pageBox = nullptr;
    QLabel* m_pageCount = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_forwardAction = nullptr;
    QAction* m_cameraToggle = nullptr;
    QMetaObject::Connection m_pendingHit; // shows a hit once its case has opened
    QString m_pendingHitCase;
    bool m_closeAfterSync = false;
};

} // namespace Dossier
