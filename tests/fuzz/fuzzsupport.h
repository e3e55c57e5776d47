#pragma once
// Shared by the fuzz targets: an invariant check that stops the run (libFuzzer keeps the input as a crash),
// and the one Qt application a target needs (offscreen), made in LLVMFuzzerInitialize.
#include <QByteArray>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace DossierFuzz {

[[noreturn]] inline void fail(const char* what, const char* file, int line, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken at %s:%d: %s\n%s\n", file, line, what, qPrintable(detail));
    std::abort();
}

// The fuzzer's bytes as a QByteArray (copied: the parsers may keep it).
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A core application (or a GUI one, offscreen, when the target paints or renders), made once for the run and never
// destroyed: libFuzzer leaves by exit(), after Qt's own globals are gone.
inline void startQt(int* argc, char*** argv, bool gui)
{
    static QCoreApplication* app = nullptr;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    static int keptArgc = *argc; // QCoreApplication keeps a reference to it
    if (gui)
        app = new QGuiApplication(keptArgc, *argv);
    else
        app = new QCoreApplication(keptArgc, *argv);
}

} // namespace DossierFuzz

#define FUZZ_CHECK(cond, detail)                                                                                       \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            DossierFuzz::fail(#cond, __FILE__, __LINE__, (detail));                                                    \
    } while (false)
