// Unit tests for Dossier::CatalogueTemplate: the built-in templates (civil first and second instance, criminal
// first instance, enforcement; 正卷 and 副卷 each), reading hostile template JSON, and title matching.
#include "domain/cataloguetemplate.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using Dossier::CatalogueTemplate;

namespace {

const QString kCivil = QStringLiteral("civil-first-instance");

// The civil first-instance main volume, in order, as domain.md lists it (备考表 at the end of every volume).
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
    QStringLiteral("other"),
    QStringLiteral("record_note"),
};

// Its 副卷: what parties never see.
const QStringList kCivilSecondary = {
    QStringLiteral("cover"),
    QStringLiteral("toc"),
    QStringLiteral("file_review_record"),
    QStringLiteral("trial_report"),
    QStringLiteral("deliberation_record"),
    QStringLiteral("committee_record"),
    QStringLiteral("judgment_draft"),
    QStringLiteral("approval_form"),
    QStringLiteral("internal_request"),
    QStringLiteral("secondary_other"),
    QStringLiteral("record_note"),
};

QStringList codesOf(const QList<Dossier::TemplateItem>& items)
{
    QStringList out;
    for (const auto& it : items)
        out << it.code;
    return out;
}

QJsonObject minimalTemplate()
{
    return {{QStringLiteral("id"), QStringLiteral("t")},
            {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("测试")},
            {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("x")},
                                                             {QStringLiteral("name"), QStringLiteral("甲")}},
                                                 QJsonObject{{QStringLiteral("code"), QStringLiteral("other")},
                                                             {QStringLiteral("name"), QStringLiteral("其他材料")}}}}};
}

} // namespace

class TestCatalogueTemplate final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void builtinLoads();
    void codesInOrder();
    void everyBuiltinTemplate();
    void formerIdAndCaseTypes();
    void jsonRoundTrip();
    void hostileJson_data();
    void hostileJson();
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
    QCOMPARE(m_civil.name, QStringLiteral("民事一审"));
    QCOMPARE(m_civil.evidenceAfter, QStringLiteral("evidence_list"));
    QCOMPARE(m_civil.evidenceCode, QStringLiteral("evidence"));
    QCOMPARE(m_civil.fallbackCode, QStringLiteral("other"));
    // Cover and ToC are made by the software; everything else is scanned.
    for (const auto& it : m_civil.items)
        QCOMPARE(it.generated, it.code == QLatin1String("cover") || it.code == QLatin1String("toc"));
    QCOMPARE(m_civil.fallbackFor(QStringLiteral("secondary")), QStringLiteral("secondary_other"));
    QCOMPARE(m_civil.volumeOf(QStringLiteral("deliberation_record")), QStringLiteral("secondary"));
    QCOMPARE(m_civil.volumeOf(QStringLiteral("judgment")), QStringLiteral("main"));
    // The codes the template refers to exist in it.
    QVERIFY(m_civil.item(m_civil.evidenceAfter));
    QVERIFY(m_civil.item(m_civil.evidenceCode));
    QVERIFY(m_civil.item(m_civil.fallbackCode));
}

void TestCatalogueTemplate::codesInOrder()
{
    QCOMPARE(codesOf(m_civil.itemsOf(QStringLiteral("main"))), kCivilCodes);
    QCOMPARE(codesOf(m_civil.itemsOf(QStringLiteral("secondary"))), kCivilSecondary);
    for (qsizetype i = 1; i < kCivilCodes.size(); ++i)
        QVERIFY(m_civil.order(kCivilCodes.at(i - 1)) < m_civil.order(kCivilCodes.at(i)));
    // Unknown codes sort after everything and have no item.
    QCOMPARE(m_civil.order(QStringLiteral("no_such_code")), int(m_civil.items.size()));
    QVERIFY(!m_civil.item(QStringLiteral("no_such_code")));
}

// Every shipped template: both volumes, with their fallbacks, a required item in the 正卷, titles unique across
// items (each title, recognised exactly, finds its own item); eight volume orders in all.
void TestCatalogueTemplate::everyBuiltinTemplate()
{
    const QStringList ids = CatalogueTemplate::builtinIds();
    for (const char* id : {"civil-first-instance", "civil-second-instance", "criminal-first-instance", "enforcement"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
    int volumes = 0;
    for (const QString& id : ids) {
        auto t = CatalogueTemplate::builtin(id);
        QVERIFY2(t.ok(), qPrintable(id + (t ? QString() : t.error().english())));
        QCOMPARE(t->id, id);
        for (const QString& kind : {QStringLiteral("main"), QStringLiteral("secondary")}) {
            const auto items = t->itemsOf(kind);
            QVERIFY2(items.size() >= 6, qPrintable(id + QLatin1Char(' ') + kind));
            QCOMPARE(items.first().code, QStringLiteral("cover"));
            QCOMPARE(items.last().code, QStringLiteral("record_note"));
            QVERIFY(t->item(t->fallbackFor(kind)));
            QCOMPARE(t->volumeOf(t->fallbackFor(kind)), kind);
            ++volumes;
        }
        QVERIFY(std::any_of(t->items.begin(), t->items.end(), [](const Dossier::TemplateItem& it) {
            return it.required && !it.generated && it.volume == QLatin1String("main");
        }));
        for (const auto& it : t->items)
            for (const QString& title : it.titles) {
                const auto m = t->match(title);
                QVERIFY2(m.code == it.code,
                         qPrintable(id + QLatin1Char(' ') + title + QStringLiteral(" -> ") + m.code));
            }
        QVERIFY2(!t->caseTypes.isEmpty(), qPrintable(id));
    }
    QVERIFY(volumes >= 8);
}

void TestCatalogueTemplate::formerIdAndCaseTypes()
{
    auto former = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance-main"));
    QVERIFY(former.ok());
    QCOMPARE(former->id, kCivil);
    QVERIFY(former->names(QStringLiteral("civil-first-instance-main")));
    QCOMPARE(CatalogueTemplate::builtinFor(QStringLiteral("民初")), kCivil);
    QCOMPARE(CatalogueTemplate::builtinFor(QStringLiteral("民终")), QStringLiteral("civil-second-instance"));
    QCOMPARE(CatalogueTemplate::builtinFor(QStringLiteral("刑初")), QStringLiteral("criminal-first-instance"));
    QCOMPARE(CatalogueTemplate::builtinFor(QStringLiteral("执")), QStringLiteral("enforcement"));
    QCOMPARE(CatalogueTemplate::builtinFor(QStringLiteral("行初")), QString());
}

void TestCatalogueTemplate::jsonRoundTrip()
{
    for (const QString& id : CatalogueTemplate::builtinIds()) {
        auto t = CatalogueTemplate::builtin(id);
        QVERIFY(t.ok());
        auto again = CatalogueTemplate::fromJson(t->toJson());
        QVERIFY2(again.ok(), qPrintable(id));
        QCOMPARE(again->toJson(), t->toJson());
        QCOMPARE(again->items, t->items);
    }
}

// Template JSON arrives over the network: each of these is refused with template_invalid, never taken in part.
void TestCatalogueTemplate::hostileJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonObject ok = minimalTemplate();
    const auto with = [&](const char* key, const QJsonValue& v) {
        QJsonObject o = ok;
        o.insert(QLatin1String(key), v);
        return o;
    };
    const auto item = [&](const QJsonObject& extra) {
        QJsonObject it{{QStringLiteral("code"), QStringLiteral("y")}, {QStringLiteral("name"), QStringLiteral("乙")}};
        for (auto i = extra.begin(); i != extra.end(); ++i)
            it.insert(i.key(), i.value());
        QJsonArray items = ok.value(QStringLiteral("items")).toArray();
        items.append(it);
        return with("items", items);
    };
    QJsonArray many;
    for (int i = 0; i < 100; ++i)
        many.append(QStringLiteral("题%1").arg(i));
    const auto migration = [&](int from, int to, const QJsonArray& steps) {
        QJsonObject o = with("migrations", QJsonArray{QJsonObject{{QStringLiteral("from_version"), from},
                                                                  {QStringLiteral("to_version"), to},
                                                                  {QStringLiteral("steps"), steps}}});
        o.insert(QStringLiteral("version"), 2);
        return o;
    };
    const auto step = [](const char* op, const QJsonArray& from, const QJsonArray& to) {
        return QJsonObject{
            {QStringLiteral("op"), QLatin1String(op)}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
    };
    QTest::newRow("no id") << with("id", QString());
    QTest::newRow("id with a slash") << with("id", QStringLiteral("../t"));
    QTest::newRow("version 0") << with("version", 0);
    QTest::newRow("version as text") << with("version", QStringLiteral("2"));
    QTest::newRow("no name") << with("name", QString());
    QTest::newRow("no items") << with("items", QJsonArray{});
    QTest::newRow("items not a list") << with("items", QStringLiteral("x"));
    QTest::newRow("code with capitals") << item({{QStringLiteral("code"), QStringLiteral("Bad")}});
    QTest::newRow("code with a quote") << item({{QStringLiteral("code"), QStringLiteral("a'b")}});
    QTest::newRow("code twice") << item({{QStringLiteral("code"), QStringLiteral("x")}});
    QTest::newRow("item without a name") << item({{QStringLiteral("name"), QString()}});
    QTest::newRow("no such volume") << item({{QStringLiteral("volume"), QStringLiteral("tertiary")}});
    QTest::newRow("100 titles") << item({{QStringLiteral("titles"), many}});
    QTest::newRow("a title of 500 characters")
        << item({{QStringLiteral("titles"), QJsonArray{QString(500, QChar(0x5b57))}}});
    QTest::newRow("titles not texts") << item({{QStringLiteral("titles"), QJsonArray{1, 2}}});
    QTest::newRow("keywords not a list") << item({{QStringLiteral("keywords"), QStringLiteral("起诉")}});
    QTest::newRow("fallback it lacks") << with("fallback_code", QStringLiteral("nothing"));
    QTest::newRow("evidence code it lacks") << with("evidence_code", QStringLiteral("evidence"));
    QTest::newRow("migration to a later version")
        << migration(1, 3, QJsonArray{step("rename", {QStringLiteral("a")}, {QStringLiteral("x")})});
    QTest::newRow("migration backwards") << migration(
        2, 1, QJsonArray{step("rename", {QStringLiteral("a")}, {QStringLiteral("x")})});
    QTest::newRow("no such step") << migration(1, 2, QJsonArray{step("delete", {QStringLiteral("a")}, {})});
    QTest::newRow("rename to two") << migration(
        1, 2, QJsonArray{step("rename", {QStringLiteral("a")}, {QStringLiteral("x"), QStringLiteral("other")})});
    QTest::newRow("merge of one") << migration(1, 2,
                                               QJsonArray{step("merge", {QStringLiteral("a")}, {QStringLiteral("x")})});
    QTest::newRow("step to a code it lacks")
        << migration(1, 2, QJsonArray{step("rename", {QStringLiteral("a")}, {QStringLiteral("zzz")})});
    QTest::newRow("move to no volume") << migration(1, 2, QJsonArray{step("move", {QStringLiteral("x")}, {})});
}

void TestCatalogueTemplate::hostileJson()
{
    QFETCH(QJsonObject, json);
    auto t = CatalogueTemplate::fromJson(json);
    QVERIFY(!t.ok());
    QCOMPARE(t.error().code(), QStringLiteral("template_invalid"));
    QVERIFY(!t.error().english().isEmpty());
    QVERIFY(CatalogueTemplate::fromJson(minimalTemplate()).ok()); // the same without the fault is taken
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

    auto d = CatalogueTemplate::fromJson(minimalTemplate());
    QVERIFY(d.ok());
    QCOMPARE(d->fallbackCode, QStringLiteral("other")); // the default
    QCOMPARE(d->items.size(), 2);
    QCOMPARE(d->items.first().volume, QStringLiteral("main")); // the default
}

void TestCatalogueTemplate::everyTitleMatchesItsItem()
{
    // Titles are unique across items: each one, recognised exactly, maps back to its own item.
    for (const auto& it : m_civil.items) {
        if (it.code != m_civil.fallbackCode && it.code != m_civil.secondaryFallbackCode)
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
