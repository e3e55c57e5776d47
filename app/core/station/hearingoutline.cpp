#include "station/hearingoutline.h"

#include "common/fsutil.h"
#include "station/notebook.h"
#include "zipfile.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QPdfWriter>
#include <QTextDocument>
#include <QXmlStreamWriter>

#include <algorithm>

namespace Dossier {
namespace {

Error writeError(const QString& path, const QString& why)
{
    return Error(QStringLiteral("outline_write_failed"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The hearing outline could not be written to %1: %2"),
                 {path, why});
}

struct Pages
{
    const CaseVolumes& volumes;
    QHash<qint64, CaseVolumes::Place> place; // page row → its volume and number there

    // In reading order: by volume, then page; a page no longer in the volume last.
    std::pair<int, int> order(qint64 pageId) const
    {
        const CaseVolumes::Place p = place.value(pageId);
        return p.number > 0 ? std::pair{p.volume, p.number} : std::pair{INT_MAX, INT_MAX};
    }
};

HearingOutline::Citation citationOf(const Note& n, const Pages& pages)
{
    HearingOutline::Citation c;
    const CaseVolumes::Place place = pages.place.value(n.pageId);
    c.volume = pages.volumes.names.value(std::max(0, place.volume));
    c.page = place.number;
    c.quote = n.quote;
    c.comment = n.isAnnotation() ? n.text : QString();
    return c;
}

HearingOutline::Item itemOf(const Note& n, const QHash<QString, Note>& byUid, const Pages& pages, QSet<QString>& cited)
{
    HearingOutline::Item item{n.kind, n.status, n.text, n.tags, {}};
    if (n.pageId > 0)
        item.citations << citationOf(n, pages);
    for (const QString& uid : n.links)
        if (byUid.contains(uid)) {
            cited.insert(uid);
            item.citations << citationOf(byUid.value(uid), pages);
        }
    return item;
}

QString paragraphStyle(int level)
{
    return level == 0 ? QStringLiteral("Title") : level == 1 ? QStringLiteral("H1") : QStringLiteral("Body");
}

// The automatic styles of content.xml: a serif CJK face, a title, headings, body text and citations.
void writeStyles(QXmlStreamWriter& x)
{
    x.writeStartElement(QStringLiteral("office:font-face-decls"));
    x.writeStartElement(QStringLiteral("style:font-face"));
    x.writeAttribute(QStringLiteral("style:name"), QStringLiteral("Serif"));
    // 宋体 where the outline is opened (WPS, Word); a reader without it picks its own serif
    x.writeAttribute(QStringLiteral("svg:font-family"), QStringLiteral("宋体"));
    x.writeAttribute(QStringLiteral("style:font-family-generic"), QStringLiteral("roman"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("office:automatic-styles"));
    const struct
    {
        const char* name;
        const char* size;
        const char* weight;
        const char* align;
    } styles[] = {{"Title", "18pt", "bold", "center"},
                  {"Sub", "11pt", "normal", "center"},
                  {"H1", "14pt", "bold", "start"},
                  {"Body", "12pt", "normal", "start"},
                  {"Cite", "10.5pt", "normal", "start"}};
    for (const auto& s : styles) {
        x.writeStartElement(QStringLiteral("style:style"));
        x.writeAttribute(QStringLiteral("style:name"), QString::fromLatin1(s.name));
        x.writeAttribute(QStringLiteral("style:family"), QStringLiteral("paragraph"));
        x.writeEmptyElement(QStringLiteral("style:paragraph-properties"));
        x.writeAttribute(QStringLiteral("fo:text-align"), QString::fromLatin1(s.align));
        x.writeAttribute(QStringLiteral("fo:margin-top"), QStringLiteral("0.12cm"));
        x.writeAttribute(QStringLiteral("fo:margin-left"),
                         qstrcmp(s.name, "Cite") == 0 ? QStringLiteral("0.8cm") : QStringLiteral("0cm"));
        x.writeEmptyElement(QStringLiteral("style:text-properties"));
        x.writeAttribute(QStringLiteral("style:font-name"), QStringLiteral("Serif"));
        x.writeAttribute(QStringLiteral("style:font-name-asian"), QStringLiteral("Serif"));
        x.writeAttribute(QStringLiteral("fo:font-size"), QString::fromLatin1(s.size));
        x.writeAttribute(QStringLiteral("style:font-size-asian"), QString::fromLatin1(s.size));
        x.writeAttribute(QStringLiteral("fo:font-weight"), QString::fromLatin1(s.weight));
        x.writeAttribute(QStringLiteral("style:font-weight-asian"), QString::fromLatin1(s.weight));
        x.writeEndElement();
    }
    x.writeEndElement();
}

void paragraph(QXmlStreamWriter& x, const QString& style, const QString& text)
{
    x.writeStartElement(style == QLatin1String("H1") ? QStringLiteral("text:h") : QStringLiteral("text:p"));
    x.writeAttribute(QStringLiteral("text:style-name"), style);
    if (style == QLatin1String("H1"))
        x.writeAttribute(QStringLiteral("text:outline-level"), QStringLiteral("1"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0)
            x.writeEmptyElement(QStringLiteral("text:line-break"));
        x.writeCharacters(lines.at(i));
    }
    x.writeEndElement();
}

// The outline as (style, text) paragraphs: what both the ODT and the HTML are written from.
QList<QPair<QString, QString>> paragraphs(const HearingOutline& o)
{
    QList<QPair<QString, QString>> out;
    out.append({paragraphStyle(0), QStringLiteral("庭审提纲")});
    out.append({QStringLiteral("Sub"), o.caseNo + (o.cause.isEmpty() ? QString() : QStringLiteral("　") + o.cause)});
    if (!o.plaintiffs.isEmpty() || !o.defendants.isEmpty())
        out.append({QStringLiteral("Sub"),
                    QStringLiteral("原告：%1　被告：%2")
                        .arg(o.plaintiffs.join(QStringLiteral("、")), o.defendants.join(QStringLiteral("、")))});
    const struct
    {
        const char* heading;
        const QList<HearingOutline::Item>* items;
    } sections[] = {{"一、争议焦点", &o.focuses},
                    {"二、待证事实", &o.facts},
                    {"三、法庭询问要点", &o.questions},
                    {"四、阅卷批注", &o.annotations}};
    for (const auto& s : sections) {
        out.append({paragraphStyle(1), QString::fromUtf8(s.heading)});
        if (s.items->isEmpty())
            out.append({paragraphStyle(2), QStringLiteral("（无）")});
        int n = 0;
        for (const HearingOutline::Item& item : *s.items) {
            QString line = QStringLiteral("%1. %2").arg(++n).arg(item.text);
            if (item.status != Note::Status::None)
                line += QStringLiteral("〔%1〕").arg(HearingOutline::statusLabel(item.status));
            if (!item.tags.isEmpty())
                line += QStringLiteral("　#") + item.tags.join(QStringLiteral(" #"));
            out.append({paragraphStyle(2), line});
            for (const HearingOutline::Citation& c : item.citations) {
                QString cite = QStringLiteral("见%1").arg(HearingOutline::citationLabel(c));
                if (!c.quote.isEmpty())
                    cite += QStringLiteral("：“%1”").arg(QString(c.quote).replace(QLatin1Char('\n'), QString()));
                if (!c.comment.isEmpty() && c.comment != item.text)
                    cite += QStringLiteral("（%1）").arg(c.comment);
                out.append({QStringLiteral("Cite"), cite});
            }
        }
    }
    return out;
}

QByteArray contentXml(const HearingOutline& o)
{
    QByteArray bytes;
    QXmlStreamWriter x(&bytes);
    x.writeStartDocument();
    x.writeStartElement(QStringLiteral("office:document-content"));
    x.writeAttribute(QStringLiteral("xmlns:office"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
    x.writeAttribute(QStringLiteral("xmlns:style"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0"));
    x.writeAttribute(QStringLiteral("xmlns:text"), QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
    x.writeAttribute(QStringLiteral("xmlns:fo"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"));
    x.writeAttribute(QStringLiteral("xmlns:svg"),
                     QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"));
    x.writeAttribute(QStringLiteral("office:version"), QStringLiteral("1.2"));
    writeStyles(x);
    x.writeStartElement(QStringLiteral("office:body"));
    x.writeStartElement(QStringLiteral("office:text"));
    for (const auto& [style, text] : paragraphs(o))
        paragraph(x, style, text);
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    return bytes;
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
        "manifest:version=\"1.2\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n");
}

} // namespace

QString HearingOutline::citationLabel(const Citation& c)
{
    return c.page > 0 ? QStringLiteral("%1第%2页").arg(c.volume).arg(c.page)
                      : QStringLiteral("%1（页已移出）").arg(c.volume);
}

QString HearingOutline::statusLabel(Note::Status status)
{
    switch (status) {
    case Note::Status::Undisputed:
        return QStringLiteral("无争议");
    case Note::Status::Disputed:
        return QStringLiteral("有争议");
    case Note::Status::Open:
        return QStringLiteral("待查");
    case Note::Status::None:
        break;
    }
    return {};
}

Result<HearingOutline> HearingOutline::build(const Profile& profile, const QString& caseNo, const QString& author)
{
    auto volumes = NoteBook::volumes(profile, caseNo);
    if (!volumes)
        return volumes.error();
    auto notes = NoteBook(profile, author).list(caseNo);
    if (!notes)
        return notes.error();
    Pages pages{*volumes, {}};
    for (int v = 0; v < volumes->volumes.size(); ++v)
        for (const VolumePage& p : volumes->volumes.at(v).pages)
            if (p.number > 0)
                pages.place.insert(p.id, {v, p.number});
    const Volume* volume = &volumes->volumes.first();
    HearingOutline o;
    o.caseNo = caseNo;
    o.court = volume->info.court;
    o.cause = volume->info.cause;
    o.plaintiffs = volume->info.plaintiffs;
    o.defendants = volume->info.defendants;
    o.author = author;
    QHash<QString, Note> byUid;
    for (const Note& n : std::as_const(*notes))
        byUid.insert(n.uid, n);
    QSet<QString> cited;
    for (const Note& n : std::as_const(*notes)) {
        if (n.kind == Note::Kind::Focus)
            o.focuses << itemOf(n, byUid, pages, cited);
        else if (n.kind == Note::Kind::Fact)
            o.facts << itemOf(n, byUid, pages, cited);
        else if (n.kind == Note::Kind::Question)
            o.questions << itemOf(n, byUid, pages, cited);
    }
    QList<Note> rest;
    for (const Note& n : std::as_const(*notes))
        if (n.isAnnotation() && !cited.contains(n.uid))
            rest << n;
    std::stable_sort(rest.begin(), rest.end(),
                     [&pages](const Note& a, const Note& b) { return pages.order(a.pageId) < pages.order(b.pageId); });
    for (const Note& n : std::as_const(rest)) {
        Item item{n.kind, n.status, n.text.isEmpty() ? n.quote : n.text, n.tags, {citationOf(n, pages)}};
        item.citations.first().comment.clear();
        o.annotations << item;
    }
    return o;
}

QString HearingOutline::toHtml() const
{
    QString html = QStringLiteral("<html><body style=\"font-family:'AR PL UMing CN'\">");
    for (const auto& [style, text] : paragraphs(*this)) {
        const QString t = text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
        if (style == QLatin1String("Title"))
            html += QStringLiteral("<h1 align=\"center\">%1</h1>").arg(t);
        else if (style == QLatin1String("Sub"))
            html += QStringLiteral("<p align=\"center\">%1</p>").arg(t);
        else if (style == QLatin1String("H1"))
            html += QStringLiteral("<h2>%1</h2>").arg(t);
        else if (style == QLatin1String("Cite"))
            html += QStringLiteral("<p style=\"margin-left:24px; font-size:10pt; color:#333\">%1</p>").arg(t);
        else
            html += QStringLiteral("<p>%1</p>").arg(t);
    }
    return html + QStringLiteral("</body></html>");
}

Status HearingOutline::writeOdt(const QString& path) const
{
    const QString part = path + QStringLiteral(".part");
    {
        ZipWriter zip(part);
        // the mimetype first and stored, as ODF requires (readers sniff it at a fixed offset)
        const bool ok = zip.isOpen() &&
                        zip.addBytes(QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", false) &&
                        zip.addBytes(QStringLiteral("content.xml"), contentXml(*this)) &&
                        zip.addBytes(QStringLiteral("META-INF/manifest.xml"), manifestXml()) && zip.close();
        if (!ok) {
            QFile::remove(part);
            return writeError(path, zip.errorString());
        }
    }
    auto bytes = FsUtil::readFile(part, qint64(64) << 20);
    QFile::remove(part);
    if (!bytes)
        return bytes.error();
    return FsUtil::writeDurably(path, *bytes);
}

Status HearingOutline::writePdf(const QString& path) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        pdf.setTitle(QStringLiteral("庭审提纲 %1").arg(caseNo));
        pdf.setCreator(QStringLiteral("Dossier Workstation"));
        QTextDocument doc;
        // AR PL UMing (a 宋体-like face): Noto CJK shares glyphs between radicals and ideographs, so text copied
        // from a PDF set in it reads ⼀ (U+2F00) for 一.
        QFont font(QStringLiteral("AR PL UMing CN"));
        font.setPointSizeF(12);
        doc.setDefaultFont(font);
        doc.setHtml(toHtml());
        doc.print(&pdf);
    }
    if (buffer.data().isEmpty())
        return writeError(path, QStringLiteral("PDF"));
    return FsUtil::writeDurably(path, buffer.data());
}

} // namespace Dossier
