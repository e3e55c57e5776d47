// Unit tests for Dossier::TemplateVersions (issue 15): a new version checked against every published one
// (table-driven: good, not newer, orphaning, history rewritten, a volume change without its move), documents
// carried along a chain of migrations, the diff, and which version a staged release gives each desk.
#include "domain/templateversions.h"

#include <QJsonArray>
#include <QTest>

using namespace Dossier;
using Dossier::TemplateVersions::Release;

namespace {

TemplateItem item(const char* code, const char* name, const char* volume = "main", QStringList titles = {})
{
    TemplateItem it;
    it.code = QLatin1String(code);
    it.name = QString::fromUtf8(name);
    it.volume = QLatin1String(volume);
    it.titles = titles.isEmpty() ? QStringList{it.name} : titles;
    return it;
}

TemplateStep step(const char* op, QStringList from, QStringList to = {}, const char* volume = "")
{
    return {QLatin1String(op), from, to, QLatin1String(volume)};
}

// Version 1: a small 正卷 and 副卷.
CatalogueTemplate v1()
{
    CatalogueTemplate t;
    t.id = QStringLiteral("t");
    t.version = 1;
    t.name = QStringLiteral("测试");
    t.fallbackCode = QStringLiteral("other");
    t.secondaryFallbackCode = QStringLiteral("secondary_other");
    t.items = {item("complaint", "起诉状"),
               item("hearing_record", "庭审笔录"),
               item("judgment", "判决书", "main", {QStringLiteral("民事判决书"), QStringLiteral("民事裁定书")}),
               item("approval", "审批表"),
               item("other", "其他材料"),
               item("report", "审理报告", "secondary"),
               item("secondary_other", "副卷其他材料", "secondary")};
    return t;
}

// The next version of `from` with the given items changed and the migration steps.
CatalogueTemplate next(const CatalogueTemplate& from, QList<TemplateItem> items, QList<TemplateStep> steps)
{
    CatalogueTemplate t = from;
    t.version = from.version + 1;
    t.items = std::move(items);
    if (!steps.isEmpty())
        t.migrations.append({from.version, t.version, steps});
    return t;
}

QList<TemplateItem> without(QList<TemplateItem> items, const char* code)
{
    items.removeIf([&](const TemplateItem& it) { return it.code == QLatin1String(code); });
    return items;
}

QList<TemplateItem> replaced(QList<TemplateItem> items, const char* code, QList<TemplateItem> by)
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items[i].code == QLatin1String(code)) {
            items.remove(i);
            for (qsizetype k = 0; k < by.size(); ++k)
                items.insert(i + k, by[k]);
            break;
        }
    return items;
}

QStringList codes(const QList<Error>& errors)
{
    QStringList out;
    for (const Error& e : errors)
        out << e.code();
    return out;
}

} // namespace

class TestTemplateVersions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void historyAcrossVersions();
    void carryAlongTheChain();
    void diffAndDescribe();
    void release_data();
    void release();
    void hostileRelease();
    void versionIds();
};

void TestTemplateVersions::check_data()
{
    QTest::addColumn<CatalogueTemplate>("draft");
    QTest::addColumn<QStringList>("errors");   // error codes, in order
    QTest::addColumn<QStringList>("warnings"); // warning codes

    const CatalogueTemplate one = v1();
    const QList<TemplateItem> items = one.items;
    QTest::newRow("same items, next version") << next(one, items, {}) << QStringList() << QStringList();
    QTest::newRow("an item added") << next(one, items + QList<TemplateItem>{item("mediation", "调解书")}, {})
                                   << QStringList() << QStringList();
    CatalogueTemplate same = next(one, items, {});
    same.version = 1;
    QTest::newRow("version not increasing") << same << QStringList{QStringLiteral("template_version")} << QStringList();
    CatalogueTemplate lower = next(one, items, {});
    lower.version = 0;
    QTest::newRow("version lower") << lower << QStringList{QStringLiteral("template_version")} << QStringList();
    QTest::newRow("item removed without a step: orphans")
        << next(one, without(items, "approval"), {}) << QStringList{QStringLiteral("template_orphans")}
        << QStringList();
    QTest::newRow("item retired") << next(one, without(items, "approval"),
                                          {step("retire", {QStringLiteral("approval")})})
                                  << QStringList() << QStringList();
    QTest::newRow("renamed without a step: orphans")
        << next(one, replaced(items, "hearing_record", {item("trial_record", "庭审笔录")}), {})
        << QStringList{QStringLiteral("template_orphans")} << QStringList();
    QTest::newRow("renamed") << next(one, replaced(items, "hearing_record", {item("trial_record", "庭审笔录")}),
                                     {step("rename", {QStringLiteral("hearing_record")},
                                           {QStringLiteral("trial_record")})})
                             << QStringList() << QStringList();
    QTest::newRow("split") << next(one,
                                   replaced(items, "judgment",
                                            {item("judgment", "判决书", "main", {QStringLiteral("民事判决书")}),
                                             item("ruling", "裁定书", "main", {QStringLiteral("民事裁定书")})}),
                                   {step("split", {QStringLiteral("judgment")},
                                         {QStringLiteral("judgment"), QStringLiteral("ruling")})})
                           << QStringList() << QStringList{QStringLiteral("template_recognition")};
    QTest::newRow("merged") << next(one,
                                    replaced(without(items, "complaint"), "hearing_record",
                                             {item("records", "笔录与诉状")}),
                                    {step("merge", {QStringLiteral("complaint"), QStringLiteral("hearing_record")},
                                          {QStringLiteral("records")})})
                            << QStringList() << QStringList();
    QTest::newRow("moved to the 副卷 with its step")
        << next(one, replaced(items, "approval", {item("approval", "审批表", "secondary")}),
                {step("move", {QStringLiteral("approval")}, {}, "secondary")})
        << QStringList() << QStringList();
    QTest::newRow("moved to the 副卷 without a step")
        << next(one, replaced(items, "approval", {item("approval", "审批表", "secondary")}), {})
        << QStringList{QStringLiteral("template_move")} << QStringList();
    QTest::newRow("titles changed: a warning")
        << next(one, replaced(items, "complaint", {item("complaint", "起诉状", "main", {QStringLiteral("起诉书")})}),
                {})
        << QStringList() << QStringList{QStringLiteral("template_recognition")};
    CatalogueTemplate other = next(one, items, {});
    other.id = QStringLiteral("u");
    QTest::newRow("another template's versions")
        << other << QStringList{QStringLiteral("template_id")} << QStringList();
}

void TestTemplateVersions::check()
{
    QFETCH(CatalogueTemplate, draft);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    const auto c = TemplateVersions::check(draft, {v1()});
    QCOMPARE(codes(c.errors), errors);
    QCOMPARE(codes(c.warnings), warnings);
    QCOMPARE(c.ok(), errors.isEmpty());
    for (const Error& e : c.errors)
        QVERIFY(!e.english().contains(QLatin1Char('%'))); // every argument filled in
}

// Checked against every published version, not only the last: a code of version 1 that version 2 still had but
// version 3 drops orphans version 1's dossiers too; published migrations stay as they were.
void TestTemplateVersions::historyAcrossVersions()
{
    const CatalogueTemplate one = v1();
    const CatalogueTemplate two =
        next(one, replaced(one.items, "hearing_record", {item("trial_record", "庭审笔录")}),
             {step("rename", {QStringLiteral("hearing_record")}, {QStringLiteral("trial_record")})});
    QVERIFY(TemplateVersions::check(two, {one}).ok());

    // Version 3 drops trial_record without a step: version 1's hearing_record and version 2's trial_record orphan.
    const CatalogueTemplate three = next(two, without(two.items, "trial_record"), {});
    const auto c = TemplateVersions::check(three, {one, two});
    QCOMPARE(codes(c.errors), (QStringList{QStringLiteral("template_orphans"), QStringLiteral("template_orphans")}));

    // Version 3 rewrites version 2's migration (hearing_record now goes elsewhere): refused.
    CatalogueTemplate rewritten = next(two, two.items, {step("retire", {QStringLiteral("approval")})});
    rewritten.items = without(rewritten.items, "approval");
    rewritten.migrations.first().steps = {
        step("rename", {QStringLiteral("hearing_record")}, {QStringLiteral("other")})};
    QVERIFY(codes(TemplateVersions::check(rewritten, {one, two}).errors).contains(QStringLiteral("template_history")));

    // A migration that does not start at the last published version.
    CatalogueTemplate skipped =
        next(two, without(two.items, "approval"), {step("retire", {QStringLiteral("approval")})});
    skipped.migrations.last().fromVersion = 1;
    QVERIFY(codes(TemplateVersions::check(skipped, {one, two}).errors).contains(QStringLiteral("template_history")));

    // The same version 3 with a retire step is fine against both.
    const CatalogueTemplate fixed = next(two, without(two.items, "trial_record"),
                                         {step("retire", {QStringLiteral("trial_record")}, {QStringLiteral("other")})});
    QVERIFY2(TemplateVersions::check(fixed, {two, one}).ok(),
             qPrintable(codes(TemplateVersions::check(fixed, {two, one}).errors).join(QLatin1Char(' '))));
}

void TestTemplateVersions::carryAlongTheChain()
{
    const CatalogueTemplate one = v1();
    const CatalogueTemplate two =
        next(one,
             replaced(replaced(one.items, "hearing_record", {item("trial_record", "庭审笔录")}), "judgment",
                      {item("judgment", "判决书", "main", {QStringLiteral("民事判决书")}),
                       item("ruling", "裁定书", "main", {QStringLiteral("民事裁定书")})}),
             {step("rename", {QStringLiteral("hearing_record")}, {QStringLiteral("trial_record")}),
              step("split", {QStringLiteral("judgment")}, {QStringLiteral("judgment"), QStringLiteral("ruling")})});
    const CatalogueTemplate three = next(
        two, replaced(without(two.items, "complaint"), "approval", {item("approval", "审批表", "secondary")}),
        {step("move", {QStringLiteral("approval")}, {}, "secondary"), step("retire", {QStringLiteral("complaint")})});

    struct Case
    {
        int from;
        const char* code;
        const char* title;
        const char* code3;
        const char* volume3;
    };
    const Case cases[] = {
        {1, "hearing_record", "庭审笔录", "trial_record", "main"}, // renamed in 2
        {2, "trial_record", "庭审笔录", "trial_record", "main"},   // already
        {1, "judgment", "民事裁定书", "ruling", "main"},           // split by its title
        {1, "judgment", "民事判决书", "judgment", "main"},
        {1, "judgment", "某某", "judgment", "main"},        // no title matches: the first
        {1, "approval", "审批表", "approval", "secondary"}, // moved in 3
        {1, "complaint", "起诉状", "other", "main"},        // retired in 3: the 正卷's fallback
        {3, "report", "审理报告", "report", "secondary"},   // nothing to do
    };
    for (const Case& c : cases) {
        const auto place = TemplateVersions::carry(three, c.from, QLatin1String(c.code), QString::fromUtf8(c.title));
        QVERIFY2(place, c.code);
        QCOMPARE(place->code, QLatin1String(c.code3));
        QCOMPARE(place->volume, QLatin1String(c.volume3));
    }
    QVERIFY(!TemplateVersions::carry(three, 1, QStringLiteral("no_such_code"), QString()));
    QVERIFY(!TemplateVersions::carry(two, 1, QStringLiteral("complaint"), QString()).value().how.size());
    QCOMPARE(TemplateVersions::carry(three, 1, QStringLiteral("hearing_record"), QString())->how.size(), 1);
}

void TestTemplateVersions::diffAndDescribe()
{
    const CatalogueTemplate one = v1();
    CatalogueTemplate two = next(
        one, replaced(without(one.items, "complaint"), "approval", {item("approval", "审批表", "secondary")}),
        {step("move", {QStringLiteral("approval")}, {}, "secondary"), step("retire", {QStringLiteral("complaint")})});
    two.items.append(item("mediation", "调解书"));
    two.items[1].titles << QStringLiteral("开庭笔录");
    const auto changes = TemplateVersions::diff(one, two);
    QCOMPARE(changes.size(), 4);
    using Kind = TemplateVersions::ItemChange::Kind;
    QCOMPARE(changes[0].kind, Kind::Removed);
    QCOMPARE(changes[0].code, QStringLiteral("complaint"));
    QCOMPARE(changes[1].code, QStringLiteral("judgment")); // shifted up by the removal: not an order change
    QCOMPARE(changes[1].fields, QStringList{QStringLiteral("titles")});
    QCOMPARE(changes[2].code, QStringLiteral("approval"));
    QVERIFY(changes[2].fields.contains(QStringLiteral("volume")));
    QCOMPARE(changes[3].kind, Kind::Added);
    const QStringList lines = TemplateVersions::describe(changes, one, two);
    QCOMPARE(lines.size(), 6); // four changes and two steps
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("起诉状 (complaint)")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("move approval → secondary")));
    QVERIFY(TemplateVersions::diff(one, one).isEmpty());
    CatalogueTemplate swapped = one;
    std::swap(swapped.items[0], swapped.items[1]); // complaint and hearing_record change places
    const auto order = TemplateVersions::diff(one, swapped);
    QCOMPARE(order.size(), 2);
    QCOMPARE(order[0].fields, QStringList{QStringLiteral("order")});
}

void TestTemplateVersions::release_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("version");
    const QJsonObject all{{QStringLiteral("version"), 3}, {QStringLiteral("previous"), 2}};
    QJsonObject staged = all;
    staged.insert(QStringLiteral("accounts"), QJsonArray{QStringLiteral("clerk1")});
    staged.insert(QStringLiteral("courts"), QJsonArray{QStringLiteral("苏0602")});
    QTest::newRow("everyone") << all << QStringLiteral("anyone") << QString() << 3;
    QTest::newRow("named account") << staged << QStringLiteral("clerk1") << QStringLiteral("苏05") << 3;
    QTest::newRow("court of the scope") << staged << QStringLiteral("clerk2") << QStringLiteral("苏0602") << 3;
    QTest::newRow("another court") << staged << QStringLiteral("clerk2") << QStringLiteral("苏0603") << 2;
    QTest::newRow("a wider scope is not within") << staged << QStringLiteral("chief") << QStringLiteral("苏06") << 2;
    QTest::newRow("never signed in") << staged << QString() << QString() << 2;
}

void TestTemplateVersions::release()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, user);
    QFETCH(QString, scope);
    QFETCH(int, version);
    auto r = Release::fromJson(QStringLiteral("t"), json);
    QVERIFY(r.ok());
    QCOMPARE(r->versionFor(user, scope), version);
    QCOMPARE(Release::fromJson(QStringLiteral("t"), r->toJson())->toJson(), r->toJson());
}

void TestTemplateVersions::hostileRelease()
{
    const QList<QJsonObject> bad = {
        {},
        {{QStringLiteral("version"), 0}},
        {{QStringLiteral("version"), 2}, {QStringLiteral("previous"), -1}},
        {{QStringLiteral("version"), 2}, {QStringLiteral("accounts"), QStringLiteral("clerk1")}},
        {{QStringLiteral("version"), 2}, {QStringLiteral("accounts"), QJsonArray{1}}},
        {{QStringLiteral("version"), 2}, {QStringLiteral("courts"), QJsonArray{QStringLiteral("'; DROP")}}},
    };
    for (const QJsonObject& o : bad) {
        auto r = Release::fromJson(QStringLiteral("t"), o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code(), QStringLiteral("template_release_invalid"));
    }
}

void TestTemplateVersions::versionIds()
{
    QCOMPARE(TemplateVersions::versionId(QStringLiteral("civil-first-instance"), 3),
             QStringLiteral("civil-first-instance@3"));
    const auto p = TemplateVersions::parseVersionId(QStringLiteral("civil-first-instance@3"));
    QVERIFY(p);
    QCOMPARE(p->first, QStringLiteral("civil-first-instance"));
    QCOMPARE(p->second, 3);
    for (const char* bad : {"civil", "@3", "t@0", "t@03", "t@x", "t@-1", "t@"})
        QVERIFY2(!TemplateVersions::parseVersionId(QLatin1String(bad)), bad);
}

QTEST_GUILESS_MAIN(TestTemplateVersions)
#include "testtemplateversions.moc"
