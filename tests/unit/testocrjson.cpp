// Unit tests for Dossier::OcrJson: the search's reader of stored OCR JSON gives what PageResult::ocrFromJson gives.
#include "pipeline/ocrjson.h"
#include "pipeline/pageresult.h"

#include <QJsonDocument>
#include <QTest>

using namespace Dossier;

namespace {

OcrPage sample()
{
    OcrPage p;
    p.engine = QStringLiteral("tesseract 5.3.0 chi_sim");
    p.meanConfidence = 87.5f;
    OcrLine a{QStringLiteral("原告:张三"), QRect(10, 20, 300, 40), 91, {}};
    a.words = {{QStringLiteral("原告:"), QRect(10, 20, 120, 40), 93},
               {QStringLiteral("张三"), QRect(130, 20, 80, 40), 88}};
    // Escapes: a quote, a backslash, a line break, a tab, a character beyond the BMP (𠀀) and a control character.
    OcrLine b{QStringLiteral("\"引\\号\"\n\t𠀀\x01"), QRect(10, 80, 200, 40), 70, {}};
    b.words = {{QStringLiteral("\"引\\号\"\n\t𠀀\x01"), QRect(10, 80, 200, 40), 70}};
    OcrLine c{QStringLiteral("没有词框的行"), QRect(-5, 140, 0, 0), 0, {}};
    p.lines = {a, b, c};
    return p;
}

void compareLines(const QList<OcrJson::Line>& got, const OcrPage& want)
{
    QCOMPARE(got.size(), want.lines.size());
    for (qsizetype i = 0; i < got.size(); ++i) {
        QCOMPARE(got.at(i).text, want.lines.at(i).text);
        QCOMPARE(got.at(i).box, want.lines.at(i).box);
        QCOMPARE(got.at(i).confidence, want.lines.at(i).confidence);
        const QList<OcrWord> words = OcrJson::words(got.at(i).words);
        QCOMPARE(words.size(), want.lines.at(i).words.size());
        for (qsizetype k = 0; k < words.size(); ++k) {
            QCOMPARE(words.at(k).text, want.lines.at(i).words.at(k).text);
            QCOMPARE(words.at(k).box, want.lines.at(i).words.at(k).box);
            QCOMPARE(words.at(k).confidence, want.lines.at(i).words.at(k).confidence);
        }
    }
}

} // namespace

class TestOcrJson final : public QObject
{
    Q_OBJECT

private slots:
    void asStored()
    {
        const QByteArray json = QJsonDocument(PageResult::ocrToJson(sample())).toJson(QJsonDocument::Compact);
        compareLines(OcrJson::lines(json), PageResult::ocrFromJson(QJsonDocument::fromJson(json).object()));
    }

    void indentedWithEscapedUnicode()
    {
        // Any key order, whitespace, \u escapes (a surrogate pair among them), keys it does not know.
        const QByteArray json = "{ \"engine\" : \"x\", \"extra\": {\"nested\": [1, {\"a\": \"]}\"}]},\n"
                                "  \"lines\": [ { \"w\": [ {\"c\": 50, \"b\": [1, 2, 3, 4], "
                                "\"t\": \"\\u539f\\ud840\\udc00\"} ],\n"
                                "    \"t\": \"\\u539f\\ud840\\udc00\", \"c\": 50.5, \"b\": [ 1, 2, 3, 4 ], "
                                "\"future\": null } ] }";
        const QList<OcrJson::Line> lines = OcrJson::lines(json);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.at(0).text, QStringLiteral("原𠀀"));
        QCOMPARE(lines.at(0).box, QRect(1, 2, 3, 4));
        QCOMPARE(lines.at(0).confidence, 50.5f);
        const QList<OcrWord> words = OcrJson::words(lines.at(0).words);
        QCOMPARE(words.size(), 1);
        QCOMPARE(words.at(0).text, QStringLiteral("原𠀀"));
        QCOMPARE(words.at(0).box, QRect(1, 2, 3, 4));
    }

    void damagedGivesTheLinesBeforeTheDamage_data()
    {
        QTest::addColumn<int>("cut");
        QTest::addColumn<int>("lines");
        const QByteArray json = QJsonDocument(PageResult::ocrToJson(sample())).toJson(QJsonDocument::Compact);
        const int second = int(json.indexOf("{\"b\":[10,80"));
        QTest::newRow("cut inside the second line") << second + 20 << 1;
        QTest::newRow("cut inside the first line") << second - 20 << 0;
        QTest::newRow("nothing") << 0 << 0;
        QTest::newRow("whole") << int(json.size()) << 3;
    }

    void damagedGivesTheLinesBeforeTheDamage()
    {
        QFETCH(int, cut);
        QFETCH(int, lines);
        const QByteArray json = QJsonDocument(PageResult::ocrToJson(sample())).toJson(QJsonDocument::Compact);
        QCOMPARE(OcrJson::lines(json.left(cut)).size(), lines);
        QVERIFY(OcrJson::lines(QByteArray("{\"lines\":[{\"t\":\"a\",\"b\":[1,2,3,4]}")).size() == 1); // no ] }
        QVERIFY(OcrJson::lines(QByteArray("not json")).isEmpty());
        QVERIFY(OcrJson::words(QByteArray("[{\"t\":\"x\",\"b\":[1,2")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOcrJson)
#include "testocrjson.moc"
