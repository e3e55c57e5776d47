// The CLI's case commands: case member add / list — administrators and chiefs give users a case through the
// server's members endpoint (a court gives a judge a case without curl), with the session `login` kept.
#include "clisupport.h"

#include "domain/casenumber.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Dossier::Cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Dossier::Cli", text);
}

QCommandLineOption caseOption()
{
    return {QStringLiteral("case"), tr("The case number (案号)."), QStringLiteral("案号")};
}

// The case number as the server knows it (normalised), or nothing with the reason told.
std::optional<QString> caseFrom(const QCommandLineParser& p, const QCommandLineOption& option)
{
    const auto parsed = CaseNumber::parse(p.value(option));
    if (!p.isSet(option) || !parsed) {
        printErr(
            tr("--case needs a case number such as （2024）苏0602民初1234号; \"%1\" is not one.").arg(p.value(option)));
        return std::nullopt;
    }
    return parsed->toString();
}

int memberAdd(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Give a user a case on the server (archive administrators, and chiefs of the "
                                   "case's court), with the session of login."));
    const QCommandLineOption caseNo = caseOption();
    const QCommandLineOption user(QStringLiteral("user"), tr("The user's name on the server."), QStringLiteral("NAME"));
    const QCommandLineOption relation(
        QStringLiteral("relation"),
        tr("How the user relates to the case: %1.").arg(SyncEngine::caseRelations().join(QStringLiteral(", "))),
        QStringLiteral("RELATION"));
    p.addOptions({profileOption(), caseNo, user, relation});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const auto theCase = caseFrom(p, caseNo);
    if (!theCase)
        return 1;
    if (p.value(user).trimmed().isEmpty()) {
        printErr(tr("case member add needs --user NAME."));
        return 1;
    }
    if (!SyncEngine::caseRelations().contains(p.value(relation))) {
        printErr(tr("--relation must be one of: %1.").arg(SyncEngine::caseRelations().join(QStringLiteral(", "))));
        return 1;
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto added = SyncEngine(*profile).addCaseMember(*theCase, p.value(user).trimmed(), p.value(relation));
    if (!added) {
        printError(added.error());
        return 1;
    }
    std::printf("%s", QJsonDocument(*added).toJson(QJsonDocument::Indented).constData());
    printErr(added->value(QStringLiteral("changed")).toBool()
                 ? tr("%1 is now %2 of %3.").arg(p.value(user).trimmed(), p.value(relation), *theCase)
                 : tr("%1 was already %2 of %3.").arg(p.value(user).trimmed(), p.value(relation), *theCase));
    return 0;
}

int memberList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List the members of a case on the server, with the session of login."));
    const QCommandLineOption caseNo = caseOption();
    const QCommandLineOption json(QStringLiteral("json"), tr("JSON out."));
    p.addOptions({profileOption(), caseNo, json});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const auto theCase = caseFrom(p, caseNo);
    if (!theCase)
        return 1;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto members = SyncEngine(*profile).caseMembers(*theCase);
    if (!members) {
        printError(members.error());
        return 1;
    }
    if (p.isSet(json)) {
        std::printf("%s", QJsonDocument(*members).toJson(QJsonDocument::Indented).constData());
        return 0;
    }
    for (const QJsonValue& m : std::as_const(*members))
        std::printf("%s\t%s\n", qPrintable(m[QStringLiteral("user")].toString()),
                    qPrintable(m[QStringLiteral("relation")].toString()));
    return 0;
}

} // namespace

int caseCommand(const QStringList& rest)
{
    // rest: "dossier-cli case", "member", "add|list", options…
    const QString sub = rest.value(2);
    QStringList args = rest.mid(2);
    if (!args.isEmpty())
        args[0] = rest.at(0) + QStringLiteral(" member ") + sub;
    if (rest.value(1) == QLatin1String("member") && sub == QLatin1String("add"))
        return memberAdd(args);
    if (rest.value(1) == QLatin1String("member") && sub == QLatin1String("list"))
        return memberList(args);
    printErr(tr("Usage: dossier-cli case member add --case 案号 --user NAME --relation RELATION\n"
                "       dossier-cli case member list --case 案号 [--json]"));
    return 1;
}

} // namespace Dossier::Cli
