#include "clicommands.h"

#include "common/i18n.h"
#include "pipeline/batchrunner.h"
#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace Dossier::Cli {
namespace {

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

int usage()
{
    printErr(QCoreApplication::translate(
        "Dossier::Cli",
        "Usage: dossier-cli <command> [options]\n"
        "Commands:\n"
        "  process   process images, PDFs and folders into catalogued dossiers\n"
        "  plugins   list the plugins found and those skipped\n"
        "  version   print the version\n"
        "Run 'dossier-cli <command> --help' for the options of a command."));
    return 1;
}

int process(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Process scanned pages into catalogued dossiers; writes OUT/report.json and "
                        "OUT/<case>/catalogue.json."));
    p.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QCoreApplication::translate("Dossier::Cli", "Profile folder (default: %1).")
                                         .arg(BatchRunner::defaultProfileDir()),
                                     QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("Dossier::Cli", "Output folder (default: current folder)."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
                                  QCoreApplication::translate("Dossier::Cli", "Parallel OCR workers (default: cores)."),
                                  QStringLiteral("N"), QString::number(std::max(1, QThread::idealThreadCount())));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("Dossier::Cli", "OCR languages, e.g. chi_sim+eng."),
                                  QStringLiteral("LANGS"), QStringLiteral("chi_sim"));
    const QCommandLineOption tmpl(QStringLiteral("template"),
                                  QCoreApplication::translate("Dossier::Cli", "Catalogue template id."),
                                  QStringLiteral("ID"), QStringLiteral("civil-first-instance-main"));
    const QCommandLineOption caseNo(QStringLiteral("case"),
                                    QCoreApplication::translate("Dossier::Cli",
                                                                "Case number for pages before any separator sheet."),
                                    QStringLiteral("案号"));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   QCoreApplication::translate("Dossier::Cli", "No progress on standard error."));
    p.addOptions({profile, out, jobs, lang, tmpl, caseNo, quiet});
    p.addPositionalArgument(QStringLiteral("INPUT"),
                            QCoreApplication::translate("Dossier::Cli", "Image files, PDFs or folders, in feed order."),
                            QStringLiteral("INPUT…"));
    if (!p.parse(args)) {
        printErr(p.errorText());
        return 1;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fprintf(stdout, "%s", p.helpText().toLocal8Bit().constData());
        return 0;
    }
    if (p.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("Dossier::Cli", "No input given."));
        return 1;
    }
    BatchOptions o;
    o.profileDir = p.value(profile);
    o.outDir = QDir(p.value(out)).absolutePath();
    bool ok = false;
    o.jobs = p.value(jobs).toInt(&ok);
    if (!ok || o.jobs < 1 || o.jobs > 64) {
        printErr(QCoreApplication::translate("Dossier::Cli", "--jobs must be a number from 1 to 64."));
        return 1;
    }
    o.languages = p.value(lang);
    o.templateId = p.value(tmpl);
    o.caseNo = p.value(caseNo);
    o.inputs = p.positionalArguments();

    PluginHost host;
    host.scan();
    BatchRunner runner(&host);
    if (!p.isSet(quiet)) {
        QObject::connect(&runner, &BatchRunner::pageProcessed, &runner,
                         [](int done, int total, const QString& source) {
                             std::fprintf(stderr, "[%d/%d] %s\n", done, total, source.toLocal8Bit().constData());
                         },
                         Qt::DirectConnection);
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto result = runner.run(o, g_cancel);
    if (!result) {
        printError(result.error());
        return 1;
    }
    if (!p.isSet(quiet)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "%1 pages (%2 failed, %3 already done) in %4 s: %5")
                     .arg(result->pages)
                     .arg(result->failed)
                     .arg(result->reused)
                     .arg(result->seconds, 0, 'f', 1)
                     .arg(o.outDir + QStringLiteral("/report.json")));
    }
    return result->failed > 0 ? 2 : 0;
}

int plugins()
{
    PluginHost host;
    host.scan();
    QTextStream out(stdout);
    for (const PluginInfo& i : host.plugins())
        out << i.kind << '\t' << i.id << '\t' << i.version << '\t' << i.path << '\n';
    for (const QString& s : host.skipped())
        out << "skipped\t" << s << '\n';
    return 0;
}

} // namespace

int run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usage();
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("process"))
        return process(rest);
    if (command == QLatin1String("plugins"))
        return plugins();
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        std::printf("dossier-cli %s\n", DOSSIER_VERSION);
        return 0;
    }
    return usage();
}

} // namespace Dossier::Cli
