// The scan station's other screens on the real window (offscreen): quality check and submission with verified
// backup copies, page turning / inserting / replacing (undoable, the old page kept), the hot folder, the
// settings and case-details dialogs, the document camera panel without a camera, and a label's QR payload
// typed by a hand-held reader into the case field.
#include "archive/archiver.h"
#include "archive/volume.h"
#include "audithistorydialog.h"
#include "camerapanel.h"
#include "caseinfodialog.h"
#include "dossiermodel.h"
#include "mainwindow.h"
#include "pipeline/batchrunner.h"
#include "plugin/pluginhost.h"
#include "qcdialog.h"
#include "settingsdialog.h"
#include "station/catalogueeditor.h"
#include "station/hotfolder.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Dossier;

class TestStationTools final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_profile;
    QString plain(const QString& name) const { return Test::corpusDir() + QStringLiteral("/plain/batch-01/") + name; }
    QSqlDatabase db() const { return Test::openProfile(m_profile).database(); }

    QVariant scalar(const QString& sql, const QVariantList& binds = {}) const
    {
        const SqlFromTest reading; // the test's own look into the profile
        auto q = execSql(db(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    // The pages of the first dossier's documents, as the tree shows them.
    QList<QList<qint64>> pagesInTree(QTreeView* tree) const
    {
        QList<QList<qint64>> out;
        const QModelIndex dossier = tree->model()->index(0, 0);
        for (int d = 0; d < tree->model()->rowCount(dossier); ++d) {
            const QModelIndex doc = tree->model()->index(d, 0, dossier);
            QList<qint64> pages;
            for (int p = 0; p < tree->model()->rowCount(doc); ++p)
                pages << tree->model()->index(p, 0, doc).data(Qt::UserRole + 1).toLongLong();
            out << pages;
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_profile = m_tmp.filePath(QStringLiteral("profile"));
    }

    void qualityCheckAndSubmit();
    void pageOperations();
    void hotFolder();
    void dialogs();
    void pagesInNoDossier();
    void qcFindingsLeadToThePage();
};

void TestStationTools::qualityCheckAndSubmit()
{
    StationSettings s;
    s.operatorName = QStringLiteral("clerkA");
    for (int i = 1; i <= 3; ++i)
        s.archiveTargets << m_tmp.filePath(QStringLiteral("backup%1").arg(i));
    s.outputDir = m_tmp.filePath(QStringLiteral("packages"));
    s.accessCopy = false;
    s.save(Test::openProfile(m_profile));
    MainWindow w(Test::openProfile(m_profile));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    w.importPaths({plain(QStringLiteral("0001.jpg")), plain(QStringLiteral("0002.jpg")),
                   plain(QStringLiteral("0003.jpg")), plain(QStringLiteral("0004.jpg"))});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && tree->model()->rowCount() == 1, 240000);
    const QString caseNo = tree->model()->index(0, 0).data().toString();
    // Every imported page has its thumbnail, with its state and the pipeline's findings.
    auto* thumbs = w.findChild<QListWidget*>(QStringLiteral("thumbnails"));
    QCOMPARE(thumbs->count(), 4);
    for (int i = 0; i < thumbs->count(); ++i)
        QVERIFY2(thumbs->item(i)->text().contains(QStringLiteral("catalogued")), qPrintable(thumbs->item(i)->text()));
    QVERIFY(thumbs->item(0)->text().contains(QStringLiteral("separator")));
    QVERIFY(!thumbs->item(1)->icon().isNull());
    // The operator is recorded with the batch.
    QVERIFY(scalar(QStringLiteral("SELECT options FROM batches ORDER BY id DESC"))
                .toString()
                .contains(QStringLiteral("clerkA")));

    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0)));
    w.findChild<QAction*>(QStringLiteral("qualityCheck"))->trigger();
    auto* qc = w.findChild<QcDialog*>(QStringLiteral("qcDialog"));
    QVERIFY(qc);
    QVERIFY(QTest::qWaitForWindowExposed(qc));
    auto* checks = qc->findChild<QTreeWidget*>(QStringLiteral("qcChecks"));
    auto* sample = qc->findChild<QListWidget*>(QStringLiteral("qcSample"));
    auto* reviewer = qc->findChild<QLineEdit*>(QStringLiteral("qcReviewer"));
    auto* submit = qc->findChild<QPushButton*>(QStringLiteral("qcSubmit"));
    auto* status = qc->findChild<QLabel*>(QStringLiteral("qcStatus"));
    QTRY_COMPARE(checks->topLevelItemCount(), 7); // the dossier is read in the background
    for (int i = 0; i < checks->topLevelItemCount(); ++i)
        qInfo() << checks->topLevelItem(i)->text(0) << checks->topLevelItem(i)->childCount();
    QVERIFY(sample->count() >= 1);
    QVERIFY(!submit->isEnabled());
    QVERIFY(status->text().contains(QStringLiteral("not checked")));
    // The person who scanned may not confirm the sample.
    QVERIFY(reviewer->text().isEmpty()); // the desk's operator scanned it: no name is offered
    reviewer->setText(QStringLiteral("clerkA"));
    for (int i = 0; i < sample->count(); ++i) {
        sample->setCurrentRow(i);
        QTest::mouseClick(qc->findChild<QPushButton*>(QStringLiteral("qcMatches")), Qt::LeftButton);
    }
    QTRY_VERIFY2(status->text().contains(QStringLiteral("person who scanned")), qPrintable(status->text()));
    QVERIFY(!submit->isEnabled());
    // Rejecting needs a note.
    reviewer->setText(QStringLiteral("checkerB"));
    sample->setCurrentRow(0);
    QTest::mouseClick(qc->findChild<QPushButton*>(QStringLiteral("qcMismatch")), Qt::LeftButton);
    QVERIFY(status->text().contains(QStringLiteral("Say what")));
    for (int i = 0; i < sample->count(); ++i) {
        sample->setCurrentRow(i);
        QTest::mouseClick(qc->findChild<QPushButton*>(QStringLiteral("qcMatches")), Qt::LeftButton);
    }
    QTRY_VERIFY2(submit->isEnabled(), qPrintable(status->text()));
    QSignalSpy submitted(qc, &QcDialog::submitted);
    QTest::mouseClick(submit, Qt::LeftButton);
    QVERIFY(!submit->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(submitted.count() == 1, 240000);
    QVERIFY2(status->text().contains(QStringLiteral("archived")), qPrintable(status->text()));
    const QString package = submitted.first().first().toString();
    PluginHost host;
    host.scan();
    for (const QString& dir : QStringList{package} + s.archiveTargets) {
        const QString copy = dir == package ? dir : QDir(dir).filePath(QDir(package).dirName());
        auto problems = Archiver::verify(copy, host);
        QVERIFY2(problems && problems->isEmpty(), qPrintable(copy));
    }
    QVERIFY(!scalar(QStringLiteral("SELECT submitted_at FROM dossiers")).toString().isEmpty());
    QCOMPARE(scalar(QStringLiteral("SELECT submitted_by FROM dossiers")).toString(), QStringLiteral("checkerB"));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='submit' AND actor='checkerB'")).toInt(), 1);
    qc->close();
    QVERIFY(!caseNo.isEmpty());
}

void TestStationTools::pageOperations()
{
    MainWindow w(Test::openProfile(m_profile));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    QTRY_VERIFY(tree->model()->rowCount() == 1);
    const QModelIndex firstDoc = tree->model()->index(0, 0, tree->model()->index(0, 0));
    const QModelIndex firstPage = tree->model()->index(0, 0, firstDoc);
    const qint64 oldPage = firstPage.data(Qt::UserRole + 1).toLongLong();
    QVERIFY(oldPage > 0);
    const auto before = pagesInTree(tree);
    tree->setCurrentIndex(firstPage);
    const int oldRotation = scalar(QStringLiteral("SELECT rotation FROM pages WHERE id=?"), {oldPage}).toInt();

    // Ctrl+R turns the page a quarter to the right: a new page, re-read upright that way, in the same place.
    w.findChild<QAction*>(QStringLiteral("turnRight"))->trigger();
    QVERIFY(w.isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 120000);
    auto after = pagesInTree(tree);
    const qint64 turned = after.at(0).at(0);
    QVERIFY(turned != oldPage);
    QCOMPARE(scalar(QStringLiteral("SELECT rotation FROM pages WHERE id=?"), {turned}).toInt(),
             (oldRotation + 90) % 360);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM pages WHERE id=?"), {oldPage}).toString(),
             QStringLiteral("removed"));
    QCOMPARE(scalar(QStringLiteral("SELECT sha256 FROM pages WHERE id=?"), {turned}),
             scalar(QStringLiteral("SELECT sha256 FROM pages WHERE id=?"), {oldPage})); // the master is the same
    // Undo brings the page back as it was.
    w.findChild<QAction*>(QStringLiteral("undo"))->trigger();
    QTRY_COMPARE(pagesInTree(tree), before);

    // A page from a file goes in before the current page; replacing swaps it, keeping the old one.
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0))));
    w.pageOperation(MainWindow::PageOp::InsertFile, plain(QStringLiteral("0005.jpg")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 120000);
    after = pagesInTree(tree);
    QCOMPARE(after.at(0).size(), before.at(0).size() + 1);
    const qint64 inserted = after.at(0).at(0);
    QVERIFY(scalar(QStringLiteral("SELECT text FROM pages WHERE id=?"), {inserted}).toString().size() > 50);
    QCOMPARE(after.at(0).mid(1), before.at(0));
    tree->setCurrentIndex(tree->model()->index(0, 0, tree->model()->index(0, 0, tree->model()->index(0, 0))));
    w.pageOperation(MainWindow::PageOp::ReplaceFile, plain(QStringLiteral("0006.jpg")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 120000);
    after = pagesInTree(tree);
    QCOMPARE(after.at(0).size(), before.at(0).size() + 1);
    QVERIFY(after.at(0).at(0) != inserted);
    QCOMPARE(scalar(QStringLiteral("SELECT status FROM pages WHERE id=?"), {inserted}).toString(),
             QStringLiteral("removed"));
    // Every step is logged: the turn and the replacement as replacements with their reason, and the insertion.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='insert page'")).toInt(), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='replace page' AND details LIKE '%turned%'"))
            .toInt(),
        1);
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action='replace page' AND details LIKE '%rescanned%'"))
                 .toInt(),
             1);
}

void TestStationTools::hotFolder()
{
    const QString hot = m_tmp.filePath(QStringLiteral("hot"));
    const Profile profile = Test::openProfile(m_tmp.filePath(QStringLiteral("profile-hot")));
    StationSettings s = StationSettings::load(profile);
    s.hotFolder = hot;
    s.save(profile);
    MainWindow w(profile);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    QVERIFY(QDir(hot).exists());
    // A file being written is not taken half: the folder waits until it stops changing.
    QFile::copy(plain(QStringLiteral("0001.jpg")), hot + QStringLiteral("/a-0001.jpg"));
    QFile::copy(plain(QStringLiteral("0002.jpg")), hot + QStringLiteral("/a-0002.jpg"));
    QFile broken(hot + QStringLiteral("/a-0003.jpg"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("\xff\xd8\xff\xe0 not really a JPEG");
    broken.close();
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(hot + QStringLiteral("/imported/a-0002.jpg")), 240000);
    QTRY_VERIFY(QFileInfo::exists(hot + QStringLiteral("/failed/a-0003.jpg")));
    QVERIFY(QFileInfo::exists(hot + QStringLiteral("/imported/a-0001.jpg")));
    QVERIFY(!QFileInfo::exists(hot + QStringLiteral("/a-0001.jpg")));
    QTRY_COMPARE(tree->model()->rowCount(), 1);
    // The failure is told (not modal: the folder keeps being watched).
    QTRY_VERIFY(w.findChild<QMessageBox*>(QStringLiteral("importProblem")));
    QVERIFY(w.findChild<QMessageBox*>(QStringLiteral("importProblem"))->text().contains(QStringLiteral("a-0003.jpg")));
    s.hotFolder.clear();
    s.save(profile);
}

void TestStationTools::dialogs()
{
    // Settings: a bad server address or language list cannot be saved; the rest round-trips.
    StationSettings s;
    s.archiveTargets = {QStringLiteral("/a"), QStringLiteral("/b")};
    s.ocrWorkers = 1;
    SettingsDialog settings(s);
    auto* server = settings.findChild<QLineEdit*>(QStringLiteral("serverUrl"));
    auto* ok = settings.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    server->setText(QStringLiteral("ftp://x"));
    QVERIFY(!ok->isEnabled());
    server->setText(QStringLiteral("https://court.example:8787"));
    QVERIFY(ok->isEnabled());
    settings.findChild<QComboBox*>(QStringLiteral("ocrLanguages"))->setEditText(QStringLiteral("chi_sim eng"));
    QVERIFY(!ok->isEnabled());
    settings.findChild<QComboBox*>(QStringLiteral("ocrLanguages"))->setEditText(QStringLiteral("chi_sim+eng"));
    QVERIFY(ok->isEnabled());
    // Alternate servers: addresses only, none with a password in it (the session goes to them).
    auto* alternates = settings.findChild<QLineEdit*>(QStringLiteral("alternateServers"));
    alternates->setText(QStringLiteral("https://court-b.example:8787 http://u:pw@court-c.example"));
    QVERIFY(!ok->isEnabled());
    const QString why = settings.findChild<QLabel*>(QStringLiteral("settingsProblem"))->text();
    QVERIFY2(why.contains(QStringLiteral("password")), qPrintable(why)); // says why, not only "an address"
    alternates->setText(QStringLiteral("https://court-b.example:8787  http://court-c.example"));
    QVERIFY(ok->isEnabled());
    const StationSettings back = settings.settings();
    QCOMPARE(back.alternateServers,
             (QStringList{QStringLiteral("https://court-b.example:8787"), QStringLiteral("http://court-c.example")}));
    QCOMPARE(back.serverUrl, QStringLiteral("https://court.example:8787"));
    QCOMPARE(back.ocrLanguages, QStringLiteral("chi_sim+eng"));
    QCOMPARE(back.archiveTargets, s.archiveTargets);
    QCOMPARE(back.ocrWorkers, 1);

    // Case details: names split at 、, dates checked, 涉密 kept; stored and read back by the volume.
    const SqlFromTest direct; // the dialog on its own, with the volume read and written by the test
    auto v = Volume::load(Test::openProfile(m_profile), scalar(QStringLiteral("SELECT case_no FROM cases")).toString(),
                          scalar(QStringLiteral("SELECT external_id FROM dossiers")).toString());
    QVERIFY(v.ok());
    CaseInfo info = v->info;
    info.caseNo = v->caseNo;
    CaseInfoDialog details(info);
    details.findChild<QLineEdit*>(QStringLiteral("judge"))->setText(QStringLiteral("马秀磊"));
    details.findChild<QLineEdit*>(QStringLiteral("defendants"))->setText(QStringLiteral("张三、李四"));
    auto* closed = details.findChild<QLineEdit*>(QStringLiteral("closed"));
    auto* detailsOk = details.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    closed->setText(QStringLiteral("2024-13-40"));
    QVERIFY(!detailsOk->isEnabled());
    closed->setText(QStringLiteral("2024-11-05"));
    QVERIFY(detailsOk->isEnabled());
    QVERIFY(Volume::saveCaseInfo(Test::openProfile(m_profile), v->caseNo, details.info()).ok());
    auto again = Volume::load(Test::openProfile(m_profile), v->caseNo, v->dossierId);
    QCOMPARE(again->info.judge, QStringLiteral("马秀磊"));
    QCOMPARE(again->info.defendants, (QStringList{QStringLiteral("张三"), QStringLiteral("李四")}));
    QCOMPARE(again->info.closed, QDate(2024, 11, 5));

    // No camera on this machine: the panel says so and cannot capture.
    CameraPanel camera;
    if (!camera.hasCamera()) {
        QVERIFY(!camera.findChild<QPushButton*>(QStringLiteral("cameraCapture"))->isEnabled());
        QVERIFY(camera.findChild<QLabel*>(QStringLiteral("cameraState"))
                    ->text()
                    .contains(QStringLiteral("No document camera")));
    }

    // A hand-held reader types a case label's payload into the case field: it becomes the 案号.
    MainWindow w(Test::openProfile(m_tmp.filePath(QStringLiteral("profile-empty"))));
    auto* field = w.findChild<QLineEdit*>(QStringLiteral("caseNumber"));
    field->setFocus();
    // Key events carrying text, as a keyboard-wedge reader sends them (Chinese characters have no key code).
    for (const QChar c : QStringLiteral("DOSSIER-CASE|D100001|（2024）苏0602民初8411号")) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(field, &press);
    }
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(field->text(), QStringLiteral("（2024）苏0602民初8411号"));
}

// A batch with neither separator sheet nor 案号: its pages show under "Pages in no dossier" (they vanished
// from the tree before), the import says so, and the clerk gives them their case; the case row then serves
// Ctrl+D (it was refused: "choose a dossier first").
void TestStationTools::pagesInNoDossier()
{
    const Profile profile = Test::openProfile(m_tmp.filePath(QStringLiteral("profile-loose")));
    MainWindow w(profile);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    w.importPaths(
        {plain(QStringLiteral("0002.jpg")), plain(QStringLiteral("0003.jpg")), plain(QStringLiteral("0004.jpg"))});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && tree->model()->rowCount() == 1, 240000);
    const QModelIndex loose = tree->model()->index(0, 0);
    QVERIFY(loose.data(DossierModel::UnassignedRole).toBool());
    QCOMPARE(tree->model()->rowCount(loose), 3);
    QTRY_VERIFY(w.findChild<QMessageBox*>(QStringLiteral("importProblem")));
    QVERIFY2(w.findChild<QMessageBox*>(QStringLiteral("importProblem"))->text().contains(QLatin1String("no dossier")),
             qPrintable(w.findChild<QMessageBox*>(QStringLiteral("importProblem"))->text()));
    w.findChild<QMessageBox*>(QStringLiteral("importProblem"))->close();

    // Give them their case: the row of loose pages stands for all of them.
    tree->setCurrentIndex(loose);
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        answer.stop();
        dialog->setTextValue(QStringLiteral("(2024)苏0602民初8411号"));
        dialog->accept();
    });
    answer.start(50);
    w.findChild<QAction*>(QStringLiteral("assignToCase"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 1 &&
                                 !tree->model()->index(0, 0).data(DossierModel::UnassignedRole).toBool(),
                             20000);
    const QModelIndex caseRow = tree->model()->index(0, 0);
    QCOMPARE(caseRow.data().toString(), QStringLiteral("（2024）苏0602民初8411号"));
    QVERIFY(tree->model()->rowCount(caseRow) >= 1);
    const auto count = [&](const QString& sql) {
        const SqlFromTest reading;
        auto q = execSql(profile.database(), sql);
        return q && q->next() ? q->value(0).toInt() : -1;
    };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pages WHERE document_id IS NOT NULL")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action='assign pages'")), 1);

    // Ctrl+D on the case row opens its details.
    tree->setCurrentIndex(caseRow);
    QString opened;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        QWidget* dialog = QApplication::activeModalWidget();
        if (!dialog || !dialog->isVisible())
            return;
        closer.stop();
        opened = QString::fromLatin1(dialog->metaObject()->className());
        dialog->close();
    });
    closer.start(50);
    w.findChild<QAction*>(QStringLiteral("caseDetails"))->trigger();
    QTRY_COMPARE(opened, QStringLiteral("Dossier::CaseInfoDialog"));

    // Ctrl+Shift+H: the dossier's history, in words, with the chain verified; an entry edited in the file (its
    // trigger dropped) shows the chain broken at it.
    AuditHistoryDialog* dialog = nullptr;
    const auto history = [&] {
        dialog = nullptr;
        tree->setCurrentIndex(caseRow);
        w.findChild<QAction*>(QStringLiteral("auditHistory"))->trigger();
    };
    const auto shown = [&] {
        for (auto* c : w.findChildren<AuditHistoryDialog*>())
            if (c->isVisible() && c->loaded())
                dialog = c;
        return dialog != nullptr;
    };
    QVERIFY(w.findChild<QAction*>(QStringLiteral("auditHistory"))->isVisible()); // the desk's own clerk
    history();
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 20000);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("auditEntries"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), AuditHistory::actionText(QStringLiteral("assign pages")));
    QVERIFY(!table->item(0, 3)->text().contains(QLatin1Char('{'))); // details in words, not JSON
    QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("auditChainState"))->text().startsWith(QStringLiteral("✔")),
             qPrintable(dialog->findChild<QLabel*>(QStringLiteral("auditChainState"))->text()));
    dialog->close();
    {
        const SqlFromTest writing;
        QVERIFY(execSql(profile.database(), QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(execSql(profile.database(), QStringLiteral("UPDATE audit_log SET actor='nobody' WHERE seq=1")));
    }
    history();
    QTRY_VERIFY_WITH_TIMEOUT(shown(), 20000);
    const QString state = dialog->findChild<QLabel*>(QStringLiteral("auditChainState"))->text();
    QVERIFY2(state.startsWith(QStringLiteral("✘")) && state.contains(QStringLiteral("1")), qPrintable(state));
    dialog->close();
}

QTEST_MAIN(TestStationTools)
#include "teststationtools.moc"

// Clerk's defect 2: a QC finding names the page as the tree shows it, shows it, finds it in the tree, and offers to
// re-scan it (the finding said "第 3 页", a number the tree does not show, and clicking it did nothing).
void TestStationTools::qcFindingsLeadToThePage()
{
    // Two JPEG pages and one PNG: DA/T 31 asks one master format per volume.
    const QString png = m_tmp.filePath(QStringLiteral("0003.png"));
    QVERIFY(QImage(plain(QStringLiteral("0003.jpg"))).save(png));
    MainWindow w(Test::openProfile(m_tmp.filePath(QStringLiteral("profile-qc"))));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    w.importPaths({plain(QStringLiteral("0001.jpg")), plain(QStringLiteral("0002.jpg")), png});
    QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy() && tree->model()->rowCount() == 1, 180000);
    tree->setCurrentIndex(tree->model()->index(0, 0));

    auto openQc = [&]() -> QcDialog* {
        w.findChild<QAction*>(QStringLiteral("qualityCheck"))->trigger();
        auto* qc = w.findChild<QcDialog*>(QStringLiteral("qcDialog"));
        return qc && QTest::qWaitForWindowExposed(qc) ? qc : nullptr;
    };
    auto findingIn = [](QcDialog* qc) -> QTreeWidgetItem* {
        auto* checks = qc->findChild<QTreeWidget*>(QStringLiteral("qcChecks"));
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            if (checks->topLevelItem(i)->data(0, Qt::UserRole).toString() == QLatin1String("format"))
                return checks->topLevelItem(i)->childCount() == 1 ? checks->topLevelItem(i)->child(0) : nullptr;
        return nullptr;
    };
    QPointer<QcDialog> qc = openQc();
    QVERIFY(qc);
    QTreeWidgetItem* finding = nullptr;
    QTRY_VERIFY((finding = findingIn(qc)) != nullptr);
    // Named as the tree names it: the document's row and the page's place in it.
    const QModelIndex notice = tree->model()->index(1, 0, tree->model()->index(0, 0));
    const QString noticeRow = notice.data().toString();
    const qint64 pngPage = tree->model()->index(0, 0, notice).data(DossierModel::PageIdRole).toLongLong();
    QVERIFY(pngPage > 0);
    QVERIFY2(finding->text(0).contains(noticeRow) && finding->text(0).contains(QLatin1String("page 1")),
             qPrintable(finding->text(0) + QLatin1String(" / ") + noticeRow));
    auto* show = qc->findChild<QPushButton*>(QStringLiteral("qcShowInTree"));
    auto* rescan = qc->findChild<QPushButton*>(QStringLiteral("qcRescan"));
    QVERIFY(!show->isEnabled());
    qc->findChild<QTreeWidget*>(QStringLiteral("qcChecks"))->setCurrentItem(finding);
    QVERIFY(show->isEnabled() && rescan->isEnabled());
    QVERIFY(qc->findChild<QLabel*>(QStringLiteral("qcPage"))->text().contains(finding->text(0)));
    // Show in the tree: the dialog closes on that very page.
    tree->setCurrentIndex(tree->model()->index(0, 0));
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(qc.isNull() || !qc->isVisible());
    QTRY_COMPARE(tree->currentIndex().siblingAtColumn(0).data(DossierModel::PageIdRole).toLongLong(), pngPage);
    // Re-scan: on that page, with the scanner of the scan bar (none on this desk: it says so).
    tree->setCurrentIndex(tree->model()->index(0, 0));
    qc = openQc();
    QVERIFY(qc);
    QTRY_VERIFY((finding = findingIn(qc)) != nullptr);
    qc->findChild<QTreeWidget*>(QStringLiteral("qcChecks"))->setCurrentItem(finding);
    QTest::mouseClick(qc->findChild<QPushButton*>(QStringLiteral("qcRescan")), Qt::LeftButton);
    QTRY_COMPARE(tree->currentIndex().siblingAtColumn(0).data(DossierModel::PageIdRole).toLongLong(), pngPage);
    QTRY_VERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("No scanner")),
                 qPrintable(w.statusBar()->currentMessage()));
}
