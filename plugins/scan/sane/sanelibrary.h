#pragma once

#include <dossier/result.h>

#include <sane/sane.h>

#include <QStringList>

#include <mutex>

namespace Dossier {

// Process-wide SANE state. sane_init() runs once per process (SANE_CONFIG_DIR is read then, so set it before the
// first call); sane_exit() is never called, since backends may still have threads or handles when the plugin is
// unloaded. SANE's device list and the dll meta-backend are not thread-safe: sane_get_devices(), sane_open() and
// sane_close() run under mutex(). Calls on one open handle need no lock, as a handle belongs to one session.
class SaneLibrary final
{
public:
    SaneLibrary() = delete;

    static Status init();
    static std::mutex& mutex();

    // An Error with code "scan_failed" whose last argument is SANE's text for `status`.
    static Error failure(const char* sourceText, SANE_Status status, QStringList args = {});
    static QString statusText(SANE_Status status);
};

} // namespace Dossier
