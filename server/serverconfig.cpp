#include "serverconfig.h"

#include <QFile>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Dossier::Server {

namespace {

Error configError(const char* what, const QStringList& args)
{
    return Error(QStringLiteral("server_config"), what, args);
}

} // namespace

QString ServerOptions::value(const QString& key) const
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it)
        if (it->first == key)
            return it->second;
    return {};
}

Result<ServerOptions> parseServerConfig(const QByteArray& text, const QStringList& allowedKeys)
{
    ServerOptions options;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QString number = QString::number(i + 1);
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            return configError("line %1: \"key = value\" expected", {number});
        const QString key = line.left(eq).trimmed();
        const QString value = line.mid(eq + 1).trimmed();
        if (!allowedKeys.contains(key))
            return configError("line %1: unknown key \"%2\"; keys: %3",
                               {number, key.left(100), allowedKeys.join(QStringLiteral(", "))});
        if (value.isEmpty())
            return configError("line %1: %2 has no value", {number, key});
        options.entries.append({key, value});
    }
    return options;
}

Result<ServerOptions> loadServerConfig(const QString& path, const QStringList& allowedKeys)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return configError("cannot read the config file %1: %2", {path, file.errorString()});
    if (file.size() > 1024 * 1024)
        return configError("the config file %1 is over 1 MiB", {path});
    auto parsed = parseServerConfig(file.readAll(), allowedKeys);
    if (!parsed)
        return configError("%1: %2", {path, parsed.error().english()});
    return parsed;
}

QStringList serverConfigKeys()
{
    return {QStringLiteral("listen"),
            QStringLiteral("data"),
            QStringLiteral("database"),
            QStringLiteral("tls-cert"),
            QStringLiteral("tls-key"),
            QStringLiteral("token-hours"),
            QStringLiteral("workers"),
            QStringLiteral("max-connections"),
            QStringLiteral("max-connections-per-address"),
            QStringLiteral("idle-timeout"),
            QStringLiteral("header-timeout"),
            QStringLiteral("upload-expiry"),
            QStringLiteral("blob-grace"),
            QStringLiteral("housekeeping-interval"),
            QStringLiteral("metrics-from")};
}

Result<QStringList> argumentsWithConfig(const QStringList& arguments, const QStringList& allowedKeys,
                                        const QString& defaultPath)
{
    QStringList rest;
    QString path;
    bool dataGiven = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--")) { // positional arguments from here on
            rest << arguments.mid(i);
            break;
        }
        if (a == QLatin1String("--config") || a == QLatin1String("-config")) {
            if (i + 1 >= arguments.size())
                return configError("--config needs a FILE", {});
            path = arguments[++i];
        } else if (a.startsWith(QLatin1String("--config="))) {
            path = a.mid(9);
        } else {
            dataGiven = dataGiven || a == QLatin1String("--data") || a.startsWith(QLatin1String("--data="));
            rest << a;
        }
    }
    if (path.isEmpty() && !dataGiven && !defaultPath.isEmpty() && QFile::exists(defaultPath))
        path = defaultPath;
    if (path.isEmpty())
        return arguments;
    auto options = loadServerConfig(path, allowedKeys);
    if (!options)
        return options.error();
    QStringList out{rest.value(0)};
    for (const auto& [key, value] : options->entries)
        out << QStringLiteral("--%1=%2").arg(key, value);
    out << rest.mid(1);
    return out;
}

Result<bool> actAsDataOwner(const QString& dataDir)
{
    struct stat st = {};
    if (::geteuid() != 0 || ::stat(QFile::encodeName(dataDir).constData(), &st) != 0 || st.st_uid == 0)
        return false;
    const struct passwd* pw = ::getpwuid(st.st_uid);
    // initgroups: the owner's supplementary groups instead of root's; then the group, then the user (last:
    // after setuid there is no way back).
    if ((pw && ::initgroups(pw->pw_name, st.st_gid) != 0) || (!pw && ::setgroups(0, nullptr) != 0) ||
        ::setgid(st.st_gid) != 0 || ::setuid(st.st_uid) != 0)
        return configError("cannot act as the owner (uid %1) of %2", {QString::number(st.st_uid), dataDir});
    if (::getuid() == 0 || ::geteuid() == 0) // setuid succeeded but root is still there: refuse to go on
        return configError("still root after switching to the owner of %1", {dataDir});
    return true;
}

} // namespace Dossier::Server
