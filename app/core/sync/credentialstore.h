#pragma once

#include <dossier/result.h>

#include <QObject>
#include <QString>

#include <functional>

namespace Dossier::CredentialStore {

// The session token of a desk's user, kept in the system keyring (Secret Service through QtKeychain). Fails
// closed: when no keyring is available the token is not kept anywhere, and the caller is told why.
// Blocking: they run on the application's thread (QtKeychain's own objects live there), waiting for it when
// called from another thread.
Status store(const QString& account, const QString& secret);
Result<QString> read(const QString& account);
Status remove(const QString& account);

// Asynchronous, for the GUI thread: `done` is called on `context`'s thread once the keyring has answered.
void readAsync(const QString& account, QObject* context, std::function<void(Result<QString>)> done);
void storeAsync(const QString& account, const QString& secret, QObject* context, std::function<void(Status)> done);

} // namespace Dossier::CredentialStore
