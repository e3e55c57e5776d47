#include "sync/credentialstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <qt6keychain/keychain.h>

namespace Dossier::CredentialStore {
namespace {

const char* const kService = "org.dossier.workstation";

// QtKeychain keeps objects of its own (a job queue, D-Bus watchers parented to the application) in the
// application's thread and crashes when used from another. The blocking calls below therefore run there: on
// the spot when called on that thread (the CLI), otherwise queued to it while the caller waits. The window
// uses the asynchronous calls on its own thread instead, so a closing window never waits on a worker that
// waits on it.
template <typename F> void onApplicationThread(F f)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        f();
    else
        QMetaObject::invokeMethod(app, f, Qt::BlockingQueuedConnection);
}

// Starts the job and waits for its end (a local event loop).
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text file
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

Error keyringError(const QString& why)
{
    return Error(QStringLiteral("keyring_unavailable"),
                 QT_TRANSLATE_NOOP("Dossier::Error",
                                   "The system keyring cannot keep the sign-in (%1); nothing was stored in its place."),
                 {why});
}

} // namespace

Status store(const QString& account, const QString& secret)
{
    Status result = Ok{};
    onApplicationThread([&] {
        QKeychain::WritePasswordJob job{QLatin1String(kService)};
        job.setKey(account);
        job.setTextData(secret);
        runJob(job);
        if (job.error() != QKeychain::NoError)
            result = keyringError(job.errorString());
    });
    return result;
}

Result<QString> read(const QString& account)
{
    Result<QString> result = QString();
    onApplicationThread([&] {
        QKeychain::ReadPasswordJob job{QLatin1String(kService)};
        job.setKey(account);
        runJob(job);
        if (job.error() == QKeychain::EntryNotFound)
            result = Error(QStringLiteral("not_signed_in"),
                           QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: run login first."));
        else if (job.error() != QKeychain::NoError)
            result = keyringError(job.errorString());
        else
            result = job.textData();
    });
    return result;
}

Status remove(const QString& account)
{
    Status result = Ok{};
    onApplicationThread([&] {
        QKeychain::DeletePasswordJob job{QLatin1String(kService)};
        job.setKey(account);
        runJob(job);
        if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
            result = keyringError(job.errorString());
    });
    return result;
}

void readAsync(const QString& account, QObject* context, std::function<void(Result<QString>)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        if (job->error() == QKeychain::EntryNotFound)
            done(Error(QStringLiteral("not_signed_in"),
                       QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: run login first.")));
        else if (job->error() != QKeychain::NoError)
            done(keyringError(job->errorString()));
        else
            done(job->textData());
    });
    job->start();
}

void storeAsync(const QString& account, const QString& secret, QObject* context, std::function<void(Status)> done)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(account);
    job->setTextData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done = std::move(done)] {
        done(job->error() != QKeychain::NoError ? Status(keyringError(job->errorString())) : Status(Ok{}));
    });
    job->start();
}

} // namespace Dossier::CredentialStore
