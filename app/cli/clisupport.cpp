#include "clisupport.h"

#include "common/i18n.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Dossier::Cli {

std::atomic_bool g_cancel{false};

void onSignal(int)
{
    g_cancel.store(true);
}

void printErr(const QString& s)
{
    std::fprintf(stderr, "%s\n", s.toLocal8Bit().constData());
}

void printError(const Error& e)
{
    const QJsonObject j = I18n::errorJson(e);
    printErr(QStringLiteral("dossier-cli: %1 [%2]").arg(j.value(QStringLiteral("message")).toString(), e.code()));
}

// The profile in `dir` (the default one when empty), opened; says why on stderr when it cannot be.
std::optional<Profile> openProfile(const QString& dir)
{
    auto profile = Profile::open(dir);
    if (!profile) {
        printError(profile.error());
        return std::nullopt;
    }
    return *profile;
}

bool parseOrExit(QCommandLineParser& p, const QStringList& args, int* exitCode)
{
    p.addHelpOption();
    if (!p.parse(args)) {
        printErr(p.errorText());
        *exitCode = 1;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", p.helpText().toLocal8Bit().constData());
        *exitCode = 0;
        return false;
    }
    return true;
}

QCommandLineOption profileOption()
{
    return QCommandLineOption(
        QStringLiteral("profile"),
        QCoreApplication::translate("Dossier::Cli", "Profile folder (default: %1).").arg(Profile::defaultDir()),
        QStringLiteral("DIR"));
}

std::optional<Profile> profileFrom(const QCommandLineParser& p)
{
    return openProfile(p.value(QStringLiteral("profile")));
}

void printJson(const QJsonValue& v)
{
    const QByteArray text = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Indented)
                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Indented);
    std::printf("%s", text.constData());
}

} // namespace Dossier::Cli
