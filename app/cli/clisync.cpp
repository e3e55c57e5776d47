// The CLI's sync commands: login, sync, dossier list, calendar push.
#include "clisupport.h"

#include "storage/cataloguerepository.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Dossier::Cli {

int login(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Sign in to dossier-server; the session is kept in the system keyring, never in the profile."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("Dossier::Cli", "Server address."),
                                    QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8765"));
    const QCommandLineOption user(QStringLiteral("user"), QCoreApplication::translate("Dossier::Cli", "User name."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption stdinPassword(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("Dossier::Cli", "Read the password from standard input."));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"),
        QCoreApplication::translate("Dossier::Cli", "PEM certificate authorities to trust for an HTTPS server "
                                                    "(kept for later syncs)."),
        QStringLiteral("FILE"));
    const QCommandLineOption alternate(
        QStringLiteral("alternate"),
        QCoreApplication::translate("Dossier::Cli", "Another server of the same court, for a sync when this one cannot "
                                                    "be reached (repeatable; kept for later syncs)."),
        QStringLiteral("URL"));
    p.addOptions({profileOption(), server, user, stdinPassword, caFile, alternate});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (!p.isSet(user) || !p.isSet(stdinPassword)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "login needs --user and --password-stdin."));
        return 1;
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    SyncEngine engine(*profile);
    if (p.isSet(caFile))
        if (auto s = engine.setCaFile(p.value(caFile)); !s) {
            printError(s.error());
            return 1;
        }
    if (auto s = engine.setAlternates(p.values(alternate)); !s) {
        printError(s.error());
        return 1;
    }
    if (auto s = engine.login(p.value(server), p.value(user), password); !s) {
        printError(s.error());
        return 1;
    }
    printErr(QCoreApplication::translate("Dossier::Cli", "Signed in to %1 as %2.").arg(p.value(server), p.value(user)));
    return 0;
}

int sync(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli",
        "Push this desk's changes and pull everyone else's; exit 0 once everything is pushed and pulled."));
    p.addOptions({profileOption()});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    SyncEngine engine(*profile);
    auto r = engine.sync(g_cancel);
    if (!r) {
        printError(r.error());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(r->toJson()).toJson(QJsonDocument::Indented).constData());
    for (const QString& problem : r->problems)
        printErr(problem);
    return r->pending == 0 && r->rejected == 0 ? 0 : 2;
}

int dossierList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QCoreApplication::translate("Dossier::Cli", "List the dossiers of the profile with their pages."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Dossier::Cli", "JSON out."));
    p.addOptions({profileOption(), json});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto all = CatalogueRepository(profile->database()).allDossierPages();
    if (!all) {
        printError(all.error());
        return 1;
    }
    QJsonArray out;
    for (const CatalogueRepository::DossierPages& d : std::as_const(*all))
        out.append(QJsonObject{{QStringLiteral("case_no"), d.caseNo},
                               {QStringLiteral("dossier_id"), d.dossierId},
                               {QStringLiteral("pages"), int(d.pageSha256.size())},
                               {QStringLiteral("page_sha256"), QJsonArray::fromStringList(d.pageSha256)}});
    if (p.isSet(json)) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const QJsonValue& v : out)
            std::printf("%s\t%s\t%d\n", qPrintable(v[QStringLiteral("case_no")].toString()),
                        qPrintable(v[QStringLiteral("dossier_id")].toString()), v[QStringLiteral("pages")].toInt());
    }
    return 0;
}

int calendarPush(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Publish a year of the holiday calendar to every desk (archive administrators)."));
    p.addOptions({profileOption()});
    p.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("Dossier::Cli",
                                    "The year's calendar as JSON: {\"year\", \"holidays\", \"working_days\"}."));
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        printErr(p.helpText());
        return 1;
    }
    QFile f(p.positionalArguments().first());
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "Cannot read %1.").arg(f.fileName()));
        return 1;
    }
    const QByteArray json = f.read(1 << 20); // a year is under 2 KiB; the check refuses more than 64 KiB
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    SyncEngine engine(*profile);
    auto year = engine.pushCalendar(json);
    if (!year) {
        printError(year.error());
        return 1;
    }
    printJson(QJsonObject{{QStringLiteral("year"), *year}, {QStringLiteral("published"), true}});
    return 0;
}

} // namespace Dossier::Cli
