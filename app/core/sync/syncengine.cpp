// The sync engine: sign-in, and a sync's steps (pull, collect, push, pull) over its parts: the transport, the
// outbox, the applier and the conflict policy.
#include "sync/syncengine.h"

#include "domain/casenumber.h"
#include "domain/holidaycalendar.h"
#include "domain/templateversions.h"
#include "pipeline/templatelibrary.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/syncrepository.h"
#include "sync/credentialstore.h"
#include "sync/syncapplier.h"
#include "sync/syncoutbox.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>

#include <algorithm>

namespace Dossier {

QJsonObject SyncSummary::toJson() const
{
    return {{QStringLiteral("pushed"), pushed},
            {QStringLiteral("pulled"), pulled},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("rejected"), rejected},
            {QStringLiteral("blobs_up"), blobsUp},
            {QStringLiteral("blobs_down"), blobsDown},
            {QStringLiteral("bytes_up"), bytesUp},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("set_aside"), setAside},
            {QStringLiteral("restored"), restored},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("migrated"), migrated},
            {QStringLiteral("audit_head"), auditHead},
            {QStringLiteral("template_notes"), QJsonArray::fromStringList(templateNotes)},
            {QStringLiteral("server"), server}};
}

// What one sync (or template push) works with: the profile's connection of this thread, the network manager
// of this thread, and the parts over them.
struct SyncEngine::Context
{
    SyncRepository repo;
    std::unique_ptr<QNetworkAccessManager> nam;
    std::unique_ptr<SyncTransport> transport;
    std::unique_ptr<SyncApplier> applier;
    QString server, user;
    explicit Context(const Profile& profile) : repo(profile.database()) {}
};

SyncEngine::SyncEngine(Profile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)),
      m_network([] { return std::make_unique<QNetworkAccessManager>(); })
{
}

SyncEngine::~SyncEngine() = default;

QString SyncEngine::account(const QString& serverUrl, const QString& user)
{
    return user + QLatin1Char('@') + QUrl(serverUrl).adjusted(QUrl::StripTrailingSlash).toString();
}

Status SyncEngine::setCaFile(const QString& path)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(path, QSsl::Pem);
    if (cas.isEmpty())
        return Error(QStringLiteral("ca_file_invalid"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "%1 holds no PEM certificate."), {path});
    m_caFile = QFileInfo(path).absoluteFilePath();
    m_cas = cas;
    return Ok{};
}

namespace {

// The role and scope of a sign-in's answer, which arrive over the network: kept only when they look like a role
// (a-z and '_', as dossier-server's) and a court code, else left empty (the role unknown).
SyncAccount accountFrom(const QString& serverUrl, const QString& user, const QJsonObject& reply)
{
    const QJsonObject who = reply.value(QStringLiteral("user")).toObject();
    QString role = who.value(QStringLiteral("role")).toString();
    QString scope = who.value(QStringLiteral("scope")).toString();
    const bool roleOk = !role.isEmpty() && role.size() <= 40 && std::all_of(role.begin(), role.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('_');
    });
    const bool scopeOk =
        scope.size() <= 40 && std::all_of(scope.begin(), scope.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return {serverUrl, user, roleOk ? role : QString(), scopeOk ? scope : QString()};
}

} // namespace

Result<QString> SyncEngine::requestToken(const QString& serverUrl, const QString& user, const QString& password) const
{
    auto session = requestSession(serverUrl, user, password);
    if (!session)
        return session.error();
    return session->token;
}

Result<SyncEngine::Session> SyncEngine::requestSession(const QString& serverUrl, const QString& user,
                                                       const QString& password) const
{
    // The CA given now, or the one this profile was signed in with before (the window signs in again with it).
    QList<QSslCertificate> cas = m_cas;
    if (cas.isEmpty()) {
        SyncRepository repo(m_profile.database());
        auto ca = repo.setting(QStringLiteral("sync.ca_file"));
        if (!ca)
            return ca.error();
        if (!ca->isEmpty())
            cas = QSslCertificate::fromPath(*ca, QSsl::Pem);
    }
    const std::unique_ptr<QNetworkAccessManager> nam = m_network();
    HttpClient http{QUrl(serverUrl), nam.get()};
    http.setCaCertificates(cas);
    auto r = http.json("POST", QStringLiteral("/api/v1/session"),
                       {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    if (!r)
        return r.error();
    if (r->status == 401)
        return Error(QStringLiteral("login_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The server does not accept this user name and password."));
    if (r->status != 200)
        return SyncTransport::serverError(*r);
    const QJsonObject reply = r->json();
    return Session{reply.value(QStringLiteral("token")).toString(), accountFrom(serverUrl, user, reply)};
}

Status SyncEngine::rememberLogin(const SyncAccount& account)
{
    SyncRepository repo(m_profile.database());
    if (!m_caFile.isEmpty())
        if (auto s = repo.setSetting(QStringLiteral("sync.ca_file"), m_caFile); !s)
            return s;
    // the first sign-in on this desk: the notes written before it are this user's (else they would vanish)
    auto before = repo.setting(QStringLiteral("sync.user"));
    if (!before)
        return before.error();
    if (before->isEmpty() && !account.user.isEmpty())
        if (auto s = NoteRepository(m_profile.database()).adopt(NoteRepository::localAuthor(), account.user); !s)
            return s;
    return repo.setAccount(account);
}

Status SyncEngine::rememberLogin(const QString& serverUrl, const QString& user)
{
    SyncAccount account = signedInAccount();
    if (account.user != user || user.isEmpty())
        account.role = account.scope = QString(); // another user's (or nobody's): not this one's
    account.server = serverUrl;
    account.user = user;
    return rememberLogin(account);
}

SyncAccount SyncEngine::signedInAccount() const
{
    auto account = SyncRepository(m_profile.database()).account();
    // Not signed in as far as anyone can tell when the profile cannot say.
    return account ? *account : SyncAccount();
}

QPair<QString, QString> SyncEngine::signedInAs() const
{
    SyncRepository repo(m_profile.database());
    auto server = repo.setting(QStringLiteral("sync.server"));
    auto user = repo.setting(QStringLiteral("sync.user"));
    // Not signed in as far as anyone can tell when the profile cannot say.
    return {server ? *server : QString(), user ? *user : QString()};
}

Status SyncEngine::login(const QString& serverUrl, const QString& user, const QString& password)
{
    auto session = requestSession(serverUrl, user, password);
    if (!session)
        return session.error();
    if (auto s = CredentialStore::store(account(serverUrl, user), session->token); !s)
        return s;
    return rememberLogin(session->account);
}

Status SyncEngine::logout()
{
    const auto [server, user] = signedInAs();
    return CredentialStore::remove(account(server, user));
}

Status SyncEngine::connect(Context& c, const QString& via, int attempts)
{
    auto server = c.repo.setting(QStringLiteral("sync.server"));
    auto user = c.repo.setting(QStringLiteral("sync.user"));
    auto ca = c.repo.setting(QStringLiteral("sync.ca_file"));
    for (const auto* r : {&server, &user, &ca})
        if (!*r)
            return r->error();
    c.server = *server;
    c.user = *user;
    if (c.server.isEmpty() || c.user.isEmpty())
        return Error(QStringLiteral("not_signed_in"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: run login first."));
    SyncEndpoint endpoint{QUrl(via.isEmpty() ? c.server : via), m_token, {}};
    if (m_token.isEmpty()) { // the session is the signed-in server's, valid on its alternates (one database)
        auto token = CredentialStore::read(account(c.server, c.user));
        if (!token)
            return token.error();
        endpoint.token = *token;
    }
    if (!ca->isEmpty()) {
        endpoint.cas = QSslCertificate::fromPath(*ca, QSsl::Pem);
        if (endpoint.cas.isEmpty())
            return Error(QStringLiteral("ca_file_invalid"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "%1 holds no PEM certificate."), {*ca});
    }
    c.nam = m_network();
    c.transport = std::make_unique<SyncTransport>(std::move(endpoint), c.nam.get(), m_network);
    c.transport->setMaxAttempts(attempts > 0 ? attempts : m_maxAttempts);
    c.transport->setRetryPauseMs(m_retryPauseMs);
    c.applier = std::make_unique<SyncApplier>(c.repo, *c.transport, m_profile.masters(), c.user);
    return Ok{};
}

namespace {

constexpr auto alternatesKey = "sync.alternates";

// The server is not there (no connection, nothing listening, a timeout, 502/503 after the retries): another of
// the court's servers may be. Anything else (a 403, an untrusted certificate, an expired session) would be the
// same there.
bool unreachable(const Error& e)
{
    return e.code() == QLatin1String("network") || e.code() == QLatin1String("connection_refused") ||
           e.code() == QLatin1String("server_unavailable");
}

} // namespace

bool SyncEngine::isServerAddress(const QString& text)
{
    const QUrl u(text, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https")) &&
           !u.host().isEmpty() && u.userInfo().isEmpty() && !u.hasQuery() && !u.hasFragment();
}

Status SyncEngine::setAlternates(const QStringList& urls)
{
    if (urls.size() > 8)
        return Error(QStringLiteral("invalid_alternates"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "At most eight alternate servers can be named."));
    QStringList clean;
    for (const QString& text : urls) {
        if (!isServerAddress(text.trimmed()))
            return Error(
                QStringLiteral("invalid_alternates"),
                QT_TRANSLATE_NOOP("Dossier::Error", "%1 is not the address of a server (http:// or https://)."),
                {text});
        QUrl u(text.trimmed(), QUrl::StrictMode);
        QString path = u.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        u.setPath(path);
        clean << u.toString();
    }
    clean.removeDuplicates();
    return SyncRepository(m_profile.database())
        .setSetting(QString::fromLatin1(alternatesKey), clean.join(QLatin1Char(' ')));
}

Result<QStringList> SyncEngine::alternates() const
{
    auto stored = SyncRepository(m_profile.database()).setting(QString::fromLatin1(alternatesKey));
    if (!stored)
        return stored.error();
    return stored->split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The server signed in to, then its alternates in turn while one cannot be reached: a sync is idempotent (each
// operation has its id, an upload resumes at the offset the shared blob store holds), so one cut short on a
// server that died goes on whole on the next. Each but the last is given fewer retries, so that a desk moves on
// in about a second.
Result<SyncSummary> SyncEngine::sync(const std::atomic_bool& cancel)
{
    auto others = alternates();
    if (!others)
        return others.error();
    QStringList unreached;
    for (qsizetype i = 0;; ++i) {
        const bool last = i == others->size();
        const QString via = i == 0 ? QString() : others->at(i - 1);
        auto r = syncWith(via, last ? m_maxAttempts : std::min(m_maxAttempts, 3), cancel);
        if (r) {
            r->problems = unreached + r->problems;
            return r;
        }
        if (last || !unreachable(r.error()) || cancel.load())
            return r.error();
        unreached << QCoreApplication::translate("Dossier::SyncEngine", "Server unreachable, trying the next one: %1")
                         .arg(r.error().message());
    }
}

Result<SyncSummary> SyncEngine::syncWith(const QString& via, int attempts, const std::atomic_bool& cancel)
{
    Context c(m_profile);
    if (auto s = connect(c, via, attempts); !s)
        return s.error();
    SyncSummary s;
    s.server = via.isEmpty() ? c.server : via;
    // Pull first: a local edit of a record someone else changed meets the new version before it is pushed.
    if (auto p = pull(c, s, cancel); !p)
        return p.error();
    // Template versions the feed brought carry this desk's dossiers along before its changes go up.
    if (auto m = migrateTemplates(c, s); !m)
        return m.error();
    // The audit chain's head goes before the records: a desk whose history changed after it synced stops here
    // (audit_chain_rewritten), its outbox kept.
    if (auto a = pushAudit(c, s); !a)
        return a.error();
    // Versions of ours that won a conflict go again on the server's revision: a second round sends them.
    for (int round = 0; round < 3; ++round) {
        const int conflictsBefore = s.conflicts;
        if (auto p = SyncOutbox(c.repo).collect(); !p)
            return p.error();
        if (auto p = push(c, s, cancel); !p)
            return p.error();
        if (s.conflicts == conflictsBefore)
            break;
    }
    // What the push made the server send back (conflict records of others, our own applied records).
    if (auto p = pull(c, s, cancel); !p)
        return p.error();
    if (auto f = finish(c, s); !f)
        return f.error();
    return s;
}

Status SyncEngine::pushAudit(Context& c, SyncSummary& s)
{
    constexpr int kBatch = 200;
    AuditRepository audit(m_profile.database());
    auto desk = audit.deskId();
    if (!desk)
        return desk.error();
    auto recorded = c.transport->auditHead(*desk);
    if (!recorded && recorded.error().code() == QLatin1String("audit_not_supported"))
        return Ok{}; // an older server: the records still sync, the chain stays on the desk
    if (!recorded)
        return recorded.error();
    auto local = audit.head();
    if (!local)
        return local.error();
    if (local->seq == 0 && recorded->seq == 0)
        return Ok{}; // an empty chain, never sent: nothing to record
    AuditChain::Head at = *recorded;
    do {
        auto entries = audit.entriesAfter(at.seq, local->seq > at.seq ? kBatch : 0);
        if (!entries)
            return entries.error();
        // Nothing new: the head itself goes, so that a chain shortened or changed at the recorded entry is told.
        const AuditChain::Head head =
            entries->isEmpty() ? *local : AuditChain::Head{entries->last().seq, entries->last().hash};
        auto pushed = c.transport->pushAudit(*desk, head, *entries);
        if (!pushed)
            return pushed.error();
        at = *pushed;
        if (auto p = audit.setPushedHead(at); !p)
            return p;
    } while (at.seq < local->seq);
    s.auditHead = at.seq;
    return Ok{};
}

// A desk that edits catalogues carries its dossiers to the template versions the sync brought (each change
// audited); what changed goes up with this sync's push, so reading desks get it from the server.
Status SyncEngine::migrateTemplates(Context& c, SyncSummary& s)
{
    auto account = c.repo.account();
    if (!account)
        return account.error();
    if (!account->editsCatalogue())
        return Ok{};
    auto m = TemplateLibrary(m_profile).migrate(account->user);
    if (!m)
        return m.error();
    s.migrated = m->dossiers;
    if (m->documents > 0)
        s.templateNotes << QCoreApplication::translate("Dossier::SyncEngine",
                                                       "%n document(s) changed type or volume with a new template "
                                                       "version.",
                                                       nullptr, m->documents);
    if (m->keptByHand > 0)
        s.templateNotes << QCoreApplication::translate(
            "Dossier::SyncEngine", "%n type(s) a clerk chose by hand were kept.", nullptr, m->keptByHand);
    for (const QString& line : std::as_const(m->handChanged))
        s.templateNotes
            << QCoreApplication::translate("Dossier::SyncEngine", "A type chosen by hand had to change: %1").arg(line);
    for (const QString& line : std::as_const(m->orphans))
        s.templateNotes << QCoreApplication::translate("Dossier::SyncEngine",
                                                       "No place in the new template version, kept as it was: %1")
                               .arg(line);
    return Ok{};
}

// What is left: operations still in the outbox, records kept aside (a record tried again counts once).
Status SyncEngine::finish(Context& c, SyncSummary& s)
{
    auto pending = c.repo.outboxCount();
    if (!pending)
        return pending.error();
    s.pending = *pending;
    auto aside = c.repo.setAsideCount();
    if (!aside)
        return aside.error();
    s.setAside = *aside;
    s.problems.removeDuplicates();
    return Ok{};
}

// ---- push: outbox → server -----------------------------------------------------------------------------------

Status SyncEngine::push(Context& c, SyncSummary& s, const std::atomic_bool& cancel)
{
    SyncOutbox outbox(c.repo);
    for (;;) {
        if (cancel.load())
            return cancelledError();
        auto ops = outbox.next(m_batchSize);
        if (!ops)
            return ops.error();
        if (ops->isEmpty())
            return Ok{};
        if (auto b = pushBatch(c, *ops, s, cancel); !b)
            return b;
    }
}

Status SyncEngine::pushBatch(Context& c, const QList<SyncOperation>& ops, SyncSummary& s,
                             const std::atomic_bool& cancel)
{
    // The images of the batch's pages first, a few at a time (each upload waits on its round trips).
    QList<QPair<QString, QString>> images;
    QSet<QString> seen;
    QJsonArray batch;
    for (const SyncOperation& o : ops) {
        const QString sha = o.body.value(QStringLiteral("sha256")).toString();
        if (o.record.kind == QLatin1String("page") && !seen.contains(sha)) {
            seen.insert(sha);
            images.append({sha, o.body.value(QStringLiteral("format")).toString()});
        }
        batch.append(o.toJson());
    }
    SyncTransport::Uploaded up;
    const Status uploaded =
        c.transport->uploadAll(m_profile.masters(), images, up, cancel,
                               [this](int done, int total) { Q_EMIT progress(QStringLiteral("upload"), done, total); });
    s.bytesUp += up.bytes;
    s.blobsUp += up.blobs;
    if (!uploaded)
        return uploaded;
    Q_EMIT progress(QStringLiteral("push"), s.pushed, s.pushed + ops.size());
    auto results = c.transport->send(batch);
    if (!results)
        return results.error();
    PushOutcome out;
    {
        Transaction tx(c.repo.database());
        if (auto st = SyncOutbox(c.repo).settle(ops, *results, c.user, out); !st)
            return st;
        if (auto cm = tx.commit(); !cm)
            return cm;
    }
    s.pushed += out.pushed;
    s.conflicts += out.conflicts;
    s.rejected += out.rejected;
    s.problems << out.problems;
    if (!out.restore.isEmpty())
        if (auto r = c.applier->restore(out.restore, s); !r)
            return r;
    if (out.adopt.isEmpty())
        return Ok{};
    c.applier->reload();
    return c.applier->apply(out.adopt, s);
}

// ---- pull: change feed → profile -----------------------------------------------------------------------------

Status SyncEngine::pull(Context& c, SyncSummary& s, const std::atomic_bool& cancel)
{
    c.applier->reload(); // the profile may have changed since (collect, push, edits)
    auto stored = c.repo.setting(QStringLiteral("sync.cursor"));
    if (!stored)
        return stored.error();
    qint64 cursor = stored->toLongLong();
    for (;;) {
        if (cancel.load())
            return cancelledError();
        auto page = c.transport->changes(cursor, m_pullPage);
        if (!page)
            return page.error();
        QList<QJsonObject> records;
        for (const QJsonValue& v : page->value(QStringLiteral("changes")).toArray())
            records << v.toObject().value(QStringLiteral("record")).toObject();
        if (auto a = c.applier->apply(records, s); !a)
            return a;
        const qint64 next = page->value(QStringLiteral("next")).toInteger(cursor);
        // The cursor moves only after what it covers is in the profile.
        if (next != cursor)
            if (auto st = c.repo.setSetting(QStringLiteral("sync.cursor"), QString::number(next)); !st)
                return st;
        Q_EMIT progress(QStringLiteral("pull"), s.pulled, s.pulled);
        if (!page->value(QStringLiteral("more")).toBool() || next == cursor)
            break;
        cursor = next;
    }
    return c.applier->retrySetAside(s);
}

const QStringList& SyncEngine::caseRelations()
{
    static const QStringList r = {QStringLiteral("judge"),           QStringLiteral("panel_member"),
                                  QStringLiteral("judge_assistant"), QStringLiteral("clerk"),
                                  QStringLiteral("party"),           QStringLiteral("lawyer")};
    return r;
}

namespace {

// A case number as the server's path takes it: normalised (nothing in it a URL path would read otherwise).
Result<QString> normalisedCase(const QString& caseNo)
{
    auto parsed = CaseNumber::parse(caseNo);
    if (!parsed)
        return Error(QStringLiteral("invalid_case_no"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 is not a case number."),
                     {caseNo.left(200)});
    return parsed->toString();
}

} // namespace

Result<QJsonObject> SyncEngine::addCaseMember(const QString& caseNo, const QString& user, const QString& relation)
{
    auto theCase = normalisedCase(caseNo);
    if (!theCase)
        return theCase.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    return c.transport->addMember(*theCase, user, relation);
}

Result<AuditChain::Head> SyncEngine::auditHeadOnServer()
{
    auto desk = AuditRepository(m_profile.database()).deskId();
    if (!desk)
        return desk.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    c.transport->setMaxAttempts(1);
    return c.transport->auditHead(*desk);
}

Result<QJsonArray> SyncEngine::caseMembers(const QString& caseNo)
{
    auto theCase = normalisedCase(caseNo);
    if (!theCase)
        return theCase.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    return c.transport->members(*theCase);
}

Result<QStringList> SyncEngine::pushTemplate(const QJsonObject& t, const QStringList& accounts,
                                             const QStringList& courts)
{
    auto checked = CatalogueTemplate::fromJson(t);
    if (!checked)
        return checked.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    QJsonObject stage;
    if (!accounts.isEmpty())
        stage.insert(QStringLiteral("accounts"), QJsonArray::fromStringList(accounts));
    if (!courts.isEmpty())
        stage.insert(QStringLiteral("courts"), QJsonArray::fromStringList(courts));
    auto r = c.transport->putTemplate(checked->id, t, stage);
    if (!r)
        return r.error();
    QStringList warnings;
    for (const QJsonValue& w : r->value(QStringLiteral("warnings")).toArray())
        warnings << w.toString();
    return warnings;
}

Status SyncEngine::releaseTemplate(const QString& id, const QJsonObject& release)
{
    if (auto r = TemplateVersions::Release::fromJson(id, release); !r)
        return r.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s;
    return c.transport->putTemplateRelease(id, release);
}

Result<QJsonObject> SyncEngine::templateImpact(const QJsonObject& draft)
{
    auto checked = CatalogueTemplate::fromJson(draft);
    if (!checked)
        return checked.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    return c.transport->templateImpact(checked->id, draft);
}

Result<int> SyncEngine::pushCalendar(const QByteArray& yearJson)
{
    const Result<HolidayCalendar> cal = HolidayCalendar::fromJson(yearJson);
    if (!cal)
        return cal.error();
    Context c(m_profile);
    if (auto s = connect(c); !s)
        return s.error();
    const int year = cal->years().constFirst(); // fromJson() reads exactly one year
    if (auto put = c.transport->putCalendar(year, QJsonDocument::fromJson(yearJson).object()); !put)
        return put.error();
    return year;
}

} // namespace Dossier
