// Unit tests for Dossier::CaseNumber: the 案号 parser, its normalised form and file key.
#include "domain/casenumber.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Dossier::CaseNumber;

class TestCaseNumber final : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void everyTypeCodeParses();
    void typeCodeTable();
    void roundTrip();
    void fileKeyIsSafeForFileNames();
};

void TestCaseNumber::parseValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("court");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("sequence");
    QTest::addColumn<QString>("normalised");
    QTest::addColumn<QString>("fileKey");

    const QString basic = QStringLiteral("（2024）苏0602民初1234号");
    const QString basicKey = QStringLiteral("2024-苏0602-民初-1234");
    const QString court = QStringLiteral("苏0602");
    const QString minChu = QStringLiteral("民初");

    QTest::newRow("full-width brackets") << basic << 2024 << court << minChu << 1234 << basic << basicKey;
    QTest::newRow("half-width brackets") << QStringLiteral("(2024)苏0602民初1234号") << 2024 << court << minChu << 1234
                                         << basic << basicKey;
    QTest::newRow("tortoise-shell brackets")
        << QStringLiteral("〔2024〕苏0602民初1234号") << 2024 << court << minChu << 1234 << basic << basicKey;
    QTest::newRow("square brackets") << QStringLiteral("[2024]苏0602民初1234号") << 2024 << court << minChu << 1234
                                     << basic << basicKey;
    QTest::newRow("full-width square brackets")
        << QStringLiteral("［2024］苏0602民初1234号") << 2024 << court << minChu << 1234 << basic << basicKey;
    QTest::newRow("lenticular brackets") << QStringLiteral("【2024】苏0602民初1234号") << 2024 << court << minChu
                                         << 1234 << basic << basicKey;
    QTest::newRow("full-width digits") << QStringLiteral("（２０２４）苏０６０２民初１２３４号") << 2024 << court
                                       << minChu << 1234 << basic << basicKey;
    QTest::newRow("ascii spaces") << QStringLiteral("  ( 2024 ) 苏 0602 民初 1234 号 ") << 2024 << court << minChu
                                  << 1234 << basic << basicKey;
    QTest::newRow("ideographic spaces and tab") << QStringLiteral("（2024）\u3000苏0602\t民初1234\u3000号") << 2024
                                                << court << minChu << 1234 << basic << basicKey;
    QTest::newRow("missing 号") << QStringLiteral("(2024)苏0602民初1234") << 2024 << court << minChu << 1234 << basic
                                << basicKey;
    QTest::newRow("leading zeros in sequence")
        << QStringLiteral("（2024）苏0602民初0012号") << 2024 << court << minChu << 12
        << QStringLiteral("（2024）苏0602民初12号") << QStringLiteral("2024-苏0602-民初-12");
    QTest::newRow("province only (high court)")
        << QStringLiteral("（2019）苏民终5号") << 2019 << QStringLiteral("苏") << QStringLiteral("民终") << 5
        << QStringLiteral("（2019）苏民终5号") << QStringLiteral("2019-苏-民终-5");
    QTest::newRow("intermediate court 苏06")
        << QStringLiteral("（2021）苏06民终321号") << 2021 << QStringLiteral("苏06") << QStringLiteral("民终") << 321
        << QStringLiteral("（2021）苏06民终321号") << QStringLiteral("2021-苏06-民终-321");
    QTest::newRow("supreme court 最高法")
        << QStringLiteral("(2019)最高法民申1号") << 2019 << QStringLiteral("最高法") << QStringLiteral("民申") << 1
        << QStringLiteral("（2019）最高法民申1号") << QStringLiteral("2019-最高法-民申-1");
    QTest::newRow("longest match 民辖终 over 民辖")
        << QStringLiteral("（2020）最高法民辖终12号") << 2020 << QStringLiteral("最高法") << QStringLiteral("民辖终")
        << 12 << QStringLiteral("（2020）最高法民辖终12号") << QStringLiteral("2020-最高法-民辖终-12");
    QTest::newRow("民辖 alone") << QStringLiteral("（2020）苏06民辖3号") << 2020 << QStringLiteral("苏06")
                                << QStringLiteral("民辖") << 3 << QStringLiteral("（2020）苏06民辖3号")
                                << QStringLiteral("2020-苏06-民辖-3");
    QTest::newRow("longest match 执恢 over 执")
        << QStringLiteral("（2022）苏0602执恢45号") << 2022 << court << QStringLiteral("执恢") << 45
        << QStringLiteral("（2022）苏0602执恢45号") << QStringLiteral("2022-苏0602-执恢-45");
    QTest::newRow("执 alone") << QStringLiteral("（2022）苏0602执45号") << 2022 << court << QStringLiteral("执") << 45
                              << QStringLiteral("（2022）苏0602执45号") << QStringLiteral("2022-苏0602-执-45");
    QTest::newRow("执保 in Beijing") << QStringLiteral("（2023）京0105执保9号") << 2023 << QStringLiteral("京0105")
                                     << QStringLiteral("执保") << 9 << QStringLiteral("（2023）京0105执保9号")
                                     << QStringLiteral("2023-京0105-执保-9");
    QTest::newRow("刑初 in Shanghai") << QStringLiteral("（2023）沪0115刑初100号") << 2023 << QStringLiteral("沪0115")
                                      << QStringLiteral("刑初") << 100 << QStringLiteral("（2023）沪0115刑初100号")
                                      << QStringLiteral("2023-沪0115-刑初-100");
    QTest::newRow("three-character 行赔初")
        << QStringLiteral("（2018）浙01行赔初3号") << 2018 << QStringLiteral("浙01") << QStringLiteral("行赔初") << 3
        << QStringLiteral("（2018）浙01行赔初3号") << QStringLiteral("2018-浙01-行赔初-3");
    QTest::newRow("first year 1949") << QStringLiteral("（1949）京民初1号") << 1949 << QStringLiteral("京") << minChu
                                     << 1 << QStringLiteral("（1949）京民初1号") << QStringLiteral("1949-京-民初-1");
    QTest::newRow("six-digit sequence") << QStringLiteral("（2024）粤0304民初123456号") << 2024
                                        << QStringLiteral("粤0304") << minChu << 123456
                                        << QStringLiteral("（2024）粤0304民初123456号")
                                        << QStringLiteral("2024-粤0304-民初-123456");
}

void TestCaseNumber::parseValid()
{
    QFETCH(QString, input);
    QFETCH(int, year);
    QFETCH(QString, court);
    QFETCH(QString, type);
    QFETCH(int, sequence);
    QFETCH(QString, normalised);
    QFETCH(QString, fileKey);

    const auto r = CaseNumber::parse(input);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().english()));
    QCOMPARE(r->year, year);
    QCOMPARE(r->courtCode, court);
    QCOMPARE(r->typeCode, type);
    QCOMPARE(r->sequence, sequence);
    QCOMPARE(r->toString(), normalised);
    QCOMPARE(r->fileKey(), fileKey);
}

void TestCaseNumber::parseInvalid_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("no year") << QStringLiteral("苏0602民初1234号");
    QTest::newRow("year without brackets") << QStringLiteral("2024苏0602民初1234号");
    QTest::newRow("unclosed bracket") << QStringLiteral("（2024苏0602民初1234号");
    QTest::newRow("three-digit year") << QStringLiteral("（224）苏0602民初1234号");
    QTest::newRow("five-digit year") << QStringLiteral("（20245）苏0602民初1234号");
    QTest::newRow("year before 1949") << QStringLiteral("（1899）苏0602民初1234号");
    QTest::newRow("year far in the future") << QStringLiteral("（2999）苏0602民初1234号");
    QTest::newRow("letters in the year") << QStringLiteral("（2O24）苏0602民初1234号");
    QTest::newRow("latin province") << QStringLiteral("（2024）X0602民初1234号");
    QTest::newRow("not a province character") << QStringLiteral("（2024）江0602民初1234号");
    QTest::newRow("no court code") << QStringLiteral("（2024）民初1234号");
    QTest::newRow("digits without province") << QStringLiteral("（2024）0602民初1234号");
    QTest::newRow("one court digit") << QStringLiteral("（2024）苏6民初1234号");
    QTest::newRow("three court digits") << QStringLiteral("（2024）苏060民初1234号");
    QTest::newRow("five court digits") << QStringLiteral("（2024）苏06021民初1234号");
    QTest::newRow("unknown type") << QStringLiteral("（2024）苏0602民X1234号");
    QTest::newRow("type not in table") << QStringLiteral("（2024）苏0602借1234号");
    QTest::newRow("type prefix only (民)") << QStringLiteral("（2024）苏0602民1234号");
    QTest::newRow("no type") << QStringLiteral("（2024）苏06021234号");
    QTest::newRow("no sequence") << QStringLiteral("（2024）苏0602民初号");
    QTest::newRow("no sequence, no 号") << QStringLiteral("（2024）苏0602民初");
    QTest::newRow("sequence zero") << QStringLiteral("（2024）苏0602民初0号");
    QTest::newRow("letter inside sequence") << QStringLiteral("（2024）苏0602民初12a4号");
    QTest::newRow("letter after sequence") << QStringLiteral("（2024）苏0602民初1234A号");
    QTest::newRow("seven-digit sequence") << QStringLiteral("（2024）苏0602民初1234567号");
    QTest::newRow("text after 号") << QStringLiteral("（2024）苏0602民初1234号之一");
    QTest::newRow("negative sequence") << QStringLiteral("（2024）苏0602民初-12号");
}

void TestCaseNumber::parseInvalid()
{
    QFETCH(QString, input);
    const auto r = CaseNumber::parse(input);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toString() : QString()));
    QCOMPARE(r.error().code(), QStringLiteral("case_no_invalid"));
    // The message names what was given, so the operator sees which field was refused.
    QCOMPARE(r.error().args(), QStringList{input});
    QVERIFY(!r.error().english().contains(QLatin1String("%1")));
    if (!input.isEmpty())
        QVERIFY(r.error().english().contains(input));
}

void TestCaseNumber::everyTypeCodeParses()
{
    // Every code of the table must be reachable: no shorter code may shadow a longer one (执 vs 执恢).
    for (const QString& code : CaseNumber::typeCodes()) {
        const QString text = QStringLiteral("（2024）苏0602") + code + QStringLiteral("7号");
        const auto r = CaseNumber::parse(text);
        QVERIFY2(r.ok(), qPrintable(text));
        QCOMPARE(r->typeCode, code);
        QCOMPARE(r->sequence, 7);
    }
}

void TestCaseNumber::typeCodeTable()
{
    const QStringList& codes = CaseNumber::typeCodes();
    // The codes the domain requirements name.
    for (const char* c : {"民初", "民终", "民申", "民再", "刑初", "刑终", "行初", "执", "执恢", "执保", "执异"})
        QVERIFY2(codes.contains(QString::fromUtf8(c)), c);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size()); // no duplicates
    for (qsizetype i = 0; i < codes.size(); ++i) {
        QVERIFY(!codes.at(i).isEmpty());
        QVERIFY2(codes.at(i).size() <= 3, qPrintable(codes.at(i)));
        if (i > 0) // longest first: the parser takes the first prefix that fits
            QVERIFY(codes.at(i - 1).size() >= codes.at(i).size());
    }
}

void TestCaseNumber::roundTrip()
{
    const auto a = CaseNumber::parse(QStringLiteral("[2024] 苏０６０２ 民辖终 0099"));
    QVERIFY(a.ok());
    const QString s = a->toString();
    QCOMPARE(s, QStringLiteral("（2024）苏0602民辖终99号"));
    const auto b = CaseNumber::parse(s);
    QVERIFY(b.ok());
    QVERIFY(a.value() == b.value());
    QCOMPARE(b->toString(), s);

    const auto c = CaseNumber::parse(QStringLiteral("（2024）苏0602民辖终98号"));
    QVERIFY(c.ok());
    QVERIFY(!(a.value() == c.value()));
}

void TestCaseNumber::fileKeyIsSafeForFileNames()
{
    const auto r = CaseNumber::parse(QStringLiteral("（2024）最高法执恢1号"));
    QVERIFY(r.ok());
    const QString key = r->fileKey();
    static const QRegularExpression unsafe(QStringLiteral("[\\s/\\\\:*?\"<>|()（）〔〕\\[\\]]"));
    QVERIFY2(!unsafe.match(key).hasMatch(), qPrintable(key));
    QCOMPARE(key.split(QLatin1Char('-')).size(), 4);
}

QTEST_GUILESS_MAIN(TestCaseNumber)
#include "testcasenumber.moc"
