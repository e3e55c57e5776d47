// The real main window, offscreen: importing pages runs in the background, the window stays responsive,
// and the catalogued dossier appears in the tree with its pages and their text.
#include "dossiermodel.h"
#include "mainwindow.h"
#include "pageview.h"
#include "testsupport.h"

#include <optional>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

using namespace Dossier;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importShowsDossier();
};

void TestMainWindow::importShowsDossier()
{
    QTemporaryDir tmp;
    MainWindow w(Test::openProfile(tmp.filePath(QStringLiteral("profile"))));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    auto* progress = w.findChild<QProgressBar*>(QStringLiteral("batchProgress"));
    auto* importFiles = w.findChild<QAction*>(QStringLiteral("importFiles"));
    QVERIFY(tree && progress && importFiles);
    QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(tree->model()->rowCount(), 0);

    // The longest pause of the event loop while the batch runs.
    QElapsedTimer beat;
    qint64 longest = 0;
    QTimer timer;
    timer.setInterval(10);
    connect(&timer, &QTimer::timeout, this, [&] {
        if (beat.isValid())
            longest = std::max(longest, beat.elapsed());
        beat.restart();
    });
    timer.start();

    const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
    w.importPaths(
        {plain + QStringLiteral("0001.jpg"), plain + QStringLiteral("0002.jpg"), plain + QStringLiteral("0003.jpg")});
    QVERIFY(progress->isVisible());
    QVERIFY(!importFiles->isEnabled()); // one batch at a time
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 1, 180000);
    timer.stop();
    QVERIFY(importFiles->isEnabled());
    qInfo() << "longest event-loop pause during import:" << longest << "ms";
    QVERIFY2(longest < 500, qPrintable(QString::number(longest)));

    const QModelIndex dossier = tree->model()->index(0, 0);
    QCOMPARE(dossier.data().toString(), QStringLiteral("（2024）苏0602民初8411号"));
    QCOMPARE(tree->model()->rowCount(dossier), 2); // 民事起诉状, 受理案件通知书
    const QModelIndex complaint = tree->model()->index(0, 0, dossier);
    QVERIFY(complaint.data().toString().contains(QStringLiteral("民事起诉状")));
    const QModelIndex page = tree->model()->index(0, 0, complaint);
    // A document row shows its first page (it showed nothing); the page is read in the background.
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("pageText"));
    tree->setCurrentIndex(tree->model()->index(1, 0, dossier));
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("受理")));
    tree->setCurrentIndex(complaint);
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("诉讼请求")));
    // A click on a thumbnail shows its page in the tree and the viewer.
    auto* thumbs = w.findChild<QListWidget*>(QStringLiteral("thumbnails"));
    QCOMPARE(thumbs->count(), 3);
    QTest::mouseClick(thumbs->viewport(), Qt::LeftButton, {}, thumbs->visualItemRect(thumbs->item(2)).center());
    QTRY_COMPARE(tree->currentIndex().siblingAtColumn(0).data(DossierModel::SourceRole).toString(),
                 thumbs->item(2)->data(Qt::UserRole).toString());
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("受理")));
    tree->setCurrentIndex(page);
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("诉讼请求")));

    // The viewer: the line under the text cursor is outlined on the page, as processed and as scanned.
    auto* view = w.findChild<PageView*>(QStringLiteral("pageView"));
    QVERIFY(view);
    QTRY_VERIFY(!view->sceneRect().isEmpty()); // the image is read in the background
    QTextCursor cursor = text->textCursor();
    cursor.movePosition(QTextCursor::Start);
    cursor.movePosition(QTextCursor::NextBlock);
    text->setTextCursor(cursor);                     // the second line: 原告…
    QTRY_VERIFY(!view->highlightedRect().isEmpty()); // the page is read in the background
    const QRectF onProcessed = view->highlightedRect();
    QVERIFY(!onProcessed.isEmpty());
    QVERIFY(view->sceneRect().contains(onProcessed));
    QVERIFY(onProcessed.width() > view->sceneRect().width() / 3); // a whole line of text
    QVERIFY(onProcessed.top() < view->sceneRect().height() / 3);  // near the top of the page
    w.findChild<QAction*>(QStringLiteral("toggleProcessed"))->trigger();
    QVERIFY(!view->showsProcessed());
    const QRectF onScanned = view->highlightedRect();
    QVERIFY(!onScanned.isEmpty());
    QVERIFY(view->sceneRect().contains(onScanned.center()));
    w.findChild<QAction*>(QStringLiteral("toggleProcessed"))->trigger();

    // Catalogue editing: the notice's page moved into the complaint (Alt+Up), undone, redone, undone.
    auto* model = tree->model();
    auto docRows = [&] { return model->rowCount(model->index(0, 0)); };
    auto pagesOf = [&](int doc) { return model->rowCount(model->index(doc, 0, model->index(0, 0))); };
    const int complaintPages = pagesOf(0);
    tree->setCurrentIndex(model->index(0, 0, model->index(1, 0, model->index(0, 0))));
    w.findChild<QAction*>(QStringLiteral("movePrevious"))->trigger();
    QTRY_COMPARE(docRows(), 1); // the notice had one page: it is gone from the 卷内目录
    QCOMPARE(pagesOf(0), complaintPages + 1);
    auto* undo = w.findChild<QAction*>(QStringLiteral("undo"));
    auto* redo = w.findChild<QAction*>(QStringLiteral("redo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE(docRows(), 2);
    QCOMPARE(pagesOf(0), complaintPages);
    QVERIFY(model->index(1, 0, model->index(0, 0)).data().toString().contains(QStringLiteral("受理案件通知书")));
    redo->trigger();
    QTRY_COMPARE(docRows(), 1);
    undo->trigger();
    QTRY_COMPARE(docRows(), 2);

    // Ctrl+T offers the document's own type first, so Enter keeps it (it offered 卷宗封面, and Enter retyped
    // the complaint as a cover).
    const QModelIndex noticeDoc = model->index(1, 0, model->index(0, 0));
    const QString noticeType = model->index(1, 2, model->index(0, 0)).data().toString();
    QVERIFY(noticeType.contains(QStringLiteral("受理")));
    tree->setCurrentIndex(noticeDoc);
    QString offered;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answer.stop();
        offered = dialog->textValue();
        dialog->accept(); // Enter
    });
    answer.start(50);
    const bool couldUndo = undo->isEnabled();
    const QString undoText = undo->text();
    w.findChild<QAction*>(QStringLiteral("setType"))->trigger();
    QTRY_COMPARE(offered, noticeType);      // the list comes once the worker has read the dossier's template
    QCOMPARE(undo->isEnabled(), couldUndo); // nothing changed, nothing to undo
    QCOMPARE(undo->text(), undoText);
    QTRY_COMPARE(model->index(1, 2, model->index(0, 0)).data().toString(), noticeType);

    // Ctrl+Shift+V: the notice goes to the 副卷, shown under a heading of its own; undone, redone, undone.
    auto* moveVolume = w.findChild<QAction*>(QStringLiteral("moveVolume"));
    QCOMPARE(moveVolume->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    tree->setCurrentIndex(model->index(1, 0, model->index(0, 0)));
    moveVolume->trigger();
    const auto secondaryHeading = [&] {
        const QModelIndex last = model->index(docRows() - 1, 0, model->index(0, 0));
        return last.data(DossierModel::VolumeKindRole).toString() == QLatin1String("secondary") &&
                       !last.data(DossierModel::DocumentIdRole).isValid()
                   ? last
                   : QModelIndex();
    };
    QTRY_VERIFY(secondaryHeading().isValid());
    QCOMPARE(docRows(), 2); // the complaint, then the 副卷 with the notice
    QVERIFY(secondaryHeading().data().toString().contains(QStringLiteral("副卷")));
    QCOMPARE(model->rowCount(secondaryHeading()), 1);
    QVERIFY(model->index(0, 0, secondaryHeading()).data().toString().contains(QStringLiteral("受理")));
    // The moved document stays chosen, in its new place.
    QTRY_COMPARE(tree->currentIndex().siblingAtColumn(0), model->index(0, 0, secondaryHeading()));
    // A page of the complaint has no next document in its volume: the 副卷 is not one.
    tree->setCurrentIndex(model->index(0, 0, model->index(0, 0, model->index(0, 0))));
    w.findChild<QAction*>(QStringLiteral("moveNext"))->trigger();
    QTest::qWait(200);
    QCOMPARE(model->rowCount(model->index(0, 0, model->index(0, 0))), complaintPages);
    undo->trigger();
    QTRY_VERIFY(!secondaryHeading().isValid());
    QCOMPARE(docRows(), 2);
    QVERIFY(model->index(1, 0, model->index(0, 0)).data().toString().contains(QStringLiteral("受理")));
    redo->trigger();
    QTRY_VERIFY(secondaryHeading().isValid());
    undo->trigger();
    QTRY_VERIFY(!secondaryHeading().isValid());
    QCOMPARE(model->index(1, 2, model->index(0, 0)).data().toString(), noticeType);

    // The same by drag and drop: the page dropped on the complaint.
    const QModelIndex noticePage = model->index(0, 0, model->index(1, 0, model->index(0, 0)));
    std::unique_ptr<QMimeData> drag(model->mimeData({noticePage}));
    QVERIFY(drag);
    const QModelIndex complaintDoc = model->index(0, 0, model->index(0, 0));
    QVERIFY(model->canDropMimeData(drag.get(), Qt::MoveAction, -1, 0, complaintDoc));
    QVERIFY(!model->canDropMimeData(drag.get(), Qt::MoveAction, -1, 0, model->index(0, 0))); // not onto the case
    model->dropMimeData(drag.get(), Qt::MoveAction, -1, 0, complaintDoc);
    QTRY_COMPARE(docRows(), 1);
    QCOMPARE(pagesOf(0), complaintPages + 1);

    // Quit and start again: the edit is still there.
    w.close();
    MainWindow again(Test::openProfile(tmp.filePath(QStringLiteral("profile"))));
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    auto* model2 = again.findChild<QTreeView*>(QStringLiteral("dossierTree"))->model();
    QTRY_COMPARE(model2->rowCount(model2->index(0, 0)), 1); // the tree is read in the background
    QCOMPARE(model2->rowCount(model2->index(0, 0, model2->index(0, 0))), complaintPages + 1);

    // A separator sheet for this case, printed to a PDF file: zbarimg reads the dossier's own id in it.
    const QString pdf = tmp.filePath(QStringLiteral("separator.pdf"));
    std::optional<bool> printed;
    again.printForms(MainWindow::Form::SeparatorSheets, {QStringLiteral("(2024)苏0602民初8411号")}, pdf,
                     [&](bool ok) { printed = ok; });
    QTRY_VERIFY(printed.has_value()); // the dossier's id is read in the background
    QVERIFY(*printed);
    QCOMPARE(Test::run(QStringLiteral("pdftoppm"),
                       {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"), QStringLiteral("-png"),
                        QStringLiteral("-singlefile"), pdf, tmp.filePath(QStringLiteral("separator"))})
                 .exitCode,
             0);
    const auto zbar = Test::run(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"),
                                                            tmp.filePath(QStringLiteral("separator.png"))});
    QCOMPARE(QString::fromUtf8(zbar.out).trimmed(), QStringLiteral("DOSSIER-SEP|D011000|（2024）苏0602民初8411号"));

    // Ctrl+, opens the settings on Linux too (Qt's Preferences key is empty here, and the key did nothing).
    QApplication::setActiveWindow(&again);
    QVERIFY(QTest::qWaitForWindowActive(&again));
    // The dialog shows the profile the window has open (it showed the default one), and what is set there
    // belongs to this profile.
    QString opened, shownFolder;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        closer.stop();
        opened = QString::fromLatin1(dialog->metaObject()->className());
        shownFolder = dialog->findChild<QLineEdit*>(QStringLiteral("profileFolder"))->text();
        dialog->findChild<QLineEdit*>(QStringLiteral("operatorName"))->setText(QStringLiteral("王敏"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    closer.start(50);
    QTest::keyClick(&again, Qt::Key_Comma, Qt::ControlModifier);
    QTRY_COMPARE(opened, QStringLiteral("Dossier::SettingsDialog"));
    QVERIFY(again.findChild<QAction*>(QStringLiteral("settings"))->shortcut() ==
            QKeySequence(Qt::CTRL | Qt::Key_Comma)); // shown in the menu
    QCOMPARE(shownFolder, QFileInfo(tmp.filePath(QStringLiteral("profile"))).absoluteFilePath());
    QCOMPARE(again.settings().operatorName, QStringLiteral("王敏"));

    // Desk settings belong to the profile: a second profile on this machine does not start as the first
    // one's operator, and the first keeps its own when opened again.
    MainWindow second(Test::openProfile(tmp.filePath(QStringLiteral("second"))));
    QCOMPARE(second.settings().operatorName, QString());
    QCOMPARE(second.settings().profileDir, QFileInfo(tmp.filePath(QStringLiteral("second"))).absoluteFilePath());
    again.close();
    MainWindow third(Test::openProfile(tmp.filePath(QStringLiteral("profile"))));
    QCOMPARE(third.settings().operatorName, QStringLiteral("王敏"));
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
