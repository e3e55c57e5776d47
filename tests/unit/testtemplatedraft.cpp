// Unit tests for TemplateDraftState (issue 15, the administrator's console): each edit of a draft, table-driven,
// gives the items and the migration steps it should; TemplateVersions::check accepts every draft the editor makes
// (against the shipped version, and against a base that carries a migration of its own); documents of the base are
// carried where the steps say; each edit's undo gives back the state before it and redo the state after it; a saved
// draft resumes as it was. Edits that would break the template are refused with their reason, changing nothing.
#include "domain/templateversions.h"
#include "station/templatedraft.h"
#include "station/templatedrafthistory.h"
#include "testsupport.h"

#include <QTest>
#include <QUndoStack>

#include <functional>

using namespace Dossier;

namespace {

using Edit = std::function<Result<TemplateDraftState>(const TemplateDraftState&)>;
using Edits = QList<Edit>;

TemplateItem item(const char* code, const char* name, const char* volume = "main", QStringList titles = {})
{
    TemplateItem it;
    it.code = QLatin1String(code);
    it.name = QString::fromUtf8(name);
    it.volume = QLatin1String(volume);
    it.titles = titles.isEmpty() ? QStringList{it.name} : titles;
    return it;
}

QString text(const TemplateStep& s)
{
    QString out = s.op + QLatin1Char(' ') + s.from.join(QLatin1Char('+'));
    if (!s.to.isEmpty())
        out += QLatin1Char('>') + s.to.join(QLatin1Char('|'));
    if (!s.volume.isEmpty())
        out += QLatin1Char('@') + s.volume;
    return out;
}

QStringList texts(const QList<TemplateStep>& steps)
{
    QStringList out;
    for (const TemplateStep& s : steps)
        out << text(s);
    return out;
}

QStringList codes(const CatalogueTemplate& t, const QString& volume)
{
    QStringList out;
    for (const TemplateItem& it : t.items)
        if (it.volume == volume)
            out << it.code;
    return out;
}

CatalogueTemplate shipped()
{
    auto t = CatalogueTemplate::builtin(QStringLiteral("civil-first-instance"));
    return t ? *t : CatalogueTemplate();
}

// Version 2 of the shipped template, published with a migration of its own (appeal retired).
CatalogueTemplate secondVersion()
{
    auto s = TemplateDraftState::start(shipped()).removeItem(QStringLiteral("appeal"), ItemRemoval::Retire);
    return s ? s->result() : CatalogueTemplate();
}

} // namespace

Q_DECLARE_METATYPE(Edits)

class TestTemplateDraft final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAsTheNextVersion()
    {
        const CatalogueTemplate base = shipped();
        QVERIFY(!base.items.isEmpty());
        const TemplateDraftState s = TemplateDraftState::start(base);
        QCOMPARE(s.draft.version, base.version + 1);
        QVERIFY(s.steps().isEmpty());
        QVERIFY(!s.isChanged());
        QCOMPARE(s.result().items, base.items);
        QVERIFY(TemplateVersions::check(s.result(), {base}).ok());
    }

    void edits_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QStringList>("secondary"); // codes of the 副卷 items after (empty: as shipped)
        QTest::addColumn<QStringList>("carried");   // "code|title>code@volume" of the base's documents
        const auto add = [](TemplateItem it, int index = -1) -> Edit {
            return [=](const TemplateDraftState& s) { return s.addItem(it, index); };
        };
        const auto rename = [](const char* from, const char* to) -> Edit {
            return [=](const TemplateDraftState& s) { return s.renameCode(QLatin1String(from), QLatin1String(to)); };
        };
        const auto remove = [](const char* code, ItemRemoval how, const char* into = "") -> Edit {
            return [=](const TemplateDraftState& s) {
                return s.removeItem(QLatin1String(code), how, QLatin1String(into));
            };
        };
        const auto move = [](const char* code, const char* volume) -> Edit {
            return
                [=](const TemplateDraftState& s) { return s.moveToVolume(QLatin1String(code), QLatin1String(volume)); };
        };
        const auto splitJudgment = [](const char* a, const char* b) -> Edit {
            return [=](const TemplateDraftState& s) {
                return s.split(QStringLiteral("judgment"),
                               item(a, "民事判决书", "main", {QStringLiteral("民事判决书")}),
                               item(b, "民事裁定书", "main", {QStringLiteral("民事裁定书")}));
            };
        };
        const QStringList shippedSecondary = codes(shipped(), QStringLiteral("secondary"));
        QStringList withoutRequest = shippedSecondary;
        withoutRequest.removeAll(QStringLiteral("internal_request"));
        QTest::newRow("add to the 副卷") << Edits{add(item("mediation_minutes", "调解笔录", "secondary"))}
                                         << QStringList()
                                         << (shippedSecondary + QStringList{QStringLiteral("mediation_minutes")})
                                         << QStringList{QStringLiteral("complaint|起诉状>complaint@main")};
        QTest::newRow("rename a code") << Edits{rename("complaint", "statement_of_claim")}
                                       << QStringList{QStringLiteral("rename complaint>statement_of_claim")}
                                       << QStringList()
                                       << QStringList{QStringLiteral("complaint|起诉状>statement_of_claim@main")};
        QTest::newRow("rename twice: one step")
            << Edits{rename("complaint", "claim"), rename("claim", "statement_of_claim")}
            << QStringList{QStringLiteral("rename complaint>statement_of_claim")} << QStringList()
            << QStringList{QStringLiteral("complaint|起诉状>statement_of_claim@main")};
        QTest::newRow("rename back: no step")
            << Edits{rename("complaint", "claim"), rename("claim", "complaint")} << QStringList() << QStringList()
            << QStringList{QStringLiteral("complaint|起诉状>complaint@main")};
        QTest::newRow("remove, retire") << Edits{remove("appeal", ItemRemoval::Retire)}
                                        << QStringList{QStringLiteral("retire appeal@main")} << QStringList()
                                        << QStringList{QStringLiteral("appeal|上诉状>other@main")};
        QTest::newRow("remove a 副卷 item, retire")
            << Edits{remove("internal_request", ItemRemoval::Retire)}
            << QStringList{QStringLiteral("retire internal_request@secondary")} << withoutRequest
            << QStringList{QStringLiteral("internal_request|请示>secondary_other@secondary")};
        QTest::newRow("remove, rename into")
            << Edits{remove("summons", ItemRemoval::RenameInto, "service_receipt")}
            << QStringList{QStringLiteral("rename summons>service_receipt")} << QStringList()
            << QStringList{QStringLiteral("summons|传票>service_receipt@main")};
        QTest::newRow("remove, merge into")
            << Edits{remove("evidence_notice", ItemRemoval::MergeInto, "response_notice")}
            << QStringList{QStringLiteral("merge evidence_notice+response_notice>response_notice")} << QStringList()
            << QStringList{QStringLiteral("evidence_notice|举证通知书>response_notice@main"),
                           QStringLiteral("response_notice|应诉通知书>response_notice@main")};
        QTest::newRow("move to the 副卷")
            << Edits{move("pronouncement_record", "secondary")}
            << QStringList{QStringLiteral("move pronouncement_record@secondary")}
            << (QStringList{QStringLiteral("pronouncement_record")} + shippedSecondary)
            << QStringList{QStringLiteral("pronouncement_record|宣判笔录>pronouncement_record@secondary")};
        QTest::newRow("move there and back: no step")
            << Edits{move("pronouncement_record", "secondary"), move("pronouncement_record", "main")} << QStringList()
            << QStringList() << QStringList{QStringLiteral("pronouncement_record|宣判笔录>pronouncement_record@main")};
        QTest::newRow("rename, then move")
            << Edits{rename("pronouncement_record", "verdict_record"), move("verdict_record", "secondary")}
            << QStringList{QStringLiteral("rename pronouncement_record>verdict_record"),
                           QStringLiteral("move verdict_record@secondary")}
            << (QStringList{QStringLiteral("verdict_record")} + shippedSecondary)
            << QStringList{QStringLiteral("pronouncement_record|宣判笔录>verdict_record@secondary")};
        QTest::newRow("split, keeping the code for one part")
            << Edits{splitJudgment("judgment", "ruling")}
            << QStringList{QStringLiteral("split judgment>judgment|ruling")} << QStringList()
            << QStringList{QStringLiteral("judgment|民事裁定书>ruling@main"),
                           QStringLiteral("judgment|民事判决书>judgment@main")};
        QTest::newRow("split, then one part renamed")
            << Edits{splitJudgment("judgment", "ruling"), rename("ruling", "civil_ruling")}
            << QStringList{QStringLiteral("split judgment>judgment|civil_ruling")} << QStringList()
            << QStringList{QStringLiteral("judgment|民事裁定书>civil_ruling@main")};
        QTest::newRow("split, then one part removed into the other")
            << Edits{splitJudgment("verdict", "ruling"), remove("ruling", ItemRemoval::MergeInto, "verdict")}
            << QStringList{QStringLiteral("rename judgment>verdict")} << QStringList()
            << QStringList{QStringLiteral("judgment|民事裁定书>verdict@main")};
        QTest::newRow("a renamed item removed into another")
            << Edits{rename("complaint", "claim"), remove("claim", ItemRemoval::RenameInto, "defence")}
            << QStringList{QStringLiteral("rename complaint>defence")} << QStringList()
            << QStringList{QStringLiteral("complaint|起诉状>defence@main")};
        QTest::newRow("documents into a new item, then it is renamed")
            << Edits{add(item("notice", "通知书")), remove("summons", ItemRemoval::MergeInto, "notice"),
                     rename("notice", "court_notice")}
            << QStringList{QStringLiteral("merge summons+court_notice>court_notice")} << QStringList()
            << QStringList{QStringLiteral("summons|传票>court_notice@main")};
        QTest::newRow("an item taking documents is removed: they retire")
            << Edits{remove("summons", ItemRemoval::RenameInto, "appeal"), remove("appeal", ItemRemoval::Retire)}
            << QStringList{QStringLiteral("retire summons@main"), QStringLiteral("retire appeal@main")} << QStringList()
            << QStringList{QStringLiteral("summons|传票>other@main")};
        QTest::newRow("add, then remove: nothing")
            << Edits{add(item("notice", "通知书")), remove("notice", ItemRemoval::Retire)} << QStringList()
            << QStringList() << QStringList();
        QTest::newRow("reorder and edit fields: no step")
            << Edits{[](const TemplateDraftState& s) {
                         return s.reorder(QStringLiteral("defence"), -1, QStringLiteral("main"));
                     },
                     [](const TemplateDraftState& s) {
                         return s.setName(QStringLiteral("defence"), QStringLiteral("答辩书"));
                     },
                     [](const TemplateDraftState& s) {
                         return s.setTitles(QStringLiteral("defence"), {QStringLiteral("答辩书"), QStringLiteral(" ")});
                     },
                     [](const TemplateDraftState& s) {
                         return s.setKeywords(QStringLiteral("defence"), {QStringLiteral("答辩")});
                     },
                     [](const TemplateDraftState& s) { return s.setRepeat(QStringLiteral("defence"), false); },
                     [](const TemplateDraftState& s) { return s.setRequired(QStringLiteral("defence"), true); }}
            << QStringList() << QStringList() << QStringList{QStringLiteral("defence|答辩状>defence@main")};
    }

    void edits()
    {
        QFETCH(Edits, edits);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, secondary);
        QFETCH(QStringList, carried);
        for (const CatalogueTemplate& base : {shipped(), secondVersion()}) {
            TemplateDraftHistory history;
            history.reset(TemplateDraftState::start(base));
            bool applies = true;
            for (const Edit& e : edits) {
                const TemplateDraftState before = history.state();
                const Result<TemplateDraftState> after = e(before);
                if (!after && base.version == 2 && after.error().code() == QLatin1String("template_item_unknown")) {
                    applies = false; // an edit of the item version 2 retired
                    break;
                }
                QVERIFY2(after.ok(), after ? "" : qPrintable(after.error().english()));
                const int steps = history.undoStack()->index();
                QVERIFY(history.apply(after, QStringLiteral("edit")).ok());
                QCOMPARE(history.state(), *after);
                QCOMPARE(history.undoStack()->index(), steps + 1);
                // the edit's undo gives back the state before it, its redo the state after
                {
                    history.undoStack()->undo();
                    QCOMPARE(history.state(), before);
                    history.undoStack()->redo();
                    QCOMPARE(history.state(), *after);
                }
            }
            if (!applies)
                continue;
            const TemplateDraftState& s = history.state();
            QCOMPARE(texts(s.steps()), steps);
            const CatalogueTemplate published = s.result();
            QCOMPARE(published.version, base.version + 1);
            // what the editor makes is a version the server takes
            QList<CatalogueTemplate> all{shipped()};
            if (base.version == 2)
                all << base;
            const TemplateVersions::Check check = TemplateVersions::check(published, all);
            QVERIFY2(check.ok(), check.ok() ? "" : qPrintable(check.errors.first().english()));
            QVERIFY(CatalogueTemplate::fromJson(published.toJson()).ok());
            if (!secondary.isEmpty())
                QCOMPARE(codes(s.draft, QStringLiteral("secondary")), secondary);
            for (const QString& c : std::as_const(carried)) {
                const QString code = c.section(QLatin1Char('|'), 0, 0);
                const QString title = c.section(QLatin1Char('|'), 1).section(QLatin1Char('>'), 0, 0);
                const QString want = c.section(QLatin1Char('>'), 1);
                const auto place = TemplateVersions::carry(published, base.version, code, title);
                QVERIFY2(place, qPrintable(c));
                QCOMPARE(place->code + QLatin1Char('@') + place->volume, want);
            }
            // saved and resumed, the draft is the same
            auto resumed = TemplateDraftState::resume(base, s.toSaved());
            QVERIFY2(resumed.ok(), resumed ? "" : qPrintable(resumed.error().english()));
            QCOMPARE(*resumed, s);
            // undone to the start, the draft is the base again
            while (history.undoStack()->canUndo())
                history.undoStack()->undo();
            QCOMPARE(history.state(), TemplateDraftState::start(base));
        }
    }

    void refused_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QString>("error");
        QTest::newRow("a code taken") << Edits{[](const TemplateDraftState& s) {
            return s.addItem(item("defence", "答辩"));
        }} << QStringLiteral("template_code_taken");
        QTest::newRow("a code of a removed item")
            << Edits{[](const TemplateDraftState& s) {
                         return s.removeItem(QStringLiteral("appeal"), ItemRemoval::Retire);
                     },
                     [](const TemplateDraftState& s) { return s.addItem(item("appeal", "上诉材料")); }}
            << QStringLiteral("template_code_reused");
        QTest::newRow("another item's old code")
            << Edits{[](const TemplateDraftState& s) {
                         return s.renameCode(QStringLiteral("complaint"), QStringLiteral("claim"));
                     },
                     [](const TemplateDraftState& s) {
                         return s.renameCode(QStringLiteral("defence"), QStringLiteral("complaint"));
                     }}
            << QStringLiteral("template_code_reused");
        QTest::newRow("not a code") << Edits{[](const TemplateDraftState& s) {
            return s.renameCode(QStringLiteral("complaint"), QStringLiteral("Klage"));
        }} << QStringLiteral("template_code_invalid");
        QTest::newRow("the fallback") << Edits{[](const TemplateDraftState& s) {
            return s.removeItem(QStringLiteral("other"), ItemRemoval::Retire);
        }} << QStringLiteral("template_item_needed");
        QTest::newRow("into nothing") << Edits{[](const TemplateDraftState& s) {
            return s.removeItem(QStringLiteral("summons"), ItemRemoval::MergeInto, QStringLiteral("nothing"));
        }} << QStringLiteral("template_item_unknown");
        QTest::newRow("an item of every volume moved") << Edits{[](const TemplateDraftState& s) {
            return s.moveToVolume(QStringLiteral("cover"), QStringLiteral("secondary"));
        }} << QStringLiteral("template_move_invalid");
        QTest::newRow("a name left empty") << Edits{[](const TemplateDraftState& s) {
            return s.setName(QStringLiteral("defence"), QStringLiteral("  "));
        }} << QStringLiteral("template_invalid");
        QTest::newRow("split into one code") << Edits{[](const TemplateDraftState& s) {
            return s.split(QStringLiteral("judgment"), item("judgment", "判决书"), item("judgment", "裁定书"));
        }} << QStringLiteral("template_code_taken");
    }

    void refused()
    {
        QFETCH(Edits, edits);
        QFETCH(QString, error);
        TemplateDraftHistory history;
        history.reset(TemplateDraftState::start(shipped()));
        for (qsizetype i = 0; i + 1 < edits.size(); ++i)
            QVERIFY(history.apply(edits.at(i)(history.state()), QStringLiteral("edit")).ok());
        const TemplateDraftState before = history.state();
        const int steps = history.undoStack()->count();
        const Status s = history.apply(edits.last()(before), QStringLiteral("edit"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code(), error);
        QCOMPARE(history.state(), before);
        QCOMPARE(history.undoStack()->count(), steps);
    }

    // A saved draft over a base that moved on is set aside, not taken over the new version.
    void staleDraftIsRefused()
    {
        auto s = TemplateDraftState::start(shipped()).renameCode(QStringLiteral("complaint"), QStringLiteral("claim"));
        QVERIFY(s.ok());
        const auto resumed = TemplateDraftState::resume(secondVersion(), s->toSaved());
        QVERIFY(!resumed.ok());
        QCOMPARE(resumed.error().code(), QStringLiteral("template_draft_stale"));
    }

    // A draft saved without its fates (an older desk's) is read back from the steps of its migration.
    void resumesFromStepsAlone()
    {
        auto s = TemplateDraftState::start(shipped())
                     .renameCode(QStringLiteral("complaint"), QStringLiteral("claim"))
                     ->removeItem(QStringLiteral("summons"), ItemRemoval::MergeInto, QStringLiteral("claim"));
        QVERIFY(s.ok());
        auto resumed = TemplateDraftState::resume(shipped(), s->result().toJson());
        QVERIFY(resumed.ok());
        QCOMPARE(*resumed, *s);
    }
};

QTEST_GUILESS_MAIN(TestTemplateDraft)
#include "testtemplatedraft.moc"
