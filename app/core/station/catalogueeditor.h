#pragma once

#include "storage/profile.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace Dossier {

struct SyncConflict;
class DbWorker;

// The catalogue of one volume as a clerk edits it: documents in order, each with its pages in order.
struct CatalogueState final
{
    struct Document
    {
        qint64 id = 0; // 0: not stored yet
        QString docType;
        QString title;
        QList<qint64> pages;
        bool typeByHand = false; // the clerk chose the type (setType): a template's migration keeps it
        bool operator==(const Document&) const = default;
    };
    QList<Document> documents;
    QList<qint64> removed; // pages taken out of the volume (kept in the profile, with the reason logged)

    int documentOf(qint64 pageId) const; // index, or -1
    int indexOf(qint64 documentId) const;
    QJsonObject toJson() const;
    bool operator==(const CatalogueState&) const = default;

    // The edits, as pure functions of a state (errors: the ids do not belong to this volume).
    Result<CatalogueState> movePages(const QList<qint64>& pages, qint64 toDocument, int position) const;
    Result<CatalogueState> splitAt(qint64 pageId) const; // a new document starts at this page
    Result<CatalogueState> mergeWithPrevious(qint64 documentId) const;
    Result<CatalogueState> moveDocument(qint64 documentId, int index) const;
    Result<CatalogueState> setType(qint64 documentId, const QString& docType, const QString& title) const;
    Result<CatalogueState> setTitle(qint64 documentId, const QString& title) const;
    Result<CatalogueState> removePage(qint64 pageId) const;
    // A page not in the volume yet (a re-scanned sheet) goes into a document at `position` (-1: at the end).
    Result<CatalogueState> insertPage(qint64 pageId, qint64 documentId, int position) const;
    // `newPage` takes `oldPage`'s place; the old page is taken out of the volume (kept in the profile).
    Result<CatalogueState> replacePage(qint64 oldPage, qint64 newPage) const;
};

// Edits a volume's catalogue in the profile. Every edit is one transaction, one entry of the audit log and
// one undoable step on undoStack(); a dossier once edited by hand keeps its catalogue when its batch is run
// again. Removing a page needs a reason, which is logged.
class CatalogueEditor final : public QObject
{
    Q_OBJECT

public:
    // `undo`: the stack its edits go on — the dossier's, shared by the editors of its volumes, so that a document
    // moved between them and the edits around it are undone in order (nullptr: a stack of its own).
    CatalogueEditor(Profile profile, qint64 volumeId, QString actor, QObject* parent = nullptr,
                    QUndoStack* undo = nullptr);
    ~CatalogueEditor() override;

    static Result<qint64> volumeOf(const Profile& profile, const QString& caseNo, const QString& dossierId);

    qint64 volumeId() const { return m_volumeId; }
    Result<CatalogueState> load() const;
    QUndoStack* undoStack() const { return m_undo; }

    Status movePages(const QList<qint64>& pages, qint64 toDocument, int position);
    Status splitAt(qint64 pageId);
    Status mergeWithPrevious(qint64 documentId);
    Status moveDocument(qint64 documentId, int index);
    Status setType(qint64 documentId, const QString& docType, const QString& title);
    Status setTitle(qint64 documentId, const QString& title);
    Status removePage(qint64 pageId, const QString& reason);
    Status insertPage(qint64 pageId, qint64 documentId, int position);
    // `why`: "rescanned" or "turned" (logged with the old page).
    Status replacePage(qint64 oldPage, qint64 newPage, const QString& why);

    // Moves a document of this volume to the volume `toKind` ("main", "secondary") of its dossier, where its type
    // comes in the template's order (VolumeMove); undone on this volume's stack.
    Status moveToVolume(qint64 documentId, const QString& toKind);

    // Takes the other version of a sync conflict (as one edit of this volume), then marks the conflict settled.
    Status takeOtherVersion(const SyncConflict& conflict);

    // Writes a state as it is; returns it with the ids of new documents.
    Result<CatalogueState> write(const CatalogueState& state, const QString& action, const QJsonObject& details);

    // With a worker, the edits are meant to be called on it (see DbWorker), and undo and redo write there too;
    // without one (the CLI, the tests), everything runs on the caller's thread.
    void setWorker(DbWorker* worker) { m_worker = worker; }
    // Undo and redo: writes `state` on the worker if there is one; a failure is told by failed().
    void writeStep(const CatalogueState& state, const QString& action, const QJsonObject& details);
    // Runs an undo or redo step: on the worker if there is one; a failure is told by failed().
    void runStep(const QString& action, std::function<Status()> work);

Q_SIGNALS:
    void changed();                           // after every write, from the thread that wrote
    void failed(const Dossier::Error& error); // an undo or redo could not be written

private:
    Status edit(const Result<CatalogueState>& after, const QString& action, const QString& text,
                const QJsonObject& details);

    Profile m_profile;
    qint64 m_volumeId;
    qint64 m_dossierId = 0;
    QString m_actor;
    QUndoStack* m_undo;
    DbWorker* m_worker = nullptr;
};

} // namespace Dossier
