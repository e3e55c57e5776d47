// Archive outputs on the corpus, checked with tools we did not write: qpdf, pdffonts, pdfinfo, pdftotext,
// pdftoppm, pdfimages, zbarimg and the tesseract command; the OFD with our own validator (there is no OFD
// tool in Debian), which must also reject broken fixtures.
#include "archive/anonymiser.h"
#include "archive/volume.h"
#include "archive/volumebuilder.h"
#include "domain/textutil.h"
#include "storage/profile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <QXmlStreamReader>
#include <cmath>

#include <zip.h>

using namespace Dossier;

namespace {

struct Output
{
    QString caseNo;
    QString dossierId;
    QString dir;
    QString pdf;
    QString ofd;
    QString access;
    QString anonymised;
    QStringList copies;
};

QString cli()
{
    return Test::binDir() + QStringLiteral("/dossier-cli");
}

QString tool(const QString& program, const QStringList& args, int* exitCode = nullptr)
{
    const auto r = Test::run(program, args, 300000);
    if (exitCode)
        *exitCode = r.exitCode;
    return QString::fromUtf8(r.out);
}

QString pageText(const QString& pdf, int page)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                              QString::number(page), pdf, QStringLiteral("-")});
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

// Reads every entry of a ZIP, lets `edit` change them, writes them to `to`.
bool rewriteZip(const QString& from, const QString& to, const std::function<void(QMap<QString, QByteArray>&)>& edit)
{
    int err = 0;
    zip_t* in = zip_open(QFile::encodeName(from).constData(), ZIP_RDONLY, &err);
    if (!in)
        return false;
    QMap<QString, QByteArray> entries;
    for (zip_int64_t i = 0; i < zip_get_num_entries(in, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(in, zip_uint64_t(i), 0, &st);
        zip_file_t* f = zip_fopen_index(in, zip_uint64_t(i), 0);
        QByteArray b(qsizetype(st.size), Qt::Uninitialized);
        zip_fread(f, b.data(), st.size);
        zip_fclose(f);
        entries.insert(QString::fromUtf8(st.name), b);
    }
    zip_close(in);
    edit(entries);
    zip_t* out = zip_open(QFile::encodeName(to).constData(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!out)
        return false;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        zip_source_t* s = zip_source_buffer(out, it.value().constData(), zip_uint64_t(it.value().size()), 0);
        zip_file_add(out, it.key().toUtf8().constData(), s, ZIP_FL_OVERWRITE);
    }
    return zip_close(out) == 0;
}

// A scanned page: an image in its background and many runs of OCR text.
QString firstContentPageXml(const QMap<QString, QByteArray>& e)
{
    for (auto it = e.cbegin(); it != e.cend(); ++it)
        if (it.key().endsWith(QLatin1String("Content.xml")) && it.value().contains("ImageObject") &&
            it.value().count("<ofd:TextObject") > 20)
            return it.key();
    return {};
}

// A small OFD rasteriser for the test (no OFD tool exists in Debian): draws each page's images (by their CTM)
// and filled paths (AbbreviatedData) with QPainter, at `dpi`. Invisible text is not drawn.
QImage renderOfdPage(const QMap<QString, QByteArray>& e, int pageIndex, double dpi)
{
    const QByteArray xml = e.value(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(pageIndex));
    QHash<int, QString> media;
    static const QRegularExpression mm(
        QStringLiteral("<ofd:MultiMedia ID=\"(\\d+)\"[^>]*>\\s*<ofd:MediaFile>([^<]+)</ofd:MediaFile>"));
    for (auto it = mm.globalMatch(QString::fromUtf8(e.value(QStringLiteral("Doc_0/DocumentRes.xml")))); it.hasNext();) {
        const auto m = it.next();
        media.insert(m.captured(1).toInt(), QStringLiteral("Doc_0/Res/") + m.captured(2));
    }
    QXmlStreamReader x(xml);
    QImage img;
    QPainter painter;
    const double k = dpi / 25.4;
    auto numbers = [](QStringView s) {
        QList<double> v;
        for (const auto& t : s.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            v << t.toDouble();
        return v;
    };
    QRectF pathBox;
    bool pathFill = false, pathStroke = false;
    double lineWidth = 0.25;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        const auto a = x.attributes();
        if (x.name() == QLatin1String("PhysicalBox") && img.isNull()) {
            const QList<double> b = numbers(x.readElementText());
            img = QImage(int(b.value(2) * k + 0.5), int(b.value(3) * k + 0.5), QImage::Format_RGB32);
            img.fill(Qt::white);
            painter.begin(&img);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.setRenderHint(QPainter::Antialiasing);
        } else if (x.name() == QLatin1String("ImageObject")) {
            const QList<double> b = numbers(a.value(QStringLiteral("Boundary")));
            const QList<double> c = numbers(a.value(QStringLiteral("CTM")));
            QImage picture = QImage::fromData(e.value(media.value(a.value(QStringLiteral("ResourceID")).toInt())));
            if (picture.isNull() || c.size() != 6)
                continue;
            // Shrink first (area average): QPainter's bilinear sampling would alias a large downscale.
            const double target = std::hypot(c[0], c[1]) * k;
            if (target < picture.width())
                picture = picture.scaled(int(target), int(std::hypot(c[2], c[3]) * k), Qt::IgnoreAspectRatio,
                                         Qt::SmoothTransformation);
            const QTransform unit = QTransform::fromScale(1.0 / picture.width(), 1.0 / picture.height());
            painter.setTransform(unit * QTransform(c[0], c[1], c[2], c[3], c[4], c[5]) *
                                 QTransform::fromTranslate(b.value(0), b.value(1)) * QTransform::fromScale(k, k));
            painter.drawImage(QPointF(0, 0), picture);
            painter.resetTransform();
        } else if (x.name() == QLatin1String("PathObject")) {
            const QList<double> b = numbers(a.value(QStringLiteral("Boundary")));
            pathBox = QRectF(b.value(0), b.value(1), b.value(2), b.value(3));
            pathFill = a.value(QStringLiteral("Fill")) == QLatin1String("true");
            pathStroke = a.value(QStringLiteral("Stroke")) == QLatin1String("true");
            lineWidth =
                a.hasAttribute(QStringLiteral("LineWidth")) ? a.value(QStringLiteral("LineWidth")).toDouble() : 0.353;
        } else if (x.name() == QLatin1String("AbbreviatedData") && (pathFill || pathStroke)) {
            const QStringList t = x.readElementText().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QPainterPath path;
            path.setFillRule(Qt::WindingFill);
            for (qsizetype i = 0; i < t.size();) {
                const QString op = t.at(i++);
                auto pt = [&]() {
                    const QPointF p(t.value(i).toDouble() + pathBox.x(), t.value(i + 1).toDouble() + pathBox.y());
                    i += 2;
                    return p * k;
                };
                if (op == QLatin1String("M"))
                    path.moveTo(pt());
                else if (op == QLatin1String("L"))
                    path.lineTo(pt());
                else if (op == QLatin1String("B")) {
                    const QPointF c1 = pt(), c2 = pt(), e3 = pt();
                    path.cubicTo(c1, c2, e3);
                } else if (op == QLatin1String("C"))
                    path.closeSubpath();
            }
            if (pathFill)
                painter.fillPath(path, Qt::black);
            if (pathStroke)
                painter.strokePath(path, QPen(Qt::black, lineWidth * k));
        }
    }
    if (painter.isActive())
        painter.end();
    return img;
}

// The image each page of an unpacked OFD shows first (its scanned page), with the Format its MultiMedia declares.
struct OfdImage
{
    QString format;
    QByteArray bytes;
};
QList<OfdImage> ofdPageImages(const QMap<QString, QByteArray>& e, qsizetype pages)
{
    QHash<QString, OfdImage> byId;
    QXmlStreamReader res(e.value(QStringLiteral("Doc_0/DocumentRes.xml")));
    QString id, format;
    while (!res.atEnd()) {
        if (res.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (res.name() == QLatin1String("MultiMedia")) {
            id = res.attributes().value(QStringLiteral("ID")).toString();
            format = res.attributes().value(QStringLiteral("Format")).toString();
        } else if (res.name() == QLatin1String("MediaFile")) {
            byId.insert(id, {format, e.value(QStringLiteral("Doc_0/Res/") + res.readElementText())});
        }
    }
    static const QRegularExpression image(QStringLiteral("<ofd:ImageObject [^>]*ResourceID=\"(\\d+)\""));
    QList<OfdImage> out;
    for (qsizetype i = 0; i < pages; ++i) {
        const QString xml = QString::fromUtf8(e.value(QStringLiteral("Doc_0/Pages/Page_%1/Content.xml").arg(i)));
        out.append(byId.value(image.match(xml).captured(1)));
    }
    return out;
}
} // namespace

class TestArchive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_profile, m_out;
    QJsonObject m_report;
    QList<Output> m_outputs;

    // The pages of one output as the exporter laid them out: which PDF page shows which volume page.
    struct Layout
    {
        Volume volume;
        QList<int> volumePageOfPdfPage; // -1: a generated page
    };
    Layout layout(const Output& o)
    {
        Layout l;
        const auto profile = Profile::open(m_profile);
        if (!profile)
            return l;
        auto v = Volume::load(*profile, o.caseNo, o.dossierId);
        if (!v)
            return l;
        l.volume = *v;
        std::atomic_bool cancel{false};
        auto doc = VolumeBuilder::build(*v, {}, cancel);
        if (!doc)
            return l;
        int next = 0;
        for (const ExportPage& p : doc->pages)
            l.volumePageOfPdfPage << (!p.images.isEmpty() && !p.images.first().path.isEmpty() ? next++ : -1);
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("DOSSIER_LANG", "en"); // the checks below read the English messages; zh_CN is checked once
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
        m_out = m_tmp.filePath(QStringLiteral("out"));
        QStringList args = {QStringLiteral("process"),
                            QStringLiteral("--profile"),
                            m_profile,
                            QStringLiteral("--out"),
                            m_out,
                            QStringLiteral("--jobs"),
                            QStringLiteral("2"),
                            QStringLiteral("--quiet"),
                            QStringLiteral("--format"),
                            QStringLiteral("pdfa,ofd"),
                            QStringLiteral("--access-copy"),
                            QStringLiteral("--anonymise")};
        for (int i = 1; i <= 3; ++i)
            args << QStringLiteral("--archive-to") << m_tmp.filePath(QStringLiteral("copy%1").arg(i));
        args << Test::corpusDir() + QStringLiteral("/plain/batch-01")
             << Test::corpusDir() + QStringLiteral("/hard/batch-01");
        const auto r = Test::run(cli(), args, 1200000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        qInfo("processed and archived 90 pages in %.1f s, peak %lld MB", r.seconds, r.peakRssKb / 1024);
        m_report = Test::readJson(m_out + QStringLiteral("/report.json"));
        for (const QJsonValue& dv : m_report.value(QStringLiteral("dossiers")).toArray()) {
            const QJsonObject d = dv.toObject(), o = d.value(QStringLiteral("outputs")).toObject();
            Output out;
            out.caseNo = d.value(QStringLiteral("case_no")).toString();
            out.dossierId = d.value(QStringLiteral("dossier_id")).toString();
            auto abs = [this](const QJsonValue& v) {
                return v.toString().isEmpty() ? QString() : m_out + QLatin1Char('/') + v.toString();
            };
            out.dir = abs(o.value(QStringLiteral("package")));
            out.pdf = abs(o.value(QStringLiteral("pdfa")));
            out.ofd = abs(o.value(QStringLiteral("ofd")));
            out.access = abs(o.value(QStringLiteral("access")));
            out.anonymised = abs(o.value(QStringLiteral("anonymised")));
            for (const QJsonValue& c : o.value(QStringLiteral("copies")).toArray())
                out.copies << c.toString();
            m_outputs << out;
        }
        QCOMPARE(m_outputs.size(), 5);
    }

    void reportNamesEveryOutput()
    {
        for (const Output& o : m_outputs) {
            for (const QString& f : {o.pdf, o.ofd, o.access, o.anonymised})
                QVERIFY2(QFileInfo(f).isFile() && QFileInfo(f).size() > 10000, qPrintable(f));
            QVERIFY(QFileInfo(o.dir).isDir());
            QCOMPARE(o.copies.size(), 3);
            for (const QString& c : o.copies)
                QVERIFY(QFileInfo(c + QStringLiteral("/manifest-sha256.txt")).isFile());
        }
        for (const QJsonValue& dv : m_report.value(QStringLiteral("dossiers")).toArray())
            QVERIFY(
                dv.toObject().value(QStringLiteral("outputs")).toObject().value(QStringLiteral("archived")).toBool());
    }

    void pdfStructureIsClean()
    {
        for (const Output& o : m_outputs)
            for (const QString& pdf : {o.pdf, o.access, o.anonymised}) {
                int code = -1;
                const QString check = tool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}, &code);
                QVERIFY2(code == 0, qPrintable(pdf + QLatin1Char('\n') + check));
                QVERIFY(check.contains(QStringLiteral("No syntax or stream encoding errors")));

                const QStringList fonts =
                    tool(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                QVERIFY(fonts.size() >= 3); // header, rule, at least one font
                for (const QString& row : fonts.mid(2)) {
                    const QStringList cols = row.simplified().split(QLatin1Char(' '));
                    // name type… encoding emb sub uni object ID: emb and uni are the 5th and 3rd from the end
                    QVERIFY2(cols.size() >= 6, qPrintable(row));
                    QCOMPARE(cols.at(cols.size() - 5), QStringLiteral("yes")); // embedded
                    QCOMPARE(cols.at(cols.size() - 3), QStringLiteral("yes")); // ToUnicode
                }

                const QString meta = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
                QVERIFY(meta.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
                QVERIFY(meta.contains(QStringLiteral("<pdfaid:conformance>U</pdfaid:conformance>")));
                QVERIFY(meta.contains(o.caseNo)); // title = 案号 + volume

                const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
                QVERIFY(info.contains(QRegularExpression(QStringLiteral("Encrypted:\\s+no"))));
                QVERIFY(info.contains(QRegularExpression(QStringLiteral("JavaScript:\\s+no"))));

                // OutputIntent with an embedded profile: look at the uncompressed object structure.
                const QString qdf = m_tmp.filePath(QStringLiteral("qdf.pdf"));
                QCOMPARE(Test::run(QStringLiteral("qpdf"),
                                   {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"), pdf, qdf})
                             .exitCode,
                         0);
                QFile f(qdf);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray all = f.readAll();
                QVERIFY(all.contains("/OutputIntents"));
                QVERIFY(all.contains("/GTS_PDFA1"));
                QVERIFY(all.contains("/DestOutputProfile"));
                QVERIFY(!all.contains("/JavaScript") && !all.contains("/Launch") && !all.contains("/URI"));
            }
    }

    void mastersArePassedThrough()
    {
        for (const Output& o : m_outputs) {
            const Layout l = layout(o);
            QVERIFY(!l.volume.pages.isEmpty());
            qint64 masterBytes = 0;
            int jpeg = 0, g4 = 0;
            for (const VolumePage& p : l.volume.pages) {
                masterBytes += QFileInfo(p.masterPath).size();
                jpeg += p.format == QLatin1String("jpg");
                QFile f(p.masterPath);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray b = f.readAll();
                QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex()),
                         p.sha256);
                g4 += p.format == QLatin1String("tif") && p.colourMode == QLatin1String("bitonal");
            }
            // pdfimages lists every image with its encoding: the JPEGs stay DCT, the G4 pages stay CCITT.
            const QStringList rows = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), o.pdf})
                                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            int dct = 0, ccitt = 0;
            for (const QString& row : rows.mid(2)) {
                const QStringList c = row.simplified().split(QLatin1Char(' '));
                dct += c.value(8) == QLatin1String("jpeg");
                ccitt += c.value(8) == QLatin1String("ccitt");
            }
            QCOMPARE(dct, jpeg);
            QCOMPARE(ccitt, g4);
            const double ratio = double(QFileInfo(o.pdf).size()) / double(masterBytes);
            const double ofdRatio = double(QFileInfo(o.ofd).size()) / double(masterBytes);
            qInfo("%s: %d images, masters %lld bytes, PDF/A ×%.3f, OFD ×%.3f", qPrintable(o.caseNo),
                  int(l.volume.pages.size()), masterBytes, ratio, ofdRatio);
            QVERIFY(ratio <= 1.05);
            QVERIFY(ofdRatio <= 1.05);
        }
    }

    void pdfTextIsTheOcrTextWithoutSpacesBetweenHan()
    {
        int pages = 0, han = 0, split = 0;
        double worst = 0;
        for (const Output& o : m_outputs) {
            const Layout l = layout(o);
            for (qsizetype i = 0; i < l.volumePageOfPdfPage.size(); ++i) {
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0)
                    continue;
                const VolumePage& page = l.volume.pages.at(vp);
                const QString ocr = squeeze(page.ocr.text());
                const QString raw = pageText(o.pdf, int(i + 1));
                if (ocr.isEmpty())
                    continue;
                ++pages;
                const QString got = squeeze(raw);
                const double cer = double(TextUtil::levenshtein(got, ocr)) / double(ocr.size());
                worst = std::max(worst, cer);
                QVERIFY2(cer <= 0.02,
                         qPrintable(QStringLiteral("%1 page %2: %3\n%4").arg(o.pdf).arg(i + 1).arg(ocr, got)));
                for (qsizetype k = 1; k + 1 < raw.size(); ++k) {
                    const bool hanPair = TextUtil::isHan(raw.at(k - 1)) && TextUtil::isHan(raw.at(k + 1));
                    if (raw.at(k) == QLatin1Char(' ') && hanPair)
                        ++split;
                }
                for (qsizetype k = 0; k + 1 < raw.size(); ++k)
                    han += TextUtil::isHan(raw.at(k)) && TextUtil::isHan(raw.at(k + 1));
            }
        }
        const double ratio = double(split) / double(std::max(1, han + split));
        qInfo("pdftotext on %d content pages: worst CER against the OCR text %.4f; %d of %d adjacent Han pairs "
              "split by a space (%.2f%%)",
              pages, worst, split, han + split, 100 * ratio);
        QVERIFY(pages >= 70);
        QVERIFY(ratio < 0.02);
    }

    void textLayerLiesOnTheInk()
    {
        // pdftotext -bbox gives where our invisible words are; pdftoppm draws the page: the dark pixels of
        // the page must lie inside those boxes (a turned or shifted layer leaves most ink outside).
        static const QRegularExpression word(
            QStringLiteral("xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\""));
        double worst = 1, sum = 0;
        int n = 0;
        for (const Output& o : m_outputs) {
            const Layout l = layout(o);
            for (qsizetype i = 0; i < l.volumePageOfPdfPage.size(); ++i) {
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0 || l.volume.pages.at(vp).ocr.characterCount < 40)
                    continue;
                const QString pg = QString::number(i + 1);
                const QString html =
                    tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), pg,
                                                       QStringLiteral("-l"), pg, o.pdf, QStringLiteral("-")});
                const QString png = m_tmp.filePath(QStringLiteral("ink"));
                QCOMPARE(
                    Test::run(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-png"), QStringLiteral("-f"),
                               pg, QStringLiteral("-l"), pg, QStringLiteral("-singlefile"), o.pdf, png})
                        .exitCode,
                    0);
                QImage img(png + QStringLiteral(".png"));
                QVERIFY(!img.isNull());
                img = img.convertToFormat(QImage::Format_RGB32);
                QImage mask(img.size(), QImage::Format_Grayscale8);
                mask.fill(0);
                QPainter painter(&mask);
                const double k = 36.0 / 72.0;
                for (auto it = word.globalMatch(html); it.hasNext();) {
                    const auto m = it.next();
                    painter.fillRect(
                        QRectF(QPointF(m.captured(1).toDouble() * k - 1, m.captured(2).toDouble() * k - 1),
                               QPointF(m.captured(3).toDouble() * k + 1, m.captured(4).toDouble() * k + 1)),
                        Qt::white);
                }
                painter.end();
                int ink = 0, inside = 0;
                // Ink: dark in every channel (a red seal is not text).
                for (int y = 0; y < img.height(); ++y)
                    for (int x = 0; x < img.width(); ++x)
                        if (const QRgb c = reinterpret_cast<const QRgb*>(img.constScanLine(y))[x];
                            std::max({qRed(c), qGreen(c), qBlue(c)}) < 110) {
                            ++ink;
                            inside += mask.constScanLine(y)[x] > 0;
                        }
                if (ink < 50)
                    continue;
                const double frac = double(inside) / ink;
                worst = std::min(worst, frac);
                sum += frac;
                ++n;
                QVERIFY2(
                    frac >= 0.6,
                    qPrintable(
                        QStringLiteral("%1 page %2: %3 of the ink under the text layer").arg(o.pdf, pg).arg(frac)));
            }
        }
        qInfo("text layer on the ink: %d pages, mean %.3f, worst %.3f of dark pixels inside the text boxes", n,
              sum / std::max(1, n), worst);
        QVERIFY(n >= 60);
        QVERIFY(sum / n >= 0.85);
    }

    void coverQrReadsWithZbar()
    {
        for (const Output& o : m_outputs) {
            const QString png = m_tmp.filePath(QStringLiteral("cover"));
            QCOMPARE(Test::run(QStringLiteral("pdftoppm"),
                               {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                                QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("1"), QStringLiteral("-singlefile"), o.pdf, png})
                         .exitCode,
                     0);
            const QString decoded = tool(QStringLiteral("zbarimg"),
                                         {QStringLiteral("--raw"), QStringLiteral("-q"), png + QStringLiteral(".png")})
                                        .trimmed();
            QCOMPARE(decoded, VolumeBuilder::caseCode(o.caseNo, o.dossierId));
            // The generated pages are searchable too.
            QVERIFY(pageText(o.pdf, 1).contains(o.caseNo));
            QVERIFY(squeeze(pageText(o.pdf, 2)).contains(QStringLiteral("卷内目录")));
        }
    }

    void ofdValidatesAndHoldsTheText()
    {
        for (const Output& o : m_outputs) {
            int code = -1;
            const QString out = tool(cli(), {QStringLiteral("verify"), o.ofd}, &code);
            QVERIFY2(code == 0, qPrintable(out));
            const QStringList pages =
                tool(cli(), {QStringLiteral("verify"), QStringLiteral("--text"), o.ofd}).split(QLatin1Char('\f'));
            const Layout l = layout(o);
            QCOMPARE(pages.size(), l.volumePageOfPdfPage.size());
            for (qsizetype i = 0; i < pages.size(); ++i) {
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0)
                    continue;
                const QString ocr = squeeze(l.volume.pages.at(vp).ocr.text());
                QCOMPARE(squeeze(pages.at(i)), ocr);
            }
        }
    }

    void ofdPagesLookLikeThePdfPages()
    {
        // Both files come from one page model: drawn independently (pdftoppm; our small OFD rasteriser), the
        // cover, the 卷内目录 and the scanned pages (straightened, some turned 180°) must coincide.
        int compared = 0;
        double worst = 0;
        for (const Output& o : m_outputs.mid(3)) { // the hard batch: skew to 3.5°, pages upside down, G4
            QMap<QString, QByteArray> entries;
            QVERIFY(rewriteZip(o.ofd, m_tmp.filePath(QStringLiteral("copy.ofd")),
                               [&entries](QMap<QString, QByteArray>& e) { entries = e; }));
            const Layout l = layout(o);
            for (qsizetype i = 0; i < l.volumePageOfPdfPage.size(); ++i) {
                const QString pg = QString::number(i + 1), png = m_tmp.filePath(QStringLiteral("pdfpage"));
                QCOMPARE(Test::run(QStringLiteral("pdftoppm"),
                                   {QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-gray"),
                                    QStringLiteral("-png"), QStringLiteral("-f"), pg, QStringLiteral("-l"), pg,
                                    QStringLiteral("-singlefile"), o.pdf, png})
                             .exitCode,
                         0);
                const QImage pdf = QImage(png + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
                const QImage ofd = renderOfdPage(entries, int(i), 36).convertToFormat(QImage::Format_Grayscale8);
                QVERIFY(!pdf.isNull() && !ofd.isNull());
                QVERIFY2(qAbs(pdf.width() - ofd.width()) <= 1 && qAbs(pdf.height() - ofd.height()) <= 1,
                         qPrintable(QStringLiteral("page %1: %2×%3 vs %4×%5")
                                        .arg(pg)
                                        .arg(pdf.width())
                                        .arg(pdf.height())
                                        .arg(ofd.width())
                                        .arg(ofd.height())));
                // Mean difference of lightly blurred pages (the two rasterisers smooth differently).
                const int w = std::min(pdf.width(), ofd.width()), h = std::min(pdf.height(), ofd.height());
                const QImage b =
                    ofd.copy(0, 0, w, h).scaled(w / 3, h / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                const QImage bp =
                    pdf.copy(0, 0, w, h).scaled(w / 3, h / 3, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
                double diff = 0;
                for (int y = 0; y < b.height(); ++y)
                    for (int x2 = 0; x2 < b.width(); ++x2)
                        diff += qAbs(int(b.constScanLine(y)[x2]) - int(bp.constScanLine(y)[x2]));
                diff /= double(b.width()) * b.height();
                worst = std::max(worst, diff);
                ++compared;
                if (diff > 6) {
                    // Kept for a look: the two renderings side by side.
                    const QString keep = QDir::temp().filePath(QStringLiteral("testarchive-ofd-page-%1").arg(pg));
                    ofd.save(keep + QStringLiteral("-ofd.png"));
                    pdf.save(keep + QStringLiteral("-pdf.png"));
                    QFAIL(qPrintable(QStringLiteral("%1 page %2: OFD and PDF differ by %3 grey levels on average")
                                         .arg(o.ofd, pg)
                                         .arg(diff)));
                }
            }
        }
        qInfo("OFD drawn against PDF: %d pages, worst mean difference %.2f grey levels", compared, worst);
        QVERIFY(compared >= 30);
    }

    void ofdKeepsMastersOrTheirPixels()
    {
        // JPEG and PNG masters are the OFD's images as they are; a TIFF master (a bitonal page's G4) is a PNG of
        // the same pixels, 1 bit a pixel, since OFD readers built on a browser cannot decode TIFF. The PDF/A keeps
        // the G4 (mastersArePassedThrough).
        qint64 g4Bytes = 0, pngBytes = 0;
        int tiffPages = 0;
        for (const Output& o : m_outputs) {
            QMap<QString, QByteArray> entries;
            QVERIFY(rewriteZip(o.ofd, m_tmp.filePath(QStringLiteral("copy.ofd")),
                               [&entries](QMap<QString, QByteArray>& e) { entries = e; }));
            const Layout l = layout(o);
            const QList<OfdImage> shown = ofdPageImages(entries, l.volumePageOfPdfPage.size());
            for (qsizetype i = 0; i < l.volumePageOfPdfPage.size(); ++i) {
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0)
                    continue;
                const VolumePage& page = l.volume.pages.at(vp);
                const OfdImage& img = shown.at(i);
                const QByteArray where = QStringLiteral("%1 page %2").arg(o.ofd).arg(i + 1).toUtf8();
                QFile f(page.masterPath);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray master = f.readAll();
                if (page.format != QLatin1String("tif")) {
                    QCOMPARE(img.format,
                             page.format == QLatin1String("jpg") ? QStringLiteral("JPEG") : QStringLiteral("PNG"));
                    QVERIFY2(img.bytes == master, where.constData());
                    continue;
                }
                QCOMPARE(img.format, QStringLiteral("PNG"));
                QVERIFY2(img.bytes.startsWith("\x89PNG\r\n\x1A\n"), where.constData());
                if (page.colourMode == QLatin1String("bitonal"))
                    QCOMPARE(int(img.bytes.at(24)), 1); // the bit depth in IHDR
                const QImage png = QImage::fromData(img.bytes, "PNG"), tiff = QImage::fromData(master, "TIFF");
                QVERIFY2(!png.isNull() && !tiff.isNull(), where.constData());
                QCOMPARE(png.convertToFormat(QImage::Format_Grayscale8),
                         tiff.convertToFormat(QImage::Format_Grayscale8));
                ++tiffPages;
                g4Bytes += master.size();
                pngBytes += img.bytes.size();
            }
        }
        qInfo("OFD: %d TIFF (G4) masters of %lld bytes shown as 1-bit PNG of %lld bytes (×%.2f), same pixels",
              tiffPages, g4Bytes, pngBytes, double(pngBytes) / double(std::max<qint64>(1, g4Bytes)));
        QVERIFY(tiffPages >= 10); // the corpus has them, so the checks above mean something
    }

    void ofdOpensInAnIndependentReader()
    {
        // ofd.js, an OFD reader we did not write, in Debian's headless Chromium (tests/ofdjs), on the hard batch's
        // volumes (JPEG, PNG and G4 masters): every page renders; a scanned page shows its master decoded at full
        // size — with ink when it has writing (the bitonal pages among them), with its paper when it is a blank
        // back — neither black nor inverted, and none of the invisible text. A volume whose image ofd.js cannot
        // decode (a TIFF) renders not at all.
        const QString runner = qEnvironmentVariable("DOSSIER_OFDJS");
        QVERIFY2(QFileInfo(runner).isFile(), "DOSSIER_OFDJS names no runner: the ofdjs_install test installs it");
        const QList<Output> volumes = m_outputs.mid(3);
        QStringList args = {runner};
        for (const Output& o : volumes)
            args << o.ofd;
        const auto r = Test::run(QStringLiteral("node"), args, 600000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray files = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(files.size(), volumes.size());
        int pagesSeen = 0, written = 0, bitonal = 0, blank = 0;
        for (qsizetype f = 0; f < files.size(); ++f) {
            const QJsonObject file = files.at(f).toObject();
            const Output& o = volumes.at(f);
            QVERIFY2(file.value(QStringLiteral("parsed")).toBool(),
                     qPrintable(o.ofd + QStringLiteral(": ") + file.value(QStringLiteral("error")).toString()));
            const Layout l = layout(o);
            const QJsonArray pages = file.value(QStringLiteral("pages")).toArray();
            QCOMPARE(pages.size(), l.volumePageOfPdfPage.size());
            for (qsizetype i = 0; i < pages.size(); ++i) {
                const QJsonObject p = pages.at(i).toObject();
                const double ink = p.value(QStringLiteral("ink")).toDouble();
                const double imageInk = p.value(QStringLiteral("imageInk")).toDouble();
                const QByteArray where = QStringLiteral("%1 page %2 in ofd.js (%3 --shots DIR FILE draws it): %4")
                                             .arg(o.ofd)
                                             .arg(i + 1)
                                             .arg(runner, QString::fromUtf8(QJsonDocument(p).toJson()))
                                             .toUtf8();
                QVERIFY2(p.value(QStringLiteral("width")).toInt() > 700 &&
                             p.value(QStringLiteral("height")).toInt() > 1000,
                         where.constData());
                ++pagesSeen;
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0) { // a generated page: cover, 卷内目录, 备考表
                    QVERIFY2(ink > 0.003, where.constData());
                    continue;
                }
                const VolumePage& page = l.volume.pages.at(vp);
                const QJsonObject img = p.value(QStringLiteral("images")).toArray().first().toObject();
                QVERIFY2(img.value(QStringLiteral("decoded")).toBool(), where.constData());
                QCOMPARE(QSize(img.value(QStringLiteral("width")).toInt(), img.value(QStringLiteral("height")).toInt()),
                         page.pixels);
                QVERIFY2(imageInk < 0.3, where.constData());         // not black, not inverted
                QVERIFY2(ink - imageInk < 0.002, where.constData()); // the text layer stays invisible
                if (page.kind == QLatin1String("blank")) {
                    QVERIFY2(p.value(QStringLiteral("imageTone")).toDouble() > 0.1, where.constData());
                    ++blank;
                    continue;
                }
                QVERIFY2(imageInk > 0.002, where.constData());
                ++written;
                bitonal += page.colourMode == QLatin1String("bitonal") && page.format == QLatin1String("tif");
            }
            qInfo("ofd.js: %s, %d pages in %.1f s", qPrintable(QFileInfo(o.ofd).fileName()), int(pages.size()),
                  file.value(QStringLiteral("seconds")).toDouble());
        }
        qInfo("ofd.js rendered %d pages: %d written scans (%d of them bitonal G4 masters), %d blank backs, in %.1f s",
              pagesSeen, written, bitonal, blank, r.seconds);
        QVERIFY(written >= 25);
        QVERIFY(bitonal >= 8); // the hard batch's bitonal pages: the checks above mean something
    }

    void ofdValidatorRejectsBrokenFixtures_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("expected");
        QTest::newRow("visible text over the image") << "fill"
                                                     << "Fill";
        QTest::newRow("duplicate ID") << "duplicate"
                                      << "more than once";
        QTest::newRow("ID above MaxUnitID") << "maxunit"
                                            << "MaxUnitID";
        QTest::newRow("external image") << "external"
                                        << "external";
        QTest::newRow("missing image") << "missing"
                                       << "missing";
        QTest::newRow("not OFD-A") << "doctype"
                                   << "OFD-A";
        QTest::newRow("image outside the background layer") << "layer"
                                                            << "Background";
        QTest::newRow("damaged entry") << "crc"
                                       << "damaged";
        QTest::newRow("image not in its declared format") << "format"
                                                          << "declared format";
    }

    void ofdValidatorRejectsBrokenFixtures()
    {
        QFETCH(QString, edit);
        QFETCH(QString, expected);
        const QString good = m_outputs.first().ofd;
        const QString bad = m_tmp.filePath(QStringLiteral("broken-%1.ofd").arg(edit));
        QVERIFY(rewriteZip(good, bad, [&](QMap<QString, QByteArray>& e) {
            const QString page = firstContentPageXml(e);
            QVERIFY(!page.isEmpty());
            QByteArray& xml = e[page];
            if (edit == QLatin1String("fill")) {
                xml.replace("Fill=\"false\"", "Fill=\"true\"");
            } else if (edit == QLatin1String("duplicate")) {
                const QRegularExpression ids(QStringLiteral("ID=\"(\\d+)\""));
                auto it = ids.globalMatch(QString::fromUtf8(xml));
                const QString first = it.next().captured(1), second = it.next().captured(1);
                xml.replace(QStringLiteral("ID=\"%1\"").arg(second).toUtf8(),
                            QStringLiteral("ID=\"%1\"").arg(first).toUtf8());
            } else if (edit == QLatin1String("maxunit")) {
                QByteArray& doc = e[QStringLiteral("Doc_0/Document.xml")];
                doc.replace(QRegularExpression(QStringLiteral("<ofd:MaxUnitID>\\d+"))
                                .match(QString::fromUtf8(doc))
                                .captured(0)
                                .toUtf8(),
                            "<ofd:MaxUnitID>5");
            } else if (edit == QLatin1String("external") || edit == QLatin1String("missing")) {
                QByteArray& res = e[QStringLiteral("Doc_0/DocumentRes.xml")];
                const QString media = QRegularExpression(QStringLiteral("<ofd:MediaFile>([^<]+)</ofd:MediaFile>"))
                                          .match(QString::fromUtf8(res))
                                          .captured(1);
                QVERIFY(!media.isEmpty());
                if (edit == QLatin1String("external"))
                    res.replace(media.toUtf8(), "http://example.com/page.jpg");
                else
                    e.remove(QStringLiteral("Doc_0/Res/") + media);
            } else if (edit == QLatin1String("doctype")) {
                e[QStringLiteral("OFD.xml")].replace("DocType=\"OFD-A\"", "DocType=\"OFD\"");
            } else if (edit == QLatin1String("layer")) {
                xml.replace("Type=\"Background\"", "Type=\"Body\"");
            } else if (edit == QLatin1String("format")) {
                e[QStringLiteral("Doc_0/DocumentRes.xml")].replace("Format=\"JPEG\"", "Format=\"PNG\"");
            }
        }));
        if (edit == QLatin1String("crc")) {
            // Flip one bit inside a stored (uncompressed) image entry: its CRC no longer matches.
            QFile::remove(bad);
            QVERIFY(QFile::copy(good, bad));
            QFile f(bad);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray all = f.readAll();
            const qsizetype jpeg = all.indexOf("\xFF\xD8\xFF");
            QVERIFY(jpeg > 0);
            all[jpeg + 5000] = char(all[jpeg + 5000] ^ 0x10);
            f.seek(0);
            f.write(all);
            f.close();
        }
        int code = -1;
        const QString out = tool(cli(), {QStringLiteral("verify"), bad}, &code);
        QCOMPARE(code, 2);
        QVERIFY2(out.contains(expected), qPrintable(out));
    }

    void verifyAcceptsCopiesAndRejectsAFlippedBit()
    {
        for (const Output& o : m_outputs) {
            int code = -1;
            const QString out = tool(cli(), QStringList{QStringLiteral("verify"), o.dir} + o.copies, &code);
            QVERIFY2(code == 0, qPrintable(out));
            QCOMPARE(out.count(QStringLiteral("OK\t")), 4);
        }
        // One bit flipped in the PDF of one copy, then in catalogue.json of another.
        const Output& o = m_outputs.first();
        for (const QString& name : {QFileInfo(o.pdf).fileName(), QStringLiteral("catalogue.json")}) {
            const QString copy = m_tmp.filePath(QStringLiteral("flipped-") + name);
            QDir(copy).removeRecursively();
            QVERIFY(QDir().mkpath(copy));
            for (const QFileInfo& fi : QDir(o.copies.first()).entryInfoList(QDir::Files))
                QVERIFY(QFile::copy(fi.absoluteFilePath(), copy + QLatin1Char('/') + fi.fileName()));
            QFile f(copy + QLatin1Char('/') + name);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray all = f.readAll();
            all[all.size() / 2] = char(all[all.size() / 2] ^ 0x01);
            f.seek(0);
            f.write(all);
            f.close();
            int code = -1;
            const QString out = tool(cli(), {QStringLiteral("verify"), copy}, &code);
            QCOMPARE(code, 2);
            QVERIFY2(out.contains(name) && out.contains(QStringLiteral("SHA-256")), qPrintable(out));
            // The same report in Chinese, the default language.
            qputenv("DOSSIER_LANG", "zh_CN");
            const QString zh = tool(cli(), {QStringLiteral("verify"), copy}, &code);
            qputenv("DOSSIER_LANG", "en");
            QCOMPARE(code, 2);
            QVERIFY2(zh.contains(QStringLiteral("未通过")) && zh.contains(QStringLiteral("与清单中的 SHA-256 不符")),
                     qPrintable(zh));
        }
    }

    void anonymisedCopyHidesNumbersAndNames()
    {
        static const QRegularExpression id(QStringLiteral("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])"));
        static const QRegularExpression mobile(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        int idsInArchival = 0, boxesChecked = 0;
        QString boxedText;
        for (const Output& o : m_outputs) {
            const QString archival = squeeze(tool(QStringLiteral("pdftotext"), {o.pdf, QStringLiteral("-")}));
            const QString anon = squeeze(tool(QStringLiteral("pdftotext"), {o.anonymised, QStringLiteral("-")}));
            idsInArchival += int(archival.count(id));
            QVERIFY2(!id.match(anon).hasMatch(), qPrintable(id.match(anon).captured(0)));
            QVERIFY2(!mobile.match(anon).hasMatch(), qPrintable(mobile.match(anon).captured(0)));
            const Layout l = layout(o);
            const Anonymiser anonymiser(l.volume.info.namesToHide());
            for (const auto& [name, repl] : anonymiser.names()) {
                QVERIFY2(!anon.contains(name), qPrintable(name));
                QVERIFY(anon.contains(repl));
            }
            // OCR (the tesseract command) of the blacked-out boxes, cut from the rendered anonymised pages.
            for (qsizetype i = 0; i < l.volumePageOfPdfPage.size(); ++i) {
                const int vp = l.volumePageOfPdfPage.at(i);
                if (vp < 0)
                    continue;
                const VolumePage& page = l.volume.pages.at(vp);
                const QList<QRect> boxes = anonymiser.apply(page.ocr).boxes;
                if (boxes.isEmpty())
                    continue;
                const PageGeometry g = VolumeBuilder::geometry(page);
                const QString pg = QString::number(i + 1), png = m_tmp.filePath(QStringLiteral("anon"));
                QCOMPARE(Test::run(QStringLiteral("pdftoppm"),
                                   {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-gray"),
                                    QStringLiteral("-png"), QStringLiteral("-f"), pg, QStringLiteral("-l"), pg,
                                    QStringLiteral("-singlefile"), o.anonymised, png})
                             .exitCode,
                         0);
                const QImage rendered(png + QStringLiteral(".png"));
                QVERIFY(!rendered.isNull());
                QImage only(rendered.size(), QImage::Format_Grayscale8);
                only.fill(255);
                QPainter painter(&only);
                const double k = 300 / 25.4 * g.workingToMm;
                for (const QRect& b : boxes) {
                    const QRectF r(b.x() * k - 3, b.y() * k - 3, b.width() * k + 6, b.height() * k + 6);
                    painter.drawImage(r, rendered, r);
                    ++boxesChecked;
                }
                painter.end();
                const QString cut = m_tmp.filePath(QStringLiteral("boxes.png"));
                QVERIFY(only.save(cut));
                boxedText += tool(QStringLiteral("tesseract"),
                                  {cut, QStringLiteral("-"), QStringLiteral("-l"), QStringLiteral("eng"),
                                   QStringLiteral("--psm"), QStringLiteral("11")});
            }
        }
        qInfo("anonymised copies: %d ID numbers in the archival text, none left; %d redacted boxes OCR'd: \"%s\"",
              idsInArchival, boxesChecked, qPrintable(squeeze(boxedText).left(80)));
        QVERIFY(idsInArchival > 0); // the corpus has them, so the check above means something
        QVERIFY(boxesChecked > 50);
        QVERIFY2(!boxedText.contains(QRegularExpression(QStringLiteral("[0-9]"))), qPrintable(boxedText));
    }

    void exportTakesEnteredDetailsAndRefusesClassifiedCases()
    {
        const Output& o = m_outputs.first();
        const QString out = m_tmp.filePath(QStringLiteral("export")),
                      info = m_tmp.filePath(QStringLiteral("info.json"));
        auto writeInfo = [&info](const QByteArray& json) {
            QFile f(info);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(json) == json.size();
        };
        const QStringList args = {QStringLiteral("export"),
                                  QStringLiteral("--profile"),
                                  m_profile,
                                  QStringLiteral("--out"),
                                  out,
                                  QStringLiteral("--case"),
                                  o.caseNo,
                                  QStringLiteral("--format"),
                                  QStringLiteral("pdfa"),
                                  QStringLiteral("--case-info"),
                                  info};
        QVERIFY(
            writeInfo(R"({"court": "江苏省南通市测试区人民法院", "retention": "permanent", "checked_by": "李检查"})"));
        auto r = Test::run(cli(), args);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString pdf =
            out + QLatin1Char('/') + QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pdfa")).toString();
        const QString cover = squeeze(pageText(pdf, 1));
        QVERIFY2(cover.contains(QStringLiteral("江苏省南通市测试区人民法院")) && cover.contains(QStringLiteral("永久")),
                 qPrintable(cover));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                              .match(tool(QStringLiteral("pdfinfo"), {pdf}))
                              .captured(1)
                              .toInt();
        QVERIFY(squeeze(pageText(pdf, pages)).contains(QStringLiteral("检查人：李检查"))); // the 备考表, last
        // 涉密 (standard 15.3): refused, with the reason; and allowed again once the mark is lifted.
        QVERIFY(writeInfo(R"({"classified": true})"));
        r = Test::run(cli(), args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("case_classified"), r.err.constData());
        QVERIFY(writeInfo(R"({"classified": false})"));
        r = Test::run(cli(), args);
        QCOMPARE(r.exitCode, 0);
    }

    void accessCopyIsSmallWithTheSameText()
    {
        for (const Output& o : m_outputs) {
            const Layout l = layout(o);
            const double perPage = double(QFileInfo(o.access).size()) / double(l.volumePageOfPdfPage.size());
            qInfo("%s access copy: %.1f KB a page", qPrintable(o.caseNo), perPage / 1024);
            QVERIFY(perPage <= 100 * 1024);
            QCOMPARE(squeeze(tool(QStringLiteral("pdftotext"), {o.access, QStringLiteral("-")}))
                         .remove(QStringLiteral("本件为阅览本，影像经压缩，不作归档之用。")),
                     squeeze(tool(QStringLiteral("pdftotext"), {o.pdf, QStringLiteral("-")})));
        }
    }
};

QTEST_MAIN(TestArchive)
#include "testarchive.moc"
