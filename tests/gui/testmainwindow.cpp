// The real main window, offscreen: importing pages runs in the background, the window stays responsive,
// and the catalogued dossier appears in the tree with its pages and their text.
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QTest>
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
    MainWindow w(tmp.filePath(QStringLiteral("profile")));
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
    w.importPaths({plain + QStringLiteral("0001.jpg"), plain + QStringLiteral("0002.jpg"), plain + QStringLiteral("0003.jpg")});
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
    tree->setCurrentIndex(page);
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("pageText"));
    QVERIFY(text->toPlainText().contains(QStringLiteral("诉讼请求")));
}

QTEST_MAIN(TestMainWindow)
#include "testmainwindow.moc"
