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
    QTest::newRow("Han separated") << QStringLiteral("起诉状") << QStringLiteral("起 诉 状");
    QTest::newRow("latin words kept whole") << QStringLiteral("PDF file") << QStringLiteral("PDF file");
    QTest::newRow("mixed Han and latin") << QStringLiteral("民事abc起诉") << QStringLiteral("民 事 abc 起 诉");
    QTest::newRow("digits stay one token") << QStringLiteral("2024年3月") << QStringLiteral("2024 年 3 月");
    QTest::newRow("full-width digits normalised") << QStringLiteral("２０２４年") << QStringLiteral("2024 年");
    QTest::newRow("existing spaces collapsed")
        << QStringLiteral("  民 事\u3000起  诉 ") << QStringLiteral("民 事 起 诉");
    QTest::newRow("CJK punctuation its own token") << QStringLiteral("原告。被告") << QStringLiteral("原 告 。 被 告");
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

    QTest::newRow("Han phrase") << QStringLiteral("张三") << QStringLiteral("\"张 三\"");
    QTest::newRow("full-width and spaces") << QStringLiteral(" 张 三 ") << QStringLiteral("\"张 三\"");
    QTest::newRow("quote doubled") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
}

void TestTextUtil::ftsQuery()
{
    QFETCH(QString, needle);
    QFETCH(QString, expected);
    QCOMPARE(TextUtil::ftsQuery(needle), expected);
}

void TestTextUtil::ftsQueryFindsInSqlite()
{
    // The contract that matters: text indexed as ftsForm() is found by ftsQuery() of any substring of whole
    // Han characters, and not found for characters that are not adjacent in the text.
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
        q.addBindValue(1);
        q.addBindValue(TextUtil::ftsForm(QStringLiteral("原告张三诉被告李四民间借贷纠纷一案，本院于２０２４年立案。")));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.addBindValue(2);
        q.addBindValue(TextUtil::ftsForm(QStringLiteral("Scan of page 12: 送达回证")));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

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
        QCOMPARE(hits(QStringLiteral("民间借贷")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("借贷 纠纷")), QList<int>{1}); // spaces in the needle do not matter
        QCOMPARE(hits(QStringLiteral("2024年")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("２０２４年")), QList<int>{1});
        QCOMPARE(hits(QStringLiteral("送达回证")), QList<int>{2});
        QCOMPARE(hits(QStringLiteral("page 12")), QList<int>{2});
        QCOMPARE(hits(QStringLiteral("张四")), QList<int>{});   // both characters occur, not adjacent
        QCOMPARE(hits(QStringLiteral("三诉李")), QList<int>{}); // not a substring
        QCOMPARE(hits(QStringLiteral("a\"b")), QList<int>{});   // a quote does not break the query
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fts"));
}

QTEST_GUILESS_MAIN(TestTextUtil)
#include "testtextutil.moc"
