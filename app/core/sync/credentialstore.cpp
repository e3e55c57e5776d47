#include "sync/credentialstore.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace Dossier::CredentialStore {
namespace {

const char* const kService = "org.dossier.workstation";

template <typename Job>
void runJob(Job& job)
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
    QKeychain::WritePasswordJob job{QLatin1String(kService)};
    job.setKey(account);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keyringError(job.errorString());
    return Ok{};
}

Result<QString> read(const QString& account)
{
    QKeychain::ReadPasswordJob job{QLatin1String(kService)};
    job.setKey(account);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error(QStringLiteral("not_signed_in"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: run login first."));
    if (job.error() != QKeychain::NoError)
        return keyringError(job.errorString());
    return job.textData();
}

Status remove(const QString& account)
{
    QKeychain::DeletePasswordJob job{QLatin1String(kService)};
    job.setKey(account);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keyringError(job.errorString());
    return Ok{};
}

} // namespace Dossier::CredentialStore
