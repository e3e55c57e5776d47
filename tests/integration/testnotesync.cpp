// A judge's private notes between desks through the real dossier-server on loopback (issue 13): judge A's notes
// reach A's second desk — the same page, text and region — and no other member's, party's or administrator's
// desk; a deletion and a later edit follow; the clerk cataloguing the volume again leaves them on their page; the
// archive outputs of A's desk hold none of them. Also: `dossier-cli case member add|list` gives judges the case,
// the desk keeps the role the server gave at sign-in, and a change the server refuses as forbidden (a judge
// retitling a document) is undone on the desk and told, instead of being sent again at every sync.
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "station/notebook.h"
#include "storage/database.h"
#include "storage/syncrepository.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2024）苏0602民初7301号");
const QString kTextA = QStringLiteral("笔记甲NOTEALPHA借款是否实际交付");
const QString kTextB = QStringLiteral("笔记乙NOTEBETA");
const QString kTextC = QStringLiteral("待证NOTEGAMMA");
} // namespace

class TestNoteSync final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }
    QString desk(const QString& name) const { return m_tmp.filePath(name); }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }

    // Signs `user` in on the desk (the token kept by the engine, not the keyring) and syncs.
    Result<SyncSummary> syncAs(const QString& prof, const QString& user)
    {
        return Test::syncAs(m_url, prof, user, QStringLiteral("pw-") + user);
    }

    QVariant scalar(const QString& prof, const QString& sql, const QVariantList& binds = {})
    {
        auto q = execSql(Test::openProfile(prof).database(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    // The live notes on a desk as "uid page-uid box text", whoever wrote them.
    QStringList notesOn(const QString& prof)
    {
        auto q = execSql(Test::openProfile(prof).database(),
                         QStringLiteral("SELECT n.uid, coalesce(p.uid, '-'), coalesce(n.box, '-'), n.body, n.author "
                                        "FROM notes n LEFT JOIN pages p ON p.id = n.page_id WHERE n.deleted = 0 "
                                        "ORDER BY n.uid"));
        QStringList out;
        while (q && q->next())
            out << QStringList{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                               q->value(3).toString(), q->value(4).toString()}
                       .join(QLatin1Char(' '));
        return out;
    }

    // The page uids of the case's main volume on a desk, in volume order.
    QStringList pageUids(const QString& prof)
    {
        auto volume = Volume::loadMain(Test::openProfile(prof), kCase, Volume::Detail::Reading);
        QStringList out;
        if (!volume)
            return out;
        for (const VolumePage& p : volume->pages)
            out << scalar(prof, QStringLiteral("SELECT uid FROM pages WHERE id=?"), {p.id}).toString();
        return out;
    }

    qint64 pageId(const QString& prof, const QString& uid)
    {
        return scalar(prof, QStringLiteral("SELECT id FROM pages WHERE uid=?"), {uid}).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const auto& [name, role, scope] :
             {std::tuple{"clerk", "archive_clerk", "苏"}, std::tuple{"judgeA", "judge", ""},
              std::tuple{"judgeB", "judge", ""}, std::tuple{"partyC", "party", ""},
              std::tuple{"admin", "archive_admin", ""}}) {
            const QString why =
                Test::ServerProcess::addUser(dataDir(), QString::fromUtf8(name), QString::fromUtf8(role),
                                             QStringLiteral("pw-") + QString::fromUtf8(name), QString::fromUtf8(scope));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QString why = m_server.start({dataDir(), {}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
        // The clerk scans two pages of the case and syncs.
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed = cli({QStringLiteral("process"), QStringLiteral("--profile"), desk(QStringLiteral("K")),
                              QStringLiteral("--quiet"), QStringLiteral("--case"), kCase, QStringLiteral("--out"),
                              m_tmp.filePath(QStringLiteral("outK")), plain + QStringLiteral("0005.jpg"),
                              plain + QStringLiteral("0006.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        auto s = syncAs(desk(QStringLiteral("K")), QStringLiteral("clerk"));
        QVERIFY_RESULT(s);
        QVERIFY(s->pushed > 0);
    }

    void cleanupTestCase() { m_server.stop(); }

    // dossier-cli case member add|list, with the session of login: an administrator gives the judges and the
    // party the case; a judge may not, and is told so in words.
    void membersAddedFromTheCommandLine()
    {
        const QString adminDesk = desk(QStringLiteral("ADM"));
        auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), adminDesk, QStringLiteral("--server"),
                          m_url, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")},
                         "pw-admin\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        for (const auto& [user, relation] :
             {std::pair{"judgeA", "judge"}, std::pair{"judgeB", "panel_member"}, std::pair{"partyC", "party"}}) {
            auto added =
                cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"),
                     QStringLiteral("--profile"), adminDesk, QStringLiteral("--case"), kCase, QStringLiteral("--user"),
                     QString::fromUtf8(user), QStringLiteral("--relation"), QString::fromUtf8(relation)});
            QVERIFY2(added.exitCode == 0, added.err.constData());
            QCOMPARE(QJsonDocument::fromJson(added.out).object().value(QStringLiteral("relation")).toString(),
                     QString::fromUtf8(relation));
        }
        auto listed = cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("list"),
                           QStringLiteral("--profile"), adminDesk, QStringLiteral("--case"), kCase});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("judgeA\tjudge\n") && listed.out.contains("judgeB\tpanel_member\n"),
                 listed.out.constData());
        // Refusals in words: a relation the server does not take, a user it does not have, a judge adding.
        auto badRelation =
            cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--profile"),
                 adminDesk, QStringLiteral("--case"), kCase, QStringLiteral("--user"), QStringLiteral("judgeA"),
                 QStringLiteral("--relation"), QStringLiteral("owner")});
        QCOMPARE(badRelation.exitCode, 1);
        QVERIFY2(badRelation.err.contains("panel_member"), badRelation.err.constData());
        auto nobody =
            cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--profile"),
                 adminDesk, QStringLiteral("--case"), kCase, QStringLiteral("--user"), QStringLiteral("nobody"),
                 QStringLiteral("--relation"), QStringLiteral("judge")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY2(nobody.err.contains("no user called nobody"), nobody.err.constData());
        const QString judgeDesk = desk(QStringLiteral("JBCLI"));
        login = cli({QStringLiteral("login"), QStringLiteral("--profile"), judgeDesk, QStringLiteral("--server"), m_url,
                     QStringLiteral("--user"), QStringLiteral("judgeB"), QStringLiteral("--password-stdin")},
                    "pw-judgeB\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        auto refused =
            cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--profile"),
                 judgeDesk, QStringLiteral("--case"), kCase, QStringLiteral("--user"), QStringLiteral("judgeB"),
                 QStringLiteral("--relation"), QStringLiteral("judge")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Only an archive administrator"), refused.err.constData());
    }

    void notesReachOnlyTheAuthorsOtherDesk()
    {
        const QString j1 = desk(QStringLiteral("J1")), j2 = desk(QStringLiteral("J2"));
        QVERIFY_RESULT(syncAs(j1, QStringLiteral("judgeA")));
        // The desk remembers who signed in, and as what: a judge gets the reader.
        const SyncAccount account = SyncEngine(Test::openProfile(j1)).signedInAccount();
        QCOMPARE(account.user, QStringLiteral("judgeA"));
        QCOMPARE(account.role, QStringLiteral("judge"));
        QVERIFY(!account.editsCatalogue());
        const QStringList pages = pageUids(j1);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages, pageUids(desk(QStringLiteral("K"))));
        auto author = NoteBook::authorFor(Test::openProfile(j1));
        QVERIFY_RESULT(author);
        QCOMPARE(*author, QStringLiteral("judgeA"));
        NoteBook book(Test::openProfile(j1), *author);
        Note comment;
        comment.caseNo = kCase;
        comment.kind = Note::Kind::Comment;
        comment.pageId = pageId(j1, pages.at(0));
        comment.text = kTextB;
        Note box = comment;
        box.kind = Note::Kind::Box;
        box.pageId = pageId(j1, pages.at(1));
        box.box = QRect(40, 60, 500, 120);
        box.colour = QStringLiteral("red");
        box.text = kTextA;
        Note fact;
        fact.caseNo = kCase;
        fact.kind = Note::Kind::Fact;
        fact.status = Note::Status::Disputed;
        fact.tags = QStringList{QStringLiteral("借贷")};
        fact.text = kTextC;
        for (const Note& n : {comment, box, fact})
            QVERIFY_RESULT(book.add(n));
        auto pushed = syncAs(j1, QStringLiteral("judgeA"));
        QVERIFY_RESULT(pushed);
        QCOMPARE(pushed->pushed, 3);
        QCOMPARE(pushed->rejected, 0);
        // A's second desk: the same notes, on the same pages, with the same regions.
        QVERIFY_RESULT(syncAs(j2, QStringLiteral("judgeA")));
        QCOMPARE(notesOn(j2).size(), 3);
        QCOMPARE(notesOn(j2), notesOn(j1));
        QVERIFY(
            notesOn(j2).join(QLatin1Char('\n')).contains(pages.at(1) + QStringLiteral(" [40,60,500,120] ") + kTextA));
        // Taken as they came: nothing to send back from either desk.
        for (const QString& prof : {j2, j1}) {
            auto again = syncAs(prof, QStringLiteral("judgeA"));
            QVERIFY_RESULT(again);
            QCOMPARE(again->pushed, 0);
        }
        // Nobody else: another judge of the case, the party, the administrator. None was even sent to them
        // (a note of another user would be set aside on their desk, not just left out).
        for (const auto& [name, user] :
             {std::pair{"JB", "judgeB"}, std::pair{"PC", "partyC"}, std::pair{"AD", "admin"}}) {
            auto s = syncAs(desk(QString::fromUtf8(name)), QString::fromUtf8(user));
            QVERIFY_RESULT(s);
            QVERIFY2(s->pulled > 0, user);
            QCOMPARE(s->setAside, 0);
            QVERIFY2(notesOn(desk(QString::fromUtf8(name))).isEmpty(), user);
        }
        QCOMPARE(pageUids(desk(QStringLiteral("JB"))), pages); // they do get the dossier
    }

    void deletionsAndLaterEditsFollow()
    {
        const QString j1 = desk(QStringLiteral("J1")), j2 = desk(QStringLiteral("J2"));
        NoteBook book1(Test::openProfile(j1), QStringLiteral("judgeA"));
        NoteBook book2(Test::openProfile(j2), QStringLiteral("judgeA"));
        auto notes = book1.list(kCase);
        QVERIFY_RESULT(notes);
        QString commentUid, factUid;
        for (const Note& n : std::as_const(*notes)) {
            if (n.kind == Note::Kind::Comment)
                commentUid = n.uid;
            if (n.kind == Note::Kind::Fact)
                factUid = n.uid;
        }
        QVERIFY(!commentUid.isEmpty() && !factUid.isEmpty());
        QVERIFY_RESULT(book1.remove(commentUid));
        QVERIFY_RESULT(syncAs(j1, QStringLiteral("judgeA")));
        QVERIFY_RESULT(syncAs(j2, QStringLiteral("judgeA")));
        QCOMPARE(notesOn(j2).size(), 2);
        QVERIFY(!notesOn(j2).join(QLatin1Char('\n')).contains(kTextB));
        // The same note edited on both desks while apart: the later edit wins on both, whichever syncs first.
        auto fact1 = book1.list(kCase);
        QVERIFY_RESULT(fact1);
        Note edited;
        for (const Note& n : std::as_const(*fact1))
            if (n.uid == factUid)
                edited = n;
        for (const bool laterFirst : {true, false}) {
            const QString early = kTextC + (laterFirst ? QStringLiteral("（早1）") : QStringLiteral("（早2）"));
            const QString late = kTextC + (laterFirst ? QStringLiteral("（晚1）") : QStringLiteral("（晚2）"));
            edited.text = early;
            QVERIFY_RESULT(book1.update(edited));
            QTest::qWait(5); // a later updated_at
            edited.text = late;
            QVERIFY_RESULT(book2.update(edited));
            const QStringList order = laterFirst ? QStringList{j2, j1, j2} : QStringList{j1, j2, j1};
            for (const QString& prof : order) {
                auto s = syncAs(prof, QStringLiteral("judgeA"));
                QVERIFY_RESULT(s);
                QCOMPARE(s->rejected, 0);
            }
            for (const QString& prof : {j1, j2})
                QVERIFY2(notesOn(prof).join(QLatin1Char('\n')).contains(late),
                         qPrintable(notesOn(prof).join(QLatin1Char('\n'))));
            QCOMPARE(notesOn(j1), notesOn(j2));
        }
        QCOMPARE(scalar(j1, QStringLiteral("SELECT count(*) FROM sync_conflicts")).toInt(), 0); // nothing to review
    }

    // The clerk catalogues the volume again (the second page starts a document of its own, or joins the
    // first): A's note stays on its page, on both of A's desks.
    void recataloguingKeepsNotesOnTheirPage()
    {
        const QString k = desk(QStringLiteral("K")), j1 = desk(QStringLiteral("J1"));
        const QStringList pages = pageUids(k);
        const QString docBefore =
            scalar(k,
                   QStringLiteral("SELECT d.uid FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.uid=?"),
                   {pages.at(1)})
                .toString();
        const qint64 page2 = pageId(k, pages.at(1));
        const qint64 doc2 = scalar(k, QStringLiteral("SELECT document_id FROM pages WHERE id=?"), {page2}).toLongLong();
        const qint64 volume =
            scalar(k, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc2}).toLongLong();
        const qint64 doc1 =
            scalar(k, QStringLiteral("SELECT document_id FROM pages WHERE id=?"), {pageId(k, pages.at(0))})
                .toLongLong();
        CatalogueEditor editor(Test::openProfile(k), volume, QStringLiteral("clerk"));
        QVERIFY_RESULT(doc1 == doc2 ? editor.splitAt(page2) : editor.mergeWithPrevious(doc2));
        QVERIFY_RESULT(syncAs(k, QStringLiteral("clerk")));
        const QString docAfter =
            scalar(k,
                   QStringLiteral("SELECT d.uid FROM pages p JOIN documents d ON d.id = p.document_id WHERE p.uid=?"),
                   {pages.at(1)})
                .toString();
        QVERIFY(docAfter != docBefore);
        for (const QString& prof : {j1, desk(QStringLiteral("J2"))}) {
            QVERIFY_RESULT(syncAs(prof, QStringLiteral("judgeA")));
            QCOMPARE(scalar(prof,
                            QStringLiteral("SELECT d.uid FROM pages p JOIN documents d ON d.id = p.document_id "
                                           "WHERE p.uid=?"),
                            {pages.at(1)})
                         .toString(),
                     docAfter);
            QVERIFY(notesOn(prof)
                        .join(QLatin1Char('\n'))
                        .contains(pages.at(1) + QStringLiteral(" [40,60,500,120] ") + kTextA));
        }
    }

    // A judge retitles a document on the desk: the server refuses it at the next sync. The refusal is told
    // (naming the document as the judge knows it), the server's title is back, and the next sync is clean.
    void refusedRetitleIsUndoneAndTold()
    {
        const QString j1 = desk(QStringLiteral("J1"));
        const qint64 doc =
            scalar(j1, QStringLiteral("SELECT id FROM documents ORDER BY position LIMIT 1")).toLongLong();
        const QString title = scalar(j1, QStringLiteral("SELECT title FROM documents WHERE id=?"), {doc}).toString();
        const qint64 volume =
            scalar(j1, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong();
        CatalogueEditor editor(Test::openProfile(j1), volume, QStringLiteral("judgeA"));
        QVERIFY_RESULT(editor.setTitle(doc, QStringLiteral("法官改的标题")));
        auto s = syncAs(j1, QStringLiteral("judgeA"));
        QVERIFY_RESULT(s);
        QCOMPARE(s->rejected, 1);
        QCOMPARE(s->restored, 1);
        const QString told = s->problems.join(QLatin1Char('\n'));
        QVERIFY2(told.contains(QStringLiteral("\"%1\"").arg(title)) &&
                     told.contains(QStringLiteral("back on this desk")),
                 qPrintable(told));
        QCOMPARE(scalar(j1, QStringLiteral("SELECT title FROM documents WHERE id=?"), {doc}).toString(), title);
        auto again = syncAs(j1, QStringLiteral("judgeA"));
        QVERIFY_RESULT(again);
        QCOMPARE(again->rejected, 0);
        QCOMPARE(again->pushed, 0);
    }

    // The archive outputs of A's desk (PDF/A, OFD, the package's JSON) hold none of A's notes.
    void archiveOutputsHoldNoNote()
    {
        const QString j1 = desk(QStringLiteral("J1")), out = m_tmp.filePath(QStringLiteral("exportJ1"));
        QVERIFY(notesOn(j1).size() == 2);
        auto exported = cli({QStringLiteral("export"), QStringLiteral("--profile"), j1, QStringLiteral("--out"), out,
                             QStringLiteral("--case"), kCase, QStringLiteral("--format"), QStringLiteral("pdfa,ofd"),
                             QStringLiteral("--access-copy")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        int pdfs = 0, ofds = 0, jsons = 0;
        QDirIterator it(out, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QByteArray text;
            if (f.endsWith(QLatin1String(".pdf"))) {
                text = Test::run(QStringLiteral("pdftotext"), {f, QStringLiteral("-")}).out;
                QVERIFY2(!text.trimmed().isEmpty(), qPrintable(f)); // the pages' own text is there
                ++pdfs;
            } else if (f.endsWith(QLatin1String(".ofd"))) {
                text = Test::run(QStringLiteral("unzip"), {QStringLiteral("-p"), f}).out;
                ++ofds;
            } else {
                QFile file(f);
                QVERIFY(file.open(QIODevice::ReadOnly));
                text = file.readAll();
                jsons += f.endsWith(QLatin1String(".json"));
            }
            for (const char* marker : {"NOTEALPHA", "NOTEBETA", "NOTEGAMMA"})
                QVERIFY2(!text.contains(marker), qPrintable(f + QLatin1Char(' ') + QLatin1String(marker)));
        }
        qInfo("checked %d PDF, %d OFD and %d JSON files", pdfs, ofds, jsons);
        QVERIFY(pdfs >= 2 && ofds >= 1 && jsons >= 1);
    }
};

QTEST_GUILESS_MAIN(TestNoteSync)
#include "testnotesync.moc"
