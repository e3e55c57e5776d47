// The project's own OFD validator (no OFD tool exists in Debian): package structure, IDs, layers,
// Fill="false" text over page images, resources present, no external references. Also reads the text back.
#include "ofdplugin.h"

#include "ofdzip.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

namespace Dossier {
namespace {

struct Reader
{
    const Ofd::ZipReader& zip;
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

Result<Parsed> parse(const QString& path, QStringList& problems)
{
    Ofd::ZipReader zip(path);
    if (!zip.isOpen())
        return Error(QStringLiteral("ofd_unreadable"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "%1 cannot be read as an OFD (ZIP) package: %2"),
                     {path, zip.errorString()});
    Reader r{zip, problems};
    Parsed out;
    for (const QString& n : zip.names())
        if (n.contains(QLatin1String("..")) || n.startsWith(QLatin1Char('/')))
            r.problem(OfdExporter::tr("The package entry %1 points outside the package.").arg(n));
    if (!zip.contains(QStringLiteral("OFD.xml"))) {
        r.problem(OfdExporter::tr("The package has no OFD.xml."));
        return out;
    }

    // OFD.xml
    QString docRoot, docType;
    {
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
    }
    if (docRoot.isEmpty()) {
        r.problem(OfdExporter::tr("OFD.xml names no DocRoot."));
        return out;
    }
    const QString docPath = Reader::resolve(QString(), docRoot);
    const QString docDir = dirOf(docPath);

    // Document.xml
    int maxUnitId = 0;
    QStringList resFiles;
    struct PageRef
    {
        int id;
        QString loc;
    };
    QList<PageRef> pageRefs;
    QList<int> ids;
    {
        QXmlStreamReader x(r.entry(docPath, QStringLiteral("Document.xml")));
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            const auto name = x.name();
            if (name == QLatin1String("MaxUnitID"))
                maxUnitId = x.readElementText().trimmed().toInt();
            else if (name == QLatin1String("PublicRes") || name == QLatin1String("DocumentRes"))
                resFiles << Reader::resolve(docDir, x.readElementText());
            else if (name == QLatin1String("Page")) {
                const int id = x.attributes().value(QStringLiteral("ID")).toInt();
                pageRefs.append({id, x.attributes().value(QStringLiteral("BaseLoc")).toString()});
                ids << id;
            }
        }
        if (x.hasError())
            r.problem(OfdExporter::tr("Document.xml is not well-formed XML: %1").arg(x.errorString()));
    }
    if (maxUnitId <= 0)
        r.problem(OfdExporter::tr("Document.xml has no MaxUnitID."));
    if (pageRefs.isEmpty())
        r.problem(OfdExporter::tr("The document has no pages."));

    // Resources
    QSet<int> fonts, images;
    for (const QString& res : resFiles) {
        QXmlStreamReader x(r.entry(res, OfdExporter::tr("A resource file")));
        QString base = dirOf(res);
        int current = 0;
        bool isFont = false;
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
                current = x.attributes().value(QStringLiteral("ID")).toInt();
                isFont = name == QLatin1String("Font");
                ids << current;
                (isFont ? fonts : images).insert(current);
            } else if (name == QLatin1String("FontFile") || name == QLatin1String("MediaFile")) {
                const QString file = x.readElementText().trimmed();
                if (Reader::external(file))
                    r.problem(OfdExporter::tr("%1 refers to an external resource (%2).").arg(res, file));
                else if (!zip.contains(Reader::resolve(base, file)))
                    r.problem(OfdExporter::tr("The resource file %1 is missing from the package.").arg(file));
                else if (!zip.read(Reader::resolve(base, file)))
                    r.problem(
                        OfdExporter::tr("%1 is missing or damaged: %2").arg(OfdExporter::tr("Resource file"), file));
            }
        }
        if (x.hasError())
            r.problem(OfdExporter::tr("%1 is not well-formed XML: %2").arg(res, x.errorString()));
    }

    // Pages
    for (const PageRef& ref : pageRefs) {
        const QString loc = Reader::resolve(docDir, ref.loc);
        QXmlStreamReader x(r.entry(loc, OfdExporter::tr("Page %1").arg(ref.id)));
        QList<TextRun> runs;
        QString layerType;
        bool backgroundImage = false;
        int visibleTexts = 0;
        double top = 0, left = 0;
        while (!x.atEnd()) {
            x.readNext();
            if (!x.isStartElement())
                continue;
            const auto name = x.name();
            const auto a = x.attributes();
            if (a.hasAttribute(QStringLiteral("ID")))
                ids << a.value(QStringLiteral("ID")).toInt();
            if (name == QLatin1String("PhysicalBox")) {
                const QStringList v = x.readElementText().simplified().split(QLatin1Char(' '));
                const double w = v.value(2).toDouble(), h = v.value(3).toDouble();
                if (w < 20 || h < 20 || w > 1200 || h > 1200)
                    r.problem(
                        OfdExporter::tr("Page %1's size (%2 × %3) is not in millimetres.").arg(ref.id).arg(w).arg(h));
            } else if (name == QLatin1String("Layer")) {
                layerType = a.value(QStringLiteral("Type")).toString();
                if (layerType.isEmpty())
                    layerType = QStringLiteral("Body");
            } else if (name == QLatin1String("ImageObject")) {
                if (!images.contains(a.value(QStringLiteral("ResourceID")).toInt()))
                    r.problem(OfdExporter::tr("Page %1 shows an image whose resource is not declared.").arg(ref.id));
                if (layerType == QLatin1String("Background"))
                    backgroundImage = true;
                else
                    r.problem(OfdExporter::tr("Page %1's image is not in a Background layer.").arg(ref.id));
            } else if (name == QLatin1String("TextObject")) {
                if (!fonts.contains(a.value(QStringLiteral("Font")).toInt()))
                    r.problem(OfdExporter::tr("Page %1 has text in a font that is not declared.").arg(ref.id));
                if (a.value(QStringLiteral("Fill")) != QLatin1String("false"))
                    ++visibleTexts;
                if (layerType != QLatin1String("Body"))
                    r.problem(OfdExporter::tr("Page %1 has text outside the Body layer.").arg(ref.id));
                const QStringList b =
                    a.value(QStringLiteral("Boundary")).toString().simplified().split(QLatin1Char(' '));
                left = b.value(0).toDouble();
                top = b.value(1).toDouble();
            } else if (name == QLatin1String("TextCode")) {
                runs.append({top, left, x.readElementText()});
            }
        }
        if (x.hasError())
            r.problem(OfdExporter::tr("%1 is not well-formed XML: %2").arg(loc, x.errorString()));
        if (backgroundImage && visibleTexts > 0)
            r.problem(OfdExporter::tr("Page %1 draws visible text over its scanned image (the text layer must have "
                                      "Fill=\"false\").")
                          .arg(ref.id));
        out.pages.append(runs);
    }

    // IDs: unique, and none above MaxUnitID.
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
