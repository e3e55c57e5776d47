// dossier-server: the central REST backend (sync contract: docs/architecture.md, server/openapi.json).
//   dossier-server --data DIR [--listen 127.0.0.1:PORT] [--database URL] [--tls-cert F --tls-key F] [--token-hours N]
//   dossier-server --data DIR user add NAME --role ROLE --password-stdin [--scope SCOPE]
#include "api.h"
#include "auth.h"
#include "blobstore.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <sys/socket.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <iostream>
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

int userAdd(Dossier::Server::ServerStore& store, const QStringList& args, const QCommandLineParser& p)
{
    using namespace Dossier::Server;
    if (args.size() != 3 || args[1] != QLatin1String("add"))
        return fail(QStringLiteral("usage: dossier-server --data DIR user add NAME --role ROLE --password-stdin [--scope SCOPE]"));
    const QString name = args[2].trimmed();
    const QString role = p.value(QStringLiteral("role"));
    if (name.isEmpty())
        return fail(QStringLiteral("the user name is empty"));
    if (!isRole(role))
        return fail(QStringLiteral("unknown role \"%1\"; roles: %2").arg(role, roles().join(QStringLiteral(", "))));
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
    std::fprintf(stderr, "dossier-server: user %s (%s) saved\n", qPrintable(name), qPrintable(role));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Dossier Workstation central backend"));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address:port to listen on (port 0: any free port)."),
         QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8765")},
        {QStringLiteral("data"), QStringLiteral("Data folder (SQLite database, blobs, uploads)."), QStringLiteral("DIR")},
        {QStringLiteral("database"), QStringLiteral("postgresql://user:pass@host:port/dbname (default: SQLite in DIR)."),
         QStringLiteral("URL")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key for HTTPS."), QStringLiteral("FILE")},
        {QStringLiteral("token-hours"), QStringLiteral("Lifetime of session tokens in hours."), QStringLiteral("N"),
         QStringLiteral("12")},
        {QStringLiteral("role"), QStringLiteral("user add: the user's role."), QStringLiteral("ROLE")},
        {QStringLiteral("scope"), QStringLiteral("user add: court code prefix for chiefs (e.g. 苏0602)."),
         QStringLiteral("SCOPE")},
        {QStringLiteral("password-stdin"), QStringLiteral("user add: read the password from stdin.")},
    });
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional: user add NAME"));
    p.process(app);

    if (!p.isSet(QStringLiteral("data")))
        return fail(QStringLiteral("--data DIR is required"));
    const QString dataDir = QDir(p.value(QStringLiteral("data"))).absolutePath();
    if (!QDir().mkpath(dataDir))
        return fail(QStringLiteral("cannot create %1").arg(dataDir));

    Dossier::Server::BlobStore blobs(dataDir);
    if (auto b = blobs.init(); !b)
        return fail(b.error().english());
    auto store = Dossier::Server::ServerStore::open(dataDir, p.value(QStringLiteral("database")));
    if (!store)
        return fail(QStringLiteral("cannot open the database: %1").arg(store.error().english()));

    const QStringList args = p.positionalArguments();
    if (!args.isEmpty()) {
        if (args[0] == QLatin1String("user"))
            return userAdd(**store, args, p);
        return fail(QStringLiteral("unknown command \"%1\"").arg(args[0]));
    }

    bool ok = false;
    const int tokenHours = p.value(QStringLiteral("token-hours")).toInt(&ok);
    if (!ok || tokenHours < 1)
        return fail(QStringLiteral("--token-hours must be a positive integer"));
    const QString listen = p.value(QStringLiteral("listen"));
    const QString addr = listen.section(QLatin1Char(':'), 0, -2);
    const quint16 port = quint16(listen.section(QLatin1Char(':'), -1).toUInt(&ok));
    const QHostAddress host(addr);
    if (!ok || host.isNull())
        return fail(QStringLiteral("--listen must be ADDRESS:PORT, e.g. 127.0.0.1:8765"));

    Dossier::Server::ApiServer server(store->get(), &blobs, tokenHours);
    const bool tls = p.isSet(QStringLiteral("tls-cert")) || p.isSet(QStringLiteral("tls-key"));
    if (tls) {
        QFile certFile(p.value(QStringLiteral("tls-cert")));
        QFile keyFile(p.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("--tls-cert and --tls-key must both name readable PEM files"));
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyData = keyFile.readAll();
        QSslKey key(keyData, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyData, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull())
            return fail(QStringLiteral("cannot read the TLS certificate or key"));
        server.sslSetup(cert, key);
    }
    const quint16 bound = server.listen(host, port);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listen));

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
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

    const QString shownHost = host.protocol() == QAbstractSocket::IPv6Protocol ? QLatin1Char('[') + addr + QLatin1Char(']') : addr;
    std::fprintf(stdout, "listening on %s://%s:%u\n", tls ? "https" : "http", qPrintable(shownHost), unsigned(bound));
    std::fflush(stdout);
    return app.exec();
}
