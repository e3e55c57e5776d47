// dossier-server: the central REST backend (sync contract: docs/architecture.md, server/openapi.json).
//   dossier-server --data DIR [--listen 127.0.0.1:PORT] [--database URL] [--tls-cert F --tls-key F] [--token-hours N]
//   dossier-server --data DIR user add NAME --role ROLE --password-stdin [--scope SCOPE]
//   dossier-server --data DIR user disable|enable|remove NAME
//   dossier-server --data DIR session revoke NAME
//   dossier-server --data DIR audit [--limit N]
//   dossier-server --data DIR [--database URL] backup FOLDER | restore FOLDER
#include "api.h"
#include "auth.h"
#include "backup.h"
#include "blobstore.h"
#include "httpserver.h"
#include "serverconfig.h"
#include "serverstore.h"
#include "workers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd[0], &c, 1);
}

int fail(const QString& message)
{
    std::fprintf(stderr, "dossier-server: %s\n", qPrintable(message));
    return 1;
}

const char kUserUsage[] =
    "usage: dossier-server --data DIR user add NAME --role ROLE --password-stdin [--scope SCOPE]\n"
    "       dossier-server --data DIR user disable|enable|remove NAME\n"
    "       dossier-server --data DIR session revoke NAME";

// user disable|enable|remove NAME, session revoke NAME: each ends the user's sessions at once.
int userChange(Dossier::Server::ServerStore& store, const QStringList& args)
{
    const QString& verb = args[1];
    const QString& name = args[2];
    Dossier::Result<int> r = args[0] == QLatin1String("session") ? store.revokeSessions(name)
                             : verb == QLatin1String("remove")
                                 ? store.removeUser(name)
                                 : store.setUserDisabled(name, verb == QLatin1String("disable"));
    if (!r)
        return fail(r.error().english());
    if (args[0] == QLatin1String("user") && *r == 0)
        return fail(QStringLiteral("no user is called %1").arg(name));
    const QString action = args[0] + QLatin1Char('_') + verb;
    (void)store.audit(name, QStringLiteral("console"), action, {}); // the change stands without its audit line
    std::fprintf(stderr, "dossier-server: %s %s: done (%d)\n", qPrintable(action), qPrintable(name), *r);
    return 0;
}

int auditList(Dossier::Server::ServerStore& store, int limit)
{
    auto log = store.auditLog(limit);
    if (!log)
        return fail(log.error().english());
    std::fprintf(stdout, "%s\n", QJsonDocument(*log).toJson(QJsonDocument::Indented).constData());
    return 0;
}

int userAdd(Dossier::Server::ServerStore& store, const QStringList& args, const QCommandLineParser& p)
{
    using namespace Dossier::Server;
    if (args.size() == 3 &&
        (args[0] == QLatin1String("session")
             ? args[1] == QLatin1String("revoke")
             : QStringList{QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("remove")}.contains(
                   args[1])))
        return userChange(store, args);
    if (args.size() != 3 || args[0] != QLatin1String("user") || args[1] != QLatin1String("add"))
        return fail(QString::fromLatin1(kUserUsage));
    const QString name = args[2].trimmed();
    const QString role = p.value(QStringLiteral("role"));
    if (name.isEmpty() || name.size() > 200)
        return fail(QStringLiteral("the user name is empty or longer than 200 characters"));
    if (!isRole(role))
        return fail(QStringLiteral("unknown role \"%1\"; roles: %2").arg(role, roles().join(QStringLiteral(", "))));
    if (role == QLatin1String("archive_clerk") && p.value(QStringLiteral("scope")).isEmpty())
        return fail(
            QStringLiteral("an archive clerk needs --scope: the court code(s) they digitise for, e.g. 苏0602 or 苏"));
    if (role == QLatin1String("warehouse_clerk") && p.value(QStringLiteral("scope")).isEmpty())
        return fail(QStringLiteral(
            "a warehouse clerk needs --scope: the court code(s) whose intermediate warehouse they keep, e.g. 苏0602"));
    if (!p.isSet(QStringLiteral("password-stdin")))
        return fail(QStringLiteral("--password-stdin is required (the password is read from the first line of stdin)"));
    std::string line;
    std::getline(std::cin, line);
    QString password = QString::fromStdString(line);
    if (password.endsWith(QLatin1Char('\r')))
        password.chop(1);
    if (password.isEmpty())
        return fail(QStringLiteral("the password read from stdin is empty"));
    auto r = store.upsertUser(UserRow{name, role, p.value(QStringLiteral("scope")), hashPassword(password)});
    if (!r)
        return fail(r.error().english());
    (void)store.audit(name, QStringLiteral("console"), QStringLiteral("user_add"), role); // the user stands without it
    std::fprintf(stderr, "dossier-server: user %s (%s) saved; any session of theirs has ended\n", qPrintable(name),
                 qPrintable(role));
    return 0;
}

struct Serving
{
    std::unique_ptr<Dossier::Server::Workers> login, quick, bulk;
};

int startPools(Serving& s, const QString& dataDir, const QString& database, int threads)
{
    using Dossier::Server::Workers;
    // Password hashing gets one thread that yields the CPU; quick requests never queue behind bulk work.
    s.login = std::make_unique<Workers>(dataDir, database, Workers::Options{QStringLiteral("login"), 1, 32, 10});
    s.quick = std::make_unique<Workers>(dataDir, database, Workers::Options{QStringLiteral("quick"), 2, 512, 0});
    s.bulk = std::make_unique<Workers>(dataDir, database, Workers::Options{QStringLiteral("bulk"), threads, 512, 0});
    for (Workers* w : {s.login.get(), s.quick.get(), s.bulk.get()})
        if (auto started = w->start(); !started)
            return fail(QStringLiteral("cannot open the database for a worker: %1").arg(started.error().english()));
    return 0;
}

void addOptions(QCommandLineParser& p)
{
    p.setApplicationDescription(QStringLiteral("Dossier Workstation central backend"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("config"),
         QStringLiteral("key=value file of these options (default " DOSSIER_SERVER_CONFIG
                        " when neither --config nor --data is given); the command line overrides it."),
         QStringLiteral("FILE")},
        {QStringLiteral("listen"), QStringLiteral("Address:port to listen on (port 0: any free port)."),
         QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8765")},
        {QStringLiteral("data"), QStringLiteral("Data folder (SQLite database, blobs, uploads)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"),
         QStringLiteral("postgresql://user:pass@host:port/dbname (default: SQLite in DIR)."), QStringLiteral("URL")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("token-hours"), QStringLiteral("Lifetime of session tokens in hours."), QStringLiteral("N"),
         QStringLiteral("12")},
        {QStringLiteral("role"), QStringLiteral("user add: the user's role."), QStringLiteral("ROLE")},
        {QStringLiteral("scope"),
         QStringLiteral("user add: court code prefix for chiefs, archive and warehouse clerks (e.g. 苏0602)."),
         QStringLiteral("SCOPE")},
        {QStringLiteral("password-stdin"), QStringLiteral("user add: read the password from stdin.")},
        {QStringLiteral("limit"), QStringLiteral("audit: how many entries."), QStringLiteral("N"),
         QStringLiteral("100")},
        {QStringLiteral("workers"), QStringLiteral("Threads for bulk work (feed, changes, uploads)."),
         QStringLiteral("N"), QStringLiteral("3")},
        {QStringLiteral("max-connections"), QStringLiteral("Connections in all."), QStringLiteral("N"),
         QStringLiteral("1000")},
        {QStringLiteral("max-connections-per-address"), QStringLiteral("Connections from one address."),
         QStringLiteral("N"), QStringLiteral("64")},
        {QStringLiteral("idle-timeout"), QStringLiteral("Seconds a connection may stay silent."), QStringLiteral("S"),
         QStringLiteral("30")},
        {QStringLiteral("header-timeout"), QStringLiteral("Seconds to send a request's headers."), QStringLiteral("S"),
         QStringLiteral("10")},
        {QStringLiteral("upload-expiry"), QStringLiteral("Seconds an unfinished upload is kept."), QStringLiteral("S"),
         QStringLiteral("86400")},
        {QStringLiteral("blob-grace"), QStringLiteral("Seconds an image no record names is kept."), QStringLiteral("S"),
         QStringLiteral("86400")},
        {QStringLiteral("housekeeping-interval"), QStringLiteral("Seconds between housekeeping passes."),
         QStringLiteral("S"), QStringLiteral("3600")},
        {QStringLiteral("metrics-from"),
         QStringLiteral("Subnets /api/v1/metrics answers, comma-separated (Prometheus text format)."),
         QStringLiteral("CIDR,…"), QStringLiteral("127.0.0.0/8,::1/128")},
    });
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("Optional: user add|disable|enable|remove NAME, session revoke NAME, audit, backup FOLDER, "
                       "restore FOLDER"));
}

// The data folder, made if needed and private: the database holds password hashes and the blobs court records.
// Empty: it cannot be (the reason is printed).
QString privateDataDir(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("data"))) {
        fail(QStringLiteral("--data DIR is required"));
        return {};
    }
    ::umask(077);
    const QString dataDir = QDir(p.value(QStringLiteral("data"))).absolutePath();
    if (!QDir().mkpath(dataDir) || ::chmod(QFile::encodeName(dataDir).constData(), 0700) != 0) {
        fail(QStringLiteral("cannot create %1 (or make it private)").arg(dataDir));
        return {};
    }
    return dataDir;
}

// backup DIR: the database, then the images, into an empty folder; restore DIR: into a fresh server.
int backupOrRestore(const QStringList& args, const QCommandLineParser& p, const QString& dataDir)
{
    using Dossier::Server::ServerBackup;
    if (args.size() != 2)
        return fail(QStringLiteral("usage: dossier-server --data DIR [--database URL] backup|restore FOLDER"));
    const QString folder = QDir(args[1]).absolutePath();
    const QString database = p.value(QStringLiteral("database"));
    const bool backup = args[0] == QLatin1String("backup");
    auto done =
        backup ? ServerBackup::backup(dataDir, database, folder) : ServerBackup::restore(folder, dataDir, database);
    if (!done)
        return fail(done.error().english());
    std::fprintf(stderr, "dossier-server: %s %s: the database and %d images (%lld bytes)\n",
                 backup ? "backed up into" : "restored from", qPrintable(folder), done->blobs,
                 static_cast<long long>(done->bytes));
    return 0;
}

// A console command (user …, session …, audit) against the store.
int runCommand(Dossier::Server::ServerStore& store, const QStringList& args, const QCommandLineParser& p)
{
    if (args[0] == QLatin1String("user") || args[0] == QLatin1String("session"))
        return userAdd(store, args, p);
    if (args[0] == QLatin1String("audit") && args.value(1) == QLatin1String("verify"))
        return Dossier::Server::auditVerifyCommand(store); // the chain and the desk heads: 0 intact, 2 broken
    if (args[0] == QLatin1String("audit"))
        return auditList(store, p.value(QStringLiteral("limit")).toInt());
    return fail(QStringLiteral("unknown command \"%1\"").arg(args[0]));
}

// What serving takes from the command line.
struct ServeOptions
{
    QString listen, addr;
    QHostAddress host;
    quint16 port = 0;
    int tokenHours = 0;
    int workers = 0;
    Dossier::Server::HttpLimits limits;
    Dossier::Server::HttpServer::Housekeeping housekeeping;
    QList<QPair<QHostAddress, int>> metricsFrom;
};

// Empty: an option is wrong (the reason is printed).
std::optional<ServeOptions> serveOptions(const QCommandLineParser& p)
{
    ServeOptions o;
    bool ok = false;
    o.tokenHours = p.value(QStringLiteral("token-hours")).toInt(&ok);
    if (!ok || o.tokenHours < 1) {
        fail(QStringLiteral("--token-hours must be a positive integer"));
        return std::nullopt;
    }
    o.listen = p.value(QStringLiteral("listen"));
    o.addr = o.listen.section(QLatin1Char(':'), 0, -2);
    o.port = quint16(o.listen.section(QLatin1Char(':'), -1).toUInt(&ok));
    o.host = QHostAddress(o.addr);
    if (!ok || o.host.isNull()) {
        fail(QStringLiteral("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8765"));
        return std::nullopt;
    }
    for (const QString& net : p.value(QStringLiteral("metrics-from")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto subnet = QHostAddress::parseSubnet(net.trimmed());
        if (subnet.first.isNull()) {
            fail(QStringLiteral("--metrics-from: \"%1\" is not a subnet (e.g. 10.0.0.0/8)").arg(net));
            return std::nullopt;
        }
        o.metricsFrom << subnet;
    }
    const auto number = [&p](const char* name) { return p.value(QString::fromLatin1(name)).toInt(); };
    o.limits.maxConnections = std::max(number("max-connections"), 8);
    o.limits.maxPerAddress = std::max(number("max-connections-per-address"), 1);
    o.limits.idleMs = std::max(number("idle-timeout"), 1) * 1000;
    o.limits.headerMs = std::max(number("header-timeout"), 1) * 1000;
    o.housekeeping = {p.value(QStringLiteral("upload-expiry")).toLongLong(),
                      p.value(QStringLiteral("blob-grace")).toLongLong(), std::max(number("housekeeping-interval"), 1)};
    o.workers = std::clamp(number("workers"), 1, 32);
    return o;
}

// HTTPS when --tls-cert or --tls-key is given; false: they cannot be read (the reason is printed).
bool loadTls(const QCommandLineParser& p, Dossier::Server::HttpServer& server)
{
    QFile certFile(p.value(QStringLiteral("tls-cert")));
    QFile keyFile(p.value(QStringLiteral("tls-key")));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("--tls-cert and --tls-key must both name readable PEM files"));
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    const QByteArray keyData = keyFile.readAll();
    QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
    if (cert.isNull() || key.isNull()) {
        fail(QStringLiteral("cannot read the TLS certificate or key"));
        return false;
    }
    server.setTls(cert, key);
    return true;
}

// SIGTERM and SIGINT end the event loop (through a socket pair: a signal handler may only write).
void quitOnSignals(QCoreApplication& app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) != 0)
        return;
    auto* notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalFd[1], &c, 1);
        std::fprintf(stderr, "dossier-server: shutting down\n");
        app.quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

// Listens and serves until a signal.
int serve(QCoreApplication& app, const QCommandLineParser& p, const QString& dataDir, Dossier::Server::BlobStore& blobs)
{
    using namespace Dossier::Server;
    const auto o = serveOptions(p);
    if (!o)
        return 1;
    Serving serving;
    if (int failed = startPools(serving, dataDir, p.value(QStringLiteral("database")), o->workers))
        return failed;
    LoginGuard guard;
    Api api(&blobs, &guard, o->tokenHours);
    Metrics metrics;
    api.setMetrics(&metrics);
    HttpServer server(&api, &blobs, {serving.login.get(), serving.quick.get(), serving.bulk.get()}, o->limits,
                      o->housekeeping);
    server.setMetrics(&metrics, o->metricsFrom);
    const bool tls = p.isSet(QStringLiteral("tls-cert")) || p.isSet(QStringLiteral("tls-key"));
    if (tls && !loadTls(p, server))
        return 1;
    if (!server.listen(o->host, o->port))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(o->listen, server.errorString()));
    const quint16 bound = server.serverPort();
    server.startHousekeeping();
    quitOnSignals(app);
    const QString shownHost =
        o->host.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + o->addr + QLatin1Char(']') : o->addr;
    std::fprintf(stdout, "listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(shownHost), unsigned(bound));
    std::fflush(stdout);
    const int code = app.exec();
    server.close();
    serving = Serving(); // the workers finish their jobs (which answer to the server) before it goes
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QCommandLineParser p;
    addOptions(p);
    const auto arguments = Dossier::Server::argumentsWithConfig(app.arguments(), Dossier::Server::serverConfigKeys(),
                                                                QStringLiteral(DOSSIER_SERVER_CONFIG));
    if (!arguments)
        return fail(arguments.error().english());
    p.process(*arguments);
    // Root on the package's data folder (sudo dossier-server user add …): the files stay the dossier user's.
    if (p.isSet(QStringLiteral("data")))
        if (auto owner = Dossier::Server::actAsDataOwner(QDir(p.value(QStringLiteral("data"))).absolutePath()); !owner)
            return fail(owner.error().english());
    const QString dataDir = privateDataDir(p);
    if (dataDir.isEmpty())
        return 1;
    if (const QStringList args = p.positionalArguments();
        !args.isEmpty() && (args[0] == QLatin1String("backup") || args[0] == QLatin1String("restore")))
        return backupOrRestore(args, p, dataDir); // a restore goes into a fresh server: before the store is opened
    Dossier::Server::BlobStore blobs(dataDir);
    if (auto b = blobs.init(); !b)
        return fail(b.error().english());
    auto store = Dossier::Server::ServerStore::open(dataDir, p.value(QStringLiteral("database")));
    if (!store)
        return fail(QStringLiteral("cannot open the database: %1").arg(store.error().english()));
    if (const QStringList args = p.positionalArguments(); !args.isEmpty())
        return runCommand(**store, args, p);
    return serve(app, p, dataDir, blobs);
}
