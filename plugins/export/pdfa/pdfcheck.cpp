// The structural check of a PDF/A-2u archive file (what `dossier-cli verify` reports for a PDF).
#include "pdfaplugin.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <podofo/podofo.h>

namespace Dossier {
namespace {

using namespace PoDoFo;

const PdfObject* resolve(const PdfVecObjects& objs, const PdfObject* o)
{
    while (o && o->IsReference())
        o = objs.GetObject(o->GetReference());
    return o;
}

const PdfObject* key(const PdfVecObjects& objs, const PdfObject* dict, const char* name)
{
    dict = resolve(objs, dict);
    if (!dict || !dict->IsDictionary())
        return nullptr;
    return resolve(objs, dict->GetDictionary().GetKey(PdfName(name)));
}

QByteArray nameOf(const PdfObject* o)
{
    return o && o->IsName() ? QByteArray::fromStdString(o->GetName().GetName()) : QByteArray();
}

QByteArray streamBytes(const PdfObject* o)
{
    if (!o || !o->HasStream())
        return {};
    char* buf = nullptr;
    pdf_long len = 0;
    const_cast<PdfObject*>(o)->GetStream()->GetFilteredCopy(&buf, &len);
    QByteArray out(buf, qsizetype(len));
    podofo_free(buf);
    return out;
}

} // namespace

Result<QStringList> PdfaExporter::check(const QString& path) const
{
    QStringList problems;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read."), {path});
    const QByteArray head = f.read(1024);
    if (!head.startsWith("%PDF-"))
        return Error(QStringLiteral("pdf_not_pdf"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 is not a PDF file."),
                     {path});
    f.close();

    PdfMemDocument doc;
    try {
        doc.Load(QFile::encodeName(path).constData());
    } catch (const PdfError& e) {
        if (e.GetError() == ePdfError_InvalidPassword)
            return QStringList{tr("The file is encrypted.")};
        return Error(QStringLiteral("pdf_unreadable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be parsed as PDF: %2"),
                     {path, QString::fromLatin1(PdfError::ErrorMessage(e.GetError()))});
    }
    try {
        const PdfVecObjects& objs = doc.GetObjects();
        if (doc.GetEncrypted())
            problems << tr("The file is encrypted.");
        if (!doc.GetTrailer()->GetDictionary().HasKey("ID"))
            problems << tr("The trailer has no file identifier (ID).");
        const PdfObject* catalog = doc.GetCatalog();
        const PdfObject* meta = key(objs, catalog, "Metadata");
        const QByteArray xmp = streamBytes(meta);
        if (xmp.isEmpty()) {
            problems << tr("The catalogue has no XMP metadata stream.");
        } else {
            const bool part2 = xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\"");
            const bool confU =
                xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>") || xmp.contains("pdfaid:conformance=\"U\"");
            if (!part2)
                problems << tr("The XMP metadata does not declare PDF/A part 2 (pdfaid:part).");
            if (!confU)
                problems << tr("The XMP metadata does not declare conformance level U (pdfaid:conformance).");
        }
        const PdfObject* intents = key(objs, catalog, "OutputIntents");
        bool hasIntent = false;
        if (intents && intents->IsArray())
            for (const PdfObject& i : intents->GetArray())
                if (nameOf(key(objs, &i, "S")) == "GTS_PDFA1" && key(objs, &i, "DestOutputProfile"))
                    hasIntent = true;
        if (!hasIntent)
            problems << tr("There is no PDF/A OutputIntent with an embedded ICC profile.");
        if (key(objs, catalog, "OpenAction") || key(objs, catalog, "AA"))
            problems << tr("The document runs an action when opened.");
        if (const PdfObject* names = key(objs, catalog, "Names"); names && key(objs, names, "JavaScript"))
            problems << tr("The document contains JavaScript.");
        if (doc.GetPageCount() == 0)
            problems << tr("The document has no pages.");

        QSet<QString> seen;
        auto once = [&](const QString& p) {
            if (!seen.contains(p)) {
                seen.insert(p);
                problems << p;
            }
        };
        for (const PdfObject* o : objs) {
            if (!o || !o->IsDictionary())
                continue;
            const PdfDictionary& d = o->GetDictionary();
            const QByteArray type = nameOf(resolve(objs, d.GetKey("Type")));
            const QByteArray s = nameOf(resolve(objs, d.GetKey("S")));
            if (s == "JavaScript" || d.HasKey("JS"))
                once(tr("The document contains JavaScript."));
            if (s == "Launch" || s == "URI" || s == "GoToR" || s == "ImportData" || s == "SubmitForm")
                once(tr("The document refers to an external resource or program (%1 action).")
                         .arg(QString::fromLatin1(s)));
            if (type == "Filespec" || (o->HasStream() && d.HasKey("F")))
                once(tr("The document refers to an external file."));
            if (const PdfObject* filter = resolve(objs, d.GetKey("Filter"))) {
                bool lzw = nameOf(filter) == "LZWDecode";
                if (filter->IsArray())
                    for (const PdfObject& fi : filter->GetArray())
                        lzw = lzw || nameOf(resolve(objs, &fi)) == "LZWDecode";
                if (lzw)
                    once(tr("A stream uses LZW compression, which PDF/A forbids."));
            }
            if (type == "Font") {
                const QByteArray sub = nameOf(resolve(objs, d.GetKey("Subtype")));
                const PdfObject* fontDict = o;
                if (sub == "Type0") {
                    const PdfObject* desc = key(objs, o, "DescendantFonts");
                    fontDict = desc && desc->IsArray() && !desc->GetArray().empty()
                                   ? resolve(objs, &desc->GetArray().front())
                                   : nullptr;
                }
                if (sub == "Type3")
                    continue; // glyphs are content streams: embedded by nature
                const PdfObject* fd = key(objs, fontDict, "FontDescriptor");
                if (!fd || !(key(objs, fd, "FontFile") || key(objs, fd, "FontFile2") || key(objs, fd, "FontFile3")))
                    once(tr("A font is not embedded."));
                const bool descendant = sub == "CIDFontType0" || sub == "CIDFontType2";
                if (!descendant && !d.HasKey("ToUnicode") && sub != "Type1" && sub != "TrueType")
                    once(tr("A font has no ToUnicode map, so its text cannot be copied as Unicode."));
            }
        }
    } catch (const PdfError& e) {
        problems
            << tr("The file's structure is damaged: %1").arg(QString::fromLatin1(PdfError::ErrorMessage(e.GetError())));
    }
    return problems;
}

Result<QString> PdfaExporter::extractText(const QString& path) const
{
    Q_UNUSED(path);
    return Error(QStringLiteral("not_supported"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "Text extraction from PDF is done with pdftotext."));
}

} // namespace Dossier
