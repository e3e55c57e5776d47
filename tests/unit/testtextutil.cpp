// Unit tests for Dossier::TextUtil: compare form, edit distance, similarity and the FTS5 forms.
#include "domain/textutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TextUtil = Dossier::TextUtil;

class TestTextUtil final : public QObject
{
    Q_OBJECT

private slots:
    void classification();
    void compareForm_data();
    void compareForm();
    void lettersOnly_data();
    void lettersOnly();
    void levenshtein_data();
    void levenshtein();
    void similarity_data();
    void similarity();
    void ftsForm_data();
    void ftsForm();
    void ftsQuery_data();
    void ftsQuery();
    void ftsQueryFindsInSqlite();
    void snippet_data();
    void snippet();
};

void TestTextUtil::classification()
{
    QVERIFY(TextUtil::isHan(QChar(u'民')));
    QVERIFY(TextUtil::isHan(QChar(u'\u3400'))); // extension A
    QVERIFY(!TextUtil::isHan(QChar(u'a')));
    QVERIFY(!TextUtil::isHan(QChar(u'，')));
    QVERIFY(!TextUtil::isHan(QChar(u'1')));
    QVERIFY(TextUtil::isWide(QChar(u'民')));
    QVERIFY(TextUtil::isWide(QChar(u'，'))); // full-width comma
    QVERIFY(TextUtil::isWide(QChar(u'。'))); // CJK punctuation
    QVERIFY(TextUtil::isWide(QChar(u'（')));
    QVERIFY(!TextUtil::isWide(QChar(u'a')));
    QVERIFY(!TextUtil::isWide(QChar(u'(')));
}

void TestTextUtil::compareForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only whitespace") << QStringLiteral(" \t\n\u3000") << QString();
    QTest::newRow("spaces between Han") << QStringLiteral("民 事 起 诉 状") << QStringLiteral("民事起诉状");
    QTest::newRow("ideographic space and newline") << QStringLiteral("起诉\u3000状\n") << QStringLiteral("起诉状");
    QTest::newRow("full-width latin and digits") << QStringLiteral("ＡＢＣ　１２３") << QStringLiteral("ABC123");
    QTest::newRow("full-width brackets become ascii")
        << QStringLiteral("（２０２４）苏0602") << QStringLiteral("(2024)苏0602");
    QTest::newRow("compatibility ideograph") << QStringLiteral("\uF900") << QStringLiteral("\u8C48");
    QTest::newRow("ligature") << QStringLiteral("\uFB01le") << QStringLiteral("file");
    QTest::newRow("Han punctuation kept") << QStringLiteral("原告：张三。") << QStringLiteral("原告:张三。");
}

void TestTextUtil::compareForm()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::compareForm(input), expected);
}

void TestTextUtil::lettersOnly_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("punctuation removed") << QStringLiteral("《民事起诉状》") << QStringLiteral("民事起诉状");
    QTest::newRow("spaces and colon") << QStringLiteral("原 告：张 三，") << QStringLiteral("原告张三");
    QTest::newRow("digits kept") << QStringLiteral("（２０２４）苏0602民初1号") << QStringLiteral("2024苏0602民初1号");
    QTest::newRow("nothing left") << QStringLiteral("——。，、") << QString();
}

void TestTextUtil::lettersOnly()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::lettersOnly(input), expected);
}

void TestTextUtil::levenshtein_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("distance");

    QTest::newRow("both empty") << QString() << QString() << 0;
    QTest::newRow("empty left") << QString() << QStringLiteral("abc") << 3;
    QTest::newRow("empty right") << QStringLiteral("起诉状") << QString() << 3;
    QTest::newRow("equal") << QStringLiteral("送达回证") << QStringLiteral("送达回证") << 0;
    QTest::newRow("kitten/sitting") << QStringLiteral("kitten") << QStringLiteral("sitting") << 3;
    QTest::newRow("flaw/lawn") << QStringLiteral("flaw") << QStringLiteral("lawn") << 2;
    QTest::newRow("one Han substitution") << QStringLiteral("起诉状") << QStringLiteral("起诉书") << 1;
    QTest::newRow("Han insertion") << QStringLiteral("起诉状") << QStringLiteral("民事起诉状") << 2;
    QTest::newRow("Han deletion") << QStringLiteral("民事判决书") << QStringLiteral("判决书") << 2;
    QTest::newRow("transposition costs two") << QStringLiteral("ab") << QStringLiteral("ba") << 2;
    QTest::newRow("disjoint") << QStringLiteral("借条") << QStringLiteral("传票") << 2;
}

void TestTextUtil::levenshtein()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, distance);
    QCOMPARE(TextUtil::levenshtein(a, b), distance);
    QCOMPARE(TextUtil::levenshtein(b, a), distance); // symmetric
}

void TestTextUtil::similarity_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("both empty") << QString() << QString() << 1.0;
    QTest::newRow("one empty") << QString() << QStringLiteral("ab") << 0.0;
    QTest::newRow("equal") << QStringLiteral("民事起诉状") << QStringLiteral("民事起诉状") << 1.0;
    QTest::newRow("one slip in five") << QStringLiteral("民事起诉伏") << QStringLiteral("民事起诉状") << 0.8;
    QTest::newRow("one slip in four") << QStringLiteral("送达回正") << QStringLiteral("送达回证") << 0.75;
    QTest::newRow("disjoint") << QStringLiteral("借条") << QStringLiteral("传票") << 0.0;
    QTest::newRow("different lengths") << QStringLiteral("判决书") << QStringLiteral("民事判决书") << 0.6;
}

void TestTextUtil::similarity()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    QCOMPARE(TextUtil::similarity(a, b), expected);
    QCOMPARE(TextUtil::similarity(b, a), expected);
}

void TestTextUtil::ftsForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("one character") << QStringLiteral("民") << QStringLiteral("民");
    QTest::newRow("Han in pairs, the last alone") << QStringLiteral("起诉状") << QStringLiteral("起诉 诉状 状");
    QTest::newRow("latin folded, spaces dropped")
        << QStringLiteral("PDF file") << QStringLiteral("pd df ff fi il le e");
    QTest::newRow("digits in pairs") << QStringLiteral("2024年") << QStringLiteral("20 02 24 4年 年");
    QTest::newRow("full-width digits and letters") << QStringLiteral("２０ＡＢ") << QStringLiteral("20 0a ab b");
    QTest::newRow("punctuation and line breaks dropped")
        << QStringLiteral("原告：\n张 三。") << QStringLiteral("原告 告张 张三 三");
    QTest::newRow("ideographic space dropped") << QStringLiteral("民\u3000事") << QStringLiteral("民事 事");
    QTest::newRow("outside the BMP kept whole")
        << QStringLiteral("\U00020000\U00020001") << QStringLiteral("\U00020000\U00020001 \U00020001");
}

void TestTextUtil::ftsForm()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::ftsForm(input), expected);
}

void TestTextUtil::ftsQuery_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Han word") << QStringLiteral("张三") << QStringLiteral("\"张三\"");
    QTest::newRow("spaces and punctuation ignored") << QStringLiteral(" 张 三， ") << QStringLiteral("\"张三\"");
    QTest::newRow("phrase of pairs") << QStringLiteral("借条A") << QStringLiteral("\"借条 条a\"");
    QTest::newRow("one character: a prefix") << QStringLiteral("借") << QStringLiteral("\"借\"*");
    QTest::newRow("quote dropped") << QStringLiteral("a\"b") << QStringLiteral("\"ab\"");
    QTest::newRow("nothing to search for") << QStringLiteral("，。 ") << QString();
}

void TestTextUtil::ftsQuery()
{
    QFETCH(QString, needle);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::ftsQuery(needle), expected);
}

void TestTextUtil::ftsQueryFindsInSqlite()
{
    // The contract that matters: text indexed as ftsForm() is found by ftsQuery() of any run of its letters and
    // digits (whole words, parts of numbers and of latin words, across line breaks, 全角 or 半角, any case), and not
    // for characters that are not adjacent in the text.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fts"));
        db.setDatabaseName(dir.filePath(QStringLiteral("fts.sqlite")));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, tokenize = 'unicode61')")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t(rowid, body) VALUES (?, ?)")));
        const QStringList pages{
            QStringLiteral("原告张三诉被告李四民间借贷纠纷一案，本院于２０２４年立案。"),
            QStringLiteral("Scan of page 12: 送达回证"),
            QStringLiteral("公民身份号码3\n20694388556569144，联系电话13132300933。"),
            QStringLiteral("合同编号ＨＴ－２０２３－１７，Contract signed"),
        };
        for (int i = 0; i < pages.size(); ++i) {
            q.addBindValue(i + 1);
            q.addBindValue(TextUtil::ftsForm(pages.at(i)));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }

        const auto hits = [&](const QString& needle) {
            QSqlQuery s(db);
            if (!s.prepare(QStringLiteral("SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid")))
                return QList<int>{-1};
            s.addBindValue(TextUtil::ftsQuery(needle));
            if (!s.exec())
                return QList<int>{-1};
            QList<int> rows;
            while (s.next())
                rows << s.value(0).toInt();
            return rows;
        };
        QCOMPARE(hits(QStringLiteral("张三")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("原告")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("民间借贷")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("借贷 纠纷")), QList<int>{1}); // spaces in the needle do not matter
        QCOMPARE(hits(QStringLiteral("2024年")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("２０２４年")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("送达回证")), QList<int>{2});
        QCOMPARE(hits(QStringLiteral("page 12")), QList<int>{2});
        QCOMPARE(hits(QStringLiteral("PAGE12")), QList<int>{2});     // case and spaces ignored
        QCOMPARE(hits(QStringLiteral("569144")), QList<int>{3});     // the last six digits of an ID number
        QCOMPARE(hits(QStringLiteral("300933")), QList<int>{3});     // … of a phone number
        QCOMPARE(hits(QStringLiteral("320694")), QList<int>{3});     // across a line break
        QCOMPARE(hits(QStringLiteral("号码3206")), QList<int>{3});   // Han and digits in one phrase
        QCOMPARE(hits(QStringLiteral("HT-2023-17")), QList<int>{4}); // 半角 needle, 全角 text
        QCOMPARE(hits(QStringLiteral("ｈｔ２０２３")), QList<int>{4});
        QCOMPARE(hits(QStringLiteral("ontrac")), QList<int>{4}); // part of a latin word
        QCOMPARE(hits(QStringLiteral("张四")), QList<int>{});    // both characters occur, not adjacent
        QCOMPARE(hits(QStringLiteral("三诉李")), QList<int>{});  // not a substring
        QCOMPARE(hits(QStringLiteral("5691440")), QList<int>{}); // runs past the number
        QCOMPARE(hits(QStringLiteral("a\"b")), QList<int>{});    // a quote does not break the query
        QCOMPARE(hits(QStringLiteral("诉")), QList<int>{1});     // one character
        QCOMPARE(hits(QStringLiteral("。")), QList<int>{-1});    // nothing to search for: no query
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fts"));
}

void TestTextUtil::snippet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("context");
    QTest::addColumn<QString>("expected");

    QTest::newRow("around the first occurrence") << QStringLiteral("一二三四五原告六七八九十原告")
                                                 << QStringLiteral("原告") << 2 << QStringLiteral("四五原告六七");
    QTest::newRow("at the start") << QStringLiteral("原告张三") << QStringLiteral("原告") << 3
                                  << QStringLiteral("原告张三");
    QTest::newRow("over a line break, 全角 text")
        << QStringLiteral("号码3\n２０６９４，电话") << QStringLiteral("320694") << 1
        << QStringLiteral("码3 ２０６９４，");
    QTest::newRow("not found: the start")
        << QStringLiteral("一二三四五") << QStringLiteral("六") << 1 << QStringLiteral("一二");
}

void TestTextUtil::snippet()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, context);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::snippet(text, needle, context), expected);
}

QTEST_GUILESS_MAIN(TestTextUtil)
#include "testtextutil.moc"
