// bench_reader, the reader's part: a 1,000-page dossier (corpus pages processed by the real pipeline, then
// repeated) opened in the real reader window (offscreen): case opened → first sheet painted, the first scanned
// page, 200 page flips (next page painted sharp) from a cold and from a warm picture cache, the peak memory; and
// QtPdf rendering the same pages from the PDF/A in the same run, for comparison.
#include "bench_reader.h"

#include "readerview.h"
#include "readerwindow.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPdfDocument>
#include <QSqlQuery>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace Dossier::Bench {
namespace {

const QString kCase = QStringLiteral("（2024）苏0602民初9990号");

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

// The peak resident size starts again from now (Linux: /proc/self/clear_refs, "5").
void resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        static_cast<void>(f.write("5")); // where it cannot be reset, the peak includes what ran before
}

bool exec(QSqlDatabase db, const QString& sql, const QVariantList& binds = {})
{
    auto q = execSql(db, sql, binds);
    if (!q)
        std::fprintf(stderr, "%s\n", qPrintable(q.error().english()));
    return q.ok();
}

// The processed corpus pages repeated into one dossier of `pages` content pages, documents of 5 pages each.
bool repeatInto(const Profile& profile, int pages)
{
    QSqlDatabase db = profile.database();
    Transaction t(db);
    if (!exec(db,
              QStringLiteral("INSERT INTO cases(case_no, created_at, cause) VALUES(?, '2024-01-01', '民间借贷纠纷')"),
              {kCase}) ||
        !exec(db,
              QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) SELECT id, "
                             "'D999000', 'civil-first-instance-main', '2024-01-01' FROM cases WHERE case_no=?"),
              {kCase}) ||
        !exec(db, QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) SELECT id, 'main', 1 FROM dossiers "
                                 "WHERE external_id='D999000'")))
        return false;
    auto source = execSql(db, QStringLiteral("SELECT id FROM pages WHERE status='done' AND kind='content' AND "
                                             "document_id IS NOT NULL ORDER BY id"));
    QList<qint64> ids;
    while (source && source->next())
        ids << source->value(0).toLongLong();
    if (ids.isEmpty())
        return false;
    for (int i = 0; i < pages; ++i) {
        if (i % 5 == 0 &&
            !exec(db,
                  QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) SELECT v.id, "
                                 "?, 'evidence', ? FROM volumes v JOIN dossiers d ON d.id = v.dossier_id "
                                 "WHERE d.external_id='D999000'"),
                  {i / 5, QStringLiteral("证据材料 %1").arg(i / 5 + 1)}))
            return false;
        if (!exec(db,
                  QStringLiteral(
                      "INSERT INTO pages(source_key, source, feed_index, sha256, master_format, master_bytes, status, "
                      "kind, document_id, position, page_in_document, dpi, colour_mode, width, height, flags, text, "
                      "ocr_confidence, ocr, transform, created_at, processed_at) SELECT ?, source, ?, sha256, "
                      "master_format, master_bytes, status, kind, (SELECT max(id) FROM documents), ?, ?, dpi, "
                      "colour_mode, width, height, flags, text, ocr_confidence, ocr, transform, created_at, "
                      "processed_at FROM pages WHERE id=?"),
                  {QStringLiteral("bench-%1").arg(i), i, i % 5, i % 5 + 1, ids.at(i % ids.size())}))
            return false;
    }
    return t.commit().ok();
}

// Waits until the view paints `sheet` sharp; the milliseconds it took, or -1 after `timeoutMs`.
double waitPainted(ReaderView* view, int sheet, const QElapsedTimer& since, int timeoutMs = 20000)
{
    bool painted = false;
    const auto c = QObject::connect(view, &ReaderView::sheetPainted, view, [&painted, sheet](int s) {
        if (s == sheet)
            painted = true;
    });
    view->viewport()->update();
    while (!painted && since.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QObject::disconnect(c);
    return painted ? double(since.nsecsElapsed()) / 1e6 : -1;
}

QList<double> flips(ReaderWindow& w, int from, int count, int paceMs)
{
    QList<double> ms;
    ReaderView* view = w.view();
    view->goToSheet(from);
    for (int i = 0; i < count && view->currentSheet() + 1 < view->sheetCount(); ++i) {
        if (paceMs > 0) { // the reader reads: pictures ahead are painted meanwhile
            QElapsedTimer pace;
            pace.start();
            while (pace.elapsed() < paceMs)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QElapsedTimer t;
        t.start();
        view->nextPage();
        const double took = waitPainted(view, view->currentSheet(), t);
        if (took < 0)
            return {};
        ms << took;
    }
    return ms;
}

// QtPdf rendering the pages of a PDF at `width` pixels, as a PDF viewer would for a fit-width page.
QList<double> qtPdfRender(const QString& pdf, int width, int pages)
{
    QPdfDocument doc;
    if (doc.load(pdf) != QPdfDocument::Error::None)
        return {};
    QList<double> ms;
    for (int i = 0; i < pages; ++i) {
        const int page = i % doc.pageCount();
        const QSizeF pt = doc.pagePointSize(page);
        QElapsedTimer t;
        t.start();
        const QImage img = doc.render(page, QSize(width, int(width * pt.height() / pt.width())));
        if (img.isNull())
            return {};
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    return ms;
}

QString firstPdf(const QString& dir)
{
    QDirIterator it(dir, {QStringLiteral("*.pdf")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        if (!f.contains(QLatin1String("access")) && !f.contains(QLatin1String("anonym")))
            return f;
    }
    return {};
}

} // namespace

bool benchReaderView(const QString& workDir, int pages, QJsonObject& out)
{
    const QString profileDir = workDir + QStringLiteral("/reader-profile");
    const QString outDir = workDir + QStringLiteral("/reader-out");
    const QString corpus = qEnvironmentVariable("DOSSIER_CORPUS", QStringLiteral("/work/shared/corpus"));
    QElapsedTimer build;
    build.start();
    if (!QFileInfo::exists(profileDir + QStringLiteral("/dossier.sqlite"))) {
        const auto r = Test::run(Test::binDir() + QStringLiteral("/dossier-cli"),
                                 {QStringLiteral("process"), QStringLiteral("--profile"), profileDir,
                                  QStringLiteral("--out"), outDir, QStringLiteral("--format"), QStringLiteral("pdfa"),
                                  QStringLiteral("--quiet"), corpus + QStringLiteral("/plain/batch-01")},
                                 1800000);
        if (r.exitCode != 0) {
            std::fprintf(stderr, "dossier-cli process failed: %s\n", r.err.constData());
            return false;
        }
        auto profile = Profile::open(profileDir);
        if (!profile || !repeatInto(*profile, pages))
            return false;
    }
    std::printf("Reader: %d-page dossier ready (%.0f s to build or reuse)\n", pages, double(build.elapsed()) / 1000);
    auto profile = Profile::open(profileDir);
    if (!profile)
        return false;
    QDir(profileDir + QStringLiteral("/cache")).removeRecursively(); // a cold picture cache: made on first sight
    resetPeakRss();
    ReaderWindow w(*profile);
    w.resize(1400, 900);
    w.show();
    QCoreApplication::processEvents();
    QElapsedTimer open;
    open.start();
    w.openCase(kCase);
    const double first = waitPainted(w.view(), 0, open, 60000);
    const int firstScanned = w.volume() ? w.volume()->sheetOfPlace({0, 1}) : -1;
    QElapsedTimer content;
    content.start();
    w.view()->goToSheet(firstScanned);
    const double firstContent = waitPainted(w.view(), firstScanned, content);
    const QList<double> cold = flips(w, firstScanned, 200, 0);
    const QList<double> paced = flips(w, firstScanned + 300, 200, 400);
    const QList<double> warm = flips(w, firstScanned, 200, 0);
    const double rss = peakRssMb();
    { // where opening spends its time: reading the volume, binding it into sheets
        QElapsedTimer t;
        t.start();
        auto volume = Volume::loadMain(*profile, kCase, Volume::Detail::Reading);
        const double loadMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const std::atomic_bool cancel{false};
        auto bound = volume ? BoundVolume::bind(*volume, cancel) : Result<BoundVolume>(volume.error());
        std::printf("  opening: volume read %.1f ms, bound %.1f ms\n", loadMs, double(t.nsecsElapsed()) / 1e6);
        out.insert(QStringLiteral("volume_read_ms"), loadMs);
        out.insert(QStringLiteral("volume_bind_ms"), double(t.nsecsElapsed()) / 1e6);
    }

    const int width = w.view()->viewport()->width();
    const QList<double> qtpdf = qtPdfRender(firstPdf(outDir), width, 200);
    if (first < 0 || cold.isEmpty() || warm.isEmpty() || paced.isEmpty()) {
        std::fprintf(stderr, "the reader did not paint in time\n");
        return false;
    }
    std::printf("  pages %lld, first page (封面) %.1f ms, first scanned page %.1f ms after asking\n",
                qlonglong(w.volume()->sheets.size()), first, firstContent);
    std::printf("  flips, cold cache, back to back:   p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms\n",
                percentile(cold, 0.5), percentile(cold, 0.95), percentile(cold, 1));
    std::printf("  flips, cold cache, 0.4 s a page:   p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms\n",
                percentile(paced, 0.5), percentile(paced, 0.95), percentile(paced, 1));
    std::printf("  flips, pictures cached, back to back: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms\n",
                percentile(warm, 0.5), percentile(warm, 0.95), percentile(warm, 1));
    std::printf("  QtPdf, the same pages from the PDF/A at %d px: p50 %.1f ms, p95 %.1f ms a page\n", width,
                percentile(qtpdf, 0.5), percentile(qtpdf, 0.95));
    std::printf("  peak RSS %.0f MB\n", rss);
    out.insert(QStringLiteral("pages"), pages);
    out.insert(QStringLiteral("first_page_ms"), first);
    out.insert(QStringLiteral("first_scanned_page_ms"), firstContent);
    out.insert(QStringLiteral("flip_p95_ms"), percentile(paced, 0.95));
    out.insert(QStringLiteral("flip_p50_ms"), percentile(paced, 0.5));
    out.insert(QStringLiteral("flip_cold_back_to_back_p95_ms"), percentile(cold, 0.95));
    out.insert(QStringLiteral("flip_cached_p95_ms"), percentile(warm, 0.95));
    out.insert(QStringLiteral("qtpdf_page_p50_ms"), percentile(qtpdf, 0.5));
    out.insert(QStringLiteral("qtpdf_page_p95_ms"), percentile(qtpdf, 0.95));
    out.insert(QStringLiteral("peak_rss_mb"), rss);
    return true;
}

} // namespace Dossier::Bench
