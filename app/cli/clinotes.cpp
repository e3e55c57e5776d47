// The CLI's reader commands: note add / list / delete (a judge's private notes), outline export (庭审提纲).
#include "clisupport.h"

#include "station/hearingoutline.h"
#include "station/notebook.h"

#include <QCoreApplication>
#include <QHash>
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

// A note as `note list` prints it: with its page's number and the name of that page's volume (正卷, 副卷 …).
QJsonObject noteJson(const Note& n, const CaseVolumes& volumes)
{
    QJsonObject o = n.toJson();
    o.insert(QStringLiteral("id"), n.uid);
    o.insert(QStringLiteral("case_no"), n.caseNo);
    o.insert(QStringLiteral("page_uid"), n.pageUid);
    const CaseVolumes::Place place = volumes.placeOf(n.pageId);
    o.insert(QStringLiteral("page"), place.number > 0 ? QJsonValue(place.number) : QJsonValue());
    o.insert(QStringLiteral("volume"),
             place.volume >= 0 ? QJsonValue(volumes.names.value(place.volume)) : QJsonValue());
    return o;
}

std::optional<QRect> parseBox(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    int v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts.at(i).trimmed().toInt(&ok);
        if (!ok || v[i] < 0 || v[i] > 100000) // on a page: no rectangle is made of a number past it
            return std::nullopt;
    }
    return QRect(v[0], v[1], v[2], v[3]);
}

struct NoteOptions
{
    QCommandLineOption caseNo{QStringLiteral("case"), QCoreApplication::translate("Dossier::Cli", "The case (案号)."),
                              QStringLiteral("CASE")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QCoreApplication::translate(
            "Dossier::Cli",
            "The page: its number in the case's first volume, or volume-page (2-15) when the case has several."),
        QStringLiteral("N")};
    QCommandLineOption box{
        QStringLiteral("box"),
        QCoreApplication::translate("Dossier::Cli", "A region of the page, in processed-image pixels."),
        QStringLiteral("x,y,w,h")};
    QCommandLineOption kind{
        QStringLiteral("kind"),
        QCoreApplication::translate("Dossier::Cli", "highlight, box, comment (default), focus, fact or question."),
        QStringLiteral("KIND")};
    QCommandLineOption colour{
        QStringLiteral("colour"),
        QCoreApplication::translate("Dossier::Cli", "yellow (default), red, green, blue, purple, orange, grey."),
        QStringLiteral("COLOUR")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           QCoreApplication::translate("Dossier::Cli", "A tag (may be repeated)."),
                           QStringLiteral("TAG")};
    QCommandLineOption status{
        QStringLiteral("status"),
        QCoreApplication::translate("Dossier::Cli", "A fact's status: undisputed, disputed or open."),
        QStringLiteral("STATUS")};
    QCommandLineOption text{QStringLiteral("text"), QCoreApplication::translate("Dossier::Cli", "The note's text."),
                            QStringLiteral("TEXT")};
};

// The note the options describe; an error names the option that is wrong.
Result<Note> noteFrom(const QCommandLineParser& p, const NoteOptions& o, const CaseVolumes& volumes)
{
    Note n;
    n.caseNo = p.value(o.caseNo);
    n.text = p.value(o.text);
    n.tags = p.values(o.tag);
    if (p.isSet(o.colour))
        n.colour = p.value(o.colour);
    const auto kind = Note::kindFromKey(p.value(o.kind).isEmpty() ? QStringLiteral("comment") : p.value(o.kind));
    const auto status = Note::statusFromKey(p.value(o.status));
    if (!kind || !status)
        return Error(QStringLiteral("usage"), QT_TRANSLATE_NOOP("Dossier::Error", "Unknown note kind or status: %1."),
                     {p.value(kind ? o.status : o.kind)});
    n.kind = *kind;
    n.status = *status;
    if (p.isSet(o.box)) {
        const auto box = parseBox(p.value(o.box));
        if (!box)
            return Error(QStringLiteral("usage"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "--box takes x,y,w,h in pixels, not \"%1\"."),
                         {p.value(o.box)});
        n.box = *box;
    }
    if (p.isSet(o.page)) {
        const auto place = CaseVolumes::parsePlace(p.value(o.page), 0);
        n.pageId = place ? volumes.pageAt(*place) : 0;
        if (n.pageId == 0)
            return Error(QStringLiteral("page_unknown"),
                         QT_TRANSLATE_NOOP("Dossier::Error", "The volume of case %1 has no page %2."),
                         {n.caseNo, p.value(o.page)});
    }
    return n;
}

int noteAdd(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Add a private note to a page of a case; prints it as JSON."));
    const NoteOptions o;
    p.addOptions({profileOption(), o.caseNo, o.page, o.box, o.kind, o.colour, o.tag, o.status, o.text});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (!p.isSet(o.caseNo) || !p.isSet(o.text)) {
        printErr(tr("note add needs --case and --text."));
        return 1;
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto author = NoteBook::authorFor(*profile);
    auto volume = author ? NoteBook::volumes(*profile, p.value(o.caseNo)) : Result<CaseVolumes>(author.error());
    auto note = volume ? noteFrom(p, o, *volume) : Result<Note>(volume.error());
    auto added = note ? NoteBook(*profile, *author).add(*note) : note;
    if (!added) {
        printError(added.error());
        return 1;
    }
    printJson(noteJson(*added, *volume));
    return 0;
}

int noteList(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("List your private notes on a case."));
    const NoteOptions o;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON (the default)."));
    p.addOptions({profileOption(), o.caseNo, json});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (!p.isSet(o.caseNo)) {
        printErr(tr("note list needs --case."));
        return 1;
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto author = NoteBook::authorFor(*profile);
    auto volume = author ? NoteBook::volumes(*profile, p.value(o.caseNo)) : Result<CaseVolumes>(author.error());
    auto notes = volume ? NoteBook(*profile, *author).list(p.value(o.caseNo)) : Result<QList<Note>>(volume.error());
    if (!notes) {
        printError(notes.error());
        return 1;
    }
    QJsonArray out;
    for (const Note& n : std::as_const(*notes))
        out.append(noteJson(n, *volume));
    printJson(out);
    return 0;
}

int noteDelete(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Delete one of your private notes."));
    p.addOptions({profileOption()});
    p.addPositionalArgument(QStringLiteral("ID"), tr("The note's id, as note list prints it."));
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    if (p.positionalArguments().size() != 1) {
        printErr(tr("note delete needs the note's id."));
        return 1;
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto author = NoteBook::authorFor(*profile);
    const Status done =
        author ? NoteBook(*profile, *author).remove(p.positionalArguments().first()) : Status(author.error());
    if (!done) {
        printError(done.error());
        return 1;
    }
    return 0;
}

} // namespace

int outlineExport(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(tr("Write your hearing outline (庭审提纲) of a case, from your reading notes."));
    const QCommandLineOption caseNo(QStringLiteral("case"), tr("The case (案号)."), QStringLiteral("CASE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("odt (default) or pdf."), QStringLiteral("FORMAT"),
                                    QStringLiteral("odt"));
    const QCommandLineOption out(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    p.addOptions({profileOption(), caseNo, format, out});
    int code = 0;
    if (!parseOrExit(p, args, &code))
        return code;
    const QString fmt = p.value(format).toLower();
    if (!p.isSet(caseNo) || !p.isSet(out) || (fmt != QLatin1String("odt") && fmt != QLatin1String("pdf"))) {
        printErr(tr("outline export needs --case, --out and --format odt or pdf."));
        return 1;
    }
    const auto profile = profileFrom(p);
    if (!profile)
        return 1;
    auto author = NoteBook::authorFor(*profile);
    auto outline =
        author ? HearingOutline::build(*profile, p.value(caseNo), *author) : Result<HearingOutline>(author.error());
    const Status written = !outline                      ? Status(outline.error())
                           : fmt == QLatin1String("pdf") ? outline->writePdf(p.value(out))
                                                         : outline->writeOdt(p.value(out));
    if (!written) {
        printError(written.error());
        return 1;
    }
    printErr(tr("Wrote %1.").arg(p.value(out)));
    return 0;
}

int note(const QString& sub, const QStringList& args)
{
    if (sub == QLatin1String("add"))
        return noteAdd(args);
    if (sub == QLatin1String("list"))
        return noteList(args);
    if (sub == QLatin1String("delete"))
        return noteDelete(args);
    printErr(tr("Usage: dossier-cli note add|list|delete …"));
    return 1;
}

} // namespace Dossier::Cli
