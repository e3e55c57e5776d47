#include "synccontroller.h"

#include "common/workerpool.h"
#include "station/dbworker.h"
#include "sync/credentialstore.h"
#include "sync/syncconflicts.h"

#include "syncconflictsdialog.h"

#include <QAction>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QtConcurrent>

namespace Dossier {

SyncController::SyncController(Profile profile, DbWorker* db, QWidget* window,
                               std::function<StationSettings()> settings, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_db(db), m_window(window), m_settings(std::move(settings))
{
    auto* sync = new QAction(tr("S&ync with the server"), window);
    sync->setObjectName(QStringLiteral("sync"));
    sync->setShortcut(Qt::Key_F8);
    connect(sync, &QAction::triggered, this, &SyncController::sync);
    auto* conflicts = new QAction(tr("Review sync &conflicts…"), window);
    conflicts->setObjectName(QStringLiteral("syncConflicts"));
    conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F8));
    connect(conflicts, &QAction::triggered, this, &SyncController::openConflicts);
    m_actions = {sync, conflicts};
}

void SyncController::openConflicts()
{
    if (auto* open = m_window->findChild<SyncConflictsDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new SyncConflictsDialog(m_db, m_profile, m_settings().operatorOrUser(), m_editors, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncConflictsDialog::settled, this, &SyncController::settled);
    dialog->show();
}

void SyncController::setRunning(bool running)
{
    m_running = running;
    Q_EMIT runningChanged(running);
}

void SyncController::sync()
{
    if (m_running || (m_canStart && !m_canStart())) {
        Q_EMIT message(tr("Wait until the batch in progress is done."), 6000);
        return;
    }
    // Signed in before to this server (the token is in the system keyring), or asked for a name and password now.
    m_db->run(
        this, [profile = m_profile] { return SyncEngine(profile).signedInAs(); },
        [this](const QPair<QString, QString>& known) { signInAndSync(known.first, known.second); });
}

void SyncController::signInAndSync(const QString& knownServer, const QString& knownUser)
{
    if (m_running || (m_canStart && !m_canStart()))
        return; // F8 pressed twice: the first one runs
    const QString server = m_settings().serverUrl;
    QString user = knownServer == server ? knownUser : QString();
    QString password;
    const bool signIn = user.isEmpty();
    if (signIn) {
        bool ok = false;
        user = QInputDialog::getText(m_window, tr("Sign in"), tr("User name on %1:").arg(server), QLineEdit::Normal,
                                     knownUser.isEmpty() ? m_settings().operatorOrUser() : knownUser, &ok);
        if (!ok || user.isEmpty())
            return;
        password = QInputDialog::getText(m_window, tr("Sign in"), tr("Password:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    setRunning(true);
    Q_EMIT progress(0, 0);
    Q_EMIT message(tr("Syncing with %1…").arg(server));
    m_cancel.store(false);
    const QString account = SyncEngine::account(server, user);
    if (!signIn) {
        // The keyring answers on this thread, asynchronously; the sync itself runs on a worker.
        CredentialStore::readAsync(account, this, [this](Result<QString> token) {
            if (!token) {
                finish(token.error());
                return;
            }
            runSync(*token);
        });
        return;
    }
    using Session = SyncEngine::Session;
    auto* watcher = new QFutureWatcher<Result<Session>>(this);
    connect(watcher, &QFutureWatcher<Result<Session>>::finished, this, [this, watcher, account] {
        const Result<Session> session = watcher->result();
        watcher->deleteLater();
        if (!session) {
            finish(session.error());
            return;
        }
        CredentialStore::storeAsync(account, session->token, this, [this, session = *session](Status kept) {
            if (!kept) { // fail closed: not kept anywhere else; this sync still runs with it
                Q_EMIT problem(tr("Sign in"), kept.error().message());
                runSync(session.token);
                return;
            }
            m_db->run(
                this,
                [profile = m_profile, account = session.account] { return SyncEngine(profile).rememberLogin(account); },
                [this, session](const Status& remembered) {
                    if (!remembered)
                        return finish(remembered.error());
                    Q_EMIT signedIn(session.account);
                    runSync(session.token);
                });
        });
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [profile = m_profile, server, user, password] {
        return SyncEngine(profile).requestSession(server, user, password);
    }));
}

void SyncController::runSync(const QString& token)
{
    auto* watcher = new QFutureWatcher<Result<SyncSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<SyncSummary>>::finished, this, [this, watcher] {
        const Result<SyncSummary> r = watcher->result();
        watcher->deleteLater();
        finish(r);
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [this, token, alternates = m_settings().alternateServers]() -> Result<SyncSummary> {
            SyncEngine engine(m_profile);
            engine.setToken(token);
            if (auto a = engine.setAlternates(alternates); !a) // the settings dialog lets only addresses through
                return a.error();
            // Progress reaches the window through its event loop (the engine runs on this worker).
            connect(&engine, &SyncEngine::progress, this, &SyncController::showProgress, Qt::QueuedConnection);
            return engine.sync(m_cancel);
        }));
}

void SyncController::showProgress(const QString& stage, qint64 done, qint64 total)
{
    if (!m_running)
        return; // a late report of a sync already finished
    if (stage == QLatin1String("upload")) {
        Q_EMIT progress(int(done), int(total));
        Q_EMIT message(
            tr("Syncing: page image %1 of %2 sent… (Esc cancels; the next sync resumes)").arg(done).arg(total));
    } else if (stage == QLatin1String("push")) {
        Q_EMIT progress(int(done), int(total));
        Q_EMIT message(tr("Syncing: %1 of %2 changes sent…").arg(done).arg(total));
    } else {
        Q_EMIT progress(0, 0);
        Q_EMIT message(tr("Syncing: %1 records received…").arg(done));
    }
}

void SyncController::finish(const Result<SyncSummary>& r)
{
    setRunning(false); // the window shows the catalogue again, keeping the page in view
    updateConflictCount();
    if (!r) {
        if (r.error().code() == QLatin1String("session_expired") || r.error().code() == QLatin1String("not_signed_in"))
            // The next F8 asks again; should the profile not take it, the server refuses the old token again.
            m_db->post([profile = m_profile, server = m_settings().serverUrl] {
                return SyncEngine(profile).rememberLogin(server, QString());
            });
        Q_EMIT message(r.error().message(), 15000);
        Q_EMIT problem(tr("Sync"), r.error().message());
        return;
    }
    Q_EMIT message(tr("Synced: %1 sent, %2 received, %3 conflicts (both versions kept), %4 refused, %5 set aside.")
                       .arg(r->pushed)
                       .arg(r->pulled)
                       .arg(r->conflicts)
                       .arg(r->rejected)
                       .arg(r->setAside),
                   15000);
    if (r->setAside > 0)
        Q_EMIT problem(tr("Sync"),
                       tr("Records from the server that this desk cannot take are kept aside, with the reason, and "
                          "tried again at every sync; everything else is in the dossiers.") +
                           QStringLiteral("\n\n") + r->problems.join(QLatin1Char('\n')));
    else if (r->rejected > 0)
        Q_EMIT problem(tr("Sync"), r->problems.join(QLatin1Char('\n')));
}

void SyncController::updateConflictCount()
{
    m_db->run(
        this, [profile = m_profile] { return SyncConflicts::openCount(profile); },
        [this](const Result<int>& n) {
            const int count = n ? *n : 0; // none shown when the profile cannot say
            Q_EMIT conflictCountChanged(count);
        });
}

} // namespace Dossier
