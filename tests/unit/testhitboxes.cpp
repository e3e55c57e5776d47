// Unit tests for Dossier::hitBoxes: where a searched text lies on a recognised page.
#include "domain/hitboxes.h"

#include <QTest>

using namespace Dossier;

namespace {

OcrLine line(const QList<OcrWord>& words)
{
    OcrLine l;
    for (const OcrWord& w : words) {
        l.text += w.text;
        l.box = l.box.isNull() ? w.box : l.box.united(w.box);
    }
    l.words = words;
    return l;
}

// Two lines set at 40 px an em: "原告张三，身份证号320694388556569144" (the number one word, 18 digits of half an em)
// and "联系电话：131３２３０" (半角 digits half an em, 全角 ones a full em).
OcrPage page()
{
    OcrPage p;
    p.lines << line({{QStringLiteral("原告"), QRect(100, 50, 80, 40), 90},
                     {QStringLiteral("张三，"), QRect(180, 50, 120, 40), 90},
                     {QStringLiteral("身份证号"), QRect(300, 50, 160, 40), 90},
                     {QStringLiteral("320694388556569144"), QRect(460, 50, 360, 40), 90}});
    p.lines << line({{QStringLiteral("联系电话："), QRect(100, 110, 200, 40), 90},
                     {QStringLiteral("131"), QRect(300, 110, 60, 40), 90},
                     {QStringLiteral("３２３０"), QRect(360, 110, 160, 40), 90}});
    return p;
}

} // namespace

class TestHitBoxes final : public QObject
{
    Q_OBJECT

private slots:
    void boxes_data();
    void boxes();
    void lineWithoutWords();
    void setting_data();
    void setting();
    void linesWithTheNeedle();
    void verticalLine();
};

void TestHitBoxes::boxes_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<QList<QRect>>>("expected");

    QTest::newRow("a whole word") << QStringLiteral("原告") << QList<QList<QRect>>{{QRect(100, 50, 80, 40)}};
    QTest::newRow("part of a word, by advance")
        << QStringLiteral("三") << QList<QList<QRect>>{{QRect(220, 50, 40, 40)}};
    QTest::newRow("the last six digits of a number: half an em each")
        << QStringLiteral("569144") << QList<QList<QRect>>{{QRect(700, 50, 120, 40)}};
    QTest::newRow("across words of a line: one box")
        << QStringLiteral("张三身份") << QList<QList<QRect>>{{QRect(180, 50, 200, 40)}};
    QTest::newRow("across lines: one box per line")
        << QStringLiteral("9144 联系") << QList<QList<QRect>>{{QRect(740, 50, 80, 40), QRect(100, 110, 80, 40)}};
    QTest::newRow("全角 text, 半角 needle, across words")
        << QStringLiteral("1313") << QList<QList<QRect>>{{QRect(300, 110, 100, 40)}};
    QTest::newRow("every occurrence") << QStringLiteral("3")
                                      << QList<QList<QRect>>{{QRect(460, 50, 20, 40)},
                                                             {QRect(580, 50, 20, 40)},
                                                             {QRect(320, 110, 20, 40)},
                                                             {QRect(360, 110, 40, 40)},
                                                             {QRect(440, 110, 40, 40)}};
    QTest::newRow("not on the page") << QStringLiteral("被告") << QList<QList<QRect>>{};
    QTest::newRow("no letter or digit") << QStringLiteral("，") << QList<QList<QRect>>{};
}

void TestHitBoxes::boxes()
{
    QFETCH(QString, needle);
    QFETCH(QList<QList<QRect>>, expected);
    QCOMPARE(hitBoxes(page(), needle), expected);
}

void TestHitBoxes::lineWithoutWords()
{
    OcrPage p;
    OcrLine l;
    l.text = QStringLiteral("本院认为");
    l.box = QRect(0, 0, 400, 50);
    p.lines << l;
    QCOMPARE(hitBoxes(p, QStringLiteral("认为")), (QList<QList<QRect>>{{QRect(200, 0, 200, 50)}}));
    p.lines[0].box = QRect(); // nor a box: still one occurrence, in a place
    const QList<QList<QRect>> found = hitBoxes(p, QStringLiteral("认为"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).size(), 1);
    QVERIFY(found.at(0).at(0).isValid());
}

// How a line is set, one line of words each: the word boxes are the engine's, the expected box the character's ink.
void TestHitBoxes::setting_data()
{
    QTest::addColumn<QList<OcrWord>>("words");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QRect>("expected");

    QTest::newRow("a wide gap (a table's next cell) starts a new run")
        << QList<OcrWord>{{QStringLiteral("姓名"), QRect(100, 50, 80, 40), 90},
                          {QStringLiteral("皇甫嘉懿"), QRect(400, 50, 160, 40), 90}}
        << QStringLiteral("嘉懿") << QRect(480, 50, 80, 40);
    QTest::newRow("an ASCII colon between Han characters is a full-width one")
        << QList<OcrWord>{{QStringLiteral("原告:张三"), QRect(100, 50, 200, 40), 90}} << QStringLiteral("张三")
        << QRect(220, 50, 80, 40);
    QTest::newRow("a stop at the end: its ink is the left half of its cell")
        << QList<OcrWord>{{QStringLiteral("本院认为。"), QRect(100, 50, 180, 40), 90}} << QStringLiteral("认为")
        << QRect(180, 50, 80, 40);
    QTest::newRow("an opening bracket at the start: its ink is the right half")
        << QList<OcrWord>{{QStringLiteral("（张三"), QRect(100, 50, 100, 40), 90}} << QStringLiteral("张三")
        << QRect(120, 50, 80, 40);
    QTest::newRow("latin words a space apart, half an em a letter")
        << QList<OcrWord>{{QStringLiteral("Blue"), QRect(100, 50, 80, 40), 90},
                          {QStringLiteral("Ocean"), QRect(190, 50, 100, 40), 90}}
        << QStringLiteral("Ocean") << QRect(190, 50, 100, 40);
    QTest::newRow("one tall box does not make the line tall")
        << QList<OcrWord>{{QStringLiteral("原告"), QRect(100, 50, 80, 40), 90},
                          {QStringLiteral("张三"), QRect(180, 40, 80, 60), 90},
                          {QStringLiteral("李四"), QRect(260, 50, 80, 40), 90}}
        << QStringLiteral("张三") << QRect(180, 50, 80, 40);
}

void TestHitBoxes::setting()
{
    QFETCH(QList<OcrWord>, words);
    QFETCH(QString, needle);
    QFETCH(QRect, expected);
    OcrPage p;
    p.lines << line(words);
    QCOMPARE(hitBoxes(p, needle), (QList<QList<QRect>>{{expected}}));
}

void TestHitBoxes::linesWithTheNeedle()
{
    const QStringList texts{QStringLiteral("原告张三，身份证号320694388556569144"),
                            QStringLiteral("联系电话：131３２３０"), QStringLiteral("被告李四"),
                            QStringLiteral("原告")};
    QCOMPARE(linesWith(texts, QStringLiteral("原告")), (QList<int>{0, 3}));
    QCOMPARE(linesWith(texts, QStringLiteral("9144联系")), (QList<int>{0, 1}));
    QCOMPARE(linesWith(texts, QStringLiteral("3230被告李四原")), (QList<int>{1, 2, 3}));
    QCOMPARE(linesWith(texts, QStringLiteral("王五")), QList<int>{});
    QCOMPARE(linesWith(texts, QStringLiteral("，")), QList<int>{});
    // The lines it names are all hitBoxes needs words for: the same boxes as with every line's words.
    OcrPage full = page(), partial = page();
    partial.lines << line({{QStringLiteral("被告李四"), QRect(100, 170, 160, 40), 90}});
    full.lines << partial.lines.back();
    for (const QString& needle :
         {QStringLiteral("3"), QStringLiteral("9144联系"), QStringLiteral("李四"), QStringLiteral("张三")}) {
        OcrPage p = partial;
        const QList<int> wanted = linesWith({p.lines.at(0).text, p.lines.at(1).text, p.lines.at(2).text}, needle);
        for (qsizetype l = 0; l < p.lines.size(); ++l)
            if (!wanted.contains(int(l)))
                p.lines[l].words.clear();
        QCOMPARE(hitBoxes(p, needle), hitBoxes(full, needle));
    }
}

// A page turned by a quarter is read as columns: a line taller than wide is set from top to bottom.
void TestHitBoxes::verticalLine()
{
    OcrPage p;
    p.lines << line({{QStringLiteral("今收到"), QRect(500, 100, 40, 120), 90},
                     {QStringLiteral("王建华"), QRect(500, 220, 40, 120), 90}});
    QCOMPARE(hitBoxes(p, QStringLiteral("到王")), (QList<QList<QRect>>{{QRect(500, 180, 40, 80)}}));
}

QTEST_GUILESS_MAIN(TestHitBoxes)
#include "testhitboxes.moc"
