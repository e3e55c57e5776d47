#pragma once
// Inside the sync engine: what its parts (syncengine.cpp: sign-in, collect, push, pull; syncapply.cpp:
// records from the feed into the profile) share. Not for use outside app/core/sync.
#include "storage/masterstore.h"
#include "storage/profile.h"
#include "sync/httpclient.h"
#include "sync/syncengine.h"
#include "sync/syncrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlDatabase>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace Dossier {

namespace SyncDetail {

using Record = SyncRecord;

QString now();
QByteArray canonical(const QJsonObject& o); // the server's and every desk's form of a body
QString compact(const QJsonObject& o);
QJsonObject parse(const QString& s);
QJsonValue parseValue(const QString& s);
int kindOrder(const QString& kind); // a page needs its document, a document its dossier
Error serverError(const HttpClient::Reply& r);
QString setting(QSqlDatabase db, const QString& key);
Status setSetting(QSqlDatabase db, const QString& key, const QString& value);
Status remember(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo, const QString& volume,
                qint64 revision, bool deleted, const QJsonObject& body);
Status keepConflict(QSqlDatabase db, const QString& kind, const QString& id, const QString& caseNo,
                    const QString& volume, const QJsonObject& kept, const QJsonObject& other, const QString& from);
Status markSettled(QSqlDatabase db, const QJsonObject& conflictBody);

} // namespace SyncDetail

struct SyncEngine::Context
{
    QSqlDatabase db;
    std::unique_ptr<HttpClient> http;
    QString token;
    // Read once per pull, kept up to date while it applies records: digests of this desk's records as they are,
    // and the revision of each record the server confirmed.
    QHash<QString, QByteArray> localDigest;
    QHash<QString, qint64> knownRevision;
    QSet<QString> setAsideKeys; // records kept aside (sync_set_aside)
    bool cachesLoaded = false;
    // The last look at records set aside in this sync (retrySetAside): one still waiting for its dossier or
    // document is now told to the user. Before it, such a record waits quietly (the feed may bring the
    // parent later in the same pull: an edited record moves to the feed's end).
    bool lastLook = false;
    QSet<QString> waiting; // records of this pull that wait aside for their parent (counted when taken)
    QString server;
    QString user;
    MasterStore masters;
    explicit Context(const Profile& profile) : masters(profile.masters()) {}
};

} // namespace Dossier
