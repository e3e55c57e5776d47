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

// The file is readable and starts like a PDF: anything else is an error, not a list of problems.
Result<Ok> checkPdfHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file_missing"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read."), {path});
    const QByteArray head = f.read(1024);
    if (!head.startsWith("%PDF-"))
        return Error(QStringLiteral("pdf_not_pdf"), QT_TRANSLATE_NOOP("Dossier::Error", "%1 is not a PDF file."),
                     {path});
    return Ok{};
}

// The XMP metadata must declare PDF/A-2u: part 2, conformance U (as an element or an attribute).
void checkXmp(const QByteArray& xmp, QStringList& problems)
{
    if (xmp.isEmpty()) {
        problems << PdfaExporter::tr("The catalogue has no XMP metadata stream.");
        return;
    }
    const bool part2 = xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\"");
    const bool confU =
        xmp.contains("<pdfaid:conformance>U</pdfaid:conformance>") || xmp.contains("pdfaid:conformance=\"U\"");
    if (!part2)
        problems << PdfaExporter::tr("The XMP metadata does not declare PDF/A part 2 (pdfaid:part).");
    if (!confU)
        problems << PdfaExporter::tr("The XMP metadata does not declare conformance level U (pdfaid:conformance).");
}

// A GTS_PDFA1 OutputIntent with its ICC profile embedded.
bool hasPdfaIntent(const PdfVecObjects& objs, const PdfObject* catalog)
{
    const PdfObject* intents = key(objs, catalog, "OutputIntents");
    bool hasIntent = false;
    if (intents && intents->IsArray())
        for (const PdfObject& i : intents->GetArray())
            if (nameOf(key(objs, &i, "S")) == "GTS_PDFA1" && key(objs, &i, "DestOutputProfile"))
                hasIntent = true;
    return hasIntent;
}

// What the trailer and the catalogue must (identifier, XMP, OutputIntent, pages) and must not (encryption,
// actions on opening, JavaScript) have.
void checkDocument(const PdfMemDocument& doc, QStringList& problems)
{
    const PdfVecObjects& objs = doc.GetObjects();
    if (doc.GetEncrypted())
        problems << PdfaExporter::tr("The file is encrypted.");
    if (!doc.GetTrailer()->GetDictionary().HasKey("ID"))
        problems << PdfaExporter::tr("The trailer has no file identifier (ID).");
    const PdfObject* catalog = doc.GetCatalog();
    checkXmp(streamBytes(key(objs, catalog, "Metadata")), problems);
    if (!hasPdfaIntent(objs, catalog))
        problems << PdfaExporter::tr("There is no PDF/A OutputIntent with an embedded ICC profile.");
    if (key(objs, catalog, "OpenAction") || key(objs, catalog, "AA"))
        problems << PdfaExporter::tr("The document runs an action when opened.");
    if (const PdfObject* names = key(objs, catalog, "Names"); names && key(objs, names, "JavaScript"))
        problems << PdfaExporter::tr("The document contains JavaScript.");
    if (doc.GetPageCount() == 0)
        problems << PdfaExporter::tr("The document has no pages.");
}

// The problems found object by object; each is reported once however many objects show it.
struct ObjectProblems
{
    QStringList& problems;
    QSet<QString> seen;

    void once(const QString& p)
    {
        if (!seen.contains(p)) {
            seen.insert(p);
            problems << p;
        }
    }
};

// A font dictionary: embedded (Type3 glyphs are content streams, embedded by nature; a Type0 font's file
// is in its descendant), and with a ToUnicode map where PDF/A needs one for Unicode text.
void checkFont(const PdfVecObjects& objs, const PdfObject* o, ObjectProblems& found)
{
    const PdfDictionary& d = o->GetDictionary();
    const QByteArray sub = nameOf(resolve(objs, d.GetKey("Subtype")));
    const PdfObject* fontDict = o;
    if (sub == "Type0") {
        const PdfObject* desc = key(objs, o, "DescendantFonts");
        fontDict =
            desc && desc->IsArray() && !desc->GetArray().empty() ? resolve(objs, &desc->GetArray().front()) : nullptr;
    }
    if (sub == "Type3")
        return;
    const PdfObject* fd = key(objs, fontDict, "FontDescriptor");
    if (!fd || !(key(objs, fd, "FontFile") || key(objs, fd, "FontFile2") || key(objs, fd, "FontFile3")))
        found.once(PdfaExporter::tr("A font is not embedded."));
    const bool descendant = sub == "CIDFontType0" || sub == "CIDFontType2";
    if (!descendant && !d.HasKey("ToUnicode") && sub != "Type1" && sub != "TrueType")
        found.once(PdfaExporter::tr("A font has no ToUnicode map, so its text cannot be copied as Unicode."));
}

// One dictionary object: no JavaScript, no action or file that reaches outside, no LZW, fonts as checkFont().
void checkObject(const PdfVecObjects& objs, const PdfObject* o, ObjectProblems& found)
{
    const PdfDictionary& d = o->GetDictionary();
    const QByteArray type = nameOf(resolve(objs, d.GetKey("Type")));
    const QByteArray s = nameOf(resolve(objs, d.GetKey("S")));
    if (s == "JavaScript" || d.HasKey("JS"))
        found.once(PdfaExporter::tr("The document contains JavaScript."));
    if (s == "Launch" || s == "URI" || s == "GoToR" || s == "ImportData" || s == "SubmitForm")
        found.once(PdfaExporter::tr("The document refers to an external resource or program (%1 action).")
                       .arg(QString::fromLatin1(s)));
    if (type == "Filespec" || (o->HasStream() && d.HasKey("F")))
        found.once(PdfaExporter::tr("The document refers to an external file."));
    if (const PdfObject* filter = resolve(objs, d.GetKey("Filter"))) {
        bool lzw = nameOf(filter) == "LZWDecode";
        if (filter->IsArray())
            for (const PdfObject& fi : filter->GetArray())
                lzw = lzw || nameOf(resolve(objs, &fi)) == "LZWDecode";
        if (lzw)
            found.once(PdfaExporter::tr("A stream uses LZW compression, which PDF/A forbids."));
    }
    if (type == "Font")
        checkFont(objs, o, found);
}

} // namespace

Result<QStringList> PdfaExporter::check(const QString& path) const
{
    if (auto header = checkPdfHeader(path); !header)
        return header.error();

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
    // Once loaded, whatever PoDoFo cannot follow is a problem of the file, reported after those found so far.
    QStringList problems;
    try {
        checkDocument(doc, problems);
        const PdfVecObjects& objs = doc.GetObjects();
        ObjectProblems found{problems, {}};
        for (const PdfObject* o : objs)
            if (o && o->IsDictionary())
                checkObject(objs, o, found);
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
