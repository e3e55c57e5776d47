// A judge's private notes on a real profile database: stored per author and never shown to another, checked
// before they are stored (a note from the command line or another desk is hostile), the text under a region taken
// from the recognised words, still on their page after the clerk catalogues the volume again, and cited by volume
// and page in the hearing outline.
#include "archive/boundvolume.h"
#include "domain/note.h"
#include "station/hearingoutline.h"
#include "station/notebook.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/noterepository.h"
#include "storage/profile.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2024）苏0602民初9号");
// Two lines: "原告张三借款" in one run of characters, then "借条" and "20000元" as two words.
const QString kOcr = QStringLiteral(
    R"({"lines":[{"t":"原告张三借款","b":[100,100,600,50],"c":90,"w":[{"t":"原告张三借款","b":[100,100,600,50],"c":90}]},)"
    R"({"t":"借条 20000元","b":[100,200,500,50],"c":90,"w":[{"t":"借条","b":[100,200,200,50],"c":90},)"
    R"({"t":"20000元","b":[350,200,250,50],"c":90}]}]})");
} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Profile m_profile;
    qint64 m_volume = 0;
    QList<qint64> m_pages;

    qint64 insert(const QString& sql, const QVariantList& binds = {})
    {
        auto r = execSql(m_profile.database(), sql, binds);
        return r ? r->lastInsertId().toLongLong() : -1;
    }

    Note comment(const QString& text, qint64 page = 0)
    {
        Note n;
        n.caseNo = kCase;
        n.kind = Note::Kind::Comment;
        n.pageId = page;
        n.text = text;
        return n;
    }

private slots:
    void initTestCase()
    {
        auto opened = Profile::open(m_tmp.filePath(QStringLiteral("p")));
        QVERIFY(opened.ok());
        m_profile = *opened;
        const qint64 c = insert(QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES(?, 'now')"), {kCase});
        const qint64 d = insert(QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) "
                                               "VALUES(?, 'D9', 'civil-first-instance-main', 'now')"),
                                {c});
        m_volume = insert(QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, 'main', 1)"), {d});
        for (int k = 0; k < 2; ++k) {
            const qint64 doc = insert(
                QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) VALUES(?,?,'evidence',?)"),
                {m_volume, k, QStringLiteral("证据%1").arg(k + 1)});
            m_pages << insert(QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, kind, "
                                             "document_id, position, page_in_document, ocr, text, created_at) "
                                             "VALUES(?,?,?,'done','content',?,0,1,?,'','now')"),
                              {QStringLiteral("k%1").arg(k), QStringLiteral("s%1").arg(k), k, doc, kOcr});
        }
        // a page of another case
        insert(QStringLiteral("INSERT INTO cases(case_no, created_at) VALUES('（2024）苏0602民初10号', 'now')"));
        QVERIFY(m_pages.size() == 2 && m_pages.at(1) > 0);
    }

    void notesBelongToTheirAuthor()
    {
        NoteBook a(m_profile, QStringLiteral("judge_a")), b(m_profile, QStringLiteral("judge_b"));
        auto mine = a.add(comment(QStringLiteral("借款是否实际交付"), m_pages.at(0)));
        QVERIFY2(mine.ok(), qPrintable(mine.ok() ? QString() : mine.error().english()));
        QCOMPARE(mine->author, QStringLiteral("judge_a"));
        QVERIFY(!mine->uid.isEmpty());
        QCOMPARE(a.list(kCase)->size(), 1);
        QCOMPARE(b.list(kCase)->size(), 0); // another judge of the case sees none of it
        QVERIFY(!b.remove(mine->uid).ok());
        Note changed = *mine;
        changed.text = QStringLiteral("改过的");
        QVERIFY(!b.update(changed).ok()); // nor changes it
        auto updated = a.update(changed);
        QVERIFY(updated.ok());
        QCOMPARE(updated->text, QStringLiteral("改过的"));
        QVERIFY(a.remove(mine->uid).ok());
        QCOMPARE(a.list(kCase)->size(), 0);
        QVERIFY(!a.remove(mine->uid).ok()); // gone
    }

    void regionQuotesTheWordsUnderIt()
    {
        NoteBook a(m_profile, QStringLiteral("judge_a"));
        Note h = comment(QString(), m_pages.at(1));
        h.kind = Note::Kind::Highlight;
        h.box = QRect(100, 95, 200, 60); // the first third of "原告张三借款": 原告
        auto stored = a.add(h);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().english()));
        QCOMPARE(stored->quote, QStringLiteral("原告"));
        h.box = QRect(90, 190, 520, 70);                          // the whole second line
        QCOMPARE(a.add(h)->quote, QStringLiteral("借条20000元")); // no space invented next to a Han character
    }

    // A run of Han characters and digits in one recognised word: the characters are set by their advance (a digit
    // is half as wide as a Han character), not by an equal share of the word's width, so a region over "借款"
    // quotes "借款" and a highlight snaps to those two characters.
    void regionTakesCharactersByTheirAdvance()
    {
        OcrPage page;
        OcrLine line;
        line.text = QStringLiteral("借款20000元");
        line.box = QRect(100, 300, 550, 100); // 2 + 5 × ½ + 1 ems of 100 pixels
        line.words = {OcrWord{line.text, line.box, 90}};
        page.lines = {line};
        const QRect over(95, 290, 210, 120); // 借款: the first 200 pixels
        QCOMPARE(NoteBook::textIn(page, over), QStringLiteral("借款"));
        const QRect snapped = NoteBook::snapToText(page, over);
        QVERIFY2(std::abs(snapped.left() - 100) <= 2 && std::abs(snapped.right() + 1 - 300) <= 2,
                 qPrintable(QStringLiteral("%1..%2").arg(snapped.left()).arg(snapped.right())));
        QCOMPARE(NoteBook::textIn(page, QRect(300, 300, 250, 100)), QStringLiteral("20000"));
        QCOMPARE(NoteBook::textIn(page, QRect(0, 0, 50, 50)), QString()); // nothing under it
    }

    void readingNotesKeepTheirOrder()
    {
        NoteBook a(m_profile, QStringLiteral("judge_a"));
        QStringList uids;
        for (const QString& t : {QStringLiteral("一"), QStringLiteral("二"), QStringLiteral("三")}) {
            Note f = comment(t);
            f.kind = Note::Kind::Fact;
            f.status = Note::Status::Disputed;
            uids << a.add(f)->uid;
        }
        QVERIFY(a.reorder({uids.at(2), uids.at(0), uids.at(1)}).ok());
        QStringList order;
        const auto listed = a.list(kCase);
        QVERIFY(listed.ok());
        for (const Note& n : *listed)
            if (n.kind == Note::Kind::Fact)
                order << n.text;
        QCOMPARE(order, QStringList({QStringLiteral("三"), QStringLiteral("一"), QStringLiteral("二")}));
    }

    void hostileNotesAreRefused()
    {
        NoteBook a(m_profile, QStringLiteral("judge_a"));
        Note n = comment(QStringLiteral("x"), m_pages.at(0));
        n.colour = QStringLiteral("javascript:alert(1)");
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("x"));
        n.status = Note::Status::Open; // only a fact has a status
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("x"), m_pages.at(0));
        n.box = QRect(-5, 0, 10, 10);
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("bell\x07"));
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("x"));
        n.kind = Note::Kind::Highlight; // a highlight needs its page
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("x"));
        n.links = {QStringLiteral("../../etc/passwd")};
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        n = comment(QStringLiteral("x"));
        for (int i = 0; i < 17; ++i)
            n.tags << QStringLiteral("t%1").arg(i);
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        // a page of the profile that is not in this case's dossier
        const qint64 loose = insert(QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, "
                                                   "created_at) VALUES('loose', 'loose', 9, 'done', 'now')"));
        QCOMPARE(a.add(comment(QStringLiteral("x"), loose)).error().code(), QStringLiteral("note_page_elsewhere"));
        // what arrives as JSON: a kind or a box of the wrong type
        Note fromNet = Note::fromJson(QStringLiteral("u"), kCase,
                                      QJsonObject{{QStringLiteral("author"), QStringLiteral("judge_a")},
                                                  {QStringLiteral("kind"), QStringLiteral("delete-everything")},
                                                  {QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(fromNet.check().has_value());
        fromNet =
            Note::fromJson(QStringLiteral("u"), kCase,
                           QJsonObject{{QStringLiteral("author"), QStringLiteral("judge_a")},
                                       {QStringLiteral("kind"), QStringLiteral("box")},
                                       {QStringLiteral("page"), QStringLiteral("6a1b2c3d-0000-4000-8000-000000000001")},
                                       {QStringLiteral("box"), QJsonArray{1, 2, QStringLiteral("3"), 4}},
                                       {QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(fromNet.check().has_value());
        // a box whose numbers would overflow a rectangle, a lone surrogate, a time to come (it would win every sync)
        fromNet =
            Note::fromJson(QStringLiteral("u"), kCase,
                           QJsonObject{{QStringLiteral("author"), QStringLiteral("judge_a")},
                                       {QStringLiteral("kind"), QStringLiteral("box")},
                                       {QStringLiteral("page"), QStringLiteral("6a1b2c3d-0000-4000-8000-000000000001")},
                                       {QStringLiteral("box"), QJsonArray{2147483600, 0, 100, 100}},
                                       {QStringLiteral("colour"), QStringLiteral("red")}});
        QVERIFY(fromNet.check().has_value());
        n = comment(QString(QChar(0xD842)) + QStringLiteral("x"));
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
        QVERIFY(a.add(comment(QStringLiteral("吉𠮷"))).ok()); // a character beyond the basic plane is text
        n = comment(QStringLiteral("x"));
        n.updatedAt = QStringLiteral("2999-01-01T00:00:00.000Z");
        QCOMPARE(a.add(n).error().code(), QStringLiteral("note_invalid"));
    }

    // Notes written before the desk's first sign-in become the signed-in user's; a reorder touches only what moved.
    void firstSignInAdoptsTheDesksNotes()
    {
        NoteBook local(m_profile, NoteRepository::localAuthor());
        auto early = local.add(comment(QStringLiteral("登录前的笔记")));
        QVERIFY(early.ok());
        QVERIFY(SyncEngine(m_profile)
                    .rememberLogin(SyncAccount{QStringLiteral("http://127.0.0.1:1"), QStringLiteral("judge_e"),
                                               QStringLiteral("judge"), QString()})
                    .ok());
        QCOMPARE(NoteBook::authorFor(m_profile).value(), QStringLiteral("judge_e"));
        auto mine = NoteBook(m_profile, QStringLiteral("judge_e")).list(kCase);
        QVERIFY(mine.ok() && mine->size() == 1 && mine->first().uid == early->uid);
        QVERIFY(local.list(kCase)->isEmpty());
        // the same order again: nothing is stamped (a later stamp would win over another desk's edit)
        NoteBook e(m_profile, QStringLiteral("judge_e"));
        Note f = comment(QStringLiteral("甲"));
        f.kind = Note::Kind::Focus;
        const QString uid = e.add(f)->uid;
        const QString stamped = e.list(kCase)->last().updatedAt;
        QTest::qWait(5);
        QVERIFY(e.reorder({uid}).ok());
        QCOMPARE(e.list(kCase)->last().updatedAt, stamped);
    }

    // Cataloguing the volume again (documents replaced, pages placed elsewhere) leaves a note on its page.
    void notesStayOnTheirPageWhenRecatalogued()
    {
        NoteBook a(m_profile, QStringLiteral("judge_c"));
        auto n = a.add(comment(QStringLiteral("第二份证据"), m_pages.at(1)));
        QVERIFY(n.ok());
        CatalogueRepository repo(m_profile.database());
        CatalogueRepository::NewDocument merged{QStringLiteral("evidence"), QStringLiteral("证据（合并）"), {}};
        merged.pages = {{m_pages.at(1), 1, {}}, {m_pages.at(0), 2, {}}};
        QVERIFY(repo.replaceDocuments(m_volume, {merged}, kCase).ok());
        auto after = a.list(kCase);
        QVERIFY(after.ok() && after->size() == 1);
        QCOMPARE(after->first().pageId, m_pages.at(1));
        auto volume = Volume::loadMain(m_profile, kCase, Volume::Detail::Reading);
        QVERIFY(volume.ok());
        QCOMPARE(volume->pages.first().id, m_pages.at(1)); // now the volume's first page
    }

    // The 庭审提纲 as independent readers see it (odt2txt, pdftotext): the reading notes in their sections with
    // the status of a fact, and each citation with its volume and page as the volume is numbered now.
    void hearingOutlineCitesVolumeAndPage()
    {
        NoteBook a(m_profile, QStringLiteral("judge_d"));
        Note h = comment(QStringLiteral("借条原件"), m_pages.at(0)); // page 2 of the volume since the re-cataloguing
        h.kind = Note::Kind::Highlight;
        h.box = QRect(100, 200, 200, 50);
        const auto highlight = a.add(h);
        QVERIFY(highlight.ok());
        Note fact = comment(QStringLiteral("借款已实际交付"));
        fact.kind = Note::Kind::Fact;
        fact.status = Note::Status::Disputed;
        fact.links = {highlight->uid};
        QVERIFY(a.add(fact).ok());
        Note question = comment(QStringLiteral("询问被告借条是否本人书写"), m_pages.at(1));
        question.kind = Note::Kind::Question;
        QVERIFY(a.add(question).ok());
        auto outline = HearingOutline::build(m_profile, kCase, QStringLiteral("judge_d"));
        QVERIFY(outline.ok());
        const QString odt = m_tmp.filePath(QStringLiteral("outline.odt"));
        const QString pdf = m_tmp.filePath(QStringLiteral("outline.pdf"));
        QVERIFY(outline->writeOdt(odt).ok());
        QVERIFY(outline->writePdf(pdf).ok());
        for (const auto& [tool, file] :
             {std::pair{QStringLiteral("odt2txt"), odt}, {QStringLiteral("pdftotext"), pdf}}) {
            QProcess p;
            p.start(tool,
                    tool == QLatin1String("pdftotext") ? QStringList{file, QStringLiteral("-")} : QStringList{file});
            QVERIFY2(p.waitForFinished(30000) && p.exitCode() == 0, qPrintable(tool));
            const QString text = QString::fromUtf8(p.readAllStandardOutput()).remove(QLatin1Char(' '));
            for (const QString& want : {QStringLiteral("庭审提纲"), QStringLiteral("借款已实际交付〔有争议〕"),
                                        QStringLiteral("见正卷第2页：“借条”"),
                                        QStringLiteral("询问被告借条是否本人书写"), QStringLiteral("见正卷第1页")})
                QVERIFY2(text.contains(want),
                         qPrintable(tool + QStringLiteral(": no ") + want + QLatin1Char('\n') + text));
            QVERIFY2(!text.contains(QStringLiteral("第二份证据")), qPrintable(tool)); // judge_c's note is not judge_d's
        }
    }
    // A case with two dossiers and a 副卷 is read as one: every 正卷, then the 副卷, each numbered on its own and
    // named (正卷第1册, 正卷第2册, 副卷); a page typed as 卷-页 is found; a citation names the page's volume; a
    // party's desk does not read the 副卷 it may hold.
    void aCaseIsReadInAllItsVolumes()
    {
        auto caseRow = execSql(m_profile.database(), QStringLiteral("SELECT id FROM cases WHERE case_no=?"), {kCase});
        QVERIFY(caseRow && caseRow->next());
        const qint64 d2 = insert(QStringLiteral("INSERT INTO dossiers(case_id, external_id, template_id, created_at) "
                                                "VALUES(?, 'D9-2', 'civil-first-instance-main', 'now')"),
                                 {caseRow->value(0)});
        QVERIFY(d2 > 0);
        auto addVolume = [this](qint64 dossier, const QString& kind, int pages) {
            const qint64 v = insert(QStringLiteral("INSERT INTO volumes(dossier_id, kind, number) VALUES(?, ?, 1)"),
                                    {dossier, kind});
            const qint64 doc = insert(QStringLiteral("INSERT INTO documents(volume_id, position, doc_type, title) "
                                                     "VALUES(?, 0, 'evidence', ?)"),
                                      {v, kind + QStringLiteral("材料")});
            QList<qint64> ids;
            for (int k = 0; k < pages; ++k)
                ids << insert(QStringLiteral("INSERT INTO pages(source_key, source, feed_index, status, kind, "
                                             "document_id, position, page_in_document, ocr, text, created_at) "
                                             "VALUES(?,?,?,'done','content',?,?,?,?,'','now')"),
                              {kind + QString::number(v * 10 + k), QStringLiteral("s"), k, doc, k, k + 1, kOcr});
            return ids;
        };
        auto firstDossier =
            execSql(m_profile.database(), QStringLiteral("SELECT dossier_id FROM volumes WHERE id=?"), {m_volume});
        QVERIFY(firstDossier && firstDossier->next());
        const QList<qint64> second = addVolume(d2, QStringLiteral("main"), 3);
        const QList<qint64> secondary = addVolume(firstDossier->value(0).toLongLong(), QStringLiteral("secondary"), 1);
        addVolume(d2, QStringLiteral("secondary"), 0); // an empty volume: not read

        auto all = NoteBook::volumes(m_profile, kCase); // a judge's desk (signed in as judge_e)
        QVERIFY_RESULT(all);
        QCOMPARE(all->names,
                 (QStringList{QStringLiteral("正卷第1册"), QStringLiteral("正卷第2册"), QStringLiteral("副卷")}));
        QCOMPARE(all->numberedPages(), 2 + 3 + 1);
        QCOMPARE(all->placeOf(second.at(2)), (CaseVolumes::Place{1, 3}));
        QCOMPARE(all->placeOf(secondary.first()), (CaseVolumes::Place{2, 1}));
        QCOMPARE(all->pageAt(*CaseVolumes::parsePlace(QStringLiteral("2-3"), 0)), second.at(2));
        QCOMPARE(all->pageAt(*CaseVolumes::parsePlace(QStringLiteral("３：1"), 0)), secondary.first()); // 全角 too
        QCOMPARE(all->pageAt(*CaseVolumes::parsePlace(QStringLiteral(" 3 "), 1)), second.at(2)); // in the volume shown
        QCOMPARE(all->pageAt(*CaseVolumes::parsePlace(QStringLiteral("4-1"), 0)), qint64(0));    // no 4th volume
        QVERIFY(!CaseVolumes::parsePlace(QStringLiteral("2-"), 0) && !CaseVolumes::parsePlace(QStringLiteral("x"), 0));
        QCOMPARE(all->placeText({1, 3}), QStringLiteral("2-3"));

        // bound into one reading order: each volume with its own 封面, 卷内目录 and 备考表, under its name
        const std::atomic_bool cancel{false};
        auto bound = BoundVolume::bind(*all, cancel);
        QVERIFY_RESULT(bound);
        const int sheet = bound->sheetOfPlace({1, 3});
        QVERIFY(sheet > 0);
        QCOMPARE(bound->sheets.at(sheet).pageId, second.at(2));
        QVERIFY(bound->sheetOfPlace({2, 1}) > sheet);
        QCOMPARE(bound->sheets.size(), 3 * 3 + all->numberedPages()); // 封面, 卷内目录, 备考表 of each
        QStringList volumesInOutline;
        for (const BoundVolume::OutlineEntry& e : bound->outline)
            if (e.level == 0)
                volumesInOutline << e.title;
        QCOMPARE(volumesInOutline, all->names);
        QCOMPARE(bound->document.pages.size(), bound->sheets.size());

        // the 庭审提纲 cites the 副卷's page as such
        NoteBook e(m_profile, QStringLiteral("judge_e"));
        Note q = comment(QStringLiteral("合议庭意见"), secondary.first());
        q.kind = Note::Kind::Question;
        QVERIFY(e.add(q).ok());
        auto outline = HearingOutline::build(m_profile, kCase, QStringLiteral("judge_e"));
        QVERIFY_RESULT(outline);
        QVERIFY(!outline->questions.isEmpty());
        QCOMPARE(HearingOutline::citationLabel(outline->questions.last().citations.first()),
                 QStringLiteral("副卷第1页"));

        // a party's desk: the 副卷 is not read, whatever the desk holds
        QVERIFY(SyncEngine(m_profile)
                    .rememberLogin(SyncAccount{QStringLiteral("http://127.0.0.1:1"), QStringLiteral("party_a"),
                                               QStringLiteral("party"), QString()})
                    .ok());
        auto party = NoteBook::volumes(m_profile, kCase);
        QVERIFY_RESULT(party);
        QCOMPARE(party->names, (QStringList{QStringLiteral("正卷第1册"), QStringLiteral("正卷第2册")}));
        QCOMPARE(party->placeOf(secondary.first()).volume, -1);
    }
};

QTEST_MAIN(TestNotes) // the PDF outline lays out text: a QGuiApplication
#include "testnotes.moc"
