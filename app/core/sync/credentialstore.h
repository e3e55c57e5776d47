#pragma once

#include <dossier/result.h>

#include <QString>

namespace Dossier::CredentialStore {

// The session token of a desk's user, kept in the system keyring (Secret Service through QtKeychain). Fails
// closed: when no keyring is available the token is not kept anywhere, and the caller is told why.
Status store(const QString& account, const QString& secret);
Result<QString> read(const QString& account);
Status remove(const QString& account);

} // namespace Dossier::CredentialStore
