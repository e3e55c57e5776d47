#include "sanelibrary.h"

#include <pthread.h>

namespace Dossier {
namespace {

// Backends built on sanei_thread (the test backend, and several for real scanners) run a reader thread that ends
// with pthread_exit() and is stopped with an *asynchronous* pthread_cancel() at the end of every page. The first
// thread exit in a process makes glibc dlopen libgcc_s for unwinding; a cancel landing inside that dlopen ends the
// thread with the dynamic loader's lock held, and the process hangs at its next dlopen or at exit. One throw-away
// thread leaving through pthread_exit() before any scan does that dlopen out of harm's way.
void* exitAtOnce(void*)
{
    pthread_exit(nullptr);
}

void primeThreadUnwinding()
{
    pthread_t thread;
    if (pthread_create(&thread, nullptr, &exitAtOnce, nullptr) == 0)
        pthread_join(thread, nullptr);
}

} // namespace

Status SaneLibrary::init()
{
    static std::once_flag once;
    static SANE_Status status = SANE_STATUS_GOOD;
    std::call_once(once, [] {
        primeThreadUnwinding();
        SANE_Int version = 0;
        status = sane_init(&version, nullptr);
    });
    if (status != SANE_STATUS_GOOD)
        return failure(QT_TRANSLATE_NOOP("Dossier::Error", "The scanner library (SANE) could not be started: %1."),
                       status);
    return Ok{};
}

std::mutex& SaneLibrary::mutex()
{
    static std::mutex m;
    return m;
}

Error SaneLibrary::failure(const char* sourceText, SANE_Status status, QStringList args)
{
    args << statusText(status);
    return Error(QStringLiteral("scan_failed"), sourceText, std::move(args));
}

QString SaneLibrary::statusText(SANE_Status status)
{
    return QString::fromUtf8(sane_strstatus(status));
}

} // namespace Dossier
