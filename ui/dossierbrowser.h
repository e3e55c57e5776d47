#pragma once

#include "storage/profile.h"

#include <QSplitter>

#include <functional>

class QAction;
class QPlainTextEdit;
class QTreeView;

namespace Dossier {

class DbWorker;
class DossierModel;
class PageView;

// The profile's dossiers as a tree (case → document → page, and the pages in no dossier), beside the page viewer
// and the page's recognised text, whose line under the cursor is outlined on the image. Everything it shows is
// read off the GUI thread: the catalogue on the DB worker (after the edits asked before it), pages on the pool.
class DossierBrowser final : public QSplitter
{
    Q_OBJECT

public:
    DossierBrowser(Profile profile, DbWorker* db, QWidget* parent = nullptr);

    DossierModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    PageView* view() const { return m_view; }
    // Show as processed or as scanned (M), zoom in and out, fit width.
    const QList<QAction*>& viewActions() const { return m_viewActions; }

    // Reads the catalogue again, keeping the page or document in view; the first page when neither is there and
    // `firstPageOtherwise`.
    void reloadKeeping(qint64 pageId, qint64 documentId, bool firstPageOtherwise = false,
                       std::function<void()> shown = {});
    // The page of the current row, 0 when it is no page.
    qint64 currentPageId() const;
    // Reads it again, keeping the current row.
    void reload();
    // Selects the latest page of a scanned or imported sheet; false (and told) when it is not catalogued yet.
    bool showSheet(const QString& source);
    // The case and dossier of the current row; false when none is chosen.
    bool currentDossier(QString* caseNo, QString* dossierId) const;

Q_SIGNALS:
    void currentVolumeChanged(qint64 volumeId);
    void message(const QString& text, int timeoutMs);

private:
    void setUpTree();
    void layOut();
    void makeViewActions();
    void selectFirstPage();
    void showPage(const QModelIndex& index);

    Profile m_profile;
    DbWorker* m_db;
    DossierModel* m_model;
    QTreeView* m_tree;
    PageView* m_view;
    QPlainTextEdit* m_text;
    int m_treeGeneration = 0; // the newest catalogue read; older ones are dropped
    int m_pageGeneration = 0; // the newest page read for the viewer
    QList<QAction*> m_viewActions;
};

} // namespace Dossier
