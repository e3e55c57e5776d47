#pragma once

#include "sync/syncoutbox.h"
#include "sync/synctransport.h"

#include "storage/profile.h"

#include <dossier/result.h>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Dossier {

struct SyncSummary final
{
    int pushed = 0;    // operations the server applied
    int pulled = 0;    // records received through the change feed
    int conflicts = 0; // records edited on two desks: both versions kept
    int rejected = 0;  // operations the server refused (reasons in `problems`)
    int blobsUp = 0;
    int blobsDown = 0;
    qint64 bytesUp = 0;
    int pending = 0;  // operations still in the outbox
    int setAside = 0; // records from the feed this desk could not take (reasons in `problems`); kept aside
    int restored = 0; // changes of this desk the server refused as forbidden, undone here (told in `problems`)
    QStringList problems;
    // Dossiers carried to a newer version of their template (TemplateLibrary::migrate), and what that told.
    int migrated = 0;
    qint64 auditHead = 0; // the audit chain entry the server recorded as this desk's head
    QStringList templateNotes;
    QString server; // the server this sync went through (the one signed in to, or an alternate)
    QJsonObject toJson() const;
};

// Offline-first sync of a desk's profile with dossier-server (architecture.md, "Sync contract").
//  - Records (case, dossier, document, page, conflict) are compared with the last state the server confirmed;
//    every difference becomes an outbox operation with an idempotency id and the base revision it edits,
//    stored before it is sent, so a retry after a lost reply or a killed process never applies twice.
//  - Page images are uploaded first, content-addressed, in resumable chunks whose size follows the link; the
//    server verifies the SHA-256 before accepting.
//  - The change feed is pulled by cursor and applied to the profile; a record missing from a reply is never
//    taken as deleted.
//  - A record edited on two desks keeps both versions: the same one wins on every desk whatever the order
//    (the greater canonical JSON), the other is kept as a conflict record for the user, on every desk.
// Blocking: run it on a worker thread (or in the CLI).
// Its parts: the transport (synctransport.h: the protocol over injected QNetworkAccessManagers), the outbox
// (syncoutbox.h), the record codec (recordcodec.h), the applier (syncapplier.h) and the conflict policy
// (conflictpolicy.h); the SQL is in storage (syncrepository.h, synccataloguerepository.h).
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(Profile profile, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Signs in: the token goes to the system keyring (never the profile); server, user, and the role and scope
    // the server gave the user, to the profile (SyncAccount).
    Status login(const QString& serverUrl, const QString& user, const QString& password);
    // A sign-in's answer: the token, and who the server says the user is.
    struct Session final
    {
        QString token;
        SyncAccount account;
    };
    // The steps of login for a caller that keeps the token itself (the window, asynchronously on its thread):
    // asks the server for a token (requestSession, or requestToken for the token alone), then records the account
    // in the profile once the token is kept (rememberLogin).
    Result<Session> requestSession(const QString& serverUrl, const QString& user, const QString& password) const;
    Result<QString> requestToken(const QString& serverUrl, const QString& user, const QString& password) const;
    Status rememberLogin(const SyncAccount& account);
    // Server and user only (a sign-out: an empty user): the role and scope kept are the same user's, or none.
    Status rememberLogin(const QString& serverUrl, const QString& user);
    // The server and user this profile signed in with (empty when never).
    QPair<QString, QString> signedInAs() const;
    // The whole account: server, user, role and scope (empty when never signed in, or when the profile cannot
    // say). The window decides with it whether this user gets the reader or the clerk's tools.
    SyncAccount signedInAccount() const;
    // Syncs with this token instead of reading it from the keyring.
    void setToken(const QString& token) { m_token = token; }
    // A PEM file of certificate authorities to trust for an HTTPS server besides the system's (a court's own
    // CA); login() keeps its path in the profile for later syncs. Fails when the file holds no certificate.
    Status setCaFile(const QString& path);
    Status logout();
    // Other servers of the same court, sharing its database and blob store (architecture.md, "A court's
    // servers"): a sync that cannot reach the server signed in to (no connection, or 502/503 after its retries)
    // goes on with each of them in turn, with the same session. http(s) addresses without user or password, at
    // most eight; an empty list forgets them.
    Status setAlternates(const QStringList& urls);
    // An address a desk may send its session to: http(s), a host, no user or password, no query or fragment.
    static bool isServerAddress(const QString& text);
    Result<QStringList> alternates() const;
    Result<SyncSummary> sync(const std::atomic_bool& cancel);

    // Admins: publishes a version of a catalogue template (JSON with "id" and "version"): to every desk, or first
    // to the accounts and courts named (a staged rollout; the others keep the version they use). The server
    // checks it against every version published before and refuses it with its problems; its warnings come back.
    Result<QStringList> pushTemplate(const QJsonObject& templateJson, const QStringList& accounts = {},
                                     const QStringList& courts = {});
    // Admins: which version of a template the desks use (to everyone after a staged rollout; a rollback).
    Status releaseTemplate(const QString& id, const QJsonObject& release);
    // Admins: what publishing `draft` would change on the server: {"dossiers","dossiers_changed","documents",
    // "documents_changed","orphans","desks","accounts","by_version"}.
    Result<QJsonObject> templateImpact(const QJsonObject& draft);
    // Admins: publishes one year of the holiday calendar (HolidayCalendar's file of a year) to every desk, where
    // it replaces the year shipped or published before. Checked here first, as the server and every desk check
    // it; the year published.
    Result<int> pushCalendar(const QByteArray& yearJson);
    // Administrators and chiefs: gives `user` a case (`relation`: one of caseRelations()), so that a court gives
    // a judge a case without curl; the server's answer {"case_no","user","relation","changed"}. And the case's
    // members, [{"user","relation"}] (for them and for its members).
    Result<QJsonObject> addCaseMember(const QString& caseNo, const QString& user, const QString& relation);
    Result<QJsonArray> caseMembers(const QString& caseNo);
    // The head of this desk's audit chain the server recorded ({0, ""}: none yet), asked once (no retries).
    Result<AuditChain::Head> auditHeadOnServer();
    // The relations to a case dossier-server accepts: judge, panel_member, judge_assistant, clerk, party, lawyer.
    static const QStringList& caseRelations();

    // The network: makes the QNetworkAccessManager of each thread that talks to the server (the thread that
    // calls sync() or login(), and each upload stream's). Default: plain QNetworkAccessManagers. Protocol
    // tests give managers that answer in-process (tests/support/fakeqnam.h).
    void setNetworkFactory(NetworkFactory factory) { m_network = std::move(factory); }

    // Tuning for tests and benchmarks.
    void setBatchSize(int ops) { m_batchSize = ops; }
    void setMaxAttempts(int n) { m_maxAttempts = n; }
    void setRetryPauseMs(int ms) { m_retryPauseMs = ms; }
    void setPullPageSize(int records) { m_pullPage = std::max(1, records); }
    static QString account(const QString& serverUrl, const QString& user);

Q_SIGNALS:
    void progress(const QString& stage, qint64 done, qint64 total);

private:
    struct Context;
    Status connect(Context& c, const QString& via = {}, int attempts = 0);
    Result<SyncSummary> syncWith(const QString& via, int attempts, const std::atomic_bool& cancel);
    Status pull(Context& c, SyncSummary& s, const std::atomic_bool& cancel);
    Status push(Context& c, SyncSummary& s, const std::atomic_bool& cancel);
    Status pushBatch(Context& c, const QList<SyncOperation>& ops, SyncSummary& s, const std::atomic_bool& cancel);
    Status finish(Context& c, SyncSummary& s);
    // The desk's audit chain head and the entries since the head the server recorded (before any record goes).
    Status pushAudit(Context& c, SyncSummary& s);
    Status migrateTemplates(Context& c, SyncSummary& s);

    Profile m_profile;
    QString m_token;
    QString m_caFile;
    QList<QSslCertificate> m_cas;
    int m_batchSize = 200;
    int m_maxAttempts = 6;
    int m_pullPage = 5000; // records asked for per feed page
    int m_retryPauseMs = 250;
    NetworkFactory m_network;
};

} // namespace Dossier
