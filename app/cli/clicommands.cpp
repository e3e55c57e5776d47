#include "clicommands.h"

#include "clisupport.h"

#include "archive/archiver.h"
#include "archive/caseinfo.h"
#include "archive/volume.h"
#include "common/i18n.h"
#include "domain/casenumber.h"
#include "pipeline/batchrunner.h"
#include "pipeline/scancapture.h"
#include "plugin/pluginhost.h"
#include "station/pagesearch.h"
#include "storage/cataloguerepository.h"
#include "storage/profile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <optional>

namespace Dossier::Cli {
namespace {

int usage()
{
    printErr(QCoreApplication::translate(
        "Dossier::Cli", "Usage: dossier-cli <command> [options]\n"
                        "Commands:\n"
                        "  process   process images, PDFs and folders into catalogued dossiers\n"
                        "  scan      scan from a SANE scanner and process the pages\n"
                        "  search    full-text search over the pages of the profile\n"
                        "  export    write the archive outputs of a dossier in the profile\n"
                        "  login     sign in to dossier-server (the session goes to the system keyring)\n"
                        "  sync      push this desk's changes and pull everyone else's\n"
                        "  dossier list   the dossiers of the profile and their pages (--json)\n"
                        "  template list|show|diff|validate|test   catalogue templates and drafts\n"
                        "  template publish|release|rollback   versions of a template (administrators)\n"
                        "  calendar push  publish a year of the holiday calendar (administrators)\n"
                        "  note add|list|delete   your private notes on the pages of a case\n"
                        "  outline export  your hearing outline (庭审提纲) of a case, as ODT or PDF\n"
                        "  case member add|list   give users a case on the server, list its members\n"
                        "  warehouse …   the 中间库: checkin, lend, return, checkout, move, request, find, overdue, "
                        "deadlines\n"
                        "  audit verify   verify the audit log's hash chain (desk and dossiers)\n"
                        "  verify    verify archive packages, PDF/A and OFD files\n"
                        "  plugins   list the plugins found and those skipped\n"
                        "  version   print the version\n"
                        "Run 'dossier-cli <command> --help' for the options of a command."));
    return 1;
}

// --format, --access-copy, --anonymise, --archive-to, --operator: shared by process, scan and export.
struct ArchiveCliOptions
{
    QCommandLineOption format{
        QStringLiteral("format"),
        QCoreApplication::translate("Dossier::Cli", "Archive formats to write per dossier: pdfa, ofd or pdfa,ofd."),
        QStringLiteral("FORMATS")};
    QCommandLineOption access{
        QStringLiteral("access-copy"),
        QCoreApplication::translate("Dossier::Cli", "Also write a small access copy (PDF) for reading and sharing.")};
    QCommandLineOption anonymise{
        QStringLiteral("anonymise"),
        QCoreApplication::translate("Dossier::Cli", "Also write an anonymised copy (PDF, 隐名处理).")};
    QCommandLineOption archiveTo{QStringLiteral("archive-to"),
                                 QCoreApplication::translate("Dossier::Cli",
                                                             "Copy the verified archive package into DIR (repeat for "
                                                             "each copy; three make a dossier archived)."),
                                 QStringLiteral("DIR")};
    QCommandLineOption operatorName{
        QStringLiteral("operator"),
        QCoreApplication::translate("Dossier::Cli", "Name of the person digitising (image metadata)."),
        QStringLiteral("NAME")};

    void addTo(QCommandLineParser& p) const { p.addOptions({format, access, anonymise, archiveTo, operatorName}); }
    bool requested(const QCommandLineParser& p) const
    {
        return p.isSet(format) || p.isSet(access) || p.isSet(anonymise) || p.isSet(archiveTo);
    }
    // The archive options, or nullopt after printing what is wrong.
    std::optional<ArchiveOptions> parse(const QCommandLineParser& p) const
    {
        ArchiveOptions a;
        a.formats.clear();
        for (const QString& f : p.value(format).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString fmt = f.trimmed().toLower();
            if (fmt != QLatin1String("pdfa") && fmt != QLatin1String("ofd")) {
                printErr(QCoreApplication::translate("Dossier::Cli", "Unknown format %1 (use pdfa, ofd).").arg(f));
                return std::nullopt;
            }
            if (!a.formats.contains(fmt))
                a.formats << fmt;
        }
        if (a.formats.isEmpty())
            a.formats = {QStringLiteral("pdfa"), QStringLiteral("ofd")};
        a.accessCopy = p.isSet(access);
        a.anonymise = p.isSet(anonymise);
        for (const QString& t : p.values(archiveTo))
            a.targets << QDir(t).absolutePath();
        a.operatorName = p.isSet(operatorName) ? p.value(operatorName) : qEnvironmentVariable("USER");
        a.creatorTool = QStringLiteral("Dossier Workstation %1").arg(QCoreApplication::applicationVersion());
        return a;
    }
};

struct PipelineOptions
{
    QCommandLineOption profile{
        QStringLiteral("profile"),
        QCoreApplication::translate("Dossier::Cli", "Profile folder (default: %1).").arg(Profile::defaultDir()),
        QStringLiteral("DIR")};
    QCommandLineOption out{QStringLiteral("out"),
                           QCoreApplication::translate("Dossier::Cli", "Output folder (default: current folder)."),
                           QStringLiteral("DIR"), QStringLiteral(".")};
    QCommandLineOption jobs{QStringLiteral("jobs"),
                            QCoreApplication::translate("Dossier::Cli", "Parallel OCR workers (default: cores)."),
                            QStringLiteral("N"), QString::number(std::max(1, QThread::idealThreadCount()))};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QCoreApplication::translate("Dossier::Cli", "OCR languages, e.g. chi_sim+eng."),
                            QStringLiteral("LANGS"), QStringLiteral("chi_sim")};
    QCommandLineOption tmpl{QStringLiteral("template"),
                            QCoreApplication::translate("Dossier::Cli", "Catalogue template id."), QStringLiteral("ID"),
                            QStringLiteral("civil-first-instance")};
    QCommandLineOption caseNo{
        QStringLiteral("case"),
        QCoreApplication::translate("Dossier::Cli", "Case number for pages before any separator sheet."),
        QStringLiteral("案号")};
    QCommandLineOption quiet{QStringLiteral("quiet"),
                             QCoreApplication::translate("Dossier::Cli", "No progress on standard error.")};
    ArchiveCliOptions archive;

    void addTo(QCommandLineParser& p) const
    {
        p.addOptions({profile, out, jobs, lang, tmpl, caseNo, quiet});
        archive.addTo(p);
    }
};

// Runs the pipeline on `inputs` with the options of `p`; prints progress; returns the exit code.
int runBatch(const QCommandLineParser& p, const PipelineOptions& po, PluginHost& host, const QStringList& inputs,
             const QHash<QString, QString>& labels = {}, const QString& device = {})
{
    const auto profile = openProfile(p.value(po.profile));
    if (!profile)
        return 1;
    BatchOptions o;
    o.profile = *profile;
    o.outDir = QDir(p.value(po.out)).absolutePath();
    bool ok = false;
    o.jobs = p.value(po.jobs).toInt(&ok);
    if (!ok || o.jobs < 1 || o.jobs > 64) {
        printErr(QCoreApplication::translate("Dossier::Cli", "--jobs must be a number from 1 to 64."));
        return 1;
    }
    o.languages = p.value(po.lang);
    o.templateId = p.value(po.tmpl);
    o.caseNo = p.value(po.caseNo);
    o.inputs = inputs;
    o.sourceLabels = labels;
    o.device = device;
    o.operatorName = p.isSet(po.archive.operatorName) ? p.value(po.archive.operatorName) : qEnvironmentVariable("USER");
    std::optional<ArchiveOptions> archive;
    if (po.archive.requested(p)) {
        archive = po.archive.parse(p);
        if (!archive)
            return 1;
    }

    BatchRunner runner(&host);
    if (!p.isSet(po.quiet)) {
        QObject::connect(
            &runner, &BatchRunner::pageProcessed, &runner,
            [](int done, int total, const QString& source) {
                std::fprintf(stderr, "[%d/%d] %s\n", done, total, source.toLocal8Bit().constData());
            },
            Qt::DirectConnection);
    }
    auto result = runner.run(o, g_cancel);
    if (!result) {
        printError(result.error());
        return 1;
    }
    int archiveFailures = 0;
    if (archive && !g_cancel.load()) {
        Archiver archiver(&host);
        if (!p.isSet(po.quiet))
            QObject::connect(
                &archiver, &Archiver::progress, &archiver,
                [](const QString& output, int done, int total) {
                    if (done == total || done % 20 == 0)
                        std::fprintf(stderr, "[%s %d/%d]\n", output.toLocal8Bit().constData(), done, total);
                },
                Qt::DirectConnection);
        auto failures = archiver.archiveBatch(*profile, o.outDir, result->report, *archive, g_cancel);
        if (!failures) {
            printError(failures.error());
            return 1;
        }
        archiveFailures = *failures;
    }
    if (!p.isSet(po.quiet)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "%1 pages (%2 failed, %3 already done) in %4 s: %5")
                     .arg(result->pages)
                     .arg(result->failed)
                     .arg(result->reused)
                     .arg(result->seconds, 0, 'f', 1)
                     .arg(o.outDir + QStringLiteral("/report.json")));
    }
    return result->failed > 0 || archiveFailures > 0 ? 2 : 0;
}

int process(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Process scanned pages into catalogued dossiers; writes OUT/report.json and "
                        "OUT/<case>/catalogue.json."));
    const PipelineOptions po;
    po.addTo(p);
    p.addPositionalArgument(QStringLiteral("INPUT"),
                            QCoreApplication::translate("Dossier::Cli", "Image files, PDFs or folders, in feed order."),
                            QStringLiteral("INPUT…"));
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (p.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("Dossier::Cli", "No input given."));
        return 1;
    }
    PluginHost host;
    host.scan();
    return runBatch(p, po, host, p.positionalArguments());
}

// --source and --mode as the scanner takes them; nothing (and the reason printed) when one is unknown.
std::optional<ScanSettings> scanSettings(const QString& source, const QString& mode, int dpi, int pages)
{
    ScanSettings s;
    if (source == QLatin1String("adf"))
        s.source = ScanSettings::Source::Adf;
    else if (source == QLatin1String("duplex"))
        s.source = ScanSettings::Source::AdfDuplex;
    else if (source == QLatin1String("flatbed"))
        s.source = ScanSettings::Source::Flatbed;
    else {
        printErr(QCoreApplication::translate("Dossier::Cli", "Unknown --source %1.").arg(source));
        return std::nullopt;
    }
    if (mode == QLatin1String("colour") || mode == QLatin1String("color"))
        s.mode = ScanSettings::Mode::Colour;
    else if (mode == QLatin1String("grey") || mode == QLatin1String("gray"))
        s.mode = ScanSettings::Mode::Grey;
    else if (mode == QLatin1String("bitonal"))
        s.mode = ScanSettings::Mode::Bitonal;
    else {
        printErr(QCoreApplication::translate("Dossier::Cli", "Unknown --mode %1.").arg(mode));
        return std::nullopt;
    }
    s.dpi = dpi;
    s.maxPages = pages;
    return s;
}

int listScanners(ScanSource& scanner)
{
    auto devices = scanner.devices();
    if (!devices) {
        printError(devices.error());
        return 1;
    }
    for (const ScanDevice& d : *devices)
        std::printf("%s\t%s %s (%s)\n", qPrintable(d.name), qPrintable(d.vendor), qPrintable(d.model),
                    qPrintable(d.type));
    return 0;
}

int scan(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Scan pages from a SANE scanner and process them like 'process' does. Each page is "
                        "stored the moment it arrives."));
    const PipelineOptions po;
    po.addTo(p);
    const QCommandLineOption device(QStringLiteral("device"),
                                    QCoreApplication::translate("Dossier::Cli", "Scanner device, e.g. test:0."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption source(
        QStringLiteral("source"), QCoreApplication::translate("Dossier::Cli", "adf, duplex or flatbed (default: adf)."),
        QStringLiteral("SOURCE"), QStringLiteral("adf"));
    const QCommandLineOption mode(
        QStringLiteral("mode"), QCoreApplication::translate("Dossier::Cli", "colour, grey or bitonal (default: grey)."),
        QStringLiteral("MODE"), QStringLiteral("grey"));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 QCoreApplication::translate("Dossier::Cli", "Resolution (default: 300)."),
                                 QStringLiteral("DPI"), QStringLiteral("300"));
    const QCommandLineOption pages(
        QStringLiteral("pages"),
        QCoreApplication::translate("Dossier::Cli", "Stop after N pages (default: until the feeder is empty)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QCoreApplication::translate("Dossier::Cli", "List the scanners and exit."));
    p.addOptions({device, source, mode, dpi, pages, list});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;

    PluginHost host;
    host.scan();
    auto scanner = host.load<ScanSource>(QStringLiteral("scan"));
    if (!scanner) {
        printError(scanner.error());
        return 1;
    }
    if (p.isSet(list))
        return listScanners(*scanner.value());
    if (!p.isSet(device)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "--device is required (see --list)."));
        return 1;
    }
    const std::optional<ScanSettings> settings =
        scanSettings(p.value(source), p.value(mode), p.value(dpi).toInt(), p.value(pages).toInt());
    if (!settings)
        return 1;
    const ScanSettings& s = *settings;

    const QString profile = p.value(po.profile).isEmpty() ? Profile::defaultDir() : p.value(po.profile);
    const QString folder = profile + QStringLiteral("/incoming/scan-") +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const bool quiet = p.isSet(po.quiet);
    auto captured =
        ScanCapture::capture(scanner.value(), p.value(device), s, folder, g_cancel, [quiet](int n, const QString&) {
            if (!quiet)
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("Dossier::Cli", "scanned page %1").arg(n)));
        });
    if (!captured) {
        printError(captured.error());
        return 1;
    }
    if (captured->stoppedBy)
        printError(*captured->stoppedBy); // the pages before it are kept and processed
    if (captured->files.isEmpty()) {
        printErr(QCoreApplication::translate("Dossier::Cli", "The scanner gave no page."));
        return 2;
    }
    QHash<QString, QString> labels;
    for (qsizetype i = 0; i < captured->files.size(); ++i)
        labels.insert(QFileInfo(captured->files.at(i)).absoluteFilePath(),
                      QStringLiteral("%1#%2").arg(p.value(device)).arg(i + 1));
    const int rc = runBatch(p, po, host, captured->files, labels, captured->device);
    if (rc != 1)
        QDir(folder).removeRecursively(); // the masters are in the profile's store now
    return rc == 0 && captured->stoppedBy ? 2 : rc;
}

QJsonArray boxesJson(const QList<QRect>& boxes)
{
    QJsonArray out;
    for (const QRect& r : boxes)
        out.append(QJsonArray{r.x(), r.y(), r.width(), r.height()});
    return out;
}

QJsonObject hitJson(const SearchHit& h)
{
    return QJsonObject{
        {QStringLiteral("source"), h.source},
        {QStringLiteral("case_no"), h.caseNo},
        {QStringLiteral("dossier"), h.dossierId},
        {QStringLiteral("page"), h.volumePage > 0 ? QJsonValue(h.volumePage) : QJsonValue()},
        {QStringLiteral("title"), h.title},
        {QStringLiteral("document"), h.document < 0 ? QJsonValue() : h.document},
        {QStringLiteral("page_in_document"), h.pageInDocument > 0 ? QJsonValue(h.pageInDocument) : QJsonValue()},
        {QStringLiteral("snippet"), h.snippet},
        {QStringLiteral("occurrences"), int(h.occurrences.size())},
        {QStringLiteral("boxes"), boxesJson(h.boxes())},
        {QStringLiteral("image_size"), QJsonArray{h.imageSize.width(), h.imageSize.height()}}};
}

int search(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Full-text search over the recognised text of the catalogued pages of one case or of every "
                        "case in the profile; prints the pages found as JSON, in reading order."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("Dossier::Cli", "Profile folder (default: %1).").arg(Profile::defaultDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption caseNo(QStringLiteral("case"),
                                    QCoreApplication::translate("Dossier::Cli", "Search this case only (案号)."),
                                    QStringLiteral("案号"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("Dossier::Cli", "At most N results (default: 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    p.addOptions({profile, caseNo, limit});
    p.addPositionalArgument(QStringLiteral("TEXT"), QCoreApplication::translate("Dossier::Cli", "Words to find."));
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const QString needle = p.positionalArguments().join(QLatin1Char(' ')).trimmed();
    if (needle.isEmpty()) {
        printErr(QCoreApplication::translate("Dossier::Cli", "No search text given."));
        return 1;
    }
    const auto opened = openProfile(p.value(profile));
    if (!opened)
        return 1;
    auto found = searchPages(*opened, {needle, p.value(caseNo), 0, p.value(limit).toInt()});
    if (!found) {
        printError(found.error());
        return 1;
    }
    QJsonArray hits;
    for (const SearchHit& h : std::as_const(found->hits))
        hits.append(hitJson(h));
    std::printf("%s\n", QJsonDocument(hits).toJson(QJsonDocument::Indented).constData());
    return 0;
}

int exportDossier(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Write (again) the archive outputs of a dossier already in the profile, e.g. after "
                        "correcting its cover details; prints the outputs as JSON."));
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("Dossier::Cli", "Profile folder (default: %1).").arg(Profile::defaultDir()),
        QStringLiteral("DIR"));
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("Dossier::Cli", "Output folder (default: current folder)."),
        QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption caseNo(QStringLiteral("case"),
                                    QCoreApplication::translate("Dossier::Cli", "The case number."),
                                    QStringLiteral("案号"));
    const QCommandLineOption dossier(
        QStringLiteral("dossier"),
        QCoreApplication::translate("Dossier::Cli", "The dossier id, when the case has several."),
        QStringLiteral("ID"));
    const QCommandLineOption caseInfo(
        QStringLiteral("case-info"),
        QCoreApplication::translate("Dossier::Cli",
                                    "JSON file with the case details for the cover (court, cause, plaintiffs, "
                                    "defendants, judge, clerk, received, closed, result, retention, filed_by, "
                                    "checked_by, filed_on, classified); stored in the profile, overriding what was "
                                    "read from the pages."),
        QStringLiteral("FILE"));
    const ArchiveCliOptions ao;
    p.addOptions({profile, out, caseNo, dossier, caseInfo});
    ao.addTo(p);
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    auto cn = CaseNumber::parse(p.value(caseNo));
    if (!cn) {
        printError(cn.error());
        return 1;
    }
    const QString caseText = cn->toString();
    const auto opened = openProfile(p.value(profile));
    if (!opened)
        return 1;
    auto ofCase = CatalogueRepository(opened->database()).dossiersOf(caseText);
    if (!ofCase) {
        printError(ofCase.error());
        return 1;
    }
    const QStringList& dossiers = ofCase->dossierIds;
    QString dossierId = p.value(dossier);
    if (dossierId.isEmpty() && dossiers.size() == 1)
        dossierId = dossiers.first();
    if (!dossiers.contains(dossierId)) {
        printErr(QCoreApplication::translate("Dossier::Cli", "Case %1 has the dossiers: %2. Choose one with --dossier.")
                     .arg(caseText, dossiers.isEmpty() ? QStringLiteral("—") : dossiers.join(QStringLiteral(", "))));
        return 1;
    }
    if (p.isSet(caseInfo)) {
        QFile f(p.value(caseInfo));
        QJsonParseError pe;
        const QJsonDocument doc =
            f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &pe) : QJsonDocument();
        if (!doc.isObject()) {
            printErr(QCoreApplication::translate("Dossier::Cli", "%1 is not a JSON object of case details.")
                         .arg(f.fileName()));
            return 1;
        }
        CaseInfo entered = CaseInfo::fromJson(doc.object());
        entered.fillFrom(CaseInfo::fromJson(ofCase->caseInfo));
        if (doc.object().contains(QStringLiteral("classified"))) // an explicit answer, either way
            entered.classified = doc.object().value(QStringLiteral("classified")).toBool();
        if (auto u = Volume::saveCaseInfo(*opened, caseText, entered); !u) {
            printError(u.error());
            return 1;
        }
    }
    auto options = ao.parse(p);
    if (!options)
        return 1;
    PluginHost host;
    host.scan();
    Archiver archiver(&host);
    auto outputs =
        archiver.archive(*opened, QDir(p.value(out)).absolutePath(), caseText, dossierId, *options, g_cancel);
    if (!outputs) {
        printError(outputs.error());
        return 1;
    }
    std::printf("%s\n", QJsonDocument(*outputs).toJson(QJsonDocument::Indented).constData());
    return !options->targets.isEmpty() && !outputs->value(QStringLiteral("archived")).toBool() ? 2 : 0;
}

int verify(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QCoreApplication::translate(
        "Dossier::Cli", "Verify archive packages, PDF/A and OFD files: every structure rule and every SHA-256. "
                        "Exit 0 when all holds, 2 when something is wrong."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  QCoreApplication::translate("Dossier::Cli", "Print the text of an OFD file."));
    p.addOption(text);
    p.addPositionalArgument(QStringLiteral("PATH"),
                            QCoreApplication::translate("Dossier::Cli", "A package folder, a PDF or an OFD file."),
                            QStringLiteral("PATH…"));
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (p.positionalArguments().isEmpty()) {
        printErr(QCoreApplication::translate("Dossier::Cli", "No input given."));
        return 1;
    }
    PluginHost host;
    host.scan();
    QTextStream out(stdout);
    int exit = 0;
    for (const QString& path : p.positionalArguments()) {
        if (p.isSet(text)) {
            auto t = Archiver::extractText(path, host);
            if (!t) {
                printError(t.error());
                exit = std::max(exit, 1);
                continue;
            }
            out << *t << '\n';
            continue;
        }
        auto problems = Archiver::verify(path, host);
        if (!problems) {
            printError(problems.error());
            exit = 2;
            continue;
        }
        if (problems->isEmpty()) {
            out << QCoreApplication::translate("Dossier::Cli", "OK\t%1").arg(path) << '\n';
        } else {
            out << QCoreApplication::translate("Dossier::Cli", "FAILED\t%1").arg(path) << '\n';
            for (const QString& pr : *problems)
                out << "  - " << pr << '\n';
            exit = 2;
        }
    }
    return exit;
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

// "dossier list …", "template push …": two-word commands.
QStringList subcommandArgs(const QStringList& rest)
{
    QStringList a = rest.mid(1);
    if (!a.isEmpty())
        a[0] = rest.at(0) + QLatin1Char(' ') + rest.value(1);
    return a;
}

} // namespace

int run(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return usage();
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN); // scanner backends write into pipes they may have closed
    const QString command = arguments.at(1);
    QStringList rest = arguments.mid(1);
    rest[0] = arguments.at(0) + QLatin1Char(' ') + command;
    if (command == QLatin1String("process"))
        return process(rest);
    if (command == QLatin1String("scan"))
        return scan(rest);
    if (command == QLatin1String("search"))
        return search(rest);
    if (command == QLatin1String("plugins"))
        return plugins();
    if (command == QLatin1String("verify"))
        return verify(rest);
    if (command == QLatin1String("export"))
        return exportDossier(rest);
    if (command == QLatin1String("login"))
        return login(rest);
    if (command == QLatin1String("sync"))
        return sync(rest);
    if (command == QLatin1String("dossier") && rest.value(1) == QLatin1String("list"))
        return dossierList(subcommandArgs(rest));
    if (command == QLatin1String("outline") && rest.value(1) == QLatin1String("export"))
        return outlineExport(subcommandArgs(rest));
    if (command == QLatin1String("note"))
        return note(rest.value(1), subcommandArgs(rest));
    if (command == QLatin1String("case"))
        return caseCommand(rest);
    if (command == QLatin1String("warehouse"))
        return warehouse(rest.value(1), subcommandArgs(rest));
    if (command == QLatin1String("audit"))
        return audit(rest.value(1), subcommandArgs(rest));
    if (command == QLatin1String("template"))
        return templateCommand(rest.value(1), subcommandArgs(rest));
    if (command == QLatin1String("calendar") && rest.value(1) == QLatin1String("push"))
        return calendarPush(subcommandArgs(rest));
    if (command == QLatin1String("version") || command == QLatin1String("--version")) {
        std::printf("dossier-cli %s\n", DOSSIER_VERSION);
        return 0;
    }
    return usage();
}

} // namespace Dossier::Cli
