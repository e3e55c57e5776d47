#pragma once
// Conflicts left by sync for the user to settle: the same record edited on two desks while offline. Sync
// keeps both versions and lets the same one win on every desk; the review shows what differs, and the user
// keeps the version in place or takes the other one (as an ordinary, undoable catalogue edit that syncs).
#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dossier {

class CatalogueEditor;

struct SyncConflictField final
{
    QString field;   // key in the record ("title", "doc_type", …)
    QString label;   // translated name of the field
    QString current; // as this desk has it now
    QString other;   // as the other version had it
};

struct SyncConflict final
{
    qint64 id = 0;
    QString kind; // case, dossier, document, page
    QString recId;
    QString caseNo;
    QString subject; // what the record is, in words ("起诉状", "第 3 页 of 起诉状")
    QString otherFrom, at;
    QJsonObject current, other;
    QList<SyncConflictField> fields; // only the fields that differ
    qint64 volumeId = 0;             // the volume holding the record on this desk (0: none)
    bool canUseOther = false;        // the other version can be taken as a catalogue edit
};

class SyncConflicts final
{
public:
    // Conflicts not settled yet, newest first.
    static Result<QList<SyncConflict>> open(const QString& profileDir);
    static Result<int> openCount(const QString& profileDir);
    // Keeps the version in place; logged in the audit log.
    static Status keepCurrent(const QString& profileDir, const SyncConflict& c, const QString& user);
    // Takes the other version's title and type (documents) or document and place (pages) through `editor`
    // (the volume's editor, so that undo works), then marks the conflict settled.
    static Status useOther(const QString& profileDir, const SyncConflict& c, CatalogueEditor& editor,
                           const QString& user);
};

} // namespace Dossier
