// Sync from the real window (offscreen) against the real dossier-server on loopback, with the token in a
// real keyring: F8 asks for a name and password the first time, sends the clerk's dossier (an administrator's
// desk then has it page for page), and a document retitled on two desks shows up as a conflict — a button in
// the status bar, the document marked in the tree, and a review dialog where the clerk takes the other version,
// which the next F8 sends to every desk, settled there too.
#include "mainwindow.h"
#include "pipeline/batchrunner.h"
#include "serverprocess.h"
#include "station/catalogueeditor.h"
#include "stationsettings.h"
#include "storage/database.h"
#include "sync/credentialstore.h"
#include "sync/syncconflicts.h"
#include "sync/syncengine.h"
#include "syncconflictsdialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QUuid>

#include <csignal>

using namespace Dossier;

class TestSyncWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }
    // A desk's profile folder, set up with this test's server and operator (desk settings live in the profile).
    QString profile(const QString& name) const
    {
        const QString dir = m_tmp.filePath(name);
        const Profile opened = Test::openProfile(dir);
        StationSettings s = StationSettings::load(opened);
        s.operatorName = QStringLiteral("clerkA");
        s.serverUrl = m_url;
        s.save(opened);
        return dir;
    }

    // dossier-cli (or another program of ours) with `input` on standard input.
    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {},
                            const QString& program = QStringLiteral("dossier-cli"))
    {
        return Test::run(Test::binDir() + QLatin1Char('/') + program, args, input);
    }

    QJsonArray dossiers(const QString& prof)
    {
        auto r = cli({QStringLiteral("dossier"), QStringLiteral("list"), QStringLiteral("--profile"), prof,
                      QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out).array();
    }

    QVariant scalar(const QString& prof, const QString& sql, const QVariantList& binds = {})
    {
        const SqlFromTest reading; // the test's own look into the profile
        auto q = execSql(Test::openProfile(prof).database(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    void retitle(const QString& prof, const QString& uid, const QString& title)
    {
        const SqlFromTest editing; // another desk's edit, made by the test
        const qint64 doc = scalar(prof, QStringLiteral("SELECT id FROM documents WHERE uid=?"), {uid}).toLongLong();
        CatalogueEditor e(
            Test::openProfile(prof),
            scalar(prof, QStringLiteral("SELECT volume_id FROM documents WHERE id=?"), {doc}).toLongLong(),
            QStringLiteral("desk"));
        QVERIFY(e.setTitle(doc, title).ok());
    }

    // Answers the next modal input dialogs (sign-in) as a person would, one text each.
    void answerInputs(QStringList answers)
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, answers]() mutable {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog || !dialog->isVisible())
                return;
            dialog->setTextValue(answers.takeFirst());
            dialog->accept();
            if (answers.isEmpty())
                timer->deleteLater();
        });
        timer->start(50);
    }

    // F8 on the window, then waits for the sync to finish.
    void pressF8(MainWindow& w)
    {
        QApplication::setActiveWindow(&w); // shortcuts reach the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.statusBar()->clearMessage();
        QTest::keyClick(&w, Qt::Key_F8);
        QVERIFY(w.isBusy() ||
                w.statusBar()->currentMessage().startsWith(QLatin1String("Synced"))); // F8 reached the window
        QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().startsWith(QLatin1String("Synced")), 120000);
        QTRY_VERIFY(!w.isBusy()); // the tree is read again after the sync
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QString why = m_server.start({dataDir(), {}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
        for (const auto& [name, role] : {std::pair{"clerkA", "archive_clerk"}, std::pair{"adminB", "archive_admin"}}) {
            auto r = cli({QStringLiteral("--data"), dataDir(), QStringLiteral("user"), QStringLiteral("add"),
                          QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                          QStringLiteral("--password-stdin"), QStringLiteral("--scope"), QStringLiteral("苏")},
                         QByteArray("pw-") + name + "\n", QStringLiteral("dossier-server"));
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void cleanupTestCase()
    {
        m_server.process().terminate();
        m_server.process().waitForFinished(10000);
    }

    void syncAndSettleConflictFromTheWindow()
    {
        const QString a = profile(QStringLiteral("A")), b = profile(QStringLiteral("B"));
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        auto processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), a, QStringLiteral("--quiet"),
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("outA")), plain + QStringLiteral("0001.jpg"),
                 plain + QStringLiteral("0002.jpg"), plain + QStringLiteral("0003.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());

        MainWindow w(Test::openProfile(a));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* conflicts = w.findChild<QToolButton*>(QStringLiteral("conflictsButton"));
        QVERIFY(conflicts);
        QVERIFY(conflicts->isHidden());

        // The first F8 asks for the name and the password; the token goes to the keyring.
        answerInputs({QStringLiteral("clerkA"), QStringLiteral("pw-clerkA")});
        QSignalSpy messages(w.statusBar(), &QStatusBar::messageChanged);
        pressF8(w);
        // The status bar followed the images going up, to the last one.
        bool allSent = false;
        for (const QList<QVariant>& m : std::as_const(messages)) {
            const QRegularExpressionMatch hit =
                QRegularExpression(QStringLiteral("page image (\\d+) of (\\d+) sent")).match(m.at(0).toString());
            allSent = allSent || (hit.hasMatch() && hit.captured(1) == hit.captured(2));
        }
        QVERIFY(allSent);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("0 refused")),
                 qPrintable(w.statusBar()->currentMessage()));
        auto token = CredentialStore::read(SyncEngine::account(m_url, QStringLiteral("clerkA")));
        QVERIFY2(token.ok(), token ? "" : qPrintable(token.error().english()));
        // Searched by another process: closing a file of the open database here would drop SQLite's locks.
        for (const QString& secret : {*token, QStringLiteral("pw-clerkA")}) {
            const Test::ProcessResult grep = Test::run(QStringLiteral("grep"), {QStringLiteral("-rlaF"), secret, a});
            // Found nowhere (a file that went away while searched is not a finding).
            QVERIFY2(grep.exitCode != 0 && grep.out.isEmpty(), (grep.out + grep.err).constData());
        }

        // The administrator's desk has the dossier page for page, with the same hashes.
        auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), b, QStringLiteral("--server"), m_url,
                          QStringLiteral("--user"), QStringLiteral("adminB"), QStringLiteral("--password-stdin")},
                         "pw-adminB\n");
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--profile"), b}).exitCode, 0);
        const QJsonArray ours = dossiers(a);
        QCOMPARE(ours.size(), 1);
        QVERIFY(ours.at(0)[QStringLiteral("pages")].toInt() >= 2);
        QCOMPARE(dossiers(b), ours);

        // The same document retitled on both desks; the administrator syncs first, then the clerk presses F8.
        const QString uid = scalar(a, QStringLiteral("SELECT uid FROM documents ORDER BY position LIMIT 1")).toString();
        QVERIFY(!uid.isEmpty());
        retitle(a, uid, QStringLiteral("起诉状（书记员）"));
        retitle(b, uid, QStringLiteral("起诉状（管理员）"));
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--profile"), b}).exitCode, 0);
        pressF8(w); // no questions this time: the token is in the keyring
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("1 conflicts")),
                 qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(conflicts->isVisible());
        QVERIFY2(conflicts->text().startsWith(QLatin1String("1 ")), qPrintable(conflicts->text()));
        const QString current = scalar(a, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString();
        const QString other = current == QStringLiteral("起诉状（书记员）") ? QStringLiteral("起诉状（管理员）")
                                                                            : QStringLiteral("起诉状（书记员）");
        // The tree marks the document.
        auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
        const QModelIndex caseRow = tree->model()->index(0, 0);
        QVERIFY(tree->model()->index(0, 2, caseRow).data().toString().contains(QLatin1String("sync conflict")));
        QVERIFY(tree->model()->index(0, 0, caseRow).data().toString().contains(current));

        // Ctrl+Shift+F8 opens the review: one record, its title side by side.
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(&w, Qt::Key_F8, Qt::ControlModifier | Qt::ShiftModifier);
        SyncConflictsDialog* review = nullptr;
        QTRY_VERIFY((review = w.findChild<SyncConflictsDialog*>()) != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(review));
        auto* list = review->findChild<QTreeWidget*>(QStringLiteral("conflictList"));
        auto* fields = review->findChild<QTableWidget*>(QStringLiteral("conflictFields"));
        auto* useOther = review->findChild<QPushButton*>(QStringLiteral("useOther"));
        auto* summary = review->findChild<QLabel*>(QStringLiteral("conflictSummary"));
        QTRY_VERIFY2(list->topLevelItemCount() == 1, qPrintable(summary->text()));
        QCOMPARE(list->topLevelItem(0)->text(0), ours.at(0)[QStringLiteral("case_no")].toString());
        // The other version is the one that lost: the administrator's, or the clerk's own.
        QCOMPARE(list->topLevelItem(0)->text(2),
                 current == QStringLiteral("起诉状（书记员）") ? QStringLiteral("adminB") : QStringLiteral("clerkA"));
        QCOMPARE(fields->rowCount(), 1);
        QCOMPARE(fields->item(0, 0)->text(), QStringLiteral("Title"));
        QCOMPARE(fields->item(0, 1)->text(), current);
        QCOMPARE(fields->item(0, 2)->text(), other);
        QVERIFY(useOther->isEnabled());

        // The clerk takes the other version: the dossier has it, the review and the button empty, Ctrl+Z would undo it.
        QTest::mouseClick(useOther, Qt::LeftButton);
        QTRY_COMPARE(scalar(a, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString(), other);
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QTRY_VERIFY(conflicts->isHidden());
        QTRY_VERIFY(tree->model()->index(0, 0, tree->model()->index(0, 0)).data().toString().contains(other));
        QTRY_VERIFY(!tree->model()
                         ->index(0, 2, tree->model()->index(0, 0))
                         .data()
                         .toString()
                         .contains(QLatin1String("sync conflict")));
        QCOMPARE(scalar(a, QStringLiteral("SELECT resolution FROM sync_conflicts WHERE rec_id=?"), {uid}).toString(),
                 QStringLiteral("other"));
        QCOMPARE(
            scalar(a, QStringLiteral("SELECT count(*) FROM audit_log WHERE action='settle sync conflict'")).toInt(), 1);
        review->close();

        // The next F8 sends it, settled: the administrator's desk takes the title and marks its own copy of the
        // conflict settled too, by the clerk.
        pressF8(w);
        QCOMPARE(cli({QStringLiteral("sync"), QStringLiteral("--profile"), b}).exitCode, 0);
        QCOMPARE(scalar(b, QStringLiteral("SELECT title FROM documents WHERE uid=?"), {uid}).toString(), other);
        {
            const SqlFromTest reading;
            QCOMPARE(*SyncConflicts::openCount(Test::openProfile(b)), 0);
        }
        QCOMPARE(scalar(b, QStringLiteral("SELECT resolution FROM sync_conflicts WHERE rec_id=?"), {uid}).toString(),
                 QStringLiteral("other"));
        QCOMPARE(scalar(b, QStringLiteral("SELECT resolved_by FROM sync_conflicts WHERE rec_id=?"), {uid}).toString(),
                 QStringLiteral("clerkA"));
        // Nothing more to send either way.
        QCOMPARE(QJsonDocument::fromJson(cli({QStringLiteral("sync"), QStringLiteral("--profile"), b}).out)
                     .object()
                     .value(QStringLiteral("pushed"))
                     .toInt(),
                 0);
    }

    // A record the server holds but this desk cannot take (here a page whose format would name a file
    // outside the profile): F8 syncs the rest, says how many were set aside, and shows why.
    void setAsideRecordIsShown()
    {
        const QString a = profile(QStringLiteral("A"));
        const QString caseNo = dossiers(a).at(0)[QStringLiteral("case_no")].toString();
        QJsonObject hostile = Test::pageRecordBody(QString(64, QLatin1Char('a')));
        hostile[QStringLiteral("format")] = QStringLiteral("x/../../../../autostart/evil.desktop");
        QCOMPARE(Test::injectServerRecord(dataDir(), QStringLiteral("page"),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces), caseNo,
                                          QStringLiteral("main"), hostile),
                 QString());
        MainWindow w(Test::openProfile(a));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        pressF8(w);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("1 set aside")),
                 qPrintable(w.statusBar()->currentMessage()));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("importProblem"))) != nullptr);
        QVERIFY2(box->text().contains(QLatin1String("kept aside")) && box->text().contains(QLatin1String("\"format\"")),
                 qPrintable(box->text()));
        QCOMPARE(scalar(a, QStringLiteral("SELECT count(*) FROM sync_set_aside")).toInt(), 1);
        QVERIFY(QDir(a).entryList({QStringLiteral("*.desktop")}, QDir::Files).isEmpty());
        box->close();
    }
};

QTEST_MAIN(TestSyncWindow)
#include "testsyncwindow.moc"
