// The CLI's audit command: audit verify (the desk's hash chain, issue 16).
#include "clisupport.h"

#include "station/audithistory.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Dossier::Cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Dossier::Cli", text);
}

QJsonObject reportJson(const AuditVerification& v)
{
    QJsonArray breaks;
    for (const AuditChain::Break& b : v.report.breaks)
        breaks.append(QJsonObject{{QStringLiteral("seq"), b.seq},
                                  {QStringLiteral("dossier"), b.dossierId},
                                  {QStringLiteral("action"), b.action},
                                  {QStringLiteral("kind"), AuditChain::Break::kindName(b.kind)},
                                  {QStringLiteral("what"), b.what}});
    QJsonObject o{{QStringLiteral("desk_id"), v.deskId},
                  {QStringLiteral("entries"), v.report.entries},
                  {QStringLiteral("dossiers"), v.report.dossiers},
                  {QStringLiteral("head"), QJsonObject{{QStringLiteral("seq"), v.report.head.seq},
                                                       {QStringLiteral("hash"), v.report.head.hash}}},
                  {QStringLiteral("ok"), v.report.ok()},
                  {QStringLiteral("breaks"), breaks}};
    if (v.comparedWith)
        o.insert(
            QStringLiteral("compared_with"),
            QJsonObject{{QStringLiteral("seq"), v.comparedWith->seq},
                        {QStringLiteral("hash"), v.comparedWith->hash},
                        {QStringLiteral("from"), v.serverHead ? QStringLiteral("server") : QStringLiteral("desk")}});
    return o;
}

int verify(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        tr("Verify the desk's audit chain and every dossier's: an edited, deleted, reordered or truncated entry is "
           "named. Exit 0: intact, 2: broken."));
    p.addOption(profileOption());
    p.addOption({QStringLiteral("json"), tr("Print the report as JSON.")});
    p.addOption({QStringLiteral("offline"),
                 tr("Do not ask the server for the head it recorded; hold the chain against the desk's record of "
                    "its last push.")});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    auto profile = profileFrom(p);
    if (!profile)
        return 1;
    // Online (a desk signed in): the head the server recorded is the reference; else the desk's own record.
    std::optional<AuditChain::Head> serverHead;
    SyncEngine engine(*profile);
    if (!p.isSet(QStringLiteral("offline")) && engine.signedInAccount().signedIn()) {
        auto h = engine.auditHeadOnServer();
        if (h && h->seq > 0)
            serverHead = *h;
        else if (!h)
            printErr(tr("The server could not be asked for this desk's audit head (%1); the desk's own record of "
                        "its last push is used.")
                         .arg(h.error().message()));
    }
    auto v = AuditHistory::verify(*profile, serverHead);
    if (!v) {
        printError(v.error());
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        printJson(reportJson(*v));
    } else {
        for (const AuditChain::Break& b : std::as_const(v->report.breaks))
            std::printf("%s — [%s] %s\n", qPrintable(AuditHistory::breakText(b)),
                        qPrintable(AuditChain::Break::kindName(b.kind)), qPrintable(b.what));
        QString compared;
        if (v->comparedWith && v->serverHead)
            compared = tr(" (held against the head the server recorded: entry %1)").arg(v->comparedWith->seq);
        else if (v->comparedWith)
            compared = tr(" (held against the head last pushed to the server: entry %1)").arg(v->comparedWith->seq);
        std::printf("%s\n",
                    qPrintable(v->report.ok() ? tr("Audit chain of desk %1: %2 entries, %3 dossiers, intact%4.")
                                                    .arg(v->deskId, QString::number(v->report.entries),
                                                         QString::number(v->report.dossiers), compared)
                                              : tr("Audit chain of desk %1: %2 entries, BROKEN at %3 place(s)%4.")
                                                    .arg(v->deskId, QString::number(v->report.entries),
                                                         QString::number(v->report.breaks.size()), compared)));
    }
    return v->report.ok() ? 0 : 2;
}

} // namespace

int audit(const QString& sub, const QStringList& args)
{
    if (sub == QLatin1String("verify"))
        return verify(args);
    printErr(tr("Usage: dossier-cli audit verify [--profile DIR] [--json] [--offline]"));
    return 1;
}

} // namespace Dossier::Cli
