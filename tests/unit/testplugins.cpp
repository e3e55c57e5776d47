// Plugin contract test: every built plugin has valid metadata, loads and casts to its interface; broken plugins are
// skipped with a reason and never loaded; the OCR plugin really recognises a rendered Chinese line.
#include "domain/textutil.h"
#include "plugin/pluginhost.h"

#include <dossier/exporter.h>
#include <dossier/ocrengine.h>
#include <dossier/scansource.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QPluginLoader>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtMath>

#include <algorithm>
#include <vector>

using Dossier::OcrEngine;
using Dossier::PluginHost;
using Dossier::PluginInfo;
using Dossier::ScanSource;

namespace {

QString realPluginDir()
{
    return qEnvironmentVariable("DOSSIER_PLUGIN_PATH");
}

QString fixtureDir()
{
    return qEnvironmentVariable("DOSSIER_TEST_PLUGIN_DIR");
}

// The skip reason the host recorded for `path`, or a null string when it did not skip it.
QString skipReason(const PluginHost& host, const QString& path)
{
    const QString prefix = QFileInfo(path).canonicalFilePath() + QStringLiteral(": ");
    for (const QString& s : host.skipped())
        if (s.startsWith(prefix))
            return s.mid(prefix.size());
    return {};
}

bool isListed(const PluginHost& host, const QString& path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return std::any_of(host.plugins().begin(), host.plugins().end(),
                       [&](const PluginInfo& p) { return p.path == canonical; });
}

// Whether the process has the library mapped (i.e. somebody dlopen()ed it).
bool isMapped(const QString& path)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(QFile::encodeName(QFileInfo(path).canonicalFilePath()));
}

// Length of the longest common subsequence: the characters of `expected` that were read, in order.
int commonInOrder(const QString& expected, const QString& got)
{
    std::vector<int> prev(size_t(got.size()) + 1, 0), cur(size_t(got.size()) + 1, 0);
    for (qsizetype i = 1; i <= expected.size(); ++i) {
        for (qsizetype j = 1; j <= got.size(); ++j)
            cur[size_t(j)] = expected.at(i - 1) == got.at(j - 1) ? prev[size_t(j - 1)] + 1
                                                                 : std::max(prev[size_t(j)], cur[size_t(j - 1)]);
        std::swap(prev, cur);
    }
    return prev[size_t(got.size())];
}

QString cjkFamily()
{
    const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    for (const QString& preferred : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC")})
        if (families.contains(preferred))
            return preferred;
    return families.value(0);
}

struct RenderedLine
{
    QImage image;  // Format_Grayscale8, 300 dpi
    QRect textBox; // where the glyphs were drawn
};

// A line of text as a 300 dpi scan would show it: black on white, 14 pt, centred on an A4-wide strip.
RenderedLine renderLine(const QString& text, const QString& family)
{
    constexpr int kDpi = 300;
    QFont font(family);
    font.setPixelSize(14 * kDpi / 72);
    const QFontMetrics fm(font);
    QImage img(2480, 3 * fm.height() + 200, QImage::Format_RGB32);
    img.fill(Qt::white);
    img.setDotsPerMeterX(qRound(kDpi / 0.0254));
    img.setDotsPerMeterY(qRound(kDpi / 0.0254));
    const QRect area(0, 100, img.width(), 2 * fm.height());
    const int flags = Qt::AlignHCenter | Qt::AlignVCenter;
    {
        QPainter p(&img);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(area, flags, text);
    }
    return {img.convertToFormat(QImage::Format_Grayscale8), fm.boundingRect(area, flags, text)};
}

} // namespace

class TestPlugins final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtPluginsFollowTheContract();
    void hostLoadsByKindAndInterface();
    void brokenPluginsAreSkipped();
    void brokenPluginsBesideGoodOnes();
    void ocrRecognisesChinese_data();
    void ocrRecognisesChinese();
    void ocrBlankPageHasNoText();
    void ocrRefusesBadInput();

private:
    Dossier::Result<OcrEngine*> ocrEngine();

    PluginHost m_host;
};

void TestPlugins::initTestCase()
{
    QVERIFY2(!realPluginDir().isEmpty(), "DOSSIER_PLUGIN_PATH is not set (run through ctest)");
    QVERIFY2(QDir(realPluginDir()).exists(), qPrintable(realPluginDir()));
    QVERIFY2(!fixtureDir().isEmpty(), "DOSSIER_TEST_PLUGIN_DIR is not set (run through ctest)");
    m_host.scan({realPluginDir()});
}

Dossier::Result<OcrEngine*> TestPlugins::ocrEngine()
{
    return m_host.load<OcrEngine>(QStringLiteral("ocr"));
}

void TestPlugins::builtPluginsFollowTheContract()
{
    // Everything in the build's plugin folder is a valid plugin: nothing is skipped there.
    QVERIFY2(m_host.skipped().isEmpty(), qPrintable(m_host.skipped().join(QLatin1Char('\n'))));
    QVERIFY(!m_host.plugins().isEmpty());

    static const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
    QSet<QString> ids;
    int ocr = 0, exporters = 0;
    for (const PluginInfo& p : m_host.plugins()) {
        const QByteArray where = QFile::encodeName(p.path);
        QVERIFY2(!p.id.isEmpty(), where);
        QVERIFY2(!ids.contains(p.id), qPrintable(p.id)); // ids are unique
        ids << p.id;
        QVERIFY2(!p.name.isEmpty(), where);
        QVERIFY2(semver.match(p.version).hasMatch(), qPrintable(p.id + QStringLiteral(" version ") + p.version));
        QCOMPARE(p.apiVersion, PluginHost::kApiVersion);
        QCOMPARE(p.apiVersion, 1);

        QPluginLoader loader(p.path);
        QObject* instance = loader.instance();
        QVERIFY2(instance, qPrintable(p.path + QStringLiteral(": ") + loader.errorString()));
        if (p.kind == QLatin1String("ocr")) {
            ++ocr;
            QCOMPARE(p.iid, QStringLiteral(DossierOcrEngine_iid));
            auto* engine = qobject_cast<OcrEngine*>(instance);
            QVERIFY2(engine, where);
            QVERIFY(!qobject_cast<ScanSource*>(instance));
            QVERIFY(!engine->engineVersion().isEmpty());
            // The languages it claims are an array of names, and the default one is installed.
            const QJsonArray langs = p.capabilities.value(QStringLiteral("languages")).toArray();
            QVERIFY2(!langs.isEmpty(), where);
            QVERIFY2(engine->availableLanguages({}).contains(Dossier::OcrOptions().languages),
                     qPrintable(engine->availableLanguages({}).join(QLatin1Char(','))));
        } else if (p.kind == QLatin1String("scan")) {
            QCOMPARE(p.iid, QStringLiteral(DossierScanSource_iid));
            QVERIFY2(qobject_cast<ScanSource*>(instance), where);
            QVERIFY(!qobject_cast<OcrEngine*>(instance));
        } else if (p.kind == QLatin1String("export")) {
            ++exporters;
            QCOMPARE(p.iid, QStringLiteral(DossierExporter_iid));
            auto* exporter = qobject_cast<Dossier::Exporter*>(instance);
            QVERIFY2(exporter, where);
            QVERIFY(!qobject_cast<OcrEngine*>(instance));
            // The format it declares is the one it writes.
            QCOMPARE(exporter->format(), p.capabilities.value(QStringLiteral("format")).toString());
            QCOMPARE(exporter->fileSuffix(), p.capabilities.value(QStringLiteral("suffix")).toString());
        } else {
            QFAIL(qPrintable(p.path + QStringLiteral(": unknown kind ") + p.kind));
        }
    }
    QVERIFY2(ocr >= 1, "no OCR plugin was built");
    QVERIFY2(exporters >= 2, "the PDF/A and OFD exporters were not built");
    qInfo("%d plugin(s): %s", int(ids.size()), qPrintable(QStringList(ids.begin(), ids.end()).join(QLatin1Char(' '))));
}

void TestPlugins::hostLoadsByKindAndInterface()
{
    auto engine = ocrEngine();
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().english()));
    QVERIFY(engine.value());

    // A user choice that exists wins; one that does not falls back to the ranking.
    const QString first = m_host.ranked(QStringLiteral("ocr")).first().id;
    QCOMPARE(m_host.ranked(QStringLiteral("ocr"), first).first().id, first);
    QCOMPARE(m_host.ranked(QStringLiteral("ocr"), QStringLiteral("no.such.plugin")).first().id, first);
    QVERIFY(m_host.load<OcrEngine>(QStringLiteral("ocr"), first).ok());

    // An OCR plugin is never handed out as a scan source, and an unknown kind has no plugin.
    auto wrong = m_host.load<ScanSource>(QStringLiteral("ocr"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().code(), QStringLiteral("plugin_missing"));
    auto none = m_host.load<OcrEngine>(QStringLiteral("no-such-kind"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code(), QStringLiteral("plugin_missing"));
}

void TestPlugins::brokenPluginsAreSkipped()
{
    const QString apiV2 = fixtureDir() + QStringLiteral("/dossier_fixture_apiv2.so");
    const QString otherIid = fixtureDir() + QStringLiteral("/dossier_fixture_otheriid.so");
    QVERIFY2(QFileInfo::exists(apiV2), qPrintable(apiV2));
    QVERIFY2(QFileInfo::exists(otherIid), qPrintable(otherIid));

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString junk = tmp.filePath(QStringLiteral("junk.so"));
    const QString elfJunk = tmp.filePath(QStringLiteral("sub/elfjunk.so")); // also found in sub-folders
    const QString notALibrary = tmp.filePath(QStringLiteral("readme.txt"));
    {
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a shared library\n");
        f.write(QByteArray(4096, '\xa5'));
    }
    {
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("sub"))));
        QFile f(elfJunk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray header("\x7f"
                          "ELF\x02\x01\x01",
                          7); // a valid magic, then nonsense
        header += QByteArray(57, '\xff');
        f.write(header);
    }
    {
        QFile f(notALibrary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a library by name either\n");
    }

    PluginHost host;
    host.scan({fixtureDir(), tmp.path()});

    QVERIFY2(host.plugins().isEmpty(), qPrintable(host.plugins().value(0).path));
    const QString apiWhy = skipReason(host, apiV2);
    QVERIFY2(apiWhy.contains(QLatin1String("API version 2")), qPrintable(host.skipped().join(QLatin1Char('\n'))));
    const QString iidWhy = skipReason(host, otherIid);
    QVERIFY2(iidWhy.contains(QLatin1String("com.example.Other/1")), qPrintable(host.skipped().join(QLatin1Char('\n'))));
    QCOMPARE(skipReason(host, junk), QStringLiteral("no plugin metadata"));
    QCOMPARE(skipReason(host, elfJunk), QStringLiteral("no plugin metadata"));
    QVERIFY(skipReason(host, notALibrary).isNull()); // not a library: ignored, not reported
    QCOMPARE(host.skipped().size(), 4);
    for (const QString& p : {apiV2, otherIid, junk, elfJunk})
        QVERIFY2(!isListed(host, p), qPrintable(p));

    // Metadata is read without loading: the rejected libraries were never mapped into the process.
    QVERIFY(!isMapped(apiV2));
    QVERIFY(!isMapped(otherIid));

    // Nothing usable: loading fails with an error value, even though the fixtures claim priority 1000.
    auto r = host.load<OcrEngine>(QStringLiteral("ocr"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), QStringLiteral("plugin_missing"));
    QVERIFY(!isMapped(apiV2));
}

void TestPlugins::brokenPluginsBesideGoodOnes()
{
    PluginHost host;
    host.scan({fixtureDir(), realPluginDir()});
    QCOMPARE(host.plugins().size(), m_host.plugins().size());
    QCOMPARE(host.skipped().size(), 2);
    for (const PluginInfo& p : host.plugins())
        QVERIFY2(!p.id.startsWith(QLatin1String("fixture.")), qPrintable(p.id));
    auto r = host.load<OcrEngine>(QStringLiteral("ocr"));
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().english()));
    QVERIFY(r.value()->engineVersion() != QLatin1String("fixture-apiv2"));
}

void TestPlugins::ocrRecognisesChinese_data()
{
    QTest::addColumn<QString>("line");
    QTest::newRow("party sentence") << QStringLiteral("原告张三诉被告李四民间借贷纠纷一案");
    QTest::newRow("title") << QStringLiteral("民事起诉状");
    QTest::newRow("court") << QStringLiteral("江苏省南通市崇川区人民法院");
}

void TestPlugins::ocrRecognisesChinese()
{
    QFETCH(QString, line);
    const QString family = cjkFamily();
    QVERIFY2(!family.isEmpty(), "no Simplified Chinese font (fonts-noto-cjk) is available");
    const QFontMetrics fm{QFont(family)};
    for (QChar c : line)
        QVERIFY2(fm.inFont(c), qPrintable(family + QStringLiteral(" lacks ") + c));

    auto engine = ocrEngine();
    QVERIFY2(engine.ok(), qPrintable(engine.ok() ? QString() : engine.error().english()));
    auto session = engine.value()->createSession(Dossier::OcrOptions{QStringLiteral("chi_sim"), {}});
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error().english()));

    const RenderedLine rendered = renderLine(line, family);
    const QImage& img = rendered.image;
    QCOMPARE(img.format(), QImage::Format_Grayscale8);
    auto page = session.value()->recognise(img, 300);
    QVERIFY2(page.ok(), qPrintable(page.ok() ? QString() : page.error().english()));

    if (qEnvironmentVariableIsSet("DOSSIER_TEST_DUMP")) {
        img.save(
            QDir::temp().filePath(QStringLiteral("ocrline-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()))));
        for (const auto& ln : page->lines) {
            qInfo("line %d,%d %dx%d", ln.box.x(), ln.box.y(), ln.box.width(), ln.box.height());
            for (const auto& w : ln.words)
                qInfo("  word %s %d,%d %dx%d", qPrintable(w.text), w.box.x(), w.box.y(), w.box.width(), w.box.height());
        }
    }
    const QString text = page->text();
    qInfo("read %s (confidence %.1f)", qPrintable(text), double(page->meanConfidence));

    // Chinese copies and searches without a space between characters (the OCRmyPDF #715 failure).
    static const QRegularExpression spacedHan(QStringLiteral("\\p{Han}\\s+\\p{Han}"));
    for (const Dossier::OcrLine& ln : page->lines)
        QVERIFY2(!spacedHan.match(ln.text).hasMatch(), qPrintable(ln.text));

    // The drawn line is read as one line with at least 80% of its characters, in order. (Tesseract may add a
    // spurious short line over the top strokes of CJK glyphs; that is not asserted here, see the report.)
    const Dossier::OcrLine* best = nullptr;
    int found = 0;
    for (const Dossier::OcrLine& ln : page->lines) {
        const int n = commonInOrder(line, Dossier::TextUtil::compareForm(ln.text));
        if (n > found) {
            found = n;
            best = &ln;
        }
    }
    QVERIFY2(best && found >= qCeil(0.8 * double(line.size())), qPrintable(text));
    const Dossier::OcrLine& l = *best;
    QVERIFY2(Dossier::TextUtil::compareForm(l.text).size() <= line.size() + 2, qPrintable(l.text));

    // The structure agrees with the text: the line lies on the drawn glyphs, its words in reading order on it.
    QVERIFY(!l.words.isEmpty());
    QVERIFY(img.rect().contains(l.box));
    const QRect overlap = l.box.intersected(rendered.textBox);
    QVERIFY2(overlap.height() >= l.box.height() * 0.9 && overlap.width() >= rendered.textBox.width() * 0.8,
             qPrintable(QStringLiteral("line (%1,%2 %3x%4), text (%5,%6 %7x%8)")
                            .arg(l.box.x())
                            .arg(l.box.y())
                            .arg(l.box.width())
                            .arg(l.box.height())
                            .arg(rendered.textBox.x())
                            .arg(rendered.textBox.y())
                            .arg(rendered.textBox.width())
                            .arg(rendered.textBox.height())));
    QString joined;
    for (qsizetype i = 0; i < l.words.size(); ++i) {
        const Dossier::OcrWord& w = l.words.at(i);
        QVERIFY(!w.text.isEmpty());
        QVERIFY(w.box.intersects(l.box));
        if (i > 0) // Tesseract's LSTM word boxes are approximate, but they go left to right
            QVERIFY(w.box.left() >= l.words.at(i - 1).box.left());
        joined += w.text;
    }
    QCOMPARE(joined, l.text); // all-Han line: words joined without spaces
    QVERIFY(page->meanConfidence > 50.f && page->meanConfidence <= 100.f);
    QVERIFY(page->characterCount >= found);
    QVERIFY2(page->engine.contains(QLatin1String("chi_sim")), qPrintable(page->engine));
}

void TestPlugins::ocrBlankPageHasNoText()
{
    auto engine = ocrEngine();
    QVERIFY(engine.ok());
    auto session = engine.value()->createSession({});
    QVERIFY(session.ok());
    QImage blank(1240, 1754, QImage::Format_Grayscale8); // A4 at 150 dpi
    blank.fill(255);
    auto page = session.value()->recognise(blank, 150);
    QVERIFY(page.ok());
    QVERIFY2(page->text().trimmed().isEmpty(), qPrintable(page->text()));
    QCOMPARE(page->characterCount, 0);
}

void TestPlugins::ocrRefusesBadInput()
{
    auto engine = ocrEngine();
    QVERIFY(engine.ok());

    auto missing = engine.value()->createSession(Dossier::OcrOptions{QStringLiteral("chi_sim+xx_nope"), {}});
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code(), QStringLiteral("ocr_language_missing"));
    QVERIFY(missing.error().english().contains(QLatin1String("xx_nope")));

    QTemporaryDir emptyData;
    auto noData = engine.value()->createSession(Dossier::OcrOptions{QStringLiteral("chi_sim"), emptyData.path()});
    QVERIFY(!noData.ok());
    QCOMPARE(noData.error().code(), QStringLiteral("ocr_language_missing"));

    auto session = engine.value()->createSession({});
    QVERIFY(session.ok());
    QImage colour(200, 100, QImage::Format_RGB32);
    colour.fill(Qt::white);
    auto page = session.value()->recognise(colour, 300);
    QVERIFY(!page.ok());
    QCOMPARE(page.error().code(), QStringLiteral("ocr_bad_image"));
}

QTEST_MAIN(TestPlugins)
#include "testplugins.moc"
