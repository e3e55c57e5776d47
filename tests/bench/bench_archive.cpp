// Benchmark (not a test): archive outputs of the corpus dossiers. Prints, per output kind, the export time per
// page and the size against the masters' bytes, and compares the PDF/A with img2pdf (the peer that also embeds
// JPEG without recompressing) on the same masters in the same order.
//   bench_archive [--corpus DIR] [--jobs N]
#include "archive/volume.h"
#include "archive/volumebuilder.h"
#include "plugin/pluginhost.h"
#include "testsupport.h"

#include <dossier/exporter.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace Dossier;

namespace {

struct Figures
{
    double ms = 0;
    qint64 bytes = 0;
};

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString corpus = qEnvironmentVariable("DOSSIER_CORPUS", QCoreApplication::applicationDirPath() +
                                                                QStringLiteral("/../../../shared/corpus"));
    if (int i = int(args.indexOf(QStringLiteral("--corpus"))); i > 0 && i + 1 < args.size())
        corpus = args.at(i + 1);
    QString jobs = QStringLiteral("2");
    if (int i = int(args.indexOf(QStringLiteral("--jobs"))); i > 0 && i + 1 < args.size())
        jobs = args.at(i + 1);
    const QString bin = QCoreApplication::applicationDirPath();
    QTemporaryDir tmp;
    const QString profile = tmp.filePath(QStringLiteral("profile")), out = tmp.filePath(QStringLiteral("out"));

    std::printf("Processing the corpus (plain + hard) into a fresh profile…\n");
    std::fflush(stdout);
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(bin + QStringLiteral("/dossier-cli"),
            {QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--jobs"), jobs,
             QStringLiteral("--profile"), profile, QStringLiteral("--out"), out,
             corpus + QStringLiteral("/plain/batch-01"), corpus + QStringLiteral("/hard/batch-01")});
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        std::fprintf(stderr, "dossier-cli process failed\n");
        return 1;
    }
    QFile rf(out + QStringLiteral("/report.json"));
    rf.open(QIODevice::ReadOnly);
    const QJsonArray dossiers =
        QJsonDocument::fromJson(rf.readAll()).object().value(QStringLiteral("dossiers")).toArray();

    PluginHost host;
    host.scan();
    auto pdfa = host.load<Exporter>(QStringLiteral("export"), QStringLiteral("export.pdfa"));
    auto ofd = host.load<Exporter>(QStringLiteral("export"), QStringLiteral("export.ofd"));
    if (!pdfa || !ofd || (*pdfa)->format() != QLatin1String("pdfa") || (*ofd)->format() != QLatin1String("ofd")) {
        std::fprintf(stderr, "exporter plugins not found\n");
        return 1;
    }

    Figures build, pdf, ofdF, access, anon, peer;
    qint64 masters = 0;
    int pages = 0, images = 0, peerFailed = 0;
    std::atomic_bool cancel{false};
    for (const QJsonValue& dv : dossiers) {
        const QJsonObject d = dv.toObject();
        auto v = Volume::load(Test::openProfile(profile), d.value(QStringLiteral("case_no")).toString(),
                              d.value(QStringLiteral("dossier_id")).toString());
        if (!v) {
            std::fprintf(stderr, "%s\n", qPrintable(v.error().english()));
            return 1;
        }
        QStringList masterFiles;
        for (const VolumePage& pg : v->pages) {
            masters += QFileInfo(pg.masterPath).size();
            masterFiles << pg.masterPath;
        }
        images += int(v->pages.size());
        QElapsedTimer t;
        t.start();
        auto doc = VolumeBuilder::build(*v, {ExportVariant::Archival, QStringLiteral("bench"), {}}, cancel);
        build.ms += double(t.nsecsElapsed()) / 1e6;
        if (!doc)
            return 1;
        pages += int(doc->pages.size());
        const QString base = tmp.filePath(v->fileKey());
        t.restart();
        if (!(*pdfa)->write(*doc, base + QStringLiteral(".pdf"), {}))
            return 1;
        pdf.ms += double(t.nsecsElapsed()) / 1e6;
        pdf.bytes += QFileInfo(base + QStringLiteral(".pdf")).size();
        t.restart();
        if (!(*ofd)->write(*doc, base + QStringLiteral(".ofd"), {}))
            return 1;
        ofdF.ms += double(t.nsecsElapsed()) / 1e6;
        ofdF.bytes += QFileInfo(base + QStringLiteral(".ofd")).size();
        for (auto [variant, fig, suffix] : {std::tuple{ExportVariant::Access, &access, "-access.pdf"},
                                            std::tuple{ExportVariant::Anonymised, &anon, "-anonymised.pdf"}}) {
            t.restart();
            auto copy = VolumeBuilder::build(*v, {variant, QStringLiteral("bench"), {}}, cancel);
            if (!copy || !(*pdfa)->write(*copy, base + QLatin1String(suffix), {}))
                return 1;
            fig->ms += double(t.nsecsElapsed()) / 1e6;
            fig->bytes += QFileInfo(base + QLatin1String(suffix)).size();
        }
        // The peer: img2pdf, lossless embedding of the same masters (no text layer, no generated pages).
        t.restart();
        QProcess peerProc;
        peerProc.start(QStringLiteral("img2pdf"),
                       masterFiles + QStringList{QStringLiteral("-o"), base + QStringLiteral("-img2pdf.pdf")});
        if (!peerProc.waitForFinished(-1) || peerProc.exitCode() != 0)
            ++peerFailed;
        peer.ms += double(t.nsecsElapsed()) / 1e6;
        peer.bytes += QFileInfo(base + QStringLiteral("-img2pdf.pdf")).size();
    }

    const double perImage = images ? 1.0 / images : 0;
    std::printf("\n%d dossiers, %d page images (%d pages with 封面/卷内目录/备考表), masters %.1f MB\n",
                int(dossiers.size()), images, pages, double(masters) / 1e6);
    std::printf("%-34s %12s %12s %14s\n", "output", "ms/image", "MB", "× masters");
    auto row = [&](const char* name, const Figures& f, double extraMs = 0) {
        std::printf("%-34s %12.1f %12.2f %14.3f\n", name, (f.ms + extraMs) * perImage, double(f.bytes) / 1e6,
                    double(f.bytes) / double(masters));
    };
    std::printf("%-34s %12.1f\n", "page model (layout, no images)", build.ms * perImage);
    row("PDF/A-2u (masters passed through)", pdf);
    row("OFD (OFD-A)", ofdF);
    row("access copy PDF (built + written)", access);
    row("anonymised copy PDF (built + written)", anon);
    row(peerFailed ? "img2pdf (peer; some dossiers failed)" : "img2pdf (peer, images only)", peer);
    std::printf("access copy: %.1f KB per page\n", double(access.bytes) / 1024.0 / pages);
    std::printf("PDF/A against img2pdf: size ×%.3f, time ×%.2f\n",
                double(pdf.bytes) / double(std::max<qint64>(1, peer.bytes)),
                (pdf.ms + build.ms) / std::max(1.0, peer.ms));
    std::printf("peak RSS %ld MB\n", peakRssMb());
    return 0;
}
