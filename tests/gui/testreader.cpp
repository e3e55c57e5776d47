// The judge's reader on the real window (offscreen), with a case synced from the real dossier-server: a clerk
// scans and syncs, an administrator makes the judge a member from the command line, the judge's desk syncs and
// opens the case. The outline lists the 卷内目录 rows and jumps; a 2-character word is found and its hit drawn over
// the word's OCR box; a highlight made by dragging over the page survives closing the reader and the clerk
// cataloguing the volume again; the 庭审提纲 export holds it with its volume page.
#include "readernotes.h"
#include "readersearch.h"
#include "readerview.h"
#include "readerwindow.h"
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "station/notebook.h"
#include "station/warehouse.h"
#include "storage/database.h"
#include "sync/syncengine.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2024）苏0602民初8411号"); // the first dossier of corpus plain/batch-01
}

class TestReader final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    qint64 m_notedPage = 0;
    QString desk(const QString& name) const { return m_tmp.filePath(name); }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }

    // Signs `user` in on the desk (the engine keeps the token) and syncs, as F8 would.
    void syncAs(const QString& prof, const QString& user)
    {
        const SqlFromTest syncing; // the test's own sync, on this thread
        QVERIFY_RESULT(Test::syncAs(m_url, prof, user, QStringLiteral("pw-") + user));
    }

    // Opens the case in a new reader window on the judge's desk.
    std::unique_ptr<ReaderWindow> openReader()
    {
        const Profile judge = [this] {
            const SqlFromTest opening; // the test opens the profile (the program does it off the window's thread)
            return Test::openProfile(desk(QStringLiteral("J")));
        }();
        auto w = std::make_unique<ReaderWindow>(judge);
        w->resize(1400, 900);
        w->show();
        QApplication::setActiveWindow(w.get()); // shortcuts (F3, PgDn) reach the active window
        if (!QTest::qWaitForWindowActive(w.get()))
            return {};
        QSignalSpy opened(w.get(), &ReaderWindow::caseOpened);
        QSignalSpy notes(w.get(), &ReaderWindow::notesReloaded);
        w->openCase(kCase);
        if (!opened.wait(60000) || (notes.isEmpty() && !notes.wait(30000)))
            return {};
        return w;
    }

    // Answers the region menu that a drag over the page opens, choosing `action`.
    void chooseInMenu(const QString& action)
    {
        QTimer::singleShot(200, this, [action] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            QVERIFY(menu);
            auto* a = menu->findChild<QAction*>(action);
            QVERIFY(a);
            a->trigger();
            menu->close();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const auto& [name, role, scope] :
             {std::tuple{"clerk", "archive_clerk", "苏"}, std::tuple{"judgeJ", "judge", ""},
              std::tuple{"admin", "archive_admin", ""}}) {
            const QString why = Test::ServerProcess::addUser(
                desk(QStringLiteral("server")), QString::fromUtf8(name), QString::fromUtf8(role),
                QStringLiteral("pw-") + QString::fromUtf8(name), QString::fromUtf8(scope));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QString why = m_server.start({desk(QStringLiteral("server")), {}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
        QStringList files;
        for (int i = 1; i <= 8; ++i)
            files << Test::corpusDir() + QStringLiteral("/plain/batch-01/%1.jpg").arg(i, 4, 10, QLatin1Char('0'));
        auto processed =
            cli(QStringList{QStringLiteral("process"), QStringLiteral("--profile"), desk(QStringLiteral("K")),
                            QStringLiteral("--quiet"), QStringLiteral("--out"), desk(QStringLiteral("outK"))} +
                files);
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        // two more pages of the case, scanned later without a separator sheet: the case's second dossier (正卷第2册)
        processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), desk(QStringLiteral("K")),
                 QStringLiteral("--quiet"), QStringLiteral("--out"), desk(QStringLiteral("outK2")),
                 QStringLiteral("--case"), kCase, Test::corpusDir() + QStringLiteral("/plain/batch-01/0009.jpg"),
                 Test::corpusDir() + QStringLiteral("/plain/batch-01/0010.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        syncAs(desk(QStringLiteral("K")), QStringLiteral("clerk"));
        // the administrator gives the judge the case from the command line (the session in the keyring)
        auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), desk(QStringLiteral("A")),
                          QStringLiteral("--server"), m_url, QStringLiteral("--user"), QStringLiteral("admin"),
                          QStringLiteral("--password-stdin")},
                         "pw-admin\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        auto member =
            cli({QStringLiteral("case"), QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--profile"),
                 desk(QStringLiteral("A")), QStringLiteral("--case"), kCase, QStringLiteral("--user"),
                 QStringLiteral("judgeJ"), QStringLiteral("--relation"), QStringLiteral("judge")});
        QVERIFY2(member.exitCode == 0, member.err.constData());
        syncAs(desk(QStringLiteral("J")), QStringLiteral("judgeJ"));
    }

    void cleanupTestCase() { m_server.stop(); }

    // A judge's desk is a reader's: the role kept at sign-in does not catalogue.
    void judgeGetsTheReader()
    {
        const SqlFromTest reading;
        const SyncAccount account = SyncEngine(Test::openProfile(desk(QStringLiteral("J")))).signedInAccount();
        QCOMPARE(account.role, QStringLiteral("judge"));
        QVERIFY(!account.editsCatalogue());
    }

    void outlineListsTheCatalogueRowsAndJumps()
    {
        auto w = openReader();
        QVERIFY(w);
        const auto volume = w->volume();
        QVERIFY(volume && volume->volumes.volumes.first().documents.size() >= 3);
        auto* outline = w->findChild<QTreeWidget*>(QStringLiteral("readerOutline"));
        QVERIFY(outline);
        // the case's two volumes, one after the other, each under its name with its own 卷内目录
        QCOMPARE(volume->volumes.names, (QStringList{QStringLiteral("正卷第1册"), QStringLiteral("正卷第2册")}));
        QCOMPARE(outline->topLevelItemCount(), 2);
        QCOMPARE(outline->topLevelItem(1)->text(0), QStringLiteral("正卷第2册"));
        const QList<QTreeWidgetItem*> toc =
            outline->findItems(QStringLiteral("卷内目录"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(toc.size(), 2);
        QCOMPARE(toc.first()->childCount(), int(volume->volumes.volumes.first().documents.size()));
        for (int i = 0; i < toc.first()->childCount(); ++i)
            QVERIFY(toc.first()->child(i)->text(0).endsWith(volume->volumes.volumes.first().documents.at(i).title));
        QTreeWidgetItem* third = toc.first()->child(2);
        outline->scrollToItem(third);
        QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, outline->visualItemRect(third).center());
        const int sheet = volume->sheetOfPlace({0, volume->volumes.volumes.first().documents.at(2).firstPage});
        QTRY_COMPARE(w->view()->currentSheet(), sheet);
        auto* pageBox = w->findChild<QLineEdit*>(QStringLiteral("pageBox"));
        QCOMPARE(pageBox->text(),
                 QStringLiteral("1-%1").arg(volume->volumes.volumes.first().documents.at(2).firstPage));
        QTest::keyClick(w->view(), Qt::Key_PageDown); // keyboard first: the next page
        QTRY_COMPARE(w->view()->currentSheet(), sheet + 1);
        // Ctrl+G, 卷-页: the first page of the second volume
        QTest::keyClick(w.get(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(pageBox->hasFocus());
        QTest::keyClicks(pageBox, QStringLiteral("2-1"));
        QTest::keyClick(pageBox, Qt::Key_Return);
        const int second = volume->sheetOfPlace({1, 1});
        QVERIFY(second > sheet);
        QTRY_COMPARE(w->view()->currentSheet(), second);
        QCOMPARE(pageBox->text(), QStringLiteral("2-1"));
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("pageCount"))->text().contains(QStringLiteral("正卷第2册")));
    }

    // 原告 (2 characters) is found; the current hit is drawn, orange, where the OCR saw the word.
    void searchDrawsTheHitOverTheWordsBox()
    {
        auto w = openReader();
        QVERIFY(w);
        auto* input = w->findChild<QLineEdit*>(QStringLiteral("searchInput"));
        QSignalSpy searched(w->searchPanel(), &ReaderSearchPanel::searched);
        input->setText(QStringLiteral("原告"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(searched.wait(30000));
        const SearchResults& r = w->searchPanel()->results();
        QVERIFY(r.totalOccurrences >= 3);
        QCOMPARE(w->findChild<QLabel*>(QStringLiteral("searchCount"))->text(),
                 QStringLiteral("1/%1").arg(r.totalOccurrences));
        const SearchHit& hit = r.hits.first();
        const auto volume = w->volume();
        const int sheet = volume->sheetOfPage(hit.pageId);
        QTRY_COMPARE(w->view()->currentSheet(), sheet);
        // the hit lies on an OCR word that reads 原告
        const VolumePage page = [&] {
            const SqlFromTest reading; // the page's OCR words, as stored
            return *Volume::page(Test::openProfile(desk(QStringLiteral("J"))), hit.pageId);
        }();
        QRect box;
        for (const QRect& b : hit.occurrences.first())
            box = box.isNull() ? b : box.united(b);
        bool onWord = false;
        for (const OcrLine& line : page.ocr.lines)
            for (const OcrWord& word : line.words)
                onWord = onWord || (word.text.contains(QStringLiteral("原")) && word.box.intersects(box) &&
                                    word.box.top() <= box.center().y() && word.box.bottom() >= box.center().y());
        QVERIFY2(onWord, "the hit box is not on a word of the page's OCR that holds 原告");
        // and it is painted there: the current hit's orange frame on the page image
        const double k = VolumeBuilder::geometry(page).workingToMm;
        const QRectF onScreen =
            w->view()->markOnViewport(sheet, QRectF(box.x() * k, box.y() * k, box.width() * k, box.height() * k));
        QVERIFY(!onScreen.isEmpty());
        QTest::qWait(300); // the sharp picture painted
        const QImage shot = w->view()->viewport()->grab().toImage();
        const QColor frame = shot.pixelColor(QPoint(int(onScreen.left()) - 1, int(onScreen.center().y())));
        QVERIFY2(frame.red() > 200 && frame.green() > 60 && frame.green() < 170 && frame.blue() < 90,
                 qPrintable(frame.name()));
        QTest::keyClick(w.get(), Qt::Key_F3); // the next occurrence
        QTRY_COMPARE(w->findChild<QLabel*>(QStringLiteral("searchCount"))->text(),
                     QStringLiteral("2/%1").arg(r.totalOccurrences));
    }

    // A page's picture is painted from its master once, then read from the profile's cache: with the masters moved
    // away, a new reader still paints it sharp.
    void picturesAreMadeOnceAndCached()
    {
        const QString masters = desk(QStringLiteral("J")) + QStringLiteral("/masters");
        int sheet = -1;
        {
            auto w = openReader();
            QVERIFY(w);
            sheet = w->volume()->sheetOfPlace({0, 3});
            QSignalSpy painted(w->view(), &ReaderView::sheetPainted);
            w->view()->goToSheet(sheet);
            QTRY_VERIFY_WITH_TIMEOUT(painted.contains(QVariantList{sheet}), 20000);
        }
        QVERIFY(!QDir(desk(QStringLiteral("J")) + QStringLiteral("/cache/sheets"))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                     .isEmpty());
        QVERIFY(QDir().rename(masters, masters + QStringLiteral(".away")));
        auto w = openReader();
        const bool opened = w != nullptr;
        double ink = 0; // the share of dark pixels on the page as shown: its text, not a blank sheet
        if (opened) {
            QSignalSpy painted(w->view(), &ReaderView::sheetPainted);
            w->view()->goToSheet(sheet);
            if (QTest::qWaitFor([&] { return painted.contains(QVariantList{sheet}); }, 20000)) {
                const QImage shot = w->view()->viewport()->grab().toImage();
                const QRect page =
                    w->view()
                        ->markOnViewport(sheet, QRectF(QPointF(0, 0), w->volume()->sheets.at(sheet).size))
                        .toRect()
                        .intersected(shot.rect());
                int dark = 0;
                for (int y = page.top(); y <= page.bottom(); y += 2)
                    for (int x = page.left(); x <= page.right(); x += 2)
                        dark += qGray(shot.pixel(x, y)) < 110 ? 1 : 0;
                ink = double(dark) / std::max(1, page.width() * page.height() / 4);
            }
        }
        QVERIFY(QDir().rename(masters + QStringLiteral(".away"), masters));
        QVERIFY(opened);
        QVERIFY2(ink > 0.004,
                 qPrintable(QStringLiteral("the page shown without its master is blank (ink %1)").arg(ink)));
    }

    void highlightSurvivesRestartAndRecataloguing()
    {
        {
            auto w = openReader();
            QVERIFY(w);
            const auto volume = w->volume();
            const int sheet = volume->sheetOfPlace({0, 1});
            w->view()->goToSheet(sheet);
            QTest::qWait(100);
            // drag over the upper part of the page's text
            const QPoint from = w->view()->mapToViewport(sheet, QPointF(20, 30)).toPoint();
            const QPoint to = w->view()->mapToViewport(sheet, QPointF(190, 60)).toPoint();
            QSignalSpy reloaded(w.get(), &ReaderWindow::notesReloaded);
            chooseInMenu(QStringLiteral("regionHighlight"));
            QTest::mousePress(w->view()->viewport(), Qt::LeftButton, {}, from);
            QTest::mouseMove(w->view()->viewport(), (from + to) / 2);
            QTest::mouseMove(w->view()->viewport(), to);
            QTest::mouseRelease(w->view()->viewport(), Qt::LeftButton, {}, to);
            QVERIFY(reloaded.wait(10000));
            const QList<Note> notes = w->notesPanel()->notes();
            QCOMPARE(notes.size(), 1);
            QCOMPARE(notes.first().kind, Note::Kind::Highlight);
            QVERIFY2(!notes.first().quote.isEmpty(), "the highlight quotes the words under it");
            m_notedPage = notes.first().pageId;
            QCOMPARE(m_notedPage, volume->sheets.at(sheet).pageId);
            QCOMPARE(w->findChild<QListWidget*>(QStringLiteral("annotationList"))->count(), 1);
        }
        // the clerk catalogues again: the noted page moves to the end of the third document, and syncs
        {
            const SqlFromTest editing;
            const Profile k = Test::openProfile(desk(QStringLiteral("K")));
            auto volume = Volume::loadMain(k, kCase, Volume::Detail::Reading);
            QVERIFY_RESULT(volume);
            const qint64 first = volume->pages.first().id;
            auto q = execSql(k.database(), QStringLiteral("SELECT volume_id FROM documents WHERE id=?"),
                             {volume->documents.at(2).id});
            QVERIFY(q && q->next());
            CatalogueEditor e(k, q->value(0).toLongLong(), QStringLiteral("clerk"));
            QVERIFY(e.movePages({first}, volume->documents.at(2).id, 99).ok());
        }
        syncAs(desk(QStringLiteral("K")), QStringLiteral("clerk"));
        syncAs(desk(QStringLiteral("J")), QStringLiteral("judgeJ"));
        auto w = openReader(); // a new window: what was written survived closing the reader
        QVERIFY(w);
        const QList<Note> notes = w->notesPanel()->notes();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().pageId, m_notedPage);
        const int sheet = w->volume()->sheetOfPage(m_notedPage);
        QVERIFY(sheet >= 0);
        QVERIFY2(w->volume()->sheets.at(sheet).number > 1, "the page was moved by the clerk: it has a new number");
        QCOMPARE(w->findChild<QListWidget*>(QStringLiteral("annotationList"))->count(), 1);
        // the hearing outline carries it, cited by its volume page as it is now
        const QString odt = m_tmp.filePath(QStringLiteral("outline.odt"));
        QSignalSpy exported(w.get(), &ReaderWindow::exported);
        w->exportOutline(odt);
        QVERIFY(exported.wait(30000));
        QVERIFY(exported.first().at(1).toBool());
        auto text = Test::run(QStringLiteral("odt2txt"), {odt});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        const QString body = QString::fromUtf8(text.out).remove(QLatin1Char(' '));
        const QString cite = QStringLiteral("见正卷第1册第%1页").arg(w->volume()->sheets.at(sheet).number);
        QVERIFY2(body.contains(cite), qPrintable(body));
    }

    // The judge asks the warehouse for the case's paper from the reader: a loan request in their name, on the desk
    // (and in its outbox for the warehouse desks).
    void judgeAsksForThePaper()
    {
        auto w = openReader();
        QVERIFY(w);
        QSignalSpy asked(w.get(), &ReaderWindow::paperRequested);
        w->requestPaper(QStringLiteral("庭前阅卷"));
        QVERIFY(asked.wait(10000));
        QVERIFY(asked.first().at(0).toBool());
        const SqlFromTest reading;
        auto view = Warehouse(Test::openProfile(desk(QStringLiteral("J"))), {}).find(kCase);
        QVERIFY_RESULT(view);
        QCOMPARE(view->state.requests.size(), 1);
        QCOMPARE(view->state.requests.first().holder, QStringLiteral("judgeJ"));
        QCOMPARE(view->state.requests.first().purpose, QStringLiteral("庭前阅卷"));
    }
};

QTEST_MAIN(TestReader)
#include "testreader.moc"
