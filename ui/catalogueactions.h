#pragma once

#include "storage/profile.h"

#include <dossier/result.h>

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QAction;
class QTreeView;
class QUndoGroup;
class QUndoStack;
class QWidget;

namespace Dossier {

class CatalogueEditor;
class DbWorker;
class DossierModel;
struct TemplateItem;

// The clerk's edits of the 卷内目录 in the tree: move pages to the previous or next document (Alt+↑/↓), split
// (Ctrl+B), join (Ctrl+J), type (Ctrl+T), title (F2), remove a page with a reason (Del), move a document to the
// other volume (正卷 ↔ 副卷, Ctrl+Shift+V), undo and redo. Each
// edit runs through the volume's CatalogueEditor on the DB worker; edited() asks the window to show the
// catalogue again, keeping the page or document in view.
class CatalogueActions final : public QObject
{
    Q_OBJECT

public:
    // `actor`: who edits, as the audit log names them (the desk's operator).
    CatalogueActions(Profile profile, DbWorker* db, DossierModel* model, QTreeView* tree, QWidget* window,
                     std::function<QString()> actor);
    ~CatalogueActions() override;

    QAction* undoAction() const { return m_undo; }
    QAction* redoAction() const { return m_redo; }
    const QList<QAction*>& editActions() const { return m_edits; }

    // The catalogue editor of a volume (one undo stack per dossier, shared by its volumes, in one undo group).
    CatalogueEditor* editorFor(qint64 volumeId);
    // Undo and redo act on this volume's edits.
    void activate(qint64 volumeId);
    // Runs an edit on the DB worker; tells what went wrong, or `done` and asks for the tree with that page or
    // document.
    void runEdit(qint64 volumeId, std::function<Status(CatalogueEditor*)> edit, qint64 selectPage,
                 qint64 selectDocument, const QString& done = {});

Q_SIGNALS:
    void edited(qint64 selectPage, qint64 selectDocument);
    void message(const QString& text, int timeoutMs);

private:
    void makeActions();
    bool report(const Status& s); // shows an edit's error; true when it succeeded
    void moveToNeighbour(int direction);
    void splitHere();
    void mergeWithPrevious();
    void setDocumentType();
    static Result<QList<TemplateItem>> typesFor(const Profile& profile, qint64 volumeId);
    void renameDocument();
    void moveToOtherVolume();
    void removePage();

    Profile m_profile;
    DbWorker* m_db;
    DossierModel* m_model;
    QTreeView* m_tree;
    QWidget* m_window;
    std::function<QString()> m_actor;
    QUndoGroup* m_undoGroup;
    QHash<qint64, CatalogueEditor*> m_editors;
    QHash<QString, QUndoStack*> m_stacks; // by dossier id
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QList<QAction*> m_edits;
};

} // namespace Dossier
