// dossier-server: the central REST backend. For now it serves its version and health on loopback;
// the sync API is the subject of its own issue.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dossier-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Dossier Workstation central backend"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address:port to listen on."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8765"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Data folder (SQLite, blobs)."),
                                  QStringLiteral("DIR"));
    p.addOptions({listen, data});
    p.process(app);

    const QString addr = p.value(listen).section(QLatin1Char(':'), 0, -2);
    const quint16 port = quint16(p.value(listen).section(QLatin1Char(':'), -1).toUInt());
    if (p.isSet(data))
        QDir().mkpath(p.value(data));

    QHttpServer server;
    server.route(QStringLiteral("/api/v1/health"), [] {
        return QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                           {QStringLiteral("version"), QStringLiteral(DOSSIER_VERSION)}};
    });
    const quint16 bound = server.listen(QHostAddress(addr), port);
    if (bound == 0) {
        std::fprintf(stderr, "dossier-server: cannot listen on %s\n", qPrintable(p.value(listen)));
        return 1;
    }
    std::fprintf(stderr, "dossier-server %s listening on %s:%u\n", DOSSIER_VERSION, qPrintable(addr), bound);
    return app.exec();
}
