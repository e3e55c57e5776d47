// Benchmark (not a test): how long a small request takes on the real dossier-server while others load it (issue 11).
// The small request is a judge's GET /api/v1/templates (authenticated, one database read, on the server's
// quick pool), sent every 50 ms on a new connection, as a desk that has just woken up would. Its latency is
// measured while the server is:
//   1. idle;
//   2. taking one 512 MiB image upload (64 MiB PATCH requests, hashed as they arrive);
//   3. serving 200 desks that pull their judge's feed over and over (200 loopback addresses, a feed of
//      `--records` records of which each judge sees 1,000);
//   4. flooded with wrong-password sign-ins (64 addresses, back to back, invented and real user names);
//   5. held by 1,000 slow sockets (slowloris: one header byte a second, from 1,000 addresses, reconnecting).
// Goal (issue 11): p95 ≤ 100 ms during the upload and the login flood; no desk of the 200 fails.
// Load and probe share the machine's 2 cores with the server: the figures are for the whole machine.
//   build/bin/bench_latency [--records 100000] [--seconds 10] [--database postgresql://…] [--scenarios
//   idle,upload,pull,login,slow]
// BENCH_SERVER_LOG=FILE keeps the server's request log there (otherwise it is discarded).
#include "sync/httpclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <sys/prctl.h>
#include <vector>

using namespace Dossier;

namespace {

constexpr int kJudges = 10;
constexpr int kCasesPerJudge = 20;
constexpr int kRecordsPerCase = 50; // one case record and 49 documents

QString binDir()
{
    return QCoreApplication::applicationDirPath();
}

QString caseNo(int i)
{
    return QStringLiteral("（2024）苏0602民初%1号").arg(i + 1);
}

// ---- raw HTTP/1.1 on a socket ---------------------------------------------------------------------------

QByteArray request(const QByteArray& method, const QByteArray& target, const QString& token,
                   const QByteArray& body = {}, bool close = false)
{
    QByteArray r = method + ' ' + target + " HTTP/1.1\r\nHost: bench\r\n";
    if (!token.isEmpty())
        r += "Authorization: Bearer " + token.toLatin1() + "\r\n";
    if (!body.isEmpty())
        r += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (close)
        r += "Connection: close\r\n";
    return r + "\r\n" + body;
}

// Status and body of one whole reply at the start of `buffer` (removed from it); status 0: not all in yet.
int takeReply(QByteArray& buffer, QByteArray* body = nullptr)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0 || !buffer.startsWith("HTTP/1.1 "))
        return 0;
    const QByteArray head = buffer.left(end).toLower();
    const qsizetype at = head.indexOf("content-length: ");
    const qint64 length = at < 0 ? 0 : head.mid(at + 16, head.indexOf('\r', at) - at - 16).toLongLong();
    if (buffer.size() < end + 4 + length)
        return 0;
    const int status = buffer.mid(9, 3).toInt();
    if (body)
        *body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return status;
}

// One blocking exchange on a fresh connection (Connection: close); ms < 0 when it failed.
struct Sample
{
    double ms = -1;
    int status = 0;
};

Sample exchangeOnce(quint16 port, const QByteArray& req, int timeoutMs = 10000)
{
    QElapsedTimer t;
    t.start();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    if (!s.waitForConnected(timeoutMs))
        return {};
    s.write(req);
    QByteArray got;
    int status = 0;
    while (status == 0 && t.elapsed() < timeoutMs) {
        if (!s.waitForReadyRead(int(timeoutMs - t.elapsed())) && s.state() != QAbstractSocket::ConnectedState)
            break;
        got += s.readAll();
        status = takeReply(got);
    }
    if (status == 0 && qEnvironmentVariableIsSet("BENCH_DEBUG"))
        std::fprintf(stderr, "probe: %s after %lld ms, state %d, got %lld bytes\n", qPrintable(s.errorString()),
                     t.elapsed(), int(s.state()), qint64(got.size()));
    return status == 0 ? Sample{} : Sample{double(t.nsecsElapsed()) / 1e6, status};
}

// ---- the load: many sockets on one thread's event loop --------------------------------------------------

// A connection that sends a request, waits for the whole reply, and asks `onReply` for the next request
// (empty: pause `pauseMs` and ask `first` again). A connection the server closes is opened again.
class LoadConn final : public QObject
{
public:
    std::function<QByteArray()> first;
    std::function<QByteArray(int status, const QByteArray& body)> onReply;
    std::function<void()> onDropped; // closed with a request outstanding
    int pauseMs = 0;

    LoadConn(QHostAddress from, quint16 port) : m_from(std::move(from)), m_port(port) {}
    ~LoadConn() override
    {
        if (m_socket) // the load is over: its sockets closing now are not failures
            m_socket->disconnect(this);
    }
    static inline std::atomic_int connectedNow{0}, reconnects{0};

    void start() { open(); }

    // Slowloris: a request line, then one header byte every `everyMs`, never the end of the headers.
    void startSlow(int everyMs)
    {
        m_slowMs = everyMs;
        open();
    }

private:
    void open()
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_buffer.clear();
        m_socket->bind(m_from);
        connect(m_socket.get(), &QTcpSocket::connected, this, [this] {
            ++connectedNow;
            m_connected = true;
            if (m_slowMs > 0)
                return dribble(true);
            send(first());
        });
        connect(m_socket.get(), &QTcpSocket::readyRead, this, &LoadConn::onReadyRead);
        connect(m_socket.get(), &QTcpSocket::disconnected, this, &LoadConn::reopen);
        connect(m_socket.get(), &QTcpSocket::errorOccurred, this, &LoadConn::reopen);
        m_socket->connectToHost(QHostAddress::LocalHost, m_port);
    }

    void reopen()
    {
        if (m_reopening)
            return;
        m_reopening = true;
        ++reconnects;
        if (std::exchange(m_connected, false))
            --connectedNow;
        if (m_outstanding && onDropped)
            onDropped();
        m_outstanding = false;
        m_socket.release()->deleteLater();
        QTimer::singleShot(m_slowMs > 0 ? 200 : 50, this, [this] {
            m_reopening = false;
            open();
        });
    }

    void dribble(bool firstLine)
    {
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        m_socket->write(firstLine ? QByteArray("GET /api/v1/health HTTP/1.1\r\nX-Slow: ") : QByteArray("a"));
        QTimer::singleShot(m_slowMs, m_socket.get(), [this] { dribble(false); });
    }

    void send(const QByteArray& req)
    {
        if (req.isEmpty()) {
            QTimer::singleShot(pauseMs, m_socket.get(), [this] { send(first()); });
            return;
        }
        m_outstanding = true;
        m_socket->write(req);
    }

    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        QByteArray body;
        const int status = takeReply(m_buffer, &body);
        if (status == 0 || m_slowMs > 0)
            return;
        m_outstanding = false;
        send(onReply(status, body));
    }

    QHostAddress m_from;
    quint16 m_port;
    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
    bool m_outstanding = false;
    bool m_reopening = false;
    bool m_connected = false;
    int m_slowMs = 0;
};

// A thread with its own event loop that owns the load's connections until stop().
class LoadThread final
{
public:
    explicit LoadThread(std::function<void(QObject* owner)> build)
    {
        m_thread.reset(QThread::create([this, build = std::move(build)] {
            QObject owner;
            QEventLoop loop;
            m_loop = &loop;
            build(&owner);
            m_started.store(true);
            loop.exec();
        }));
        m_thread->start();
        while (!m_started.load())
            QThread::msleep(10);
    }
    ~LoadThread() { stop(); }
    void stop()
    {
        if (m_thread && m_thread->isRunning()) {
            QMetaObject::invokeMethod(m_loop, [this] { m_loop->quit(); });
            m_thread->wait();
        }
    }

private:
    std::unique_ptr<QThread> m_thread;
    QEventLoop* m_loop = nullptr;
    std::atomic_bool m_started{false};
};

QHostAddress loopback(int n) // 127.0.1.0 … : one address per simulated desk or attacker
{
    return QHostAddress(quint32(0x7f000100u + quint32(n)));
}

// ---- the probe ---------------------------------------------------------------------------------------

struct Figures
{
    std::vector<double> ms;
    int failed = 0;
    int refused = 0; // answered, but not 200 (503 and the like)
};

Figures probe(quint16 port, const QString& token, int seconds, const std::function<bool()>& stopEarly = {})
{
    Figures f;
    const QByteArray req = request("GET", "/api/v1/templates", token, {}, true);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < qint64(seconds) * 1000 && !(stopEarly && stopEarly())) {
        const Sample s = exchangeOnce(port, req);
        if (s.ms < 0)
            ++f.failed;
        else if (s.status != 200)
            ++f.refused;
        else
            f.ms.push_back(s.ms);
        QThread::msleep(50);
    }
    return f;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

void printRow(const char* name, const Figures& f, const QString& load)
{
    std::printf("%-22s %5zu %8.1f %8.1f %8.1f %8.1f %7d %7d   %s\n", name, f.ms.size(), percentile(f.ms, 0.5),
                percentile(f.ms, 0.95), percentile(f.ms, 0.99),
                f.ms.empty() ? -1.0 : *std::max_element(f.ms.begin(), f.ms.end()), f.refused, f.failed,
                qPrintable(load));
    std::fflush(stdout);
}

// ---- the server and its data -----------------------------------------------------------------------

class Bench final
{
public:
    QTemporaryDir tmp{QDir::tempPath() + QStringLiteral("/bench_latency-XXXXXX")};
    QProcess server;
    quint16 port = 0;
    QString url, admin, clerk;
    QStringList judges;

    bool addUser(const QString& name, const QString& role, const QString& database)
    {
        QStringList args{QStringLiteral("--data"), tmp.filePath(QStringLiteral("server"))};
        if (!database.isEmpty())
            args << QStringLiteral("--database") << database;
        args << QStringLiteral("user") << QStringLiteral("add") << name << QStringLiteral("--role") << role
             << QStringLiteral("--password-stdin") << QStringLiteral("--scope") << QStringLiteral("苏");
        QProcess p;
        p.start(binDir() + QStringLiteral("/dossier-server"), args);
        p.write("bench-password\n");
        p.closeWriteChannel();
        return p.waitForFinished(60000) && p.exitCode() == 0;
    }

    bool start(const QString& database)
    {
        if (!addUser(QStringLiteral("admin"), QStringLiteral("archive_admin"), database) ||
            !addUser(QStringLiteral("clerk"), QStringLiteral("archive_clerk"), database))
            return false;
        for (int j = 0; j < kJudges; ++j)
            if (!addUser(QStringLiteral("judge%1").arg(j), QStringLiteral("judge"), database))
                return false;
        QStringList args{QStringLiteral("--data"), tmp.filePath(QStringLiteral("server")), QStringLiteral("--listen"),
                         QStringLiteral("127.0.0.1:0")};
        if (!database.isEmpty())
            args << QStringLiteral("--database") << database;
        server.setStandardErrorFile(qEnvironmentVariable("BENCH_SERVER_LOG", QProcess::nullDevice()));
        server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        server.start(binDir() + QStringLiteral("/dossier-server"), args);
        if (!server.waitForReadyRead(30000))
            return false;
        url = QString::fromUtf8(server.readLine()).trimmed().mid(13);
        port = quint16(QUrl(url).port());
        admin = login(QStringLiteral("admin"));
        clerk = login(QStringLiteral("clerk"));
        for (int j = 0; j < kJudges; ++j)
            judges << login(QStringLiteral("judge%1").arg(j));
        return !admin.isEmpty() && !clerk.isEmpty() && !judges.contains(QString());
    }

    QString login(const QString& user)
    {
        HttpClient http{QUrl(url)};
        auto r =
            http.json("POST", QStringLiteral("/api/v1/session"),
                      {{QStringLiteral("user"), user}, {QStringLiteral("password"), QStringLiteral("bench-password")}});
        return r && r->status == 200 ? r->json().value(QStringLiteral("token")).toString() : QString();
    }

    static QJsonObject op(const QString& kind, const QString& id, const QString& caseNo, const QString& volume,
                          const QJsonObject& body)
    {
        return {{QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("id"), id},
                {QStringLiteral("case_no"), caseNo},
                {QStringLiteral("volume"), volume.isEmpty() ? QJsonValue() : QJsonValue(volume)},
                {QStringLiteral("base_revision"), 0},
                {QStringLiteral("body"), body}};
    }

    // `records` records in cases of 50; judge j is a member of cases j·20 … j·20+19 (1,000 records each).
    bool seed(int records)
    {
        HttpClient http{QUrl(url)};
        http.setToken(admin);
        QJsonArray ops;
        const auto flush = [&] {
            auto r = http.json("POST", QStringLiteral("/api/v1/changes"), {{QStringLiteral("operations"), ops}});
            ops = QJsonArray();
            if (!r || r->status != 200)
                return false;
            for (const QJsonValue& v : r->json().value(QStringLiteral("results")).toArray())
                if (v[QStringLiteral("status")].toString() != QLatin1String("applied"))
                    return std::fprintf(stderr, "not applied: %s\n",
                                        qPrintable(v[QStringLiteral("message")].toString())),
                           false;
            return true;
        };
        for (int i = 0; i < records; ++i) {
            const int c = i / kRecordsPerCase;
            const QString no = caseNo(c);
            if (i % kRecordsPerCase == 0)
                ops.append(op(QStringLiteral("case"), no, no, {},
                              {{QStringLiteral("case_no"), no},
                               {QStringLiteral("info"), QJsonObject()},
                               {QStringLiteral("classified"), false}}));
            else
                ops.append(op(QStringLiteral("document"), QUuid::createUuid().toString(QUuid::WithoutBraces), no,
                              QStringLiteral("main"),
                              {{QStringLiteral("dossier"), no + QStringLiteral("|d1")},
                               {QStringLiteral("position"), i % kRecordsPerCase},
                               {QStringLiteral("doc_type"), QStringLiteral("起诉状")},
                               {QStringLiteral("title"), QStringLiteral("民事起诉状 %1").arg(i)}}));
            if (ops.size() == 500 && !flush())
                return false;
        }
        if (!ops.isEmpty() && !flush())
            return false;
        for (int j = 0; j < kJudges; ++j)
            for (int c = j * kCasesPerJudge; c < (j + 1) * kCasesPerJudge && c * kRecordsPerCase < records; ++c) {
                auto r = http.json("POST", QStringLiteral("/api/v1/cases/%1/members").arg(caseNo(c)),
                                   {{QStringLiteral("user"), QStringLiteral("judge%1").arg(j)},
                                    {QStringLiteral("relation"), QStringLiteral("judge")}});
                if (!r || r->status != 200)
                    return false;
            }
        return true;
    }
};

// ---- the scenarios ---------------------------------------------------------------------------------

// One 512 MiB image in 64 MiB PATCH requests, on its own connection and thread; returns MB/s (0: failed).
double uploadDuring(Bench& b, std::atomic_bool& done)
{
    constexpr qint64 kChunk = 64LL << 20;
    constexpr int kChunks = 8;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(chunk.data()), chunk.size() / 4);
    QCryptographicHash sha(QCryptographicHash::Sha256);
    for (int i = 0; i < kChunks; ++i)
        sha.addData(chunk);
    const QByteArray create =
        QJsonDocument(QJsonObject{{QStringLiteral("sha256"), QString::fromLatin1(sha.result().toHex())},
                                  {QStringLiteral("size"), kChunk * kChunks}})
            .toJson(QJsonDocument::Compact);
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, b.port);
    if (!s.waitForConnected(5000))
        return 0;
    QByteArray got;
    QByteArray body;
    const auto exchange = [&](const QByteArray& head, const QByteArray& payload) {
        s.write(head);
        s.write(payload);
        int status = 0;
        while (status == 0 && s.state() == QAbstractSocket::ConnectedState) {
            if (s.bytesToWrite() > 0)
                s.waitForBytesWritten(1000);
            else
                s.waitForReadyRead(1000);
            got += s.readAll();
            status = takeReply(got, &body);
        }
        return status;
    };
    if (exchange(request("POST", "/api/v1/uploads", b.clerk, create), {}) != 201)
        return 0;
    const QByteArray id = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString().toLatin1();
    QElapsedTimer t;
    t.start();
    int status = 0;
    for (int i = 0; i < kChunks; ++i) {
        const QByteArray head =
            "PATCH /api/v1/uploads/" + id + " HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer " + b.clerk.toLatin1() +
            "\r\nUpload-Offset: " + QByteArray::number(i * kChunk) +
            "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + QByteArray::number(kChunk) + "\r\n\r\n";
        status = exchange(head, chunk);
        if (status != 200 && status != 201)
            break;
    }
    done.store(true);
    return status == 201 ? double(kChunk * kChunks) / 1e6 / (double(t.elapsed()) / 1000.0) : 0;
}

struct PullCounts
{
    std::atomic_int requests{0}, pulls{0}, busy{0}, failed{0}, desksDone{0};
};

// 200 desks, each pulling its judge's feed from the start, again and again; a 503 waits its Retry-After.
std::unique_ptr<LoadThread> pullingDesks(Bench& b, int desks, PullCounts& n)
{
    return std::make_unique<LoadThread>([&b, desks, &n](QObject* owner) {
        for (int d = 0; d < desks; ++d) {
            auto* c = new LoadConn(loopback(d), b.port);
            c->setParent(owner);
            auto after = std::make_shared<qint64>(0);
            auto pulledOnce = std::make_shared<bool>(false);
            const QString token = b.judges.at(d % kJudges);
            c->first = [after, token] {
                return request("GET", "/api/v1/changes?after=" + QByteArray::number(*after) + "&limit=1000", token);
            };
            c->pauseMs = 1000;
            c->onReply = [after, pulledOnce, c, &n](int status, const QByteArray& body) {
                ++n.requests;
                if (status == 503) {
                    ++n.busy;
                    return QByteArray(); // the pause, then the same page again
                }
                if (status != 200) {
                    ++n.failed;
                    *after = 0;
                    return QByteArray();
                }
                const QByteArray tail = body.right(80);
                const qsizetype at = tail.indexOf("\"next\":");
                *after = at < 0 ? 0 : tail.mid(at + 7, tail.indexOf('}', at) - at - 7).toLongLong();
                if (!tail.contains("\"more\":true")) {
                    ++n.pulls;
                    if (!std::exchange(*pulledOnce, true))
                        ++n.desksDone;
                    *after = 0;
                }
                return c->first();
            };
            c->onDropped = [&n] { ++n.failed; };
            c->start();
        }
    });
}

struct LoginCounts
{
    std::atomic_int wrong{0}, locked{0}, busy{0}, other{0};
};

// Wrong passwords back to back from 64 addresses: the real judges' names and invented ones.
std::unique_ptr<LoadThread> loginFlood(Bench& b, LoginCounts& n)
{
    return std::make_unique<LoadThread>([&b, &n](QObject* owner) {
        for (int a = 0; a < 64; ++a) {
            auto* c = new LoadConn(loopback(1000 + a), b.port);
            c->setParent(owner);
            c->first = [a] {
                const QString user = a % 2 ? QStringLiteral("judge%1").arg(a % kJudges)
                                           : QStringLiteral("nobody%1").arg(QRandomGenerator::global()->generate());
                return request("POST", "/api/v1/session", {},
                               QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                         {QStringLiteral("password"), QStringLiteral("guess")}})
                                   .toJson(QJsonDocument::Compact));
            };
            c->onReply = [c, &n](int status, const QByteArray&) {
                ++(status == 401 ? n.wrong : status == 429 ? n.locked : status == 503 ? n.busy : n.other);
                return c->first();
            };
            c->start();
        }
    });
}

std::unique_ptr<LoadThread> slowSockets(Bench& b, int count)
{
    return std::make_unique<LoadThread>([&b, count](QObject* owner) {
        for (int i = 0; i < count; ++i) {
            auto* c = new LoadConn(loopback(2000 + i), b.port);
            c->setParent(owner);
            c->startSlow(1000);
        }
    });
}

void header()
{
    std::printf("%-22s %5s %8s %8s %8s %8s %7s %7s   %s\n", "small request during", "n", "p50 ms", "p95 ms", "p99 ms",
                "max ms", "refused", "failed", "the load");
}

void upload(Bench& b, const QString& judge, int)
{
    std::atomic_bool done{false};
    double mbs = 0;
    std::unique_ptr<QThread> up(QThread::create([&] { mbs = uploadDuring(b, done); }));
    up->start();
    const Figures f = probe(b.port, judge, 600, [&] { return done.load(); });
    up->wait();
    printRow("a 512 MiB upload", f,
             mbs > 0 ? QStringLiteral("uploaded at %1 MB/s").arg(mbs, 0, 'f', 1) : QStringLiteral("the upload FAILED"));
}

void pulling(Bench& b, const QString& judge, int secs)
{
    PullCounts n;
    auto load = pullingDesks(b, 200, n);
    QThread::sleep(2); // all desks under way
    const Figures f = probe(b.port, judge, secs);
    load->stop();
    printRow("200 desks pulling", f,
             QStringLiteral("%1 of 200 desks pulled their feed; %2 whole pulls, %3 pages, %4 told to wait (503), "
                            "%5 failed")
                 .arg(n.desksDone.load())
                 .arg(n.pulls.load())
                 .arg(n.requests.load())
                 .arg(n.busy.load())
                 .arg(n.failed.load()));
}

void loginFlood(Bench& b, const QString& judge, int secs)
{
    LoginCounts n;
    auto load = loginFlood(b, n);
    const Figures f = probe(b.port, judge, secs);
    load->stop();
    printRow("a login flood", f,
             QStringLiteral("%1 wrong passwords checked; refused: %2 locked out (429, at once), %3 queue full "
                            "(503, after 1 s); %4 other")
                 .arg(n.wrong.load())
                 .arg(n.locked.load())
                 .arg(n.busy.load())
                 .arg(n.other.load()));
}

void slowSockets(Bench& b, const QString& judge, int secs)
{
    LoadConn::reconnects.store(0);
    LoadConn::connectedNow.store(0);
    auto load = slowSockets(b, 1000);
    QThread::sleep(3); // all of them connected and dribbling
    const int before = LoadConn::connectedNow.load();
    const Figures f = probe(b.port, judge, secs);
    const int after = LoadConn::connectedNow.load();
    load->stop();
    printRow("1,000 slow sockets", f,
             QStringLiteral("one header byte a second each from 1,000 addresses: %1 open before the probe, %2 "
                            "after, %3 dropped by the server and reopened")
                 .arg(before)
                 .arg(after)
                 .arg(LoadConn::reconnects.load()));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Records in the feed."),
                                     QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Probing time per scenario."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("PostgreSQL URL (default SQLite)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption scenarios(QStringLiteral("scenarios"), QStringLiteral("Which loads, comma-separated."),
                                       QStringLiteral("LIST"), QStringLiteral("idle,upload,pull,login,slow"));
    p.addOptions({records, seconds, database, scenarios});
    p.addHelpOption();
    p.process(app);
    const int secs = std::max(1, p.value(seconds).toInt());
    Bench b;
    QElapsedTimer t;
    t.start();
    if (!b.start(p.value(database)) || !b.seed(p.value(records).toInt())) {
        std::fprintf(stderr, "the server did not start or did not take the records\n");
        return 1;
    }
    std::printf("Latency benchmark (issue 11): dossier-server on %s, %s, %d records (set up in %.1f s), 2 cores\n\n",
                qPrintable(b.url), p.isSet(database) ? "PostgreSQL" : "SQLite", p.value(records).toInt(),
                double(t.elapsed()) / 1000.0);
    const QString judge = b.judges.first();
    header();
    const QStringList only = p.value(scenarios).split(QLatin1Char(','));
    if (only.contains(QLatin1String("idle")))
        printRow("idle", probe(b.port, judge, secs), QStringLiteral("-"));
    const std::pair<const char*, void (*)(Bench&, const QString&, int)> runs[] = {
        {"upload", upload}, {"pull", pulling}, {"login", loginFlood}, {"slow", slowSockets}};
    for (const auto& [name, run] : runs)
        if (only.contains(QLatin1String(name)))
            run(b, judge, secs);
    std::printf("\ngoal: p95 <= 100 ms during the upload and the login flood; no desk of the 200 fails\n");
    b.server.terminate();
    b.server.waitForFinished(10000);
    return 0;
}
