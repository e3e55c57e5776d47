// Replays fuzz inputs without libFuzzer (the CTest test fuzz_replay_<target>, built with the project's compiler):
// every file of the folders given (seeds and regressions), in name order, once through LLVMFuzzerTestOneInput.
// An input that breaks an invariant aborts; one that crashes crashes — the test fails either way.
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char** argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        const QString dir = QString::fromLocal8Bit(argv[i]);
        const QFileInfoList entries = QDir(dir).entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& fi : entries) {
            QFile f(fi.absoluteFilePath());
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(fi.absoluteFilePath()));
                return 1;
            }
            const QByteArray bytes = f.readAll();
            std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(fi.absoluteFilePath()), qint64(bytes.size()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    std::fprintf(stderr, "%d inputs replayed\n", files);
    return files > 0 ? 0 : 1;
}
