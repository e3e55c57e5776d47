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

// Two lines: "原告张三，身份证号320694388556569144" (the number one word, 18 digits × 10 px) and "联系电话：131 3230".
OcrPage page()
{
    OcrPage p;
    p.lines << line({{QStringLiteral("原告"), QRect(100, 50, 80, 40), 90},
                     {QStringLiteral("张三，"), QRect(180, 50, 120, 40), 90},
                     {QStringLiteral("身份证号"), QRect(300, 50, 160, 40), 90},
                     {QStringLiteral("320694388556569144"), QRect(460, 50, 180, 40), 90}});
    p.lines << line({{QStringLiteral("联系电话："), QRect(100, 110, 200, 40), 90},
                     {QStringLiteral("131"), QRect(310, 110, 30, 40), 90},
                     {QStringLiteral("３２３０"), QRect(350, 110, 80, 40), 90}});
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
};

void TestHitBoxes::boxes_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<QList<QRect>>>("expected");

    QTest::newRow("a whole word") << QStringLiteral("原告") << QList<QList<QRect>>{{QRect(100, 50, 80, 40)}};
    QTest::newRow("part of a word, in proportion")
        << QStringLiteral("三") << QList<QList<QRect>>{{QRect(220, 50, 40, 40)}}; // 张三， : 3 characters of 40 px
    QTest::newRow("the last six digits of a number")
        << QStringLiteral("569144") << QList<QList<QRect>>{{QRect(580, 50, 60, 40)}};
    QTest::newRow("across words of a line: one box")
        << QStringLiteral("张三身份") << QList<QList<QRect>>{{QRect(180, 50, 200, 40)}};
    QTest::newRow("across lines: one box per line")
        << QStringLiteral("9144 联系") << QList<QList<QRect>>{{QRect(600, 50, 40, 40), QRect(100, 110, 80, 40)}};
    QTest::newRow("全角 text, 半角 needle, across words")
        << QStringLiteral("1313") << QList<QList<QRect>>{{QRect(310, 110, 60, 40)}};
    QTest::newRow("every occurrence") << QStringLiteral("3")
                                      << QList<QList<QRect>>{{QRect(460, 50, 10, 40)},
                                                             {QRect(520, 50, 10, 40)},
                                                             {QRect(320, 110, 10, 40)},
                                                             {QRect(350, 110, 20, 40)},
                                                             {QRect(390, 110, 20, 40)}};
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
}

QTEST_GUILESS_MAIN(TestHitBoxes)
#include "testhitboxes.moc"
