// The project's own OFD validator (no OFD tool exists in Debian): package structure, IDs, layers,
// Fill="false" text over page images, resources present and images in their declared format, no external
// references. Also reads the text back.
#include "ofdplugin.h"

#include "zipfile.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace Dossier {
namespace {

struct Reader
{
    const ZipReader& zip;
    QStringList& problems;

    void problem(const QString& p)
    {
        if (!problems.contains(p))
            problems << p;
    }

    static bool external(const QString& ref)
    {
        return ref.contains(QLatin1String("://")) || ref.startsWith(QLatin1String("file:")) ||
               ref.startsWith(QLatin1Char('\\'));
    }

    // A reference inside the package: absolute ("/Doc_0/…") from the root, else relative to `base`.
    static QString resolve(const QString& base, const QString& ref)
    {
        QString r = ref.trimmed();
        if (r.startsWith(QLatin1Char('/')))
            return QDir::cleanPath(r.mid(1));
        return QDir::cleanPath(base.isEmpty() ? r : base + QLatin1Char('/') + r);
    }

    QByteArray entry(const QString& name, const QString& what)
    {
        if (external(name)) {
            problem(OfdExporter::tr("%1 refers to an external resource (%2).").arg(what, name));
            return {};
        }
        auto bytes = zip.read(name);
        if (!bytes) {
            problem(OfdExporter::tr("%1 is missing or damaged: %2").arg(what, name));
            return {};
        }
        return *bytes;
    }
};

QString dirOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : path.left(slash);
}

struct TextRun
{
    double top;
    double left;
    QString text;
};

struct Parsed
{
    QList<QList<TextRun>> pages;
};

struct PageRef
{
    int id;
    QString loc;
};

// What Document.xml declares: the highest object ID allowed, the resource files and the pages in order.
struct DocumentInfo
{
    int maxUnitId = 0;
    QStringList resFiles;
    QList<PageRef> pageRefs;
};

// The font and image IDs the resource files declare; pages may only use these.
struct Resources
{
    QSet<int> fonts;
    QSet<int> images;
};

// Entry names with ".." or a leading "/" would unpack outside the directory the package is unpacked to.
void checkEntryNames(Reader& r)
{
    for (const QString& n : r.zip.names())
        if (n.contains(QLatin1String("..")) || n.startsWith(QLatin1Char('/')))
            r.problem(OfdExporter::tr("The package entry %1 points outside the package.").arg(n));
}

// OFD.xml: the root is OFD with a Version and DocType OFD-A. Returns its DocRoot (empty when it names none).
QString readOfdXml(Reader& r)
{
    QString docRoot, docType;
    QXmlStreamReader x(r.entry(QStringLiteral("OFD.xml"), QStringLiteral("OFD.xml")));
    bool sawRoot = false;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (!sawRoot) {
            sawRoot = true;
            if (x.name() != QLatin1String("OFD"))
                r.problem(OfdExporter::tr("OFD.xml's root element is not OFD."));
            docType = x.attributes().value(QStringLiteral("DocType")).toString();
            if (x.attributes().value(QStringLiteral("Version")).isEmpty())
                r.problem(OfdExporter::tr("OFD.xml has no Version."));
            continue;
        }
        if (x.name() == QLatin1String("DocRoot") && docRoot.isEmpty())
            docRoot = x.readElementText().trimmed();
    }
    if (x.hasError())
        r.problem(OfdExporter::tr("OFD.xml is not well-formed XML: %1").arg(x.errorString()));
    if (docType != QLatin1String("OFD-A"))
        r.problem(OfdExporter::tr("The document type is \"%1\", not OFD-A (GB/T 42133).").arg(docType));
    return docRoot;
}

// Document.xml: MaxUnitID, the resource files and the pages. The page IDs are appended to `ids`.
DocumentInfo readDocument(Reader& r, const QString& docPath, const QString& docDir, QList<int>& ids)
{
    DocumentInfo doc;
    QXmlStreamReader x(r.entry(docPath, QStringLiteral("Document.xml")));
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto name = x.name();
        if (name == QLatin1String("MaxUnitID"))
            doc.maxUnitId = x.readElementText().trimmed().toInt();
        else if (name == QLatin1String("PublicRes") || name == QLatin1String("DocumentRes"))
            doc.resFiles << Reader::resolve(docDir, x.readElementText());
        else if (name == QLatin1String("Page")) {
            const int id = x.attributes().value(QStringLiteral("ID")).toInt();
            doc.pageRefs.append({id, x.attributes().value(QStringLiteral("BaseLoc")).toString()});
            ids << id;
        }
    }
    if (x.hasError())
        r.problem(OfdExporter::tr("Document.xml is not well-formed XML: %1").arg(x.errorString()));
    if (doc.maxUnitId <= 0)
        r.problem(OfdExporter::tr("Document.xml has no MaxUnitID."));
    if (doc.pageRefs.isEmpty())
        r.problem(OfdExporter::tr("The document has no pages."));
    return doc;
}

// A FontFile / MediaFile named by the resource file `res`: inside the package, present and readable. Returns
// its bytes (empty when it is not).
QByteArray checkResourceFile(Reader& r, const QString& res, const QString& base, const QString& file)
{
    if (Reader::external(file)) {
        r.problem(OfdExporter::tr("%1 refers to an external resource (%2).").arg(res, file));
        return {};
    }
    if (!r.zip.contains(Reader::resolve(base, file))) {
        r.problem(OfdExporter::tr("The resource file %1 is missing from the package.").arg(file));
        return {};
    }
    auto bytes = r.zip.read(Reader::resolve(base, file));
    if (!bytes)
        r.problem(OfdExporter::tr("%1 is missing or damaged: %2").arg(OfdExporter::tr("Resource file"), file));
    return bytes ? *bytes : QByteArray();
}

// An image's file must be in the format its MultiMedia declares: a reader picks its decoder by that name.
// Formats other than these four are not checked.
void checkMediaFormat(Reader& r, const QString& file, const QString& format, const QByteArray& bytes)
{
    static const QList<std::pair<QString, QList<QByteArray>>> signatures = {
        {QStringLiteral("JPEG"), {QByteArray("\xFF\xD8\xFF")}},
        {QStringLiteral("PNG"), {QByteArray("\x89PNG\r\n\x1A\n")}},
        {QStringLiteral("BMP"), {QByteArray("BM")}},
        {QStringLiteral("TIFF"), {QByteArray("II*\0", 4), QByteArray("MM\0*", 4)}},
    };
    for (const auto& [name, starts] : signatures) {
        if (format.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (std::none_of(starts.cbegin(), starts.cend(), [&bytes](const QByteArray& s) { return bytes.startsWith(s); }))
            r.problem(OfdExporter::tr("The image %1 is not in its declared format %2.").arg(file, format));
        return;
    }
}

// One resource file (PublicRes / DocumentRes): records its fonts and images in `out` and their IDs in `ids`,
// and checks the files they name relative to the BaseLoc.
void readResourceFile(Reader& r, const QString& res, Resources& out, QList<int>& ids)
{
    QXmlStreamReader x(r.entry(res, OfdExporter::tr("A resource file")));
    QString base = dirOf(res);
    QString mediaFormat; // of the MultiMedia being read
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto name = x.name();
        if (name == QLatin1String("Res")) {
            const QString b = x.attributes().value(QStringLiteral("BaseLoc")).toString();
            if (!b.isEmpty()) {
                if (Reader::external(b))
                    r.problem(OfdExporter::tr("%1 refers to an external resource (%2).").arg(res, b));
                base = Reader::resolve(dirOf(res), b);
            }
        } else if (name == QLatin1String("Font") || name == QLatin1String("MultiMedia")) {
            const int id = x.attributes().value(QStringLiteral("ID")).toInt();
            ids << id;
            (name == QLatin1String("Font") ? out.fonts : out.images).insert(id);
            mediaFormat = x.attributes().value(QStringLiteral("Format")).toString();
        } else if (name == QLatin1String("FontFile")) {
            checkResourceFile(r, res, base, x.readElementText().trimmed());
        } else if (name == QLatin1String("MediaFile")) {
            const QString file = x.readElementText().trimmed();
            const QByteArray bytes = checkResourceFile(r, res, base, file);
            if (!bytes.isEmpty())
                checkMediaFormat(r, file, mediaFormat, bytes);
        }
    }
    if (x.hasError())
        r.problem(OfdExporter::tr("%1 is not well-formed XML: %2").arg(res, x.errorString()));
}

// What reading one page's XML has found so far; the element handlers check the page as they go.
struct PageScan
{
    Reader& r;
    const Resources& res;
    int id;
    QList<TextRun> runs = {};
    QString layerType = {};
    bool backgroundImage = false;
    int visibleTexts = 0;
    double top = 0, left = 0; // of the current TextObject: the position of its TextCode runs

    // The PhysicalBox ("x y w h") must be in millimetres: a pixel size would make the page huge.
    void physicalBox(const QString& box)
    {
        const QStringList v = box.simplified().split(QLatin1Char(' '));
        const double w = v.value(2).toDouble(), h = v.value(3).toDouble();
        if (w < 20 || h < 20 || w > 1200 || h > 1200)
            r.problem(OfdExporter::tr("Page %1's size (%2 × %3) is not in millimetres.").arg(id).arg(w).arg(h));
    }

    // A Layer without a Type is a Body layer (the OFD default).
    void layer(const QXmlStreamAttributes& a)
    {
        layerType = a.value(QStringLiteral("Type")).toString();
        if (layerType.isEmpty())
            layerType = QStringLiteral("Body");
    }

    // The scanned image: a declared resource, in the Background layer.
    void image(const QXmlStreamAttributes& a)
    {
        if (!res.images.contains(a.value(QStringLiteral("ResourceID")).toInt()))
            r.problem(OfdExporter::tr("Page %1 shows an image whose resource is not declared.").arg(id));
        if (layerType == QLatin1String("Background"))
            backgroundImage = true;
        else
            r.problem(OfdExporter::tr("Page %1's image is not in a Background layer.").arg(id));
    }

    // The OCR text: a declared font, in the Body layer; counts visible text and notes where its runs sit.
    void text(const QXmlStreamAttributes& a)
    {
        if (!res.fonts.contains(a.value(QStringLiteral("Font")).toInt()))
            r.problem(OfdExporter::tr("Page %1 has text in a font that is not declared.").arg(id));
        if (a.value(QStringLiteral("Fill")) != QLatin1String("false"))
            ++visibleTexts;
        if (layerType != QLatin1String("Body"))
            r.problem(OfdExporter::tr("Page %1 has text outside the Body layer.").arg(id));
        const QStringList b = a.value(QStringLiteral("Boundary")).toString().simplified().split(QLatin1Char(' '));
        left = b.value(0).toDouble();
        top = b.value(1).toDouble();
    }
};

// One page: checks it (see PageScan) and returns its text runs in document order. Object IDs go to `ids`.
QList<TextRun> readPage(Reader& r, const QString& docDir, const PageRef& ref, const Resources& res, QList<int>& ids)
{
    const QString loc = Reader::resolve(docDir, ref.loc);
    QXmlStreamReader x(r.entry(loc, OfdExporter::tr("Page %1").arg(ref.id)));
    PageScan page{r, res, ref.id};
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto name = x.name();
        const auto a = x.attributes();
        if (a.hasAttribute(QStringLiteral("ID")))
            ids << a.value(QStringLiteral("ID")).toInt();
        if (name == QLatin1String("PhysicalBox"))
            page.physicalBox(x.readElementText());
        else if (name == QLatin1String("Layer"))
            page.layer(a);
        else if (name == QLatin1String("ImageObject"))
            page.image(a);
        else if (name == QLatin1String("TextObject"))
            page.text(a);
        else if (name == QLatin1String("TextCode"))
            page.runs.append({page.top, page.left, x.readElementText()});
    }
    if (x.hasError())
        r.problem(OfdExporter::tr("%1 is not well-formed XML: %2").arg(loc, x.errorString()));
    if (page.backgroundImage && page.visibleTexts > 0)
        r.problem(OfdExporter::tr("Page %1 draws visible text over its scanned image (the text layer must have "
                                  "Fill=\"false\").")
                      .arg(ref.id));
    return page.runs;
}

// IDs: unique, and none above MaxUnitID.
void checkIds(Reader& r, const QList<int>& ids, int maxUnitId)
{
    QSet<int> seen;
    for (int id : ids) {
        if (id <= 0)
            r.problem(OfdExporter::tr("An object has no valid ID."));
        else if (seen.contains(id))
            r.problem(OfdExporter::tr("The ID %1 is used more than once.").arg(id));
        else if (maxUnitId > 0 && id > maxUnitId)
            r.problem(OfdExporter::tr("The ID %1 is above MaxUnitID %2.").arg(id).arg(maxUnitId));
        seen.insert(id);
    }
}

// Reads the package in the order its files refer to each other: OFD.xml → Document.xml → resources → pages,
// then checks the IDs collected on the way. `problems` receives each finding once.
Result<Parsed> parse(const QString& path, QStringList& problems)
{
    ZipReader zip(path);
    if (!zip.isOpen())
        return Error(QStringLiteral("ofd_unreadable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read as an OFD (ZIP) package: %2"),
                     {path, zip.errorString()});
    Reader r{zip, problems};
    Parsed out;
    checkEntryNames(r);
    if (!zip.contains(QStringLiteral("OFD.xml"))) {
        r.problem(OfdExporter::tr("The package has no OFD.xml."));
        return out;
    }
    const QString docRoot = readOfdXml(r);
    if (docRoot.isEmpty()) {
        r.problem(OfdExporter::tr("OFD.xml names no DocRoot."));
        return out;
    }
    const QString docPath = Reader::resolve(QString(), docRoot);
    const QString docDir = dirOf(docPath);
    QList<int> ids; // every object ID met, in document order
    const DocumentInfo doc = readDocument(r, docPath, docDir, ids);
    Resources res;
    for (const QString& file : doc.resFiles)
        readResourceFile(r, file, res, ids);
    for (const PageRef& ref : doc.pageRefs)
        out.pages.append(readPage(r, docDir, ref, res, ids));
    checkIds(r, ids, doc.maxUnitId);
    return out;
}

} // namespace

Result<QStringList> OfdExporter::check(const QString& path) const
{
    QStringList problems;
    auto parsed = parse(path, problems);
    if (!parsed)
        return parsed.error();
    return problems;
}

Result<QString> OfdExporter::extractText(const QString& path) const
{
    QStringList problems;
    auto parsed = parse(path, problems);
    if (!parsed)
        return parsed.error();
    QStringList pages;
    for (const QList<TextRun>& runs : parsed->pages) {
        QString text;
        double lineTop = -1e9;
        for (const TextRun& run : runs) {
            if (std::abs(run.top - lineTop) > 1.0 && !text.isEmpty())
                text += QLatin1Char('\n');
            lineTop = run.top;
            text += run.text;
        }
        pages << text;
    }
    return pages.join(QLatin1Char('\f'));
}

} // namespace Dossier
