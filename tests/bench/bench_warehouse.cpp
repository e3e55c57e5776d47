// Benchmark (not a test): the 中间库 desk (issue 14) on a warehouse of N cases (default 100,000) and ten movements
// each (1,000,000): check-in, loans and returns, a move, a supplement; a fifth of the paper lent at the end, a
// tenth checked out. 10,000 cases have running statutory clocks.
//  - look-up by a scanned label (Warehouse::find, the case's history folded): p50, p95 — goal p95 ≤ 20 ms;
//  - the desk window fed 50 scans a second from a hand-held reader (key events into the scan field): scans answered
//    of scans sent (none may be lost), the time from Enter to the case shown (p50, p95), the deepest queue;
//  - the dashboard: every clock computed (Warehouse::deadlines) and the window's lists refreshed — goal ≤ 200 ms.
//   bench_warehouse [--cases N] [--profile DIR] [--scans N] [--json]
// --profile keeps the built warehouse in DIR and reuses it when it holds the cases asked for.
#include "common/clock.h"
#include "station/warehouse.h"
#include "storage/database.h"
#include "storage/profile.h"
#include "storage/warehouserepository.h"
#include "testsupport.h"
#include "warehousewindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace Dossier;

namespace {

constexpr double kLookUpGoalMs = 20, kDashboardGoalMs = 200;
constexpr int kClockCases = 10000;

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min(qsizetype(v.size() - 1), qsizetype(p * double(v.size() - 1) + 0.5)));
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

QString caseNo(int i)
{
    static const QStringList types{QStringLiteral("民初"), QStringLiteral("民终"), QStringLiteral("刑初"),
                                   QStringLiteral("执")};
    return QStringLiteral("（%1）苏0602%2%3号")
        .arg(2020 + i % 7)
        .arg(types.at(i % 4))
        .arg(i / 28 + 1 + (i % 28) * 4000);
}

QString label(int i)
{
    return QStringLiteral("DOSSIER-CASE|D%1|%2").arg(i).arg(caseNo(i));
}

Movement move(int c, Movement::Kind kind, const QDateTime& at, int k)
{
    Movement m;
    m.uid = QStringLiteral("b%1-%2").arg(c).arg(k);
    m.caseNo = caseNo(c);
    m.kind = kind;
    m.at = at;
    m.by = QStringLiteral("clerk");
    return m;
}

// Ten movements of case c, ending in the warehouse, lent (a fifth; some past due) or checked out (a tenth).
QList<Movement> historyOf(int c, const QDate& today)
{
    QDateTime t(today.addDays(-400 + c % 300), QTime(9, 0), Qt::UTC);
    QList<Movement> out;
    Movement in = move(c, Movement::Kind::CheckIn, t, 0);
    in.location = QStringLiteral("%1-%2-%3-%4").arg(QChar(u'A' + c % 6)).arg(c / 6 % 40).arg(c / 240 % 6).arg(c % 30);
    in.volumes = 1 + c % 3;
    out << in;
    for (int k = 1; k <= 6; ++k) {
        t = t.addDays(9);
        Movement m = move(c, k % 2 ? Movement::Kind::Lend : Movement::Kind::Return, t, k);
        m.holder = QStringLiteral("judge%1").arg(c % 50);
        m.due = t.date().addDays(14);
        out << m;
    }
    Movement shift = move(c, Movement::Kind::Move, t.addDays(1), 7);
    shift.location = in.location;
    shift.location.replace(0, 1, QChar(u'G' + c % 3));
    Movement more = move(c, Movement::Kind::Supplement, t.addDays(2), 8);
    more.volumes = 1;
    out << shift << more;
    Movement last = move(c,
                         c % 10 == 0  ? Movement::Kind::CheckOut
                         : c % 5 == 1 ? Movement::Kind::Lend
                                      : Movement::Kind::Supplement,
                         t.addDays(3), 9);
    last.reason = Movement::Reason::ArchiveRoom;
    last.holder = QStringLiteral("judge%1").arg(c % 50);
    last.due = c % 15 == 1 ? today.addDays(-(c % 20) - 1) : today.addDays(5 + c % 20);
    last.items = {QStringLiteral("证据原件")};
    out << last;
    return out;
}

bool build(const Profile& profile, int cases)
{
    const SqlFromTest building;
    WarehouseRepository repo(profile.database());
    const QDate today = Clock::today();
    QElapsedTimer t;
    t.start();
    QList<Movement> batch;
    for (int c = 0; c < cases; ++c) {
        batch += historyOf(c, today);
        if (batch.size() >= 20000 || c == cases - 1) {
            auto written = repo.recordAll(batch);
            if (!written) {
                std::fprintf(stderr, "%s\n", qPrintable(written.error().english()));
                return false;
            }
            batch.clear();
            std::fprintf(stderr, "\r  %d cases, %.0f s", c + 1, double(t.elapsed()) / 1000);
        }
    }
    Warehouse w(profile, QStringLiteral("clerk"));
    const char* kinds[] = {"appeal_received", "case_closed", "handed_to_warehouse"};
    for (int c = 0; c < kClockCases; ++c)
        if (auto e = w.addEvent(caseNo(c * 7 % cases), QString::fromLatin1(kinds[c % 3]), today.addDays(-(c % 4)));
            !e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().english()));
            return false;
        }
    std::fprintf(stderr, "\n  built in %.0f s\n", double(t.elapsed()) / 1000);
    return true;
}

int countCases(const Profile& profile)
{
    const SqlFromTest counting;
    auto q = execSql(profile.database(), QStringLiteral("SELECT count(*) FROM paper_cases"));
    return q && q->next() ? q->value(0).toInt() : 0;
}

void lookUps(const Profile& profile, int cases, QJsonObject& out)
{
    const SqlFromTest reading;
    Warehouse w(profile, QStringLiteral("clerk"));
    std::mt19937 rng(7);
    QList<double> ms;
    int found = 0;
    for (int i = 0; i < 2000; ++i) {
        const int c = int(rng() % uint(cases));
        QElapsedTimer t;
        t.start();
        auto v = w.find(label(c));
        ms << double(t.nsecsElapsed()) / 1e6;
        found += v && v->history.size() == 10 ? 1 : 0;
    }
    std::printf("  look-up by label: p50 %.2f ms, p95 %.2f ms, max %.2f ms (goal p95 ≤ %.0f); %d of 2000 found whole\n",
                percentile(ms, 0.5), percentile(ms, 0.95), percentile(ms, 1), kLookUpGoalMs, found);
    out.insert(QStringLiteral("lookup_p50_ms"), percentile(ms, 0.5));
    out.insert(QStringLiteral("lookup_p95_ms"), percentile(ms, 0.95));
    out.insert(QStringLiteral("lookup_found"), found);
}

void dashboard(const Profile& profile, QJsonObject& out)
{
    const SqlFromTest reading;
    Warehouse w(profile, QStringLiteral("clerk"));
    const HolidayCalendar calendar = HolidayCalendar::builtin();
    QList<double> ms;
    qsizetype clocks = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        auto all = w.deadlines(Clock::today(), calendar);
        ms << double(t.nsecsElapsed()) / 1e6;
        clocks = all ? all->size() : -1;
    }
    QElapsedTimer t;
    t.start();
    auto late = w.overdue(Clock::today());
    const double overdueMs = double(t.nsecsElapsed()) / 1e6;
    std::printf("  every clock computed (%lld clocks): p50 %.1f ms, max %.1f ms (goal ≤ %.0f); loans past due "
                "(%lld) %.1f ms\n",
                qlonglong(clocks), percentile(ms, 0.5), percentile(ms, 1), kDashboardGoalMs,
                qlonglong(late ? late->size() : -1), overdueMs);
    out.insert(QStringLiteral("overdue_ms"), overdueMs);
    out.insert(QStringLiteral("clocks"), qlonglong(clocks));
    out.insert(QStringLiteral("deadlines_ms"), percentile(ms, 0.5));
}

void typeIn(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    QApplication::sendEvent(w, &enter);
}

} // namespace

namespace {

// The window: its lists refreshed (10,000 clocks, the overdue loans, today's ledger), then `scans` labels at 50 a
// second.
void window(const Profile& profile, int cases, int scans, QJsonObject& out)
{
    WarehouseWindow w(profile);
    w.show();
    QElapsedTimer t;
    t.start();
    QList<double> refresh;
    QEventLoop loop;
    QObject::connect(&w, &WarehouseWindow::listsRefreshed, &loop, [&] {
        refresh << double(t.nsecsElapsed()) / 1e6;
        loop.quit();
    });
    loop.exec(); // the first refresh, asked by the window as it opens
    for (int run = 0; run < 3; ++run) {
        t.restart();
        w.refreshLists();
        loop.exec();
    }
    std::printf("  dashboard in the window (lists read and filled): first %.0f ms, then p50 %.0f ms (goal ≤ %.0f)\n",
                refresh.first(), percentile(refresh.mid(1), 0.5), kDashboardGoalMs);
    out.insert(QStringLiteral("dashboard_first_ms"), refresh.first());
    out.insert(QStringLiteral("dashboard_ms"), percentile(refresh.mid(1), 0.5));

    auto* field = w.findChild<QLineEdit*>(QStringLiteral("scanField"));
    QList<qint64> sent;
    QList<double> latency;
    int deepest = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&w, &WarehouseWindow::caseShown, &w, [&](const QString&) {
        latency << double(clock.nsecsElapsed() - sent.value(latency.size())) / 1e6;
        if (latency.size() == scans)
            loop.quit();
    });
    std::mt19937 rng(11);
    QTimer feeder;
    feeder.setInterval(20); // 50 a second
    QObject::connect(&feeder, &QTimer::timeout, &w, [&] {
        if (sent.size() == scans)
            return feeder.stop();
        sent << clock.nsecsElapsed();
        typeIn(field, label(int(rng() % uint(cases))));
        deepest = std::max(deepest, w.pendingScans());
    });
    feeder.start();
    QTimer::singleShot(scans * 20 + 60000, &loop, &QEventLoop::quit); // what is not answered by then is lost
    loop.exec();
    const double seconds = double(clock.elapsed()) / 1000;
    std::printf("  %d scans at 50 a second: %lld answered, in order; Enter → case shown p50 %.1f ms, p95 %.1f ms; "
                "deepest queue %d; done in %.1f s\n",
                scans, qlonglong(latency.size()), percentile(latency, 0.5), percentile(latency, 0.95), deepest,
                seconds);
    out.insert(QStringLiteral("scans_sent"), scans);
    out.insert(QStringLiteral("scans_answered"), qlonglong(latency.size()));
    out.insert(QStringLiteral("scan_p95_ms"), percentile(latency, 0.95));
    out.insert(QStringLiteral("scan_queue_max"), deepest);

    // a burst: 200 labels typed back to back, faster than any reader, before the desk answers the first
    QObject::disconnect(&w, &WarehouseWindow::caseShown, &w, nullptr);
    int answered = 0;
    QObject::connect(&w, &WarehouseWindow::caseShown, &w, [&](const QString&) {
        if (++answered == 200)
            loop.quit();
    });
    clock.restart();
    for (int i = 0; i < 200; ++i) {
        typeIn(field, label(int(rng() % uint(cases))));
        deepest = std::max(deepest, w.pendingScans());
    }
    const double typed = double(clock.nsecsElapsed()) / 1e6;
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    std::printf("  a burst of 200 labels typed in %.0f ms: %d answered, queue up to %d, all done after %.0f ms\n",
                typed, answered, deepest, double(clock.nsecsElapsed()) / 1e6);
    out.insert(QStringLiteral("burst_answered"), answered);
    out.insert(QStringLiteral("burst_queue_max"), deepest);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Cases (default 100000)."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Keep the warehouse here."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption scansOption(QStringLiteral("scans"), QStringLiteral("Scans fed to the window."),
                                         QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object as the last line."));
    p.addOptions({casesOption, profileOption, scansOption, json});
    p.process(app);
    const int cases = std::max(100, p.value(casesOption).toInt());
    QTemporaryDir tmp;
    const QString dir = p.isSet(profileOption) ? p.value(profileOption) : tmp.filePath(QStringLiteral("p"));
    const Profile profile = [&dir] {
        const SqlFromTest opening;
        return Test::openProfile(dir);
    }();
    std::printf("Warehouse: %d cases, %d movements\n", cases, cases * 10);
    if (countCases(profile) < cases && !build(profile, cases))
        return 1;
    QJsonObject out{{QStringLiteral("cases"), cases}, {QStringLiteral("movements"), cases * 10}};
    lookUps(profile, cases, out);
    dashboard(profile, out);
    window(profile, cases, std::max(1, p.value(scansOption).toInt()), out);
    out.insert(QStringLiteral("peak_rss_mb"), peakRssMb());
    std::printf("  peak RSS %.0f MB\n", peakRssMb());
    if (p.isSet(json))
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
