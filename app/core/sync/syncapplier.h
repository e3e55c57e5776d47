#pragma once
// The applier: records from the change feed into the profile. It works in two steps, so that no network I/O
// ever happens inside a transaction (other connections to the profile, the desk's own, keep writing while an
// image downloads):
//  1. outside any transaction, each record is checked against the schema (hostile until checked) and the
//     image of each page downloaded, checked against its SHA-256 and stored in the masters store;
//  2. one write transaction takes what passed and sets aside (sync_set_aside) what did not, to try again later.
#include "storage/masterstore.h"
#include "storage/synccataloguerepository.h"
#include "storage/syncrepository.h"
#include "sync/syncoutbox.h"
#include "sync/syncrecords.h"

#include <dossier/result.h>

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Dossier {

class SyncTransport;
struct SyncSummary;

class SyncApplier final
{
public:
    // Signs this desk's losing versions of conflicts with `user`.
    SyncApplier(SyncRepository& repo, SyncTransport& transport, MasterStore masters, QString user);

    Status apply(const QList<QJsonObject>& records, SyncSummary& s);
    // Records set aside at an earlier sync are tried again (their image may be there now); one the feed has
    // since brought in a newer revision is dropped. The last look of a sync: one still waiting for its dossier
    // or document is told to the user now.
    Status retrySetAside(SyncSummary& s);
    // Changes the server refused as forbidden (SyncOutbox::settle): the server's version of each record, as this
    // desk last had it, goes back in place (a page removed here is put back in its document, a retitled document
    // gets its title back), so that the refused change is not sent again at every sync. A movement of paper or a
    // case event recorded here, of which the server has no version, is taken off this desk.
    Status restore(const QList<SyncRecordRef>& records, SyncSummary& s);
    // The profile may have changed since the last apply (collect, push, edits): read it again.
    void reload() { m_cachesLoaded = false; }

private:
    using Problems = QList<std::optional<Error>>; // per record: why it cannot be taken (none: it can)
    Status loadCaches();
    Status prepare(const QList<SyncRecord>& records, const QList<QByteArray>& bodies, Problems& bad, SyncSummary& s);
    Status fetchImage(const SyncRecord& r, std::optional<Error>& bad, SyncSummary& s);
    Status write(const QList<SyncRecord>& records, const QList<QByteArray>& bodies, const Problems& bad,
                 SyncSummary& s);
    Status take(const SyncRecord& r, const QString& key, const QByteArray& serverBody, SyncSummary& s);
    Result<bool> keepBoth(const SyncRecord& r, const QJsonObject& mine, SyncSummary& s);
    Status setAside(const SyncRecord& r, const Error& why, SyncSummary& s, bool quietly = false);
    Result<std::optional<Error>> missingParent(const SyncRecord& r);
    Result<std::optional<Error>> reviewedDocumentMissing(const SyncRecord& r);
    Result<std::optional<Error>> notePageMissing(const SyncRecord& r);
    Result<std::optional<QJsonObject>> editedHere(const SyncRecord& r, const QString& key,
                                                  const QByteArray& serverBody);
    Status writeRecord(const SyncRecord& r);
    Status writeDocument(const SyncRecord& r);
    Status writePage(const SyncRecord& r);
    Status writeReview(const SyncRecord& r);
    Status writeNote(const SyncRecord& r);
    Status writeWarehouse(const SyncRecord& r);
    Status writeTemplate(const SyncRecord& r);
    Status undoWarehouse(const SyncRecordRef& ref);
    Status refoldPaper();

    SyncRepository& m_repo;
    SyncCatalogueRepository m_catalogue;
    SyncTransport& m_transport;
    MasterStore m_masters;
    QString m_user;
    // Read once per pull, kept up to date while records are applied: digests of this desk's records as they
    // are, and the revision of each record the server confirmed.
    QHash<QString, QByteArray> m_localDigest;
    QHash<QString, qint64> m_knownRevision;
    QSet<QString> m_setAsideKeys;
    bool m_cachesLoaded = false;
    // The last look at records set aside in this sync (retrySetAside): before it, a record waiting for its
    // dossier or document waits quietly (the feed may bring the parent later in the same pull).
    bool m_lastLook = false;
    QSet<QString> m_waiting; // records of this pull that wait aside for their parent (counted when taken)
    QSet<QString> m_refold;  // cases whose paper received movements in this transaction, to be folded anew
};

} // namespace Dossier
