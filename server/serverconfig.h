#pragma once

// dossier-server --config FILE: the server's options from a key=value file (the Debian package's
// /etc/dossier-server/dossier-server.conf), and running console commands as the data folder's owner.
#include <dossier/result.h>

#include <QList>
#include <QPair>
#include <QStringList>

namespace Dossier::Server {

// The options a config file may set, each a --key that takes a value, in the file's order.
struct ServerOptions
{
    QList<QPair<QString, QString>> entries;

    QString value(const QString& key) const; // the last one set; empty when not set
};

// key = value lines; blank lines and lines starting with # are skipped; spaces around key and value go. A key
// not in allowedKeys, a line without "=", or an empty value is an error naming the line.
Result<ServerOptions> parseServerConfig(const QByteArray& text, const QStringList& allowedKeys);
Result<ServerOptions> loadServerConfig(const QString& path, const QStringList& allowedKeys);

// The keys a config file may set: the server's options that take a value, less the console commands' own
// (--role, --scope, --limit).
QStringList serverConfigKeys();

// The command line with --config FILE (or --config=FILE) replaced by the file's options as --key=value right
// after the program's name, so that options given on the command line (which come later) override them.
// Neither --config nor --data given and defaultPath exists (the package's /etc/dossier-server/dossier-server.conf):
// that file. Otherwise the arguments come back unchanged.
Result<QStringList> argumentsWithConfig(const QStringList& arguments, const QStringList& allowedKeys,
                                        const QString& defaultPath = {});

// Run as root on a data folder that belongs to another user (the package's "dossier"): become that user and
// their group, so that files the command writes stay theirs. false: nothing to do (not root, no such folder,
// or root owns it).
Result<bool> actAsDataOwner(const QString& dataDir);

} // namespace Dossier::Server
