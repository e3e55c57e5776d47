#include "pdfaplugin.h"

#include "imageembed.h"

#include <dossier/commitfile.h>

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <podofo/podofo.h>

#include <cmath>

static void initPdfaResources()
{
    Q_INIT_RESOURCE(pdfa_resources);
}

// PoDoFo prints debug output (the trailer, …) to stdout unless told not to; set once, when the plugin loads.
static const bool g_podofoQuiet = [] {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    return true;
}();

namespace Dossier {
namespace {

using namespace PoDoFo;

constexpr double kPtPerMm = 72.0 / 25.4;

Error writeFailed(const QString& path, const QString& why)
{
    return Error(QStringLiteral("export_failed"),
                 QT_TRANSLATE_NOOP("Dossier::Error", "The PDF/A file %1 could not be written: %2"), {path, why});
}

// Compact number for content streams: at most 3 decimals, no trailing zeros.
QByteArray num(double v)
{
    if (std::abs(v) < 0.0005)
        return QByteArrayLiteral("0");
    QByteArray s = QByteArray::number(v, 'f', 3);
    while (s.endsWith('0'))
        s.chop(1);
    if (s.endsWith('.'))
        s.chop(1);
    return s;
}

QByteArray matrix(const QTransform& t)
{
    return num(t.m11()) + ' ' + num(t.m12()) + ' ' + num(t.m21()) + ' ' + num(t.m22()) + ' ' + num(t.dx()) + ' ' +
           num(t.dy());
}

QByteArray colour(const QColor& c)
{
    return num(c.redF()) + ' ' + num(c.greenF()) + ' ' + num(c.blueF());
}

QByteArray pathOps(const QPainterPath& path, const QTransform& t)
{
    QByteArray ops;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        const QPointF p = t.map(QPointF(e.x, e.y));
        if (e.type == QPainterPath::MoveToElement) {
            ops += num(p.x()) + ' ' + num(p.y()) + " m\n";
        } else if (e.type == QPainterPath::LineToElement) {
            ops += num(p.x()) + ' ' + num(p.y()) + " l\n";
        } else if (e.type == QPainterPath::CurveToElement && i + 2 < path.elementCount()) {
            const QPointF c2 = t.map(QPointF(path.elementAt(i + 1).x, path.elementAt(i + 1).y));
            const QPointF c3 = t.map(QPointF(path.elementAt(i + 2).x, path.elementAt(i + 2).y));
            ops += num(p.x()) + ' ' + num(p.y()) + ' ' + num(c2.x()) + ' ' + num(c2.y()) + ' ' + num(c3.x()) + ' ' +
                   num(c3.y()) + " c\n";
            i += 2;
        }
    }
    return ops;
}

PdfString utf8String(const QString& s)
{
    const QByteArray u = s.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8*>(u.constData()));
}

QByteArray pdfDate(const QDateTime& dt)
{
    const QDateTime u = dt.toUTC();
    return "D:" + u.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "+00'00'";
}

QByteArray xmlEscape(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray readResource(const QString& path)
{
    initPdfaResources();
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// UTF-16 code units, one glyph each (characters outside the BMP become U+FFFD: the CID space is 16-bit).
QByteArray hexText(const QString& text, int* count)
{
    QByteArray hex;
    hex.reserve(text.size() * 4 + 2);
    hex += '<';
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t u = text.at(i).unicode();
        if (QChar::isHighSurrogate(u)) {
            u = 0xFFFD;
            ++i;
        } else if (QChar::isLowSurrogate(u)) {
            u = 0xFFFD;
        }
        static const char digits[] = "0123456789ABCDEF";
        hex += digits[(u >> 12) & 0xF];
        hex += digits[(u >> 8) & 0xF];
        hex += digits[(u >> 4) & 0xF];
        hex += digits[u & 0xF];
        ++n;
    }
    hex += '>';
    *count = n;
    return hex;
}

class Writer
{
public:
    explicit Writer(const ExportDocument& d) : m_d(d) {}

    void build(const ExportProgress& progress, bool* cancelled)
    {
        m_doc.SetPdfVersion(ePdfVersion_1_7);
        m_doc.SetWriteMode(ePdfWriteMode_Compact);
        makeFont();
        for (qsizetype i = 0; i < m_d.pages.size(); ++i) {
            makePage(m_d.pages.at(i));
            if (progress && !progress(int(i + 1), int(m_d.pages.size()))) {
                *cancelled = true;
                return;
            }
        }
        makeOutlines();
        makePageLabels();
        makeMetadata();
    }

    void write(const QString& path)
    {
        PdfOutputDevice dev(QFile::encodeName(path).constData());
        m_doc.Write(&dev);
    }

private:
    PdfObject* newStream(const QByteArray& data, bool compress)
    {
        PdfObject* o = m_doc.GetObjects().CreateObject();
        if (compress) {
            TVecFilters f;
            f.push_back(ePdfFilter_FlateDecode);
            o->GetStream()->Set(data.constData(), data.size(), f);
        } else {
            PdfMemoryInputStream in(data.constData(), data.size());
            o->GetStream()->SetRawData(&in, data.size());
        }
        return o;
    }

    // The invisible text font: Tesseract's glyphless TrueType (from Debian's libtesseract5), as a CID font
    // whose CIDs are UTF-16 code units, with a ToUnicode map giving each CID back as itself.
    void makeFont()
    {
        const QByteArray ttf = readResource(QStringLiteral(":/pdfa/glyphless.ttf"));
        PdfObject* file = newStream(ttf, true);
        file->GetDictionary().AddKey("Length1", PdfVariant(pdf_int64(ttf.size())));

        PdfObject* desc = m_doc.GetObjects().CreateObject("FontDescriptor");
        PdfDictionary& dd = desc->GetDictionary();
        dd.AddKey("FontName", PdfName("GlyphLessFont"));
        dd.AddKey("Flags", PdfVariant(pdf_int64(4)));
        PdfArray bbox;
        for (int v : {0, 0, 500, 1000})
            bbox.push_back(PdfVariant(pdf_int64(v)));
        dd.AddKey("FontBBox", bbox);
        dd.AddKey("ItalicAngle", PdfVariant(pdf_int64(0)));
        dd.AddKey("Ascent", PdfVariant(pdf_int64(1000)));
        dd.AddKey("Descent", PdfVariant(pdf_int64(0)));
        dd.AddKey("CapHeight", PdfVariant(pdf_int64(1000)));
        dd.AddKey("StemV", PdfVariant(pdf_int64(80)));
        dd.AddKey("FontFile2", file->Reference());

        QByteArray map(2 * 65536, '\0');
        for (int i = 0; i < 65536; ++i)
            map[2 * i + 1] = 1; // every CID draws glyph 1
        PdfObject* cidToGid = newStream(map, true);

        PdfObject* cid = m_doc.GetObjects().CreateObject("Font");
        PdfDictionary& cd = cid->GetDictionary();
        cd.AddKey("Subtype", PdfName("CIDFontType2"));
        cd.AddKey("BaseFont", PdfName("GlyphLessFont"));
        PdfDictionary info;
        info.AddKey("Registry", PdfString("Adobe"));
        info.AddKey("Ordering", PdfString("Identity"));
        info.AddKey("Supplement", PdfVariant(pdf_int64(0)));
        cd.AddKey("CIDSystemInfo", info);
        cd.AddKey("FontDescriptor", desc->Reference());
        cd.AddKey("DW", PdfVariant(pdf_int64(500)));
        cd.AddKey("CIDToGIDMap", cidToGid->Reference());

        QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
        // One range per high byte (a range may only vary in its last byte); surrogates map to nothing.
        QList<int> highs;
        for (int h = 0; h < 256; ++h)
            if (h < 0xD8 || h > 0xDF)
                highs << h;
        for (qsizetype start = 0; start < highs.size(); start += 100) {
            const qsizetype n = std::min<qsizetype>(100, highs.size() - start);
            cmap += QByteArray::number(n) + " beginbfrange\n";
            for (qsizetype k = start; k < start + n; ++k) {
                const QByteArray h = QByteArray::number(highs.at(k), 16).rightJustified(2, '0').toUpper();
                cmap += '<' + h + "00> <" + h + "FF> <" + h + "00>\n";
            }
            cmap += "endbfrange\n";
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        PdfObject* toUnicode = newStream(cmap, true);

        m_font = m_doc.GetObjects().CreateObject("Font");
        PdfDictionary& fd = m_font->GetDictionary();
        fd.AddKey("Subtype", PdfName("Type0"));
        fd.AddKey("BaseFont", PdfName("GlyphLessFont"));
        fd.AddKey("Encoding", PdfName("Identity-H"));
        PdfArray desc2;
        desc2.push_back(cid->Reference());
        fd.AddKey("DescendantFonts", desc2);
        fd.AddKey("ToUnicode", toUnicode->Reference());
    }

    PdfObject* shapeForm(int index)
    {
        if (PdfObject* o = m_shapes.value(index))
            return o;
        const QPainterPath& path = m_d.shapes.at(index);
        const QRectF b = path.boundingRect().adjusted(-1, -1, 1, 1);
        QByteArray ops = pathOps(path, QTransform());
        ops += path.fillRule() == Qt::WindingFill ? "f\n" : "f*\n";
        PdfObject* form = newStream(ops, true);
        PdfDictionary& fd = form->GetDictionary();
        fd.AddKey("Type", PdfName("XObject"));
        fd.AddKey("Subtype", PdfName("Form"));
        PdfArray bbox;
        for (double v : {b.left(), b.top(), b.right(), b.bottom()})
            bbox.push_back(PdfVariant(v));
        fd.AddKey("BBox", bbox);
        m_shapes.insert(index, form);
        return form;
    }

    // A PDF object (a dictionary or array) written as text in the embedded image's description, as a key's value.
    static void addParsed(PdfDictionary& d, const char* key, const QByteArray& text)
    {
        PdfVariant v;
        PdfTokenizer tok(text.constData(), text.size());
        tok.GetNextVariant(v, nullptr);
        d.AddKey(key, v);
    }

    // The image as an XObject: its coded data passed through where the format allows; `size` gets its pixels.
    PdfObject* imageObject(const ExportImage& img, QSize* size)
    {
        QByteArray file = img.data;
        if (file.isEmpty()) {
            QFile f(img.path);
            if (!f.open(QIODevice::ReadOnly))
                throw std::runtime_error("cannot read " + img.path.toStdString());
            file = f.readAll();
        }
        auto e = Pdf::embedImage(file, img.format);
        if (!e)
            throw std::runtime_error(e.error().english().toStdString());
        if (e->passedThrough)
            ++m_passedThrough;
        PdfObject* xo = m_doc.GetObjects().CreateObject("XObject");
        PdfMemoryInputStream in(e->stream.constData(), e->stream.size());
        xo->GetStream()->SetRawData(&in, e->stream.size());
        PdfDictionary& xd = xo->GetDictionary();
        xd.AddKey("Subtype", PdfName("Image"));
        xd.AddKey("Width", PdfVariant(pdf_int64(e->width)));
        xd.AddKey("Height", PdfVariant(pdf_int64(e->height)));
        xd.AddKey("BitsPerComponent", PdfVariant(pdf_int64(e->bitsPerComponent)));
        xd.AddKey("Filter", PdfName(e->filter.constData()));
        if (e->colourSpace.startsWith('['))
            addParsed(xd, "ColorSpace", e->colourSpace);
        else
            xd.AddKey("ColorSpace", PdfName(e->colourSpace.constData()));
        if (!e->decodeParms.isEmpty())
            addParsed(xd, "DecodeParms", e->decodeParms);
        if (!e->decode.isEmpty())
            addParsed(xd, "Decode", e->decode);
        *size = QSize(e->width, e->height);
        return xo;
    }

    void makePage(const ExportPage& p)
    {
        const double wPt = p.size.width() * kPtPerMm, hPt = p.size.height() * kPtPerMm;
        PdfPage* page = m_doc.CreatePage(PdfRect(0, 0, wPt, hPt));
        // page millimetres (y down) → PDF points (y up)
        const QTransform toPdf(kPtPerMm, 0, 0, -kPtPerMm, 0, hPt);
        PdfDictionary xobjects;
        QByteArray c;
        c.reserve(4096);
        int imageNo = 0;
        for (const ExportImage& img : p.images) {
            QSize px;
            PdfObject* xo = imageObject(img, &px);
            const QByteArray name = "Im" + QByteArray::number(imageNo++);
            xobjects.AddKey(PdfName(name.constData()), xo->Reference());
            // unit square → image pixels (row 0 at the top) → page mm → PDF points
            const QTransform unit(px.width(), 0, 0, -px.height(), 0, px.height());
            const QSizeF scale(double(px.width()) / std::max(1, img.pixels.width()),
                               double(px.height()) / std::max(1, img.pixels.height()));
            const QTransform pixels = QTransform::fromScale(1 / scale.width(), 1 / scale.height());
            c += "q\n";
            if (!img.clip.isEmpty())
                c += pathOps(img.clip, toPdf) + "h W n\n";
            c += matrix(unit * pixels * img.toPage * toPdf) + " cm /" + name + " Do\nQ\n";
        }
        for (const ExportPath& path : p.paths) {
            c += "q\n";
            const bool fill = path.fill.isValid(), stroke = path.stroke.isValid();
            if (fill)
                c += colour(path.fill) + " rg\n";
            if (stroke)
                c += colour(path.stroke) + " RG " + num(path.strokeWidth * kPtPerMm) + " w\n";
            c += pathOps(path.path, toPdf);
            c += fill && stroke ? "B\n" : fill ? "f\n" : "S\n";
            c += "Q\n";
        }
        int shapeNo = 0;
        QHash<int, QByteArray> shapeNames;
        for (const ExportShape& s : p.shapes) {
            if (s.shape < 0 || s.shape >= m_d.shapes.size())
                continue;
            QByteArray name = shapeNames.value(s.shape);
            if (name.isEmpty()) {
                name = "G" + QByteArray::number(shapeNo++);
                shapeNames.insert(s.shape, name);
                xobjects.AddKey(PdfName(name.constData()), shapeForm(s.shape)->Reference());
            }
            c += "q " + colour(s.colour) + " rg " + matrix(s.toPage * toPdf) + " cm /" + name + " Do Q\n";
        }
        if (!p.texts.isEmpty()) {
            c += "BT\n3 Tr\n/F0 1 Tf\n";
            for (const ExportText& t : p.texts) {
                int n = 0;
                const QByteArray hex = hexText(t.text, &n);
                if (n == 0 || t.box.height() <= 0)
                    continue;
                const QRectF r = toPdf.mapRect(t.box);
                const double h = r.height();
                const double a = std::max(r.width(), 0.01) / (0.5 * n);
                c += num(a) + " 0 0 " + num(h) + ' ' + num(r.left()) + ' ' + num(r.top()) + " Tm " + hex + " Tj\n";
            }
            c += "ET\n";
        }
        PdfObject* contents = newStream(c, true);
        PdfDictionary& pd = page->GetObject()->GetDictionary();
        pd.AddKey("Contents", contents->Reference());
        PdfDictionary res;
        res.AddKey("XObject", xobjects);
        PdfDictionary fonts;
        fonts.AddKey("F0", m_font->Reference());
        res.AddKey("Font", fonts);
        pd.AddKey("Resources", res);
    }

    void makeOutlines()
    {
        const int pageCount = m_doc.GetPageCount();
        if (m_d.bookmarks.isEmpty())
            return;
        PdfOutlines* outlines = m_doc.GetOutlines();
        PdfOutlineItem* last = nullptr;
        PdfOutlineItem* lastTop = nullptr;
        for (const ExportBookmark& b : m_d.bookmarks) {
            if (b.page < 0 || b.page >= pageCount)
                continue;
            const PdfDestination dest(m_doc.GetPage(b.page), ePdfDestinationFit_Fit);
            if (!lastTop) {
                lastTop = outlines->CreateRoot(utf8String(b.title));
                lastTop->SetDestination(dest);
                last = lastTop;
            } else if (b.level > 0 && last) {
                last = (last == lastTop ? lastTop->CreateChild(utf8String(b.title), dest)
                                        : last->CreateNext(utf8String(b.title), dest));
            } else {
                lastTop = lastTop->CreateNext(utf8String(b.title), dest);
                last = lastTop;
            }
        }
        m_doc.GetCatalog()->GetDictionary().AddKey("PageMode", PdfName("UseOutlines"));
    }

    void makePageLabels()
    {
        PdfArray nums;
        for (qsizetype i = 0; i < m_d.pages.size(); ++i) {
            PdfDictionary label;
            label.AddKey("P", utf8String(m_d.pages.at(i).label));
            nums.push_back(PdfVariant(pdf_int64(i)));
            nums.push_back(label);
        }
        PdfDictionary labels;
        labels.AddKey("Nums", nums);
        m_doc.GetCatalog()->GetDictionary().AddKey("PageLabels", labels);
    }

    void makeMetadata()
    {
        const QDateTime created = m_d.created.isValid() ? m_d.created : QDateTime::currentDateTimeUtc();
        const QString producer =
            QStringLiteral("Dossier Workstation / PoDoFo %1").arg(QString::fromLatin1(PODOFO_VERSION_STRING));
        const QString keywords = m_d.keywords.join(QStringLiteral("; "));

        PdfDictionary& info = m_doc.GetInfo()->GetObject()->GetDictionary();
        info.AddKey("Title", utf8String(m_d.title));
        info.AddKey("Author", utf8String(m_d.author));
        info.AddKey("Subject", utf8String(m_d.subject));
        info.AddKey("Keywords", utf8String(keywords));
        info.AddKey("Creator", utf8String(m_d.creatorTool));
        info.AddKey("Producer", utf8String(producer));
        info.AddKey("CreationDate", PdfString(pdfDate(created).constData()));
        info.AddKey("ModDate", PdfString(pdfDate(created).constData()));

        const QByteArray iso = created.toUTC().toString(Qt::ISODate).toLatin1();
        QByteArray custom;
        for (const ExportMeta& m : m_d.metadata)
            custom +=
                "   <dossier:" + xmlEscape(m.key) + '>' + xmlEscape(m.value) + "</dossier:" + xmlEscape(m.key) + ">\n";
        const QByteArray xmp =
            "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
            " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
            "  <rdf:Description rdf:about=\"\"\n"
            "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
            "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
            "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
            "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
            "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\">\n"
            "   <pdfaid:part>2</pdfaid:part>\n"
            "   <pdfaid:conformance>U</pdfaid:conformance>\n"
            "   <dc:format>application/pdf</dc:format>\n"
            "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
            xmlEscape(m_d.title) +
            "</rdf:li></rdf:Alt></dc:title>\n"
            "   <dc:creator><rdf:Seq><rdf:li>" +
            xmlEscape(m_d.author) +
            "</rdf:li></rdf:Seq></dc:creator>\n"
            "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
            xmlEscape(m_d.subject) +
            "</rdf:li></rdf:Alt></dc:description>\n"
            "   <dc:language><rdf:Bag><rdf:li>" +
            xmlEscape(m_d.language) +
            "</rdf:li></rdf:Bag></dc:language>\n"
            "   <pdf:Keywords>" +
            xmlEscape(keywords) +
            "</pdf:Keywords>\n"
            "   <pdf:Producer>" +
            xmlEscape(producer) +
            "</pdf:Producer>\n"
            "   <xmp:CreatorTool>" +
            xmlEscape(m_d.creatorTool) +
            "</xmp:CreatorTool>\n"
            "   <xmp:CreateDate>" +
            iso +
            "</xmp:CreateDate>\n"
            "   <xmp:ModifyDate>" +
            iso +
            "</xmp:ModifyDate>\n"
            "   <xmp:MetadataDate>" +
            iso +
            "</xmp:MetadataDate>\n"
            "   <xmpMM:DocumentID>uuid:" +
            xmlEscape(m_d.identifier) +
            "</xmpMM:DocumentID>\n"
            "  </rdf:Description>\n" +
            (custom.isEmpty() ? QByteArray()
                              : "  <rdf:Description rdf:about=\"\" xmlns:dossier=\"urn:dossier:da-t-46:1\">\n" +
                                    custom + "  </rdf:Description>\n") +
            " </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        PdfObject* meta = newStream(xmp, false);
        meta->GetDictionary().AddKey("Type", PdfName("Metadata"));
        meta->GetDictionary().AddKey("Subtype", PdfName("XML"));
        PdfDictionary& cat = m_doc.GetCatalog()->GetDictionary();
        cat.AddKey("Metadata", meta->Reference());
        cat.AddKey("Lang", utf8String(m_d.language));

        const QByteArray icc = readResource(QStringLiteral(":/pdfa/sRGB.icc"));
        PdfObject* profile = newStream(icc, true);
        profile->GetDictionary().AddKey("N", PdfVariant(pdf_int64(3)));
        PdfObject* intent = m_doc.GetObjects().CreateObject("OutputIntent");
        PdfDictionary& id = intent->GetDictionary();
        id.AddKey("S", PdfName("GTS_PDFA1"));
        id.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
        id.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
        id.AddKey("DestOutputProfile", profile->Reference());
        PdfArray intents;
        intents.push_back(intent->Reference());
        cat.AddKey("OutputIntents", intents);
    }

    const ExportDocument& m_d;
    PdfMemDocument m_doc;
    PdfObject* m_font = nullptr;
    QHash<int, PdfObject*> m_shapes;
    int m_passedThrough = 0;
};

} // namespace

Result<Ok> PdfaExporter::write(const ExportDocument& document, const QString& path,
                               const ExportProgress& progress) const
{
    const QString part = path + QStringLiteral(".part");
    try {
        Writer w(document);
        bool cancelled = false;
        w.build(progress, &cancelled);
        if (cancelled)
            return Error(QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Dossier::Error", "Cancelled."));
        w.write(part);
    } catch (const PdfError& e) {
        QFile::remove(part);
        return writeFailed(path, QString::fromLatin1(PdfError::ErrorMessage(e.GetError())));
    } catch (const std::exception& e) {
        QFile::remove(part);
        return writeFailed(path, QString::fromLocal8Bit(e.what()));
    }
    if (!commitFile(part, path))
        return writeFailed(path, QStringLiteral("rename"));
    return Ok{};
}

} // namespace Dossier
