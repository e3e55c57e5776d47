#pragma once
// Conflicts left by sync for the user to settle: the same record edited on two desks while offline. Sync
// keeps both versions and lets the same one win on every desk; the review shows what differs, and the user
// keeps the version in place or takes the other one (as an ordinary, undoable catalogue edit that syncs).
#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Dossier {

class Profile;

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

// What taking the other version means for the catalogue, as a value: the station applies it as an ordinary
// catalogue edit (undoable, audited, synced). Sync itself never edits the catalogue.
struct ConflictResolution final
{
    enum class Kind { RetypeDocument, RetitleDocument, MovePage };
    Kind kind = Kind::RetitleDocument;
    qint64 volumeId = 0;
    qint64 documentId = 0; // the document retyped or retitled, or the page's new document
    QString docType, title;
    qint64 pageId = 0;
    int position = 0; // the page's place in its new document, from 0
};

class SyncConflicts final
{
public:
    // Conflicts not settled yet, newest first.
    static Result<QList<SyncConflict>> open(const Profile& profile);
    static Result<int> openCount(const Profile& profile);
    // Keeps the version in place; logged in the audit log.
    static Status keepCurrent(const Profile& profile, const SyncConflict& c, const QString& user);
    // The edit that takes the other version's title and type (documents) or document and place (pages).
    static Result<ConflictResolution> otherVersion(const Profile& profile, const SyncConflict& c);
    // The refusal when the other version cannot be taken as an edit (keep the current one, or edit by hand).
    static Error otherNotApplicable();
    // Marks the conflict settled by taking the other version (once its edit is made); logged in the audit log.
    static Status markOtherTaken(const Profile& profile, const SyncConflict& c, const QString& user);
};

} // namespace Dossier
