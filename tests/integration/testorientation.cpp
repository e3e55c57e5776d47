// Orientation: pages fed sideways or upside down come out upright, with the text read.
#include "domain/textutil.h"
#include "pipeline/pageprocessor.h"
#include "plugin/pluginhost.h"
#include "testsupport.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTest>
#include <QTransform>

using namespace Dossier;

class TestOrientation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void turned_data();
    void turned();

private:
    PluginHost m_host;
    std::unique_ptr<OcrSession> m_session;
};

void TestOrientation::initTestCase()
{
    m_host.scan();
    auto engine = m_host.load<OcrEngine>(QStringLiteral("ocr"));
    QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().english()));
    auto session = engine.value()->createSession({});
    QVERIFY(session);
    m_session = std::move(session.value());
}

void TestOrientation::turned_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("fedTurnedBy"); // clockwise degrees the sheet was turned when fed
    for (const char* f : {"0002.jpg", "0014.tif", "0017.jpg"}) {
        for (int deg : {0, 90, 180, 270})
            QTest::addRow("%s %d", f, deg) << QString::fromLatin1(f) << deg;
    }
}

void TestOrientation::turned()
{
    QFETCH(QString, file);
    QFETCH(int, fedTurnedBy);
    const QString corpus = Test::corpusDir() + QStringLiteral("/plain/");
    const QJsonObject manifest = Test::readJson(corpus + QStringLiteral("manifest.json"));
    QString truth;
    for (const QJsonValue& v : manifest.value(QStringLiteral("batches"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("pages"))
                                   .toArray()) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("file")).toString().endsWith(file))
            for (const QJsonValue& l : p.value(QStringLiteral("text")).toArray())
                truth += l.toString();
    }
    QVERIFY(!truth.isEmpty());
    QImage img(corpus + QStringLiteral("batch-01/") + file);
    QVERIFY(!img.isNull());
    img = img.transformed(QTransform().rotate(fedTurnedBy));
    if (img.format() == QImage::Format_Mono || img.format() == QImage::Format_MonoLSB)
        img = img.convertToFormat(QImage::Format_Grayscale8);
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    QVERIFY(img.save(&buf, "PNG"));

    auto r = PageProcessor::process(png, 0, m_session.get());
    QVERIFY(r);
    QCOMPARE(r->rotation, (360 - fedTurnedBy) % 360);
    const QString a = TextUtil::compareForm(truth), b = TextUtil::compareForm(r->text());
    const double cer = double(TextUtil::levenshtein(a, b)) / a.size();
    QVERIFY2(cer < 0.05, qPrintable(QStringLiteral("CER %1").arg(cer)));
}

QTEST_GUILESS_MAIN(TestOrientation)
#include "testorientation.moc"
