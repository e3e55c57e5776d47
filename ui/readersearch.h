#pragma once

#include "readerview.h"
#include "station/pagesearch.h"
#include "storage/profile.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QAction;

namespace Dossier {

class DbWorker;

// The reader's search: in the open case or in all the judge's cases; hits listed by page with a snippet, "N/M"
// over every occurrence, F3/Shift+F3 to the next and previous occurrence across pages, and every occurrence on the
// pages outlined from the OCR word boxes. Searches run on the DB worker; a long list is read in batches.
class ReaderSearchPanel final : public QWidget
{
    Q_OBJECT

public:
    ReaderSearchPanel(Profile profile, DbWorker* worker, QWidget* parent = nullptr);

    void setAuthor(const QString& author) { m_author = author; }
    void setCase(const QString& caseNo, std::shared_ptr<const BoundVolume> volume);
    // Find (Ctrl+F: the search box), next hit (F3) and previous hit (Shift+F3), for the window's menu.
    QList<QAction*> actions();

    void search(const QString& text);
    void next();
    void previous();
    // The hits on the open case's sheets, the current occurrence set apart.
    QList<ReaderView::Mark> marks() const;
    const SearchResults& results() const { return m_results; }
    int currentOccurrence() const { return m_current; } // 0-based; -1: none
    QString countText() const;

Q_SIGNALS:
    void marksChanged();
    // An occurrence to show: its case, page and boxes (OCR pixels).
    void hitChosen(const QString& caseNo, qint64 pageId, const QRect& box);
    void searched(); // results are in (tests)
    void shown();    // the panel wants to be seen (Ctrl+F)

private:
    void run(int offset);
    void received(const SearchResults& results, int offset);
    void choose(int occurrence);
    void fillList();
    // The hit and occurrence within it of the n-th occurrence among those loaded; {-1, -1} when not loaded.
    std::pair<int, int> locate(int occurrence) const;

    Profile m_profile;
    DbWorker* m_worker;
    QString m_author, m_caseNo, m_text;
    std::shared_ptr<const BoundVolume> m_volume;
    SearchResults m_results;
    int m_loadedOccurrences = 0;
    int m_current = -1;
    int m_generation = 0;
    bool m_loadingMore = false;
    QLineEdit* m_input;
    QComboBox* m_scope;
    QLabel* m_count;
    QListWidget* m_list;
};

} // namespace Dossier
