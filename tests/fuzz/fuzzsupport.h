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
#include <memory>

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

// A core application (or a GUI one, offscreen, when the target paints or renders), made once for the run.
inline void startQt(int* argc, char*** argv, bool gui)
{
    static std::unique_ptr<QCoreApplication> app;
    if (app)
        return;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    if (gui)
        app = std::make_unique<QGuiApplication>(*argc, *argv);
    else
        app = std::make_unique<QCoreApplication>(*argc, *argv);
}

} // namespace DossierFuzz

#define FUZZ_CHECK(cond, detail)                                                                                       \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            DossierFuzz::fail(#cond, __FILE__, __LINE__, (detail));                                                    \
    } while (false)
