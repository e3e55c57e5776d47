#include "ofdplugin.h"

#include "zipfile.h"

#include <dossier/commitfile.h>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QImageWriter>
#include <QXmlStreamWriter>

#include <cmath>

static void initOfdResources()
{
    Q_INIT_RESOURCE(ofd_resources);
}

namespace Dossier {
namespace {

const QString kNs = QStringLiteral("http://www.ofdspec.org/2016");

QString num(double v)
{
    if (std::abs(v) < 0.0005)
        return QStringLiteral("0");
    QString s = QString::number(v, 'f', 3);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s;
}

QString box(const QRectF& r)
{
    return num(r.x()) + QLatin1Char(' ') + num(r.y()) + QLatin1Char(' ') + num(r.width()) + QLatin1Char(' ') +
           num(r.height());
}

QString ctm(const QTransform& t)
{
    return QStringList{num(t.m11()), num(t.m12()), num(t.m21()), num(t.m22()), num(t.dx()), num(t.dy())}.join(
        QLatin1Char(' '));
}

QString colour(const QColor& c)
{
    return QStringLiteral("%1 %2 %3").arg(c.red()).arg(c.green()).arg(c.blue());
}

// OFD abbreviated path data: M, L, B (cubic Bézier), C (close).
QString pathData(const QPainterPath& path, const QTransform& t = QTransform())
{
    QString d;
    d.reserve(path.elementCount() * 12);
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF p = t.map(QPointF(e.x, e.y));
        if (e.type == QPainterPath::MoveToElement) {
            if (i > 0)
                d += QStringLiteral("C ");
            d += QStringLiteral("M ") + num(p.x()) + QLatin1Char(' ') + num(p.y()) + QLatin1Char(' ');
        } else if (e.type == QPainterPath::LineToElement) {
            d += QStringLiteral("L ") + num(p.x()) + QLatin1Char(' ') + num(p.y()) + QLatin1Char(' ');
        } else if (e.type == QPainterPath::CurveToElement && i + 2 < path.elementCount()) {
            const QPointF c2 = t.map(QPointF(path.elementAt(i + 1).x, path.elementAt(i + 1).y));
            const QPointF c3 = t.map(QPointF(path.elementAt(i + 2).x, path.elementAt(i + 2).y));
            d += QStringLiteral("B ") + num(p.x()) + QLatin1Char(' ') + num(p.y()) + QLatin1Char(' ') + num(c2.x()) +
                 QLatin1Char(' ') + num(c2.y()) + QLatin1Char(' ') + num(c3.x()) + QLatin1Char(' ') + num(c3.y()) +
                 QLatin1Char(' ');
            i += 2;
        }
    }
    if (!d.isEmpty())
        d += QLatin1Char('C');
    return d;
}

QString mediaFormat(const QString& format)
{
    if (format == QLatin1String("jpeg"))
        return QStringLiteral("JPEG");
    if (format == QLatin1String("png"))
        return QStringLiteral("PNG");
    return format.toUpper();
}

QString mediaSuffix(const QString& format)
{
    return format == QLatin1String("jpeg") ? QStringLiteral("jpg") : format;
}

// A TIFF image (a bitonal page's CCITT G4 master) as a PNG with the same pixels: 1 bit a pixel when the page is
// bitonal. OFD readers built on a browser (ofd.js) decode JPEG, PNG, BMP and JBIG2 but not TIFF, and none
// of a document shows when one of its images cannot be decoded. Empty when the TIFF cannot be read.
QByteArray tiffAsPng(const ExportImage& img)
{
    QBuffer in;
    in.setData(img.data);
    QImageReader reader;
    if (img.data.isEmpty())
        reader.setFileName(img.path);
    else if (in.open(QIODevice::ReadOnly))
        reader.setDevice(&in);
    reader.setFormat("tiff");
    reader.setAutoTransform(false); // the page geometry is of the stored pixels, as the PDF/A's G4 stream
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QByteArray png;
    QBuffer out(&png);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    QImageWriter writer(&out, "png");
    // Lossless at every level; quality 12 is zlib's level 8: on the corpus's G4 pages 1% larger than level 9 and
    // about 2.5 times faster.
    writer.setQuality(12);
    return writer.write(image) ? png : QByteArray();
}

class Writer
{
public:
    Writer(const ExportDocument& d, ZipWriter& zip) : m_d(d), m_zip(zip) {}

    bool run(const ExportProgress& progress, bool* cancelled)
    {
        initOfdResources();
        QFile font(QStringLiteral(":/ofd/glyphless.ttf"));
        if (!font.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("font resource"));
        const int fontId = nextId();
        if (!m_zip.addBytes(QStringLiteral("Doc_0/Res/font_glyphless.ttf"), font.readAll()))
            return false;
        QList<PageRef> pages;
        for (qsizetype i = 0; i < m_d.pages.size(); ++i) {
            const int pageId = nextId();
            const QString loc = QStringLiteral("Pages/Page_%1/Content.xml").arg(i);
            if (!writePage(m_d.pages.at(i), loc, fontId))
                return false;
            pages.append({pageId, loc});
            if (progress && !progress(int(i + 1), int(m_d.pages.size()))) {
                *cancelled = true;
                return false;
            }
        }
        return writeDocumentRes() && writePublicRes(fontId) && writeDocument(pages) && writeOfd();
    }

    // Why run() failed, when it was not the package's writing (the ZipWriter says that).
    const QString& error() const { return m_error; }

private:
    struct PageRef
    {
        int id;
        QString loc;
    };

    // DocumentRes.xml: the images (MultiMedia).
    bool writeDocumentRes()
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        start(w, QStringLiteral("Res"));
        w.writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Res"));
        w.writeStartElement(kNs, QStringLiteral("MultiMedias"));
        for (const auto& m : m_media) {
            w.writeStartElement(kNs, QStringLiteral("MultiMedia"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(m.id));
            w.writeAttribute(QStringLiteral("Type"), QStringLiteral("Image"));
            w.writeAttribute(QStringLiteral("Format"), m.format);
            w.writeTextElement(kNs, QStringLiteral("MediaFile"), m.file);
            w.writeEndElement();
        }
        w.writeEndElement();
        finish(w);
        if (!m_zip.addBytes(QStringLiteral("Doc_0/DocumentRes.xml"), xml))
            return false;
        return true;
    }

    // PublicRes.xml: the font.
    bool writePublicRes(int fontId)
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        start(w, QStringLiteral("Res"));
        w.writeAttribute(QStringLiteral("BaseLoc"), QStringLiteral("Res"));
        w.writeStartElement(kNs, QStringLiteral("Fonts"));
        w.writeStartElement(kNs, QStringLiteral("Font"));
        w.writeAttribute(QStringLiteral("ID"), QString::number(fontId));
        w.writeAttribute(QStringLiteral("FontName"), QStringLiteral("GlyphLessFont"));
        w.writeAttribute(QStringLiteral("FamilyName"), QStringLiteral("GlyphLessFont"));
        w.writeTextElement(kNs, QStringLiteral("FontFile"), QStringLiteral("font_glyphless.ttf"));
        w.writeEndElement();
        w.writeEndElement();
        finish(w);
        if (!m_zip.addBytes(QStringLiteral("Doc_0/PublicRes.xml"), xml))
            return false;
        return true;
    }

    // Document.xml
    bool writeDocument(const QList<PageRef>& pages)
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        start(w, QStringLiteral("Document"));
        w.writeStartElement(kNs, QStringLiteral("CommonData"));
        w.writeTextElement(kNs, QStringLiteral("MaxUnitID"), QString::number(m_lastId));
        w.writeStartElement(kNs, QStringLiteral("PageArea"));
        const QSizeF a4 = m_d.pages.isEmpty() ? QSizeF(210, 297) : m_d.pages.first().size;
        w.writeTextElement(kNs, QStringLiteral("PhysicalBox"), box(QRectF(QPointF(0, 0), a4)));
        w.writeEndElement();
        w.writeTextElement(kNs, QStringLiteral("PublicRes"), QStringLiteral("PublicRes.xml"));
        w.writeTextElement(kNs, QStringLiteral("DocumentRes"), QStringLiteral("DocumentRes.xml"));
        w.writeEndElement();
        w.writeStartElement(kNs, QStringLiteral("Pages"));
        for (const PageRef& p : pages) {
            w.writeStartElement(kNs, QStringLiteral("Page"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(p.id));
            w.writeAttribute(QStringLiteral("BaseLoc"), p.loc);
            w.writeEndElement();
        }
        w.writeEndElement();
        writeOutlines(w, pages);
        finish(w);
        if (!m_zip.addBytes(QStringLiteral("Doc_0/Document.xml"), xml))
            return false;
        return true;
    }

    // The bookmarks as OFD outlines: a document, with its pages or sub-documents as children.
    void writeOutlines(QXmlStreamWriter& w, const QList<PageRef>& pages)
    {
        if (m_d.bookmarks.isEmpty())
            return;
        w.writeStartElement(kNs, QStringLiteral("Outlines"));
        bool childOpen = false;
        for (qsizetype i = 0; i < m_d.bookmarks.size(); ++i) {
            const ExportBookmark& b = m_d.bookmarks.at(i);
            if (b.page < 0 || b.page >= pages.size())
                continue;
            if (b.level == 0 && childOpen) {
                w.writeEndElement(); // the parent of the children
                childOpen = false;
            }
            w.writeStartElement(kNs, QStringLiteral("OutlineElem"));
            w.writeAttribute(QStringLiteral("Title"), b.title);
            w.writeStartElement(kNs, QStringLiteral("Actions"));
            w.writeStartElement(kNs, QStringLiteral("Action"));
            w.writeAttribute(QStringLiteral("Event"), QStringLiteral("CLICK"));
            w.writeStartElement(kNs, QStringLiteral("Goto"));
            w.writeStartElement(kNs, QStringLiteral("Dest"));
            w.writeAttribute(QStringLiteral("Type"), QStringLiteral("Fit"));
            w.writeAttribute(QStringLiteral("PageID"), QString::number(pages.at(b.page).id));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            const bool nextIsChild = i + 1 < m_d.bookmarks.size() && m_d.bookmarks.at(i + 1).level > b.level;
            if (nextIsChild && b.level == 0)
                childOpen = true; // keep this element open for its children
            else
                w.writeEndElement();
        }
        if (childOpen)
            w.writeEndElement();
        w.writeEndElement();
    }

    // OFD.xml
    bool writeOfd()
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        start(w, QStringLiteral("OFD"));
        w.writeAttribute(QStringLiteral("Version"), QStringLiteral("1.1"));
        w.writeAttribute(QStringLiteral("DocType"), QStringLiteral("OFD-A"));
        w.writeStartElement(kNs, QStringLiteral("DocBody"));
        w.writeStartElement(kNs, QStringLiteral("DocInfo"));
        w.writeTextElement(kNs, QStringLiteral("DocID"), QString(m_d.identifier).remove(QLatin1Char('-')));
        w.writeTextElement(kNs, QStringLiteral("Title"), m_d.title);
        w.writeTextElement(kNs, QStringLiteral("Author"), m_d.author);
        w.writeTextElement(kNs, QStringLiteral("Subject"), m_d.subject);
        if (!m_d.keywords.isEmpty()) {
            w.writeStartElement(kNs, QStringLiteral("Keywords"));
            for (const QString& k : m_d.keywords)
                w.writeTextElement(kNs, QStringLiteral("Keyword"), k);
            w.writeEndElement();
        }
        w.writeTextElement(kNs, QStringLiteral("Creator"), m_d.creatorTool.section(QLatin1Char(' '), 0, -2));
        w.writeTextElement(kNs, QStringLiteral("CreatorVersion"), m_d.creatorTool.section(QLatin1Char(' '), -1));
        const QDateTime created = m_d.created.isValid() ? m_d.created : QDateTime::currentDateTimeUtc();
        w.writeTextElement(kNs, QStringLiteral("CreationDate"), created.toUTC().date().toString(Qt::ISODate));
        if (!m_d.metadata.isEmpty()) {
            w.writeStartElement(kNs, QStringLiteral("CustomDatas"));
            for (const ExportMeta& m : m_d.metadata) {
                w.writeStartElement(kNs, QStringLiteral("CustomData"));
                w.writeAttribute(QStringLiteral("Name"), m.name);
                w.writeCharacters(m.value);
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement(); // DocInfo
        w.writeTextElement(kNs, QStringLiteral("DocRoot"), QStringLiteral("Doc_0/Document.xml"));
        w.writeEndElement(); // DocBody
        finish(w);
        if (!m_zip.addBytes(QStringLiteral("OFD.xml"), xml))
            return false;
        return true;
    }

    struct Media
    {
        int id;
        QString file;
        QString format;
    };

    int nextId() { return ++m_lastId; }

    bool fail(const QString& what)
    {
        m_error = what;
        return false;
    }

    void start(QXmlStreamWriter& w, const QString& root)
    {
        w.setAutoFormatting(false);
        w.writeStartDocument();
        w.writeNamespace(kNs, QStringLiteral("ofd"));
        w.writeStartElement(kNs, root);
    }

    void finish(QXmlStreamWriter& w)
    {
        w.writeEndElement();
        w.writeEndDocument();
    }

    int media(const ExportImage& img)
    {
        const QString key = img.path.isEmpty() ? QString() : img.path;
        if (!key.isEmpty())
            if (auto it = m_mediaByPath.constFind(key); it != m_mediaByPath.cend())
                return it.value();
        const int id = nextId();
        const bool tiff = img.format == QLatin1String("tiff");
        const QString format = tiff ? QStringLiteral("png") : img.format;
        const QString file = QStringLiteral("image_%1.%2").arg(id).arg(mediaSuffix(format));
        bool ok = false;
        if (tiff) {
            const QByteArray png = tiffAsPng(img);
            if (png.isEmpty()) {
                fail(QStringLiteral("the TIFF image %1 cannot be decoded").arg(img.path));
                return -1;
            }
            ok = m_zip.addBytes(QStringLiteral("Doc_0/Res/") + file, png, false);
        } else {
            ok = img.data.isEmpty() ? m_zip.addFile(QStringLiteral("Doc_0/Res/") + file, img.path, false)
                                    : m_zip.addBytes(QStringLiteral("Doc_0/Res/") + file, img.data, false);
        }
        if (!ok)
            return -1;
        m_media.append({id, file, mediaFormat(format)});
        if (!key.isEmpty())
            m_mediaByPath.insert(key, id);
        return id;
    }

    bool writePage(const ExportPage& p, const QString& loc, int fontId)
    {
        QByteArray xml;
        QXmlStreamWriter w(&xml);
        start(w, QStringLiteral("Page"));
        w.writeStartElement(kNs, QStringLiteral("Area"));
        const QRectF page(QPointF(0, 0), p.size);
        w.writeTextElement(kNs, QStringLiteral("PhysicalBox"), box(page));
        w.writeEndElement();
        w.writeStartElement(kNs, QStringLiteral("Content"));
        if (!p.images.isEmpty()) {
            w.writeStartElement(kNs, QStringLiteral("Layer"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
            w.writeAttribute(QStringLiteral("Type"), QStringLiteral("Background"));
            if (!writeImages(w, p, page))
                return false;
            w.writeEndElement();
        }
        w.writeStartElement(kNs, QStringLiteral("Layer"));
        w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
        w.writeAttribute(QStringLiteral("Type"), QStringLiteral("Body"));
        writePaths(w, p, page);
        writeShapes(w, p);
        writeTexts(w, p, fontId);
        w.writeEndElement(); // Layer
        w.writeEndElement(); // Content
        finish(w);
        return m_zip.addBytes(QStringLiteral("Doc_0/") + loc, xml);
    }

    // The scanned images, clipped where the page was cropped: the background layer.
    bool writeImages(QXmlStreamWriter& w, const ExportPage& p, const QRectF& page)
    {
        for (const ExportImage& img : p.images) {
            if (img.pixels.isEmpty())
                continue;
            const int res = media(img);
            if (res < 0)
                return false;
            // The image's unit square (y down) → its pixels → page millimetres.
            const QTransform t = QTransform::fromScale(img.pixels.width(), img.pixels.height()) * img.toPage;
            w.writeStartElement(kNs, QStringLiteral("ImageObject"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
            w.writeAttribute(QStringLiteral("ResourceID"), QString::number(res));
            w.writeAttribute(QStringLiteral("Boundary"), box(page));
            w.writeAttribute(QStringLiteral("CTM"), ctm(t));
            if (!img.clip.isEmpty()) {
                w.writeStartElement(kNs, QStringLiteral("Clips"));
                w.writeStartElement(kNs, QStringLiteral("Clip"));
                w.writeStartElement(kNs, QStringLiteral("Area"));
                w.writeStartElement(kNs, QStringLiteral("Path"));
                w.writeAttribute(QStringLiteral("Boundary"), box(page));
                w.writeTextElement(kNs, QStringLiteral("AbbreviatedData"), pathData(img.clip));
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        return true;
    }

    // Drawn paths (separator and label graphics).
    void writePaths(QXmlStreamWriter& w, const ExportPage& p, const QRectF& page)
    {
        for (const ExportPath& path : p.paths) {
            w.writeStartElement(kNs, QStringLiteral("PathObject"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
            w.writeAttribute(QStringLiteral("Boundary"), box(page));
            const bool fill = path.fill.isValid(), stroke = path.stroke.isValid();
            w.writeAttribute(QStringLiteral("Fill"), fill ? QStringLiteral("true") : QStringLiteral("false"));
            w.writeAttribute(QStringLiteral("Stroke"), stroke ? QStringLiteral("true") : QStringLiteral("false"));
            if (stroke)
                w.writeAttribute(QStringLiteral("LineWidth"), num(path.strokeWidth));
            if (fill) {
                w.writeStartElement(kNs, QStringLiteral("FillColor"));
                w.writeAttribute(QStringLiteral("Value"), colour(path.fill));
                w.writeEndElement();
            }
            if (stroke) {
                w.writeStartElement(kNs, QStringLiteral("StrokeColor"));
                w.writeAttribute(QStringLiteral("Value"), colour(path.stroke));
                w.writeEndElement();
            }
            w.writeTextElement(kNs, QStringLiteral("AbbreviatedData"), pathData(path.path));
            w.writeEndElement();
        }
    }

    // Glyph outlines placed on the page (visible text drawn as shapes).
    void writeShapes(QXmlStreamWriter& w, const ExportPage& p)
    {
        for (const ExportShape& s : p.shapes) {
            if (s.shape < 0 || s.shape >= m_d.shapes.size())
                continue;
            const QPainterPath& shape = m_d.shapes.at(s.shape);
            if (shape.isEmpty())
                continue;
            // The glyph outline placed in page millimetres; its Boundary is its own box.
            const QRectF b = s.toPage.mapRect(shape.boundingRect()).adjusted(-0.1, -0.1, 0.1, 0.1);
            w.writeStartElement(kNs, QStringLiteral("PathObject"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
            w.writeAttribute(QStringLiteral("Boundary"), box(b));
            w.writeAttribute(QStringLiteral("Fill"), QStringLiteral("true"));
            w.writeAttribute(QStringLiteral("Stroke"), QStringLiteral("false"));
            w.writeAttribute(QStringLiteral("Rule"), shape.fillRule() == Qt::WindingFill ? QStringLiteral("NonZero")
                                                                                         : QStringLiteral("Even-Odd"));
            w.writeStartElement(kNs, QStringLiteral("FillColor"));
            w.writeAttribute(QStringLiteral("Value"), colour(s.colour));
            w.writeEndElement();
            w.writeTextElement(kNs, QStringLiteral("AbbreviatedData"),
                               pathData(shape, s.toPage * QTransform::fromTranslate(-b.x(), -b.y())));
            w.writeEndElement();
        }
    }

    // The invisible recognised text, one object per line, in the glyphless font.
    void writeTexts(QXmlStreamWriter& w, const ExportPage& p, int fontId)
    {
        for (const ExportText& t : p.texts) {
            const QString text = t.text;
            const int n = int(text.size());
            if (n == 0 || t.box.height() <= 0)
                continue;
            const double size = t.box.height();
            w.writeStartElement(kNs, QStringLiteral("TextObject"));
            w.writeAttribute(QStringLiteral("ID"), QString::number(nextId()));
            w.writeAttribute(QStringLiteral("Boundary"), box(t.box));
            w.writeAttribute(QStringLiteral("Font"), QString::number(fontId));
            w.writeAttribute(QStringLiteral("Size"), num(size));
            w.writeAttribute(QStringLiteral("Fill"), QStringLiteral("false"));
            // Fully transparent as well: a reader that ignores Fill (ofd.js) would otherwise draw the OCR text
            // over the scanned image.
            w.writeStartElement(kNs, QStringLiteral("FillColor"));
            w.writeAttribute(QStringLiteral("Value"), QStringLiteral("0 0 0"));
            w.writeAttribute(QStringLiteral("Alpha"), QStringLiteral("0"));
            w.writeEndElement();
            w.writeStartElement(kNs, QStringLiteral("TextCode"));
            w.writeAttribute(QStringLiteral("X"), QStringLiteral("0"));
            w.writeAttribute(QStringLiteral("Y"), num(size * 0.88));
            if (n > 1)
                w.writeAttribute(QStringLiteral("DeltaX"),
                                 QStringLiteral("g %1 %2").arg(n - 1).arg(num(t.box.width() / n)));
            w.writeCharacters(text);
            w.writeEndElement();
            w.writeEndElement();
        }
    }

    const ExportDocument& m_d;
    ZipWriter& m_zip;
    int m_lastId = 0;
    QList<Media> m_media;
    QHash<QString, int> m_mediaByPath;
    QString m_error;
};

} // namespace

Result<Ok> OfdExporter::write(const ExportDocument& document, const QString& path, const ExportProgress& progress) const
{
    const QString part = path + QStringLiteral(".part");
    auto failed = [&path](const QString& why) {
        return Error(QStringLiteral("export_failed"),
                     QT_TRANSLATE_NOOP("Dossier::Error", "The OFD file %1 could not be written: %2"), {path, why});
    };
    bool cancelled = false;
    {
        ZipWriter zip(part);
        if (!zip.isOpen())
            return failed(zip.errorString());
        Writer w(document, zip);
        if (!w.run(progress, &cancelled)) {
            QFile::remove(part);
            if (cancelled)
                return Error(QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Dossier::Error", "Cancelled."));
            return failed(w.error().isEmpty() ? zip.errorString() : w.error());
        }
        if (!zip.close()) {
            QFile::remove(part);
            return failed(zip.errorString());
        }
    }
    if (!commitFile(part, path))
        return failed(QStringLiteral("rename"));
    return Ok{};
}

} // namespace Dossier
