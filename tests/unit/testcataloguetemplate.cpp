// Unit tests for Dossier::CatalogueTemplate: the built-in civil first-instance template and title matching.
#include "domain/cataloguetemplate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Dossier::CatalogueTemplate;

namespace {

const QString kCivil = QStringLiteral("civil-first-instance-main");

// The civil first-instance main volume, in order, as domain.md lists it.
const QStringList kCivilCodes = {
    QStringLiteral("cover"),
    QStringLiteral("toc"),
    QStringLiteral("complaint"),
    QStringLiteral("acceptance_notice"),
    QStringLiteral("fee_notice"),
    QStringLiteral("response_notice"),
    QStringLiteral("evidence_notice"),
    QStringLiteral("defence"),
    QStringLiteral("evidence_list"),
    QStringLiteral("evidence"),
    QStringLiteral("power_of_attorney"),
    QStringLiteral("service_receipt"),
    QStringLiteral("summons"),
    QStringLiteral("hearing_record"),
    QStringLiteral("mediation"),
    QStringLiteral("judgment"),
    QStringLiteral("pronouncement_record"),
    QStringLiteral("appeal"),
    QStringLiteral("record_note"),
    QStringLiteral("other"),
};

} // namespace

class TestCatalogueTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinLoads();
    void codesInOrder();
    void domainTitlesPresent();
    void unknownBuiltin();
    void fromJsonRejectsInvalid();
    void everyTitleMatchesItsItem();
    void match_data();
    void match();

private:
    CatalogueTemplate m_civil;
};

void TestCatalogueTemplate::initTestCase()
{
    // resources.qrc is compiled into the static dossier_core; pull it into this executable.
    Q_INIT_RESOURCE(resources);
    auto t = CatalogueTemplate::builtin(kCivil);
    QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().english()));
    m_civil = std::move(t).value();
}

void TestCatalogueTemplate::builtinLoads()
{
    QVERIFY(CatalogueTemplate::builtinIds().contains(kCivil));
    QCOMPARE(m_civil.id, kCivil);
    QVERIFY(m_civil.version >= 1);
    QCOMPARE(m_civil.name, QStringLiteral("民事一审正卷"));
    QCOMPARE(m_civil.evidenceAfter, QStringLiteral("evidence_list"));
    QCOMPARE(m_civil.evidenceCode, QStringLiteral("evidence"));
    QCOMPARE(m_civil.fallbackCode, QStringLiteral("other"));
    // Cover and ToC are made by the software; everything else is scanned.
    for (const auto& it : m_civil.items)
        QCOMPARE(it.generated, it.code == QLatin1String("cover") || it.code == QLatin1String("toc"));
    // The codes the template refers to exist in it.
    QVERIFY(m_civil.item(m_civil.evidenceAfter));
    QVERIFY(m_civil.item(m_civil.evidenceCode));
    QVERIFY(m_civil.item(m_civil.fallbackCode));
}

void TestCatalogueTemplate::codesInOrder()
{
    QStringList codes;
    for (const auto& it : m_civil.items)
        codes << it.code;
    QCOMPARE(codes, kCivilCodes);
    for (qsizetype i = 0; i < kCivilCodes.size(); ++i) {
        QCOMPARE(m_civil.order(kCivilCodes.at(i)), int(i));
        QVERIFY(m_civil.item(kCivilCodes.at(i)));
        QCOMPARE(m_civil.item(kCivilCodes.at(i))->code, kCivilCodes.at(i));
    }
    // Unknown codes sort after everything and have no item.
    QCOMPARE(m_civil.order(QStringLiteral("no_such_code")), int(kCivilCodes.size()));
    QVERIFY(!m_civil.item(QStringLiteral("no_such_code")));
}

void TestCatalogueTemplate::domainTitlesPresent()
{
    // The names domain.md gives for each code are among the item's titles (what the matcher looks for).
    const QList<QPair<const char*, QStringList>> expected = {
        {"cover", {QStringLiteral("卷宗封面")}},
        {"toc", {QStringLiteral("卷内目录")}},
        {"complaint", {QStringLiteral("起诉状"), QStringLiteral("民事起诉状")}},
        {"acceptance_notice", {QStringLiteral("受理案件通知书")}},
        {"fee_notice", {QStringLiteral("诉讼费缴纳通知书")}},
        {"response_notice", {QStringLiteral("应诉通知书")}},
        {"evidence_notice", {QStringLiteral("举证通知书")}},
        {"defence", {QStringLiteral("答辩状"), QStringLiteral("民事答辩状")}},
        {"evidence_list", {QStringLiteral("证据目录")}},
        {"evidence", {QStringLiteral("证据材料")}},
        {"power_of_attorney", {QStringLiteral("授权委托书")}},
        {"service_receipt", {QStringLiteral("送达回证"), QStringLiteral("电子送达凭证")}},
        {"summons", {QStringLiteral("传票")}},
        {"hearing_record", {QStringLiteral("庭审笔录")}},
        {"mediation", {QStringLiteral("调解书")}},
        {"judgment", {QStringLiteral("民事判决书"), QStringLiteral("民事裁定书")}},
        {"pronouncement_record", {QStringLiteral("宣判笔录")}},
        {"appeal", {QStringLiteral("上诉状")}},
        {"record_note", {QStringLiteral("备考表")}},
    };
    for (const auto& [code, titles] : expected) {
        const auto* it = m_civil.item(QString::fromLatin1(code));
        QVERIFY2(it, code);
        for (const QString& t : titles)
            QVERIFY2(it->titles.contains(t), qPrintable(QString::fromLatin1(code) + QLatin1Char(' ') + t));
    }
}

void TestCatalogueTemplate::unknownBuiltin()
{
    const auto t = CatalogueTemplate::builtin(QStringLiteral("no-such-template"));
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code(), QStringLiteral("template_unknown"));
    QVERIFY(t.error().english().contains(kCivil)); // lists the known ones
}

void TestCatalogueTemplate::fromJsonRejectsInvalid()
{
    QJsonObject noCode{
        {QStringLiteral("id"), QStringLiteral("t")},
        {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}}};
    auto a = CatalogueTemplate::fromJson(noCode);
    QVERIFY(!a.ok());
    QCOMPARE(a.error().code(), QStringLiteral("template_invalid"));

    QJsonObject noItems{{QStringLiteral("id"), QStringLiteral("t")}, {QStringLiteral("items"), QJsonArray{}}};
    auto b = CatalogueTemplate::fromJson(noItems);
    QVERIFY(!b.ok());
    QCOMPARE(b.error().code(), QStringLiteral("template_invalid"));

    QJsonObject noId{{QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("x")}}}}};
    auto c = CatalogueTemplate::fromJson(noId);
    QVERIFY(!c.ok());
    QCOMPARE(c.error().code(), QStringLiteral("template_invalid"));

    QJsonObject minimal{
        {QStringLiteral("id"), QStringLiteral("t")},
        {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("x")}}}}};
    auto d = CatalogueTemplate::fromJson(minimal);
    QVERIFY(d.ok());
    QCOMPARE(d->fallbackCode, QStringLiteral("other")); // the default
    QCOMPARE(d->items.size(), 1);
}

void TestCatalogueTemplate::everyTitleMatchesItsItem()
{
    // Titles are unique across items: each one, recognised exactly, maps back to its own item.
    for (const auto& it : m_civil.items) {
        if (it.code != m_civil.fallbackCode)
            QVERIFY2(!it.titles.isEmpty(), qPrintable(it.code));
        for (const QString& title : it.titles) {
            const auto m = m_civil.match(title);
            QVERIFY2(m.code == it.code, qPrintable(title + QStringLiteral(" -> ") + m.code));
            QCOMPARE(m.matchedTitle, title);
            QCOMPARE(m.score, 1.0);
        }
    }
}

void TestCatalogueTemplate::match_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("code"); // empty: no match

    QTest::newRow("民事起诉状") << QStringLiteral("民事起诉状") << QStringLiteral("complaint");
    QTest::newRow("起诉状") << QStringLiteral("起诉状") << QStringLiteral("complaint");
    QTest::newRow("letter-spaced title") << QStringLiteral("民 事 起 诉 状") << QStringLiteral("complaint");
    QTest::newRow("with punctuation") << QStringLiteral("《民事起诉状》") << QStringLiteral("complaint");
    QTest::newRow("one slip 民事起诉伏") << QStringLiteral("民事起诉伏") << QStringLiteral("complaint");
    QTest::newRow("送达回证") << QStringLiteral("送达回证") << QStringLiteral("service_receipt");
    QTest::newRow("电子送达凭证") << QStringLiteral("电子送达凭证") << QStringLiteral("service_receipt");
    QTest::newRow("one slip 送达回正") << QStringLiteral("送达回正") << QStringLiteral("service_receipt");
    QTest::newRow("one slip 电子送达凭正") << QStringLiteral("电子送达凭正") << QStringLiteral("service_receipt");
    QTest::newRow("one slip 授权委托苦") << QStringLiteral("授权委托苦") << QStringLiteral("power_of_attorney");
    QTest::newRow("one slip 民事答辨状") << QStringLiteral("民事答辨状") << QStringLiteral("defence");
    QTest::newRow("民事裁定书") << QStringLiteral("民事裁定书") << QStringLiteral("judgment");
    QTest::newRow("spaced 民事判决书") << QStringLiteral("民  事  判  决  书") << QStringLiteral("judgment");
    QTest::newRow("prefixed 关于…的举证通知书")
        << QStringLiteral("关于补充提交证据的举证通知书") << QStringLiteral("evidence_notice");
    QTest::newRow("court before title") << QStringLiteral("江苏省南通市崇川区人民法院传票")
                                        << QStringLiteral("summons");
    QTest::newRow("上诉状 is not 起诉状") << QStringLiteral("民事上诉状") << QStringLiteral("appeal");
    QTest::newRow("应诉 is not 受理") << QStringLiteral("应诉通知书") << QStringLiteral("response_notice");
    QTest::newRow("借条") << QStringLiteral("借条") << QString();
    QTest::newRow("收条") << QStringLiteral("收条") << QString();
    QTest::newRow("body sentence")
        << QStringLiteral("原告张三与被告李四民间借贷纠纷一案，本院于2024年3月1日立案后，依法适用简易程序。")
        << QString();
    QTest::newRow("title inside a sentence")
        << QStringLiteral("被告收到起诉状副本后未在答辩期内提交答辩状意见") << QString();
    QTest::newRow("party line") << QStringLiteral("原告：张三，男，1980年1月1日出生，汉族。") << QString();
    QTest::newRow("claims heading") << QStringLiteral("诉讼请求") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("punctuation only") << QStringLiteral("……——") << QString();
    QTest::newRow("two slips in a short title") << QStringLiteral("答辨伏") << QString();
}

void TestCatalogueTemplate::match()
{
    QFETCH(QString, line);
    QFETCH(QString, code);
    const auto m = m_civil.match(line);
    QCOMPARE(m.code, code);
    if (code.isEmpty()) {
        QCOMPARE(m.score, 0.0);
        QVERIFY(m.matchedTitle.isEmpty());
    } else {
        QVERIFY(m.score >= 0.66 && m.score <= 1.0);
        QVERIFY(m_civil.item(code)->titles.contains(m.matchedTitle));
    }
}

QTEST_GUILESS_MAIN(TestCatalogueTemplate)
#include "testcataloguetemplate.moc"
