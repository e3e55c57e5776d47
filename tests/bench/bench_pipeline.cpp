// Benchmark (not a test): on the same corpus pages with 2 jobs, this pipeline vs OCRmyPDF vs raw Tesseract on
// pre-straightened pages. Prints pages/min and CER of each.
//   bench_pipeline [--corpus DIR] [--repeat N] [--skip-ocrmypdf]
#include "domain/textutil.h"
#include "imaging/imagecodec.h"
#include "imaging/pix.h"
#include "plugin/pluginhost.h"

#include <dossier/ocrengine.h>

#include <leptonica/allheaders.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>

#include <cmath>
#include <cstdio>

using namespace Dossier;

namespace {

struct Page
{
    QString file;
    QString truth;
    double skew = 0;
    int rotation = 0;
};

double cer(const QList<Page>& pages, const QStringList& texts)
{
    qint64 e = 0, n = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString a = TextUtil::compareForm(pages[i].truth), b = TextUtil::compareForm(texts.value(i));
        e += TextUtil::levenshtein(a, b);
        n += a.size();
    }
    return n ? double(e) / double(n) : 0;
}

void line(const char* name, int pages, double seconds, double c, const QString& note = {})
{
    std::printf("%-32s %5d pages %8.1f s %8.1f pages/min   CER %.4f  %s\n", name, pages, seconds,
                seconds > 0 ? pages * 60.0 / seconds : 0.0, c, qPrintable(note));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QString corpus = qEnvironmentVariable("DOSSIER_CORPUS", QCoreApplication::applicationDirPath() +
                                                                QStringLiteral("/../../../shared/corpus"));
    if (int i = int(args.indexOf(QStringLiteral("--corpus"))); i > 0 && i + 1 < args.size())
        corpus = args.at(i + 1);
    const bool skipOcrmypdf = args.contains(QStringLiteral("--skip-ocrmypdf"));
    const QString bin = QCoreApplication::applicationDirPath();

    // Content pages of both batches with their ground truth.
    QList<Page> pages;
    for (const QString& b : {QStringLiteral("plain"), QStringLiteral("hard")}) {
        QFile f(corpus + QLatin1Char('/') + b + QStringLiteral("/manifest.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "no corpus at %s\n", qPrintable(corpus));
            return 1;
        }
        const QJsonArray ps = QJsonDocument::fromJson(f.readAll())
                                  .object()
                                  .value(QStringLiteral("batches"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("pages"))
                                  .toArray();
        for (const QJsonValue& v : ps) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("kind")).toString() != QLatin1String("content"))
                continue;
            Page pg;
            pg.file = corpus + QLatin1Char('/') + b + QLatin1Char('/') + p.value(QStringLiteral("file")).toString();
            for (const QJsonValue& l : p.value(QStringLiteral("text")).toArray())
                pg.truth += l.toString();
            pg.skew = p.value(QStringLiteral("skew_deg")).toDouble();
            pg.rotation = p.value(QStringLiteral("rotation")).toInt();
            pages << pg;
        }
    }
    QTemporaryDir tmp;
    QDir().mkpath(tmp.filePath(QStringLiteral("in")));
    QStringList inputs;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString dst = tmp.filePath(
            QStringLiteral("in/%1.%2").arg(i, 4, 10, QLatin1Char('0')).arg(QFileInfo(pages[i].file).suffix()));
        QFile::copy(pages[i].file, dst);
        inputs << dst;
    }
    std::printf("Benchmark on %lld content pages (plain + hard), 2 jobs, %d cores\n", qlonglong(pages.size()),
                QThread::idealThreadCount());

    // 1. This pipeline, end to end through the CLI (store, clean, OCR, catalogue, report).
    {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(bin + QStringLiteral("/dossier-cli"),
                QStringList{QStringLiteral("process"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                            QStringLiteral("2"), QStringLiteral("--profile"), tmp.filePath(QStringLiteral("profile")),
                            QStringLiteral("--out"), tmp.filePath(QStringLiteral("out")), QStringLiteral("--case"),
                            QStringLiteral("（2024）苏0602民初1号")} +
                    inputs);
        p.waitForFinished(-1);
        const double s = double(t.elapsed()) / 1000.0;
        QFile rf(tmp.filePath(QStringLiteral("out/report.json")));
        rf.open(QIODevice::ReadOnly);
        QStringList texts;
        for (const QJsonValue& v :
             QJsonDocument::fromJson(rf.readAll()).object().value(QStringLiteral("pages")).toArray())
            texts << v.toObject().value(QStringLiteral("text")).toString();
        line("dossier pipeline", int(pages.size()), s, cer(pages, texts));
    }

    // 2. Raw Tesseract (in-process API, same engine and language) on pages straightened beforehand (not timed).
    double rawSeconds = 0;
    {
        QList<QImage> straight;
        for (const Page& pg : std::as_const(pages)) {
            QFile f(pg.file);
            f.open(QIODevice::ReadOnly);
            auto pix = ImageCodec::decode(f.readAll());
            PixPtr grey(pixConvertTo8(pix->get(), 0));
            if (pg.rotation == 180)
                grey.reset(pixRotate180(nullptr, grey.get()));
            grey.reset(
                pixRotate(grey.get(), float(-pg.skew * M_PI / 180.0), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0));
            straight << pixToQImage(grey.get());
        }
        PluginHost host;
        host.scan();
        auto engine = host.load<OcrEngine>(QStringLiteral("ocr"));
        if (!engine) {
            std::fprintf(stderr, "no OCR plugin\n");
            return 1;
        }
        QStringList texts(pages.size());
        std::atomic_int next{0};
        QElapsedTimer t;
        t.start();
        auto worker = [&] {
            auto s = engine.value()->createSession({});
            for (int i = next++; i < straight.size(); i = next++) {
                auto r = s.value()->recognise(straight.at(i), 300);
                if (r)
                    texts[i] = r->text();
            }
        };
        auto f1 = QtConcurrent::run(worker);
        auto f2 = QtConcurrent::run(worker);
        f1.waitForFinished();
        f2.waitForFinished();
        rawSeconds = double(t.elapsed()) / 1000.0;
        line("raw tesseract (straightened)", int(pages.size()), rawSeconds, cer(pages, texts),
             QStringLiteral("%1 s/page/core").arg(rawSeconds * 2 / pages.size(), 0, 'f', 2));
    }

    // 3. OCRmyPDF as courts use it today.
    if (!skipOcrmypdf && !QStandardPaths::findExecutable(QStringLiteral("ocrmypdf")).isEmpty() &&
        !QStandardPaths::findExecutable(QStringLiteral("img2pdf")).isEmpty()) {
        QProcess mk;
        mk.start(QStringLiteral("img2pdf"),
                 QStringList{QStringLiteral("-o"), tmp.filePath(QStringLiteral("in.pdf"))} + inputs);
        mk.waitForFinished(-1);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral("ocrmypdf"),
                {QStringLiteral("-q"), QStringLiteral("-l"), QStringLiteral("chi_sim+eng"),
                 QStringLiteral("--rotate-pages"), QStringLiteral("--deskew"), QStringLiteral("--output-type"),
                 QStringLiteral("pdfa-2"), QStringLiteral("-j"), QStringLiteral("2"),
                 tmp.filePath(QStringLiteral("in.pdf")), tmp.filePath(QStringLiteral("ocr.pdf"))});
        p.waitForFinished(-1);
        const double s = double(t.elapsed()) / 1000.0;
        QProcess txt;
        txt.start(QStringLiteral("pdftotext"), {tmp.filePath(QStringLiteral("ocr.pdf")), QStringLiteral("-")});
        txt.waitForFinished(-1);
        const QStringList texts = QString::fromUtf8(txt.readAllStandardOutput()).split(QLatin1Char('\f'));
        line("ocrmypdf -j 2", int(pages.size()), s, cer(pages, texts),
             p.exitCode() == 0 ? QString() : QStringLiteral("exit %1").arg(p.exitCode()));
    } else {
        std::printf("ocrmypdf/img2pdf not installed: skipped (scripts/deps.sh test installs them)\n");
    }
    return 0;
}
