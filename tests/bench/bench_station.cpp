// Benchmark (not a test): the scan station stays responsive (issue 4). Two figures, each against its goal:
//  1. Responsiveness: the real main window, shown on a fresh profile, imports a batch of pages from the corpus
//     while a 10 ms precise timer records how late each tick comes (the stall of the event loop): p50, p99 and max,
//     goal p99 ≤ 50 ms. The longest event deliveries on the GUI thread are listed, to name what stalls it.
//  2. Cold start to a shown window: this executable, started again as a child (--startup-child), does what the
//     `dossier` executable's main() does and reports when the window is first exposed and painted; the parent
//     times it from process start, goal ≤ 1 s. On empty profiles and on the profile filled by figure 1.
//   bench_station [--corpus DIR] [--pages N] [--runs N] [--settle MS]
// --settle: how long the shown window runs before the import starts (default 1000 ms; its scanner list is made in
// the background at start, so a longer wait measures the import alone).
#include "common/i18n.h"
#include "mainwindow.h"
#include "pipeline/batchrunner.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QWindow>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <thread>
#include <utility>

using namespace Dossier;

namespace {

constexpr int kTickMs = 10;
constexpr double kStallGoalMs = 50;   // p99 of the ticks' lateness
constexpr double kStartGoalMs = 1000; // process start → window painted
constexpr int kTailMs = 500;          // ticks kept after the batch ends: the window reloads its tree then
constexpr int kBatchTimeoutMs = 30 * 60 * 1000;
constexpr int kChildTimeoutMs = 30 * 1000;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// Peak resident set size of this process (VmHWM), MB.
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Nearest-rank percentile of sorted values.
double percentile(const QList<double>& sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

QString eventName(QEvent::Type type)
{
    const char* name = QMetaEnum::fromType<QEvent::Type>().valueToKey(int(type));
    return name ? QString::fromLatin1(name) : QStringLiteral("event %1").arg(int(type));
}

// The application of figure 1. While recording, it times every event delivered on the GUI thread (the outermost
// delivery: nested ones are part of it) and keeps the longest, named by receiver and event type.
class TimedApplication final : public QApplication
{
public:
    struct Delivery
    {
        double ms = 0;
        double atMs = 0; // when it started, on the recording clock
        QString what;
    };

    using QApplication::QApplication;

    void record(const QElapsedTimer* clock)
    {
        m_clock = clock;
        m_longest.clear();
        m_busyMs = 0;
    }
    void stopRecording() { m_clock = nullptr; }
    const QList<Delivery>& longest() const { return m_longest; }
    double busyMs() const { return m_busyMs; }

    bool notify(QObject* receiver, QEvent* event) override
    {
        const QElapsedTimer* clock = m_clock;
        if (!clock || m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        // Taken before the delivery: the receiver may be gone after it (deleteLater).
        const QMetaObject* type = receiver->metaObject();
        const QEvent::Type eventType = event->type();
        const QPointer<QObject> alive(receiver);
        const double at = msSince(*clock);
        ++m_depth;
        const bool accepted = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = msSince(*clock) - at;
        m_busyMs += ms;
        if (m_longest.size() < kKept || ms > m_longest.constLast().ms) {
            m_longest.append({ms, at, describe(type, alive, eventType)});
            std::sort(m_longest.begin(), m_longest.end(),
                      [](const Delivery& a, const Delivery& b) { return a.ms > b.ms; });
            m_longest.resize(std::min<qsizetype>(m_longest.size(), kKept));
        }
        return accepted;
    }

private:
    static constexpr qsizetype kKept = 6;

    // "Class "objectName" in ParentClass: EventType"
    static QString describe(const QMetaObject* type, const QObject* receiver, QEvent::Type event)
    {
        QString s = QString::fromLatin1(type->className());
        if (receiver && !receiver->objectName().isEmpty())
            s += QStringLiteral(" \"%1\"").arg(receiver->objectName());
        if (receiver && receiver->parent())
            s += QStringLiteral(" in %1").arg(QString::fromLatin1(receiver->parent()->metaObject()->className()));
        return s + QStringLiteral(": ") + eventName(event);
    }

    const QElapsedTimer* m_clock = nullptr;
    int m_depth = 0;
    double m_busyMs = 0;
    QList<Delivery> m_longest;
};

// The most threads of the global pool seen busy since the last take(), sampled every 2 ms off the GUI thread (which
// may be the stalled one). Qt's raster painting hands parts of large fills to that pool and waits for them: a paint
// stalls while long work holds all of its threads.
class PoolWatch final
{
public:
    int take() { return m_most.exchange(0); }

private:
    void sample(const std::stop_token& stop)
    {
        while (!stop.stop_requested()) {
            const int busy = QThreadPool::globalInstance()->activeThreadCount();
            int most = m_most.load();
            while (busy > most && !m_most.compare_exchange_weak(most, busy)) {
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    std::atomic_int m_most{0};
    std::jthread m_thread{[this](const std::stop_token& stop) { sample(stop); }};
};

// Closes every modal dialog the window opens (nobody is there to answer it) and remembers what it said.
class DialogCloser final
{
public:
    DialogCloser()
    {
        m_timer.setInterval(50);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            QWidget* w = QApplication::activeModalWidget();
            if (!w)
                return;
            const auto* box = qobject_cast<QMessageBox*>(w);
            m_seen << QStringLiteral("%1 \"%2\" %3")
                          .arg(QString::fromLatin1(w->metaObject()->className()), w->windowTitle(),
                               box ? box->text() : QString());
            w->close();
        });
        m_timer.start();
    }
    const QStringList& seen() const { return m_seen; }

private:
    QTimer m_timer;
    QStringList m_seen;
};

// Hands every event to `f` before it is delivered; eats none.
class EventTap final : public QObject
{
public:
    explicit EventTap(std::function<void(QObject*, QEvent*)> f) : m_f(std::move(f)) {}

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        m_f(watched, event);
        return false;
    }

private:
    std::function<void(QObject*, QEvent*)> m_f;
};

void runEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// `count` pages in feed order (the corpus batches' files in name order), copied into `dir` as 0001.jpg…. When the
// corpus has fewer, its files are used again, each round's copies made distinct by a comment after the image's
// end: a page is known by its bytes, so an identical copy would be the same page again, not a new one.
QStringList batchInputs(const QString& corpus, int count, const QString& dir)
{
    QStringList files;
    for (const QString& batch : {QStringLiteral("plain"), QStringLiteral("hard")}) {
        const QDir d(corpus + QLatin1Char('/') + batch + QStringLiteral("/batch-01"));
        const QStringList images{QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
                                 QStringLiteral("*.tif"), QStringLiteral("*.tiff")};
        for (const QString& f : d.entryList(images, QDir::Files, QDir::Name))
            files << d.filePath(f);
    }
    QStringList inputs;
    if (files.isEmpty() || !QDir().mkpath(dir))
        return inputs;
    for (int i = 0; i < count; ++i) {
        const QString& source = files.at(i % files.size());
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QByteArray bytes = in.readAll();
        if (const qsizetype round = i / files.size(); round > 0)
            bytes += "\n%dossier-bench copy " + QByteArray::number(round) + '\n';
        QFile out(QDir(dir).filePath(
            QStringLiteral("%1.%2").arg(i + 1, 4, 10, QLatin1Char('0')).arg(QFileInfo(source).suffix())));
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return {};
        inputs << out.fileName();
    }
    return inputs;
}

// The profile's pages by status ("done", "error", …).
QMap<QString, int> pagesByStatus(const QString& profile)
{
    QMap<QString, int> n;
    auto q = execSql(Test::openProfile(profile).database(),
                     QStringLiteral("SELECT status, COUNT(*) FROM pages GROUP BY status"));
    while (q && q->next())
        n[q->value(0).toString()] = q->value(1).toInt();
    return n;
}

// The worker threads the window gave its last batch (the batch's recorded options).
int lastBatchJobs(const QString& profile)
{
    auto q = execSql(Test::openProfile(profile).database(),
                     QStringLiteral("SELECT options FROM batches ORDER BY id DESC LIMIT 1"));
    if (!q || !q->next())
        return 0;
    return QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object().value(QStringLiteral("jobs")).toInt();
}

// Figure 1: the window on a fresh `profile` imports `inputs`; the 10 ms timer's lateness while it does.
bool measureResponsiveness(TimedApplication& app, const QStringList& inputs, const QString& profile, int settleMs)
{
    DialogCloser dialogs;
    MainWindow w(Test::openProfile(profile));
    auto* cancel = w.findChild<QAction*>(QStringLiteral("cancelImport"));
    auto* progress = w.findChild<QProgressBar*>(QStringLiteral("batchProgress"));
    if (!cancel || !progress) {
        std::fprintf(stderr, "the window has no \"cancelImport\" action or \"batchProgress\" bar\n");
        return false;
    }
    w.show();
    runEventsFor(settleMs); // shown and painted; its start-up work (the scanner list) under way or done

    QElapsedTimer clock;
    QList<double> stalls;
    double worst = 0, worstAtMs = 0, last = 0;
    PoolWatch poolWatch;
    int worstPoolBusy = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kTickMs);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const double now = msSince(clock);
        const double stall = std::max(0.0, now - last - kTickMs);
        stalls << stall;
        const int poolBusy = poolWatch.take();
        if (stall > worst) {
            worst = stall;
            worstAtMs = last;
            worstPoolBusy = poolBusy;
        }
        last = now;
    });
    // The batch ends when the window is no longer busy: setBusy(false) disables the cancel action.
    QEventLoop loop;
    double seconds = -1;
    QObject::connect(cancel, &QAction::enabledChanged, &loop, [&](bool enabled) {
        if (enabled || seconds >= 0)
            return;
        seconds = msSince(clock) / 1000.0;
        QTimer::singleShot(kTailMs, &loop, &QEventLoop::quit);
    });
    QTimer::singleShot(kBatchTimeoutMs, &loop, &QEventLoop::quit);
    clock.start();
    app.record(&clock);
    ticker.start();
    QTimer::singleShot(0, &w, [&] { w.importPaths(inputs); }); // inside the loop: its own time counts as a stall
    loop.exec();
    ticker.stop();
    app.stopRecording();
    const double recordedMs = msSince(clock);
    if (seconds < 0) {
        std::fprintf(stderr, "the batch did not end within %d min\n", kBatchTimeoutMs / 60000);
        cancel->trigger();
        return false;
    }

    std::sort(stalls.begin(), stalls.end());
    const QMap<QString, int> byStatus = pagesByStatus(profile);
    int stored = 0;
    for (int n : byStatus)
        stored += n;
    const int done = byStatus.value(QStringLiteral("done"));
    const double p99 = percentile(stalls, 99);
    std::printf(
        "\n1. Responsiveness: the main window imports %lld pages (%d worker threads), %d ms after it is shown\n",
        qlonglong(inputs.size()), lastBatchJobs(profile), settleMs);
    std::printf("   pages            %d processed of %d in the profile (%d failed); progress bar %d/%d, %s\n", done,
                stored, stored - done, progress->value(), progress->maximum(),
                progress->isHidden() ? "hidden at the end" : "STILL SHOWN at the end");
    if (stored != inputs.size())
        std::printf("   WARNING          %lld inputs gave %d pages\n", qlonglong(inputs.size()), stored);
    std::printf("   time             %.1f s, %.1f pages/min\n", seconds, seconds > 0 ? done * 60.0 / seconds : 0.0);
    const auto overGoal = std::count_if(stalls.cbegin(), stalls.cend(), [](double ms) { return ms > kStallGoalMs; });
    std::printf("   10 ms timer      %lld ticks; stall p50 %.1f ms, p99 %.1f ms, max %.1f ms; %lld over %.0f ms\n",
                qlonglong(stalls.size()), percentile(stalls, 50), p99, worst, qlonglong(overGoal), kStallGoalMs);
    std::printf("   longest stall    from %.2f s; the global thread pool had up to %d of %d threads busy in it\n",
                worstAtMs / 1000.0, worstPoolBusy, QThreadPool::globalInstance()->maxThreadCount());
    std::printf("   goal p99 ≤ %.0f ms %s\n", kStallGoalMs, p99 <= kStallGoalMs ? "met" : "MISSED");
    std::printf("   GUI thread       busy in events %.1f s of %.1f s\n", app.busyMs() / 1000.0, recordedMs / 1000.0);
    std::printf("   longest events on the GUI thread:\n");
    for (const TimedApplication::Delivery& d : app.longest())
        std::printf("     %8.1f ms from %7.2f s  %s\n", d.ms, d.atMs / 1000.0, qPrintable(d.what));
    std::printf("   dialogs opened   %s\n",
                dialogs.seen().isEmpty() ? "none" : qPrintable(dialogs.seen().join(QStringLiteral("; "))));
    std::printf("   peak RSS         %.0f MB\n", peakRssMb());
    std::fflush(stdout);
    return true;
}

// Figure 2's child: what the `dossier` executable's main() does (application name, the zh_CN catalogue, the window
// on the profile, show), then one line with the first expose of the window and the end of its first paint, in ms
// since main() was entered.
int startupChild(int argc, char** argv, const QElapsedTimer& sinceMain)
{
    if (argc < 3)
        return 2; // never the clerk's own profile
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dossier"));
    QApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    I18n::install(QStringLiteral("zh_CN"));
    MainWindow w(Test::openProfile(QString::fromLocal8Bit(argv[2])));
    double exposedMs = -1;
    bool painting = false;
    EventTap tap([&](QObject* watched, QEvent* event) {
        if (event->type() == QEvent::Expose && exposedMs < 0 && watched == w.windowHandle()) {
            exposedMs = msSince(sinceMain);
        } else if (event->type() == QEvent::Paint && !painting && watched->isWidgetType() &&
                   static_cast<QWidget*>(watched)->window() == &w) {
            painting = true;
            // Runs once this paint and the rest of the frame (children, flush) are done.
            QTimer::singleShot(0, &app, [&] {
                std::printf("startup exposed=%.1f painted=%.1f rss=%.1f\n", exposedMs, msSince(sinceMain), peakRssMb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
    });
    app.installEventFilter(&tap);
    QTimer::singleShot(kChildTimeoutMs, &app, &QCoreApplication::quit);
    w.show();
    return QApplication::exec();
}

struct Start
{
    double wallMs = -1;                               // the parent's: process start → the child's line
    double exposedMs = -1, paintedMs = -1, rssMb = 0; // the child's, since its main()
};

Start startOnce(const QString& profile)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    Start s;
    QElapsedTimer t;
    t.start();
    p.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--startup-child"), profile});
    while (s.wallMs < 0 && p.waitForReadyRead(kChildTimeoutMs)) {
        while (p.canReadLine()) {
            const QByteArray line = p.readLine().trimmed();
            if (!line.startsWith("startup "))
                continue;
            s.wallMs = msSince(t);
            for (const QByteArray& field : line.split(' ')) {
                const QList<QByteArray> kv = field.split('=');
                const double value = kv.value(1).toDouble();
                if (kv.at(0) == "exposed")
                    s.exposedMs = value;
                else if (kv.at(0) == "painted")
                    s.paintedMs = value;
                else if (kv.at(0) == "rss")
                    s.rssMb = value;
            }
        }
    }
    if (!p.waitForFinished(kChildTimeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return s;
}

// Figure 2 on one kind of profile: `runs` cold starts, each on profileFor(run).
void measureStartup(const QString& label, const std::function<QString(int)>& profileFor, int runs)
{
    QList<Start> starts;
    std::printf("   %s:\n", qPrintable(label));
    for (int run = 0; run < runs; ++run) {
        const Start s = startOnce(profileFor(run));
        if (s.wallMs < 0) {
            std::printf("     run %d: the child reported no shown window\n", run + 1);
            continue;
        }
        std::printf(
            "     run %d: %7.1f ms process start → painted; in the child %6.1f ms to expose, %6.1f ms to painted; "
            "RSS %.0f MB\n",
            run + 1, s.wallMs, s.exposedMs, s.paintedMs, s.rssMb);
        starts << s;
    }
    if (starts.isEmpty())
        return;
    auto sorted = [&](double Start::*field) {
        QList<double> v;
        for (const Start& s : std::as_const(starts))
            v << s.*field;
        std::sort(v.begin(), v.end());
        return v;
    };
    const QList<double> wall = sorted(&Start::wallMs), painted = sorted(&Start::paintedMs);
    std::printf("     median %.1f ms, worst %.1f ms (in the child: median %.1f, worst %.1f); goal ≤ %.0f ms %s\n",
                percentile(wall, 50), wall.constLast(), percentile(painted, 50), painted.constLast(), kStartGoalMs,
                wall.constLast() <= kStartGoalMs ? "met (worst run)" : "MISSED (worst run)");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (argc > 1 && qstrcmp(argv[1], "--startup-child") == 0)
        return startupChild(argc, argv, sinceMain);

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings (the scan bar's, kept per clerk) and caches go to a throw-away home; the children inherit it.
    QTemporaryDir tmp;
    for (const auto& [variable, dir] : {std::pair{"XDG_CONFIG_HOME", "config"}, std::pair{"XDG_DATA_HOME", "data"},
                                        std::pair{"XDG_CACHE_HOME", "cache"}}) {
        const QString path = tmp.filePath(QString::fromLatin1(dir));
        QDir().mkpath(path);
        qputenv(variable, QFile::encodeName(path));
    }
    TimedApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const qsizetype i = args.indexOf(name);
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const QString corpus =
        option(QStringLiteral("--corpus"),
               qEnvironmentVariable("DOSSIER_CORPUS", QCoreApplication::applicationDirPath() +
                                                          QStringLiteral("/../../../shared/corpus")));
    const int pages = std::max(1, option(QStringLiteral("--pages"), QStringLiteral("50")).toInt());
    const int runs = std::max(1, option(QStringLiteral("--runs"), QStringLiteral("5")).toInt());
    const int settleMs = std::max(0, option(QStringLiteral("--settle"), QStringLiteral("1000")).toInt());

    const QStringList inputs = batchInputs(corpus, pages, tmp.filePath(QStringLiteral("in")));
    if (inputs.isEmpty()) {
        std::fprintf(stderr, "no corpus at %s\n", qPrintable(corpus));
        return 1;
    }
    std::printf("Scan station responsiveness (issue 4): platform %s, %d cores\n",
                qPrintable(QGuiApplication::platformName()), QThread::idealThreadCount());
    std::fflush(stdout);
    const QString profile = tmp.filePath(QStringLiteral("profile"));
    if (!measureResponsiveness(app, inputs, profile, settleMs))
        return 1;

    std::printf("\n2. Cold start to a painted main window (child doing what dossier's main() does, zh_CN), %d runs\n",
                runs);
    measureStartup(
        QStringLiteral("empty profile (a new one each run)"),
        [&](int run) { return tmp.filePath(QStringLiteral("empty-%1").arg(run)); }, runs);
    measureStartup(
        QStringLiteral("profile of figure 1 (%1 pages)").arg(inputs.size()), [&](int) { return profile; }, runs);
    return 0;
}
