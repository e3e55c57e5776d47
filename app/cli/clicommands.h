#pragma once

#include <QStringList>

namespace Dossier::Cli {

// Exit codes: 0 every input succeeded, 2 some failed (the rest processed and reported), 1 fatal error.
int run(const QStringList& arguments);

} // namespace Dossier::Cli
