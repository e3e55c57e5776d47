// The scan station on the real window, offscreen, with SANE's test backend as the scanner: F5 scans the
// feeder, a thumbnail appears per sheet as it arrives, the pages are catalogued into the typed case, the
// window stays responsive, and a case marked 涉密 is refused with the refusal logged.
#include "mainwindow.h"
#include "pipeline/batchrunner.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Dossier;

class TestScanStation final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        QFile dll(m_config.filePath(QStringLiteral("dll.conf")));
        QVERIFY(dll.open(QIODevice::WriteOnly));
        dll.write("test\n");
        dll.close();
        QFile conf(m_config.filePath(QStringLiteral("test.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("number_of_devices 1\nmode Gray\ndepth 8\ntest-picture \"Grid\"\nbr_x 210.0\nbr_y 297.0\n");
        conf.close();
        qputenv("SANE_CONFIG_DIR", QFile::encodeName(m_config.path()));
        qputenv("LC_MESSAGES", "C"); // see testsanescan
    }

    void scanTenSheetsAndRefuseClassified()
    {
        QTemporaryDir tmp;
        const QString profile = tmp.filePath(QStringLiteral("profile"));
        MainWindow w(Test::openProfile(profile));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* device = w.findChild<QComboBox*>(QStringLiteral("scanDevice"));
        auto* caseEdit = w.findChild<QLineEdit*>(QStringLiteral("caseNumber"));
        auto* scan = w.findChild<QAction*>(QStringLiteral("scan"));
        auto* thumbs = w.findChild<QListWidget*>(QStringLiteral("thumbnails"));
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
        QVERIFY(device && caseEdit && scan && thumbs && tree);
        QTRY_VERIFY_WITH_TIMEOUT(device->findData(QStringLiteral("test:0")) >= 0, 30000);
        device->setCurrentIndex(device->findData(QStringLiteral("test:0")));

        // The 案号 is checked as typed, and normalised.
        // (QTest types ASCII only: the Chinese part is inserted as an input method would.)
        caseEdit->setFocus();
        QTest::keyClicks(caseEdit, QStringLiteral("(2024)"));
        caseEdit->insert(QStringLiteral("苏0602民初"));
        QVERIFY(!caseEdit->hasAcceptableInput());
        QTest::keyClicks(caseEdit, QStringLiteral("77"));
        caseEdit->insert(QStringLiteral("号"));
        QVERIFY(caseEdit->hasAcceptableInput());
        QTest::keyClick(caseEdit, Qt::Key_Return);
        QCOMPARE(caseEdit->text(), QStringLiteral("（2024）苏0602民初77号"));

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
        // The 扫描人 is asked for (it was taken from the computer's login): refused, nothing starts; given, it is
        // kept in the profile and recorded with the batch.
        auto answerOperator = [&](const QString& name) {
            QTimer::singleShot(50, this, [name] {
                auto* ask = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
                QVERIFY(ask && ask->objectName() == QLatin1String("operatorPrompt"));
                if (name.isEmpty())
                    return ask->reject();
                ask->setTextValue(name);
                ask->accept();
            });
        };
        answerOperator(QString());
        scan->trigger();
        QVERIFY(scan->isEnabled());
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("person scanning")));
        QCOMPARE(thumbs->count(), 0);
        answerOperator(QStringLiteral("李华"));
        scan->trigger();
        QCOMPARE(w.settings().operatorName, QStringLiteral("李华"));
        QVERIFY(!scan->isEnabled());                            // one batch at a time
        QTRY_COMPARE_WITH_TIMEOUT(thumbs->count(), 10, 120000); // the test backend's feeder holds 10 sheets
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled(), 300000);
        timer.stop();
        qInfo() << "longest event-loop pause while scanning and recognising 10 sheets:" << longest << "ms";
        QVERIFY2(longest < 500, qPrintable(QString::number(longest)));
        for (int i = 0; i < thumbs->count(); ++i) {
            QVERIFY(!thumbs->item(i)->icon().isNull());
            QVERIFY2(thumbs->item(i)->text().contains(QStringLiteral("\n")), qPrintable(thumbs->item(i)->text()));
        }
        QTRY_COMPARE(tree->model()->rowCount(), 1);
        QCOMPARE(tree->model()->index(0, 0).data().toString(), QStringLiteral("（2024）苏0602民初77号"));
        {
            const SqlFromTest reading;
            auto batch = execSql(Test::openProfile(profile).database(), QStringLiteral("SELECT options FROM batches"));
            QVERIFY(batch && batch->next());
            QCOMPARE(QJsonDocument::fromJson(batch->value(0).toByteArray()).object().value(QLatin1String("operator")),
                     QJsonValue(QStringLiteral("李华")));
        }

        // 涉密 (standard 15.3): refused before the scanner starts, with the reason shown and logged.
        const QString dbPath = Test::openProfile(profile).databasePath();
        {
            const SqlFromTest marking;
            QVERIFY(execSql(Database::connection(dbPath), QStringLiteral("UPDATE cases SET classified=1")).ok());
        }
        scan->trigger();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("scanRefused"))) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("15.3")), qPrintable(box->text()));
        QVERIFY(scan->isEnabled());
        QCOMPARE(thumbs->count(), 10); // nothing was scanned
        const SqlFromTest reading;
        auto q = execSql(Database::connection(dbPath), QStringLiteral("SELECT action, details FROM audit_log"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("scan refused: classified"));
        QVERIFY(q->value(1).toString().contains(QStringLiteral("（2024）苏0602民初77号")));
        box->close();
    }
};

QTEST_MAIN(TestScanStation)
#include "testscanstation.moc"
