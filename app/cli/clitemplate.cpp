// The CLI's template commands (issue 15): template list / show / diff / validate / test / impact (what a desk and
// its administrator read), and publish / release / rollback (archive administrators, through dossier-server).
// `template push` is publish's former name.
#include "clisupport.h"

#include "domain/templateversions.h"
#include "pipeline/templatelibrary.h"
#include "station/templatetrial.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace Dossier::Cli {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Dossier::Cli", text);
}

struct Options
{
    QCommandLineOption json{QStringLiteral("json"), QCoreApplication::translate("Dossier::Cli", "Print JSON.")};
    QCommandLineOption version{
        QStringLiteral("version"),
        QCoreApplication::translate("Dossier::Cli", "A published version (default: the newest)."), QStringLiteral("N")};
    QCommandLineOption from{QStringLiteral("from"),
                            QCoreApplication::translate("Dossier::Cli", "Compare from this published version."),
                            QStringLiteral("N")};
    QCommandLineOption caseNo{QStringLiteral("case"),
                              QCoreApplication::translate("Dossier::Cli", "The sample case (案号) held on this desk."),
                              QStringLiteral("CASE")};
    QCommandLineOption accounts{
        QStringLiteral("accounts"),
        QCoreApplication::translate("Dossier::Cli", "Release to these accounts first (comma-separated)."),
        QStringLiteral("USERS")};
    QCommandLineOption courts{
        QStringLiteral("courts"),
        QCoreApplication::translate("Dossier::Cli", "Release to these courts first (court codes, comma-separated)."),
        QStringLiteral("CODES")};
    QCommandLineOption to{QStringLiteral("to"),
                          QCoreApplication::translate("Dossier::Cli", "Roll back to this version (default: the one "
                                                                      "before the newest)."),
                          QStringLiteral("N")};
};

void out(const QString& line)
{
    QTextStream(stdout) << line << '\n';
}

QStringList list(const QString& commaSeparated)
{
    QStringList l = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& s : l)
        s = s.trimmed();
    return l;
}

// A draft from a file, read and checked as a template.
std::optional<CatalogueTemplate> readDraft(const QString& path)
{
    QFile f(path);
    const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()) : QJsonDocument();
    if (!doc.isObject()) {
        printErr(tr("%1 is not a JSON template.").arg(path));
        return std::nullopt;
    }
    auto t = CatalogueTemplate::fromJson(doc.object());
    if (!t) {
        printError(t.error());
        return std::nullopt;
    }
    return *t;
}

QString volumeName(const QString& kind)
{
    return kind == QLatin1String("secondary") ? tr("secondary volume")
           : kind == QLatin1String("all")     ? tr("every volume")
                                              : tr("main volume");
}

// Parses with the options given; the positional arguments must number `positional`.
bool parse(QCommandLineParser& p, const QStringList& args, const char* description, const QStringList& positional,
           const QList<QCommandLineOption>& options, int* code)
{
    p.setApplicationDescription(QCoreApplication::translate("Dossier::Cli", description));
    p.addOptions(options);
    p.addOption(profileOption());
    for (const QString& name : positional)
        p.addPositionalArgument(name, QString());
    if (!parseOrExit(p, args, code))
        return false;
    if (p.positionalArguments().size() != positional.size()) {
        printErr(p.helpText());
        *code = 1;
        return false;
    }
    return true;
}

int listCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args, QT_TRANSLATE_NOOP("Dossier::Cli", "The catalogue templates this desk holds."), {}, {o.json},
               &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    TemplateLibrary library(*profile);
    auto all = library.currentAll();
    if (!all) {
        printError(all.error());
        return 1;
    }
    QJsonArray rows;
    for (const CatalogueTemplate& t : std::as_const(*all)) {
        auto versions = library.versions(t.id);
        const int newest = versions && !versions->isEmpty() ? versions->last().version : t.version;
        rows.append(QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("version"), t.version},
                                {QStringLiteral("newest"), newest},
                                {QStringLiteral("case_types"), QJsonArray::fromStringList(t.caseTypes)}});
        if (!p.isSet(o.json))
            out(QStringLiteral("%1\t%2\tv%3%4\t%5")
                    .arg(t.id, t.name, QString::number(t.version),
                         newest > t.version ? tr(" (v%1 held, not released here)").arg(newest) : QString(),
                         t.caseTypes.join(QLatin1Char(' '))));
    }
    if (p.isSet(o.json))
        printJson(rows);
    return 0;
}

// A published version held on this desk (the newest without --version).
std::optional<CatalogueTemplate> heldVersion(const Profile& profile, const QString& id, const QString& version)
{
    auto versions = TemplateLibrary(profile).versions(id);
    if (!versions) {
        printError(versions.error());
        return std::nullopt;
    }
    if (version.isEmpty())
        return versions->last();
    for (const CatalogueTemplate& t : std::as_const(*versions))
        if (QString::number(t.version) == version)
            return t;
    printErr(tr("Version %1 of %2 is not held on this desk.").arg(version, id));
    return std::nullopt;
}

int showCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args, QT_TRANSLATE_NOOP("Dossier::Cli", "A template's items, volume by volume."),
               {QStringLiteral("ID")}, {o.json, o.version}, &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    const auto t = heldVersion(*profile, p.positionalArguments().first(), p.value(o.version));
    if (!t)
        return 1;
    if (p.isSet(o.json)) {
        printJson(t->toJson());
        return 0;
    }
    out(QStringLiteral("%1 %2 v%3").arg(t->id, t->name, QString::number(t->version)));
    for (const QString& kind : {QStringLiteral("main"), QStringLiteral("secondary")}) {
        out(volumeName(kind));
        for (const TemplateItem& it : t->itemsOf(kind))
            out(QStringLiteral("  %1\t%2%3%4\t%5")
                    .arg(it.code, it.name, it.required ? tr(" (required)") : QString(),
                         it.repeat ? QString() : tr(" (once)"), it.titles.join(QStringLiteral(" / "))));
    }
    return 0;
}

int diffCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args,
               QT_TRANSLATE_NOOP("Dossier::Cli", "What a draft (a file) or a published version (an id, with "
                                                 "--version) changes against an earlier version (--from, default: "
                                                 "the one before)."),
               {QStringLiteral("FILE|ID")}, {o.version, o.from}, &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    const QString what = p.positionalArguments().first();
    const auto to = QFile::exists(what) ? readDraft(what) : heldVersion(*profile, what, p.value(o.version));
    if (!to)
        return 1;
    auto versions = TemplateLibrary(*profile).versions(to->id);
    if (!versions) {
        printError(versions.error());
        return 1;
    }
    std::optional<CatalogueTemplate> from;
    for (const CatalogueTemplate& t : std::as_const(*versions))
        if (p.isSet(o.from) ? QString::number(t.version) == p.value(o.from) : t.version < to->version)
            from = t;
    if (!from) {
        printErr(tr("No earlier version of %1 to compare with.").arg(to->id));
        return 1;
    }
    out(tr("%1: v%2 → v%3").arg(to->id, QString::number(from->version), QString::number(to->version)));
    for (const QString& line : TemplateVersions::describe(TemplateVersions::diff(*from, *to), *from, *to))
        out(QStringLiteral("  ") + line);
    return 0;
}

// The draft checked against every version this desk holds; the server checks again against all it published.
int validateCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args,
               QT_TRANSLATE_NOOP("Dossier::Cli", "Check a draft against every published version this desk holds."),
               {QStringLiteral("FILE")}, {}, &code))
        return code;
    const auto profile = profileFrom(p);
    const auto draft = readDraft(p.positionalArguments().first());
    if (!profile || !draft)
        return 1;
    auto versions = TemplateLibrary(*profile).versions(draft->id);
    const auto check = TemplateVersions::check(*draft, versions ? *versions : QList<CatalogueTemplate>{});
    for (const Error& e : check.errors)
        printErr(tr("error: %1").arg(e.message()));
    for (const Error& w : check.warnings)
        printErr(tr("warning: %1").arg(w.message()));
    if (!check.ok())
        return 1;
    out(tr("%1 v%2 can be published.").arg(draft->id, QString::number(draft->version)));
    return 0;
}

int testCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args,
               QT_TRANSLATE_NOOP("Dossier::Cli", "Catalogue a sample dossier with a draft, side by side with its "
                                                 "catalogue today (nothing is written)."),
               {QStringLiteral("FILE")}, {o.caseNo, o.json}, &code))
        return code;
    const auto profile = profileFrom(p);
    const auto draft = readDraft(p.positionalArguments().first());
    if (!profile || !draft)
        return 1;
    auto trial = TemplateTrial::run(*profile, *draft, p.value(o.caseNo));
    if (!trial) {
        printError(trial.error());
        return 1;
    }
    const auto row = [](const TemplateTrial::Document& d) {
        return QStringLiteral("%1 %2 %3 (%4–%5)")
            .arg(volumeName(d.volume), d.typeName, d.title, QString::number(d.firstPage), QString::number(d.lastPage));
    };
    QJsonArray rows;
    for (qsizetype i = 0; i < std::max(trial->today.size(), trial->draft.size()); ++i) {
        const QString a = i < trial->today.size() ? row(trial->today.at(i)) : QString();
        const QString b = i < trial->draft.size() ? row(trial->draft.at(i)) : QString();
        rows.append(QJsonArray{a, b});
        if (!p.isSet(o.json))
            out(QStringLiteral("%1 %2 | %3").arg(a != b ? QStringLiteral("*") : QStringLiteral(" "), a, b));
    }
    if (p.isSet(o.json))
        printJson(QJsonObject{{QStringLiteral("rows"), rows}, {QStringLiteral("differences"), trial->differences}});
    else
        out(QCoreApplication::translate("Dossier::Cli", "%n document(s) differ.", nullptr, trial->differences));
    return 0;
}

int impactCommand(const QStringList& args)
{
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args, QT_TRANSLATE_NOOP("Dossier::Cli", "What publishing a draft would change (from the server)."),
               {QStringLiteral("FILE")}, {}, &code))
        return code;
    const auto profile = profileFrom(p);
    const auto draft = readDraft(p.positionalArguments().first());
    if (!profile || !draft)
        return 1;
    auto impact = SyncEngine(*profile).templateImpact(draft->toJson());
    if (!impact) {
        printError(impact.error());
        return 1;
    }
    printJson(*impact);
    return 0;
}

int publishCommand(const QStringList& args)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    if (!parse(p, args,
               QT_TRANSLATE_NOOP("Dossier::Cli", "Publish a version of a template (archive administrators): to "
                                                 "everyone, or first to the accounts and courts named."),
               {QStringLiteral("FILE")}, {o.accounts, o.courts}, &code))
        return code;
    const auto profile = profileFrom(p);
    const auto draft = readDraft(p.positionalArguments().first());
    if (!profile || !draft)
        return 1;
    auto warnings =
        SyncEngine(*profile).pushTemplate(draft->toJson(), list(p.value(o.accounts)), list(p.value(o.courts)));
    if (!warnings) {
        printError(warnings.error());
        return 1;
    }
    for (const QString& w : std::as_const(*warnings))
        printErr(tr("warning: %1").arg(w));
    out(tr("Published %1 v%2.").arg(draft->id, QString::number(draft->version)));
    return 0;
}

// release: a version to everyone (after a staged rollout) or to more accounts and courts; rollback: the version
// before to everyone.
int releaseCommand(const QStringList& args, bool rollback)
{
    Options o;
    QCommandLineParser p;
    int code = 0;
    const char* what = rollback ? QT_TRANSLATE_NOOP("Dossier::Cli", "Roll a template back to an earlier version, "
                                                                    "for everyone (archive administrators).")
                                : QT_TRANSLATE_NOOP("Dossier::Cli", "Release a published version to everyone, or "
                                                                    "to the accounts and courts named.");
    if (!parse(p, args, what, {QStringLiteral("ID")},
               rollback ? QList<QCommandLineOption>{o.to} : QList<QCommandLineOption>{o.version, o.accounts, o.courts},
               &code))
        return code;
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    const QString id = p.positionalArguments().first();
    const QString given = p.value(rollback ? o.to : o.version);
    auto versions = TemplateLibrary(*profile).versions(id);
    if (given.isEmpty() && (!versions || versions->size() < (rollback ? 2 : 1))) {
        printErr(tr("This desk holds no earlier version of %1 to go back to: name it with --to.").arg(id));
        return 1;
    }
    TemplateVersions::Release r;
    r.id = versions ? versions->last().id : id;
    r.version = !given.isEmpty() ? given.toInt()
                : rollback       ? versions->at(versions->size() - 2).version
                                 : versions->last().version;
    r.accounts = list(p.value(o.accounts));
    r.courts = list(p.value(o.courts));
    // Those not named keep the version before (the one under the newest held here).
    r.previous = r.everyone()                       ? r.version
                 : versions && versions->size() > 1 ? versions->at(versions->size() - 2).version
                                                    : 0;
    if (auto s = SyncEngine(*profile).releaseTemplate(r.id, r.toJson()); !s) {
        printError(s.error());
        return 1;
    }
    out(rollback ? tr("%1 rolled back to v%2 for everyone; dossiers already carried to a later version keep it.")
                       .arg(r.id, QString::number(r.version))
                 : tr("%1 v%2 released.").arg(r.id, QString::number(r.version)));
    return 0;
}

} // namespace

int templateCommand(const QString& sub, const QStringList& args)
{
    if (sub == QLatin1String("list"))
        return listCommand(args);
    if (sub == QLatin1String("show"))
        return showCommand(args);
    if (sub == QLatin1String("diff"))
        return diffCommand(args);
    if (sub == QLatin1String("validate"))
        return validateCommand(args);
    if (sub == QLatin1String("test"))
        return testCommand(args);
    if (sub == QLatin1String("impact"))
        return impactCommand(args);
    if (sub == QLatin1String("publish") || sub == QLatin1String("push"))
        return publishCommand(args);
    if (sub == QLatin1String("release") || sub == QLatin1String("rollback"))
        return releaseCommand(args, sub == QLatin1String("rollback"));
    printErr(tr("Usage: dossier-cli template list|show|diff|validate|test|impact|publish|release|rollback …"));
    return 1;
}

} // namespace Dossier::Cli
