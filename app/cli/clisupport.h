#pragma once
// What the CLI's commands share: the cancel flag, messages on stderr, options and the profile.

#include "storage/profile.h"

#include <dossier/result.h>

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Dossier::Cli {

extern std::atomic_bool g_cancel; // set by SIGINT/SIGTERM: long commands stop cleanly
void onSignal(int);

void printErr(const QString& s);
// The error in the interface's language, with its code.
void printError(const Error& e);
// The profile in `dir` (the default one when empty), opened; says why on stderr when it cannot be.
std::optional<Profile> openProfile(const QString& dir);
// Parses; false when the command is over (--help printed, or an error told), with its exit code.
bool parseOrExit(QCommandLineParser& p, const QStringList& args, int* exitCode);
QCommandLineOption profileOption();
// A JSON object or array on stdout, indented.
void printJson(const QJsonValue& v);
std::optional<Profile> profileFrom(const QCommandLineParser& p);

// The sync commands (clisync.cpp).
int login(const QStringList& args);
int sync(const QStringList& args);
int dossierList(const QStringList& args);
int calendarPush(const QStringList& args);

// The template commands (clitemplate.cpp): template list|show|diff|validate|test|impact|publish|release|rollback.
int templateCommand(const QString& sub, const QStringList& args);

// The case commands (clicases.cpp): case member add|list; `rest` starts with "dossier-cli case".
int caseCommand(const QStringList& rest);

// The reader's commands (clinotes.cpp): note add|list|delete, outline export.
int note(const QString& sub, const QStringList& args);
int outlineExport(const QStringList& args);

// The 中间库's commands (cliwarehouse.cpp): warehouse checkin|supplement|lend|return|recall|checkout|move|
// find|overdue|event|deadlines|inventory.
int warehouse(const QString& sub, const QStringList& args);

// The audit command (cliaudit.cpp): audit verify.
int audit(const QString& sub, const QStringList& args);

} // namespace Dossier::Cli
