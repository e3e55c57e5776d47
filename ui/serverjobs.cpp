#include "serverjobs.h"

#include "station/dbworker.h"
#include "sync/credentialstore.h"

namespace Dossier {

ServerJobs::ServerJobs(Profile profile, DbWorker* db, QObject* parent)
    : QObject(parent), m_profile(std::move(profile)), m_db(db)
{
}

void ServerJobs::setBusy(int change)
{
    m_running += change;
    Q_EMIT busyChanged(m_running > 0);
}

void ServerJobs::withToken(std::function<void(const Result<QString>&)> then)
{
    m_db->run(
        this, [profile = m_profile] { return SyncEngine(profile).signedInAs(); },
        [this, then = std::move(then)](const QPair<QString, QString>& who) {
            if (who.first.isEmpty() || who.second.isEmpty())
                return then(Error(
                    QStringLiteral("not_signed_in"),
                    QT_TRANSLATE_NOOP("Dossier::Error", "Not signed in to the server: sign in with F8 (sync) first.")));
            CredentialStore::readAsync(SyncEngine::account(who.first, who.second), this,
                                       [then](Result<QString> token) { then(token); });
        });
}

} // namespace Dossier
