// The administrator's console on the real window, against the real dossier-server on loopback, with tokens in a
// real keyring: an archive administrator adds an item to the 副卷 (Ins and its dialog) and renames an item's code in
// place, undoes and redoes both (Ctrl+Z, Ctrl+Shift+Z), sees the differences and the migration, tries the draft on a
// case, previews the impact on the server's dossiers and publishes. A clerk's desk then syncs: its dossier is carried
// to the new version (the renamed item's document has the new code, audited), and the clerk's Ctrl+T offers the 副卷's
// new item for a 副卷 document. A rollback gives every desk the old version again; the dossier keeps the new one.
#include "dossiermodel.h"
#include "holidaypanel.h"
#include "mainwindow.h"
#include "pipeline/templatelibrary.h"
#include "serverprocess.h"
#include "station/templatedrafthistory.h"
#include "station/warehouse.h"
#include "stationsettings.h"
#include "storage/cataloguerepository.h"
#include "storage/database.h"
#include "storage/templaterepository.h"
#include "templateconsole.h"
#include "templateitemsmodel.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace Dossier;

namespace {
const QString kCase = QStringLiteral("（2024）苏0602民初8411号");
const QString kTemplate = QStringLiteral("civil-first-instance");
} // namespace

class TestTemplateConsole final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    Test::ServerProcess m_server;
    QString m_url;
    QString m_admin, m_clerk; // the desks, once made
    QString dataDir() const { return m_tmp.filePath(QStringLiteral("server")); }

    // A desk's profile with this test's server in its settings, its user signed in (the token in the keyring).
    QString desk(const QString& name, const QString& user)
    {
        const QString dir = m_tmp.filePath(name);
        {
            const Profile opened = Test::openProfile(dir);
            StationSettings s = StationSettings::load(opened);
            s.operatorName = user;
            s.serverUrl = m_url;
            s.save(opened);
        }
        const auto login = cli({QStringLiteral("login"), QStringLiteral("--profile"), dir, QStringLiteral("--server"),
                                m_url, QStringLiteral("--user"), user, QStringLiteral("--password-stdin")},
                               (QStringLiteral("pw-") + user + QLatin1Char('\n')).toUtf8());
        if (login.exitCode != 0)
            qWarning("login %s: %s", qPrintable(user), login.err.constData());
        return dir;
    }

    Test::ProcessResult cli(const QStringList& args, const QByteArray& input = {})
    {
        return Test::run(Test::binDir() + QStringLiteral("/dossier-cli"), args, input);
    }

    QJsonObject sync(const QString& dir)
    {
        const auto r = cli({QStringLiteral("sync"), QStringLiteral("--profile"), dir});
        if (r.exitCode != 0)
            qWarning("sync: %s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    QVariant scalar(const QString& dir, const QString& sql, const QVariantList& binds = {})
    {
        const SqlFromTest reading; // the test's own look into the profile
        auto q = execSql(Test::openProfile(dir).database(), sql, binds);
        return q && q->next() ? q->value(0) : QVariant();
    }

    // Answers the modal dialogs that come up with `handler` (true: answered) until it has answered once.
    void answer(std::function<bool(QWidget*)> handler)
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [timer, handler] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal->isVisible() && handler(modal))
                timer->deleteLater();
        });
        timer->start(30);
    }

    // Makes `w` the active window (shortcuts reach the active window), offscreen and on a display without a window
    // manager alike.
    static bool activate(QWidget& w)
    {
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        w.raise();
        w.activateWindow();
        QApplication::setActiveWindow(&w);
        return QTest::qWaitForWindowActive(&w);
    }

    template <class W> static W* child(QObject* parent, const char* name)
    {
        return parent->findChild<W*>(QLatin1String(name));
    }

    static QStringList lines(QListWidget* list)
    {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            out << list->item(i)->text();
        return out;
    }

    // The clerk's dossier: its pages catalogued by the pipeline (a complaint, an acceptance notice), the second
    // then taken as a 副卷 document (a trial report), and sent to the server.
    void prepareClerkDesk(const QString& clerk)
    {
        const QString plain = Test::corpusDir() + QStringLiteral("/plain/batch-01/");
        const auto processed =
            cli({QStringLiteral("process"), QStringLiteral("--profile"), clerk, QStringLiteral("--quiet"),
                 QStringLiteral("--out"), m_tmp.filePath(QStringLiteral("out")), plain + QStringLiteral("0001.jpg"),
                 plain + QStringLiteral("0002.jpg"), plain + QStringLiteral("0003.jpg")});
        QVERIFY2(processed.exitCode == 0, processed.err.constData());
        {
            const SqlFromTest editing;
            const Profile p = Test::openProfile(clerk);
            QSqlDatabase db = p.database();
            const qint64 doc =
                scalar(clerk, QStringLiteral("SELECT id FROM documents WHERE doc_type='acceptance_notice'"))
                    .toLongLong();
            const qint64 dossier = scalar(clerk, QStringLiteral("SELECT id FROM dossiers")).toLongLong();
            QVERIFY(doc > 0 && dossier > 0);
            Transaction tx(db);
            CatalogueRepository catalogue(db);
            auto secondary = catalogue.ensureVolumeOf(dossier, QStringLiteral("secondary"));
            QVERIFY_RESULT(secondary);
            QVERIFY_RESULT(catalogue.retype(doc, QStringLiteral("trial_report")));
            QVERIFY_RESULT(catalogue.moveDocument(doc, *secondary, 0));
            QVERIFY_RESULT(tx.commit());
        }
        QCOMPARE(scalar(clerk, QStringLiteral("SELECT count(*) FROM documents WHERE doc_type='complaint'")).toInt(), 1);
        QCOMPARE(sync(clerk).value(QStringLiteral("pending")).toInt(), 0);
    }

    // Edits the cell of `code` in column `column` as a person does: F2, the text, Enter.
    void editCell(TemplateConsole& w, const QString& code, int column, const QString& text)
    {
        auto* items = child<QTableView>(&w, "templateItems");
        auto* model = static_cast<TemplateItemsModel*>(items->model());
        const int row = model->rowOf(code);
        QVERIFY2(row >= 0, qPrintable(code));
        QVERIFY(activate(w)); // back from a dialog
        items->setFocus();
        items->setCurrentIndex(model->index(row, column));
        QTest::keyClick(items, Qt::Key_F2);
        auto* editor = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        editor->setText(text);
        QTest::keyClick(editor, Qt::Key_Return);
    }

    // The items the clerk's Ctrl+T offers for the document of `type`, and the one it proposes.
    QPair<QStringList, QString> typeList(MainWindow& m, const QString& type)
    {
        auto* tree = m.findChild<QTreeView*>();
        const QAbstractItemModel* model = tree->model();
        const QModelIndexList hits =
            model->match(model->index(0, 0), DossierModel::DocTypeRole, type, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (hits.isEmpty())
            return {};
        if (!activate(m)) // back from the dialog before
            return {};
        tree->setFocus();
        tree->setCurrentIndex(hits.first());
        QPair<QStringList, QString> offered;
        answer([&offered](QWidget* modal) {
            auto* dialog = qobject_cast<QInputDialog*>(modal);
            if (!dialog)
                return false;
            offered = {dialog->comboBoxItems(), dialog->textValue()};
            dialog->reject();
            return true;
        });
        QTest::keyClick(tree, Qt::Key_T, Qt::ControlModifier);
        if (!QTest::qWaitFor([&offered] { return !offered.first.isEmpty(); }, 10000))
            qWarning("Ctrl+T offered no list");
        return offered;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        for (const auto& [name, role] : {std::pair{"admin", "archive_admin"}, std::pair{"clerk", "archive_clerk"}}) {
            const QString why =
                Test::ServerProcess::addUser(dataDir(), QLatin1String(name), QLatin1String(role),
                                             QStringLiteral("pw-") + QLatin1String(name), QStringLiteral("苏"));
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        const QString why = m_server.start({dataDir(), {}, 0, {}, {}});
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_url = m_server.url();
    }

    void cleanupTestCase() { m_server.stop(); }

    void editUndoPublishAndTheClerkDeskPicksItUp()
    {
        const QString clerk = m_clerk = desk(QStringLiteral("clerk"), QStringLiteral("clerk"));
        prepareClerkDesk(clerk);
        if (QTest::currentTestFailed())
            return;
        const QString admin = m_admin = desk(QStringLiteral("admin"), QStringLiteral("admin"));
        QCOMPARE(sync(admin).value(QStringLiteral("pending")).toInt(), 0); // the case, for the trial

        TemplateConsole w(Test::openProfile(admin));
        QSignalSpy opened(&w, &TemplateConsole::draftOpened);
        w.show();
        QVERIFY(activate(w));
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10000);
        QCOMPARE(w.templateId(), kTemplate);
        QCOMPARE(w.draft().draft.version, 2);
        auto* items = child<QTableView>(&w, "templateItems");

        // Ins on the 副卷's items: the new item's code, name and titles in the dialog
        child<QTabBar>(&w, "volumeBar")->setCurrentIndex(1);
        answer([](QWidget* modal) {
            if (modal->objectName() != QLatin1String("itemDialog"))
                return false;
            child<QLineEdit>(modal, "itemCode0")->setText(QStringLiteral("president_review"));
            child<QLineEdit>(modal, "itemName0")->setText(QStringLiteral("院庭长阅核意见"));
            child<QLineEdit>(modal, "itemTitles0")->setText(QStringLiteral("院庭长阅核意见、阅核意见"));
            static_cast<QDialog*>(modal)->accept();
            return true;
        });
        items->setFocus();
        QTest::keyClick(items, Qt::Key_Insert);
        QTRY_VERIFY(w.draft().item(QStringLiteral("president_review")));
        QCOMPARE(w.draft().item(QStringLiteral("president_review"))->volume, QStringLiteral("secondary"));
        QTRY_VERIFY(static_cast<TemplateItemsModel*>(items->model())->rowOf(QStringLiteral("president_review")) >= 0);

        // the complaint's code changed in place, on the 正卷's items: a rename the desks carry out
        child<QTabBar>(&w, "volumeBar")->setCurrentIndex(0);
        editCell(w, QStringLiteral("complaint"), TemplateItemsModel::Code, QStringLiteral("statement_of_claim"));
        QTRY_VERIFY(w.draft().item(QStringLiteral("statement_of_claim")));
        QVERIFY(!w.draft().item(QStringLiteral("complaint")));
        QTRY_VERIFY(lines(child<QListWidget>(&w, "draftSteps"))
                        .join(QLatin1Char('\n'))
                        .contains(QStringLiteral("code of 起诉状: complaint → statement_of_claim")));

        // Ctrl+Z twice takes both back, Ctrl+Shift+Z twice gives them again
        QVERIFY(activate(w));
        QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(w.draft().item(QStringLiteral("complaint")));
        QVERIFY(w.draft().item(QStringLiteral("president_review")));
        QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(!w.draft().item(QStringLiteral("president_review")));
        QVERIFY(!w.draft().isChanged());
        QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(w.draft().item(QStringLiteral("statement_of_claim")));
        QVERIFY(w.draft().item(QStringLiteral("president_review")));

        // Space on "may repeat" turns it over; Ctrl+Z turns it back
        {
            auto* model = static_cast<TemplateItemsModel*>(items->model());
            QTRY_VERIFY(model->rowOf(QStringLiteral("defence")) >= 0);
            items->setCurrentIndex(model->index(model->rowOf(QStringLiteral("defence")), TemplateItemsModel::Repeat));
            QTest::keyClick(items, Qt::Key_Space);
            QTRY_VERIFY(!w.draft().item(QStringLiteral("defence"))->repeat);
            QTest::keyClick(items, Qt::Key_Z, Qt::ControlModifier);
            QTRY_VERIFY(w.draft().item(QStringLiteral("defence"))->repeat);
        }

        // kept in the profile as a draft of version 2
        QTRY_VERIFY(!w.isBusy());
        QCOMPARE(
            scalar(admin, QStringLiteral("SELECT version FROM templates WHERE id=? AND status='draft'"), {kTemplate})
                .toInt(),
            2);

        // 差异: the new item, the rename, and that it can be published
        const QString diff = lines(child<QListWidget>(&w, "diffList")).join(QLatin1Char('\n'));
        QVERIFY2(diff.contains(QStringLiteral("+ 院庭长阅核意见 (president_review)")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("code of 起诉状: complaint → statement_of_claim")), qPrintable(diff));
        QVERIFY2(!diff.contains(QStringLiteral("✗")), qPrintable(diff));
        QVERIFY(w.findChild<QAction*>(QStringLiteral("publish"))->isEnabled());

        // 试编目: the case held here, today and with the draft side by side
        QSignalSpy tried(&w, &TemplateConsole::trialShown);
        QCOMPARE(child<QComboBox>(&w, "trialCase")->currentText(), kCase);
        QTest::mouseClick(child<QPushButton>(&w, "trialRun"), Qt::LeftButton);
        QVERIFY2(tried.wait(20000), qPrintable(child<QLabel>(&w, "trialSummary")->text()));
        // the 副卷 document reached this desk too: both volumes are tried
        QVERIFY(child<QTableWidget>(&w, "trialToday")->rowCount() >= 2);
        QCOMPARE(child<QTableWidget>(&w, "trialDraft")->rowCount(), child<QTableWidget>(&w, "trialToday")->rowCount());

        // 影响: the server's dossiers of this template, and what would change
        QSignalSpy impact(&w, &TemplateConsole::impactShown);
        QTest::mouseClick(child<QPushButton>(&w, "impactRun"), Qt::LeftButton);
        QVERIFY(impact.wait(20000));
        const QString said = child<QLabel>(&w, "impactText")->text();
        QVERIFY2(said.contains(QStringLiteral("on the server: 1 (1 would change)")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("1 would change type or volume")), qPrintable(said));

        // 发布, to every desk
        QSignalSpy published(&w, &TemplateConsole::published);
        QVERIFY(activate(w));
        answer([](QWidget* modal) {
            if (modal->objectName() != QLatin1String("publishDialog"))
                return false;
            if (!child<QRadioButton>(modal, "publishEveryone")->isChecked())
                return false; // everyone is the default: a test that waits here fails on the signal below
            static_cast<QDialog*>(modal)->accept();
            return true;
        });
        QTest::keyClick(items, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(published.wait(30000), qPrintable(child<QLabel>(&w, "consoleMessage")->text()));
        QCOMPARE(published.first().at(1).toInt(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000); // kept here, the list read again
        QTRY_COMPARE(w.draft().base.version, 2);      // the next draft starts from the version published
        QVERIFY(!w.draft().isChanged());

        // The clerk's desk syncs: the dossier is carried to version 2
        const QJsonObject synced = sync(clerk);
        QVERIFY2(synced.value(QStringLiteral("migrated")).toInt() == 1, QJsonDocument(synced).toJson().constData());
        QCOMPARE(scalar(clerk, QStringLiteral("SELECT template_version FROM dossiers")).toInt(), 2);
        QCOMPARE(
            scalar(clerk, QStringLiteral("SELECT count(*) FROM documents WHERE doc_type='statement_of_claim'")).toInt(),
            1);
        QCOMPARE(scalar(clerk, QStringLiteral("SELECT count(*) FROM documents WHERE doc_type='complaint'")).toInt(), 0);
        QVERIFY(
            scalar(clerk, QStringLiteral("SELECT count(*) FROM audit_log WHERE action='template migration'")).toInt() >=
            1);

        // … and its Ctrl+T offers the new version's items of the document's volume
        {
            MainWindow m(Test::openProfile(clerk));
            m.show();
            QVERIFY(activate(m));
            QTRY_VERIFY_WITH_TIMEOUT(m.findChild<QTreeView*>()->model()->rowCount() > 0, 10000);
            const auto secondary = typeList(m, QStringLiteral("trial_report"));
            QVERIFY2(secondary.first.contains(QStringLiteral("院庭长阅核意见")),
                     qPrintable(secondary.first.join(u' ')));
            QVERIFY(!secondary.first.contains(QStringLiteral("起诉状"))); // the 正卷's items are not the 副卷's
            QCOMPARE(secondary.second, QStringLiteral("审理报告"));
            const auto main = typeList(m, QStringLiteral("statement_of_claim"));
            QCOMPARE(main.second, QStringLiteral("起诉状")); // its type, under its new code
            QVERIFY(!main.first.contains(QStringLiteral("院庭长阅核意见")));
        }

        // 回滚: every desk uses version 1 again; the dossier carried to version 2 keeps it
        QSignalSpy released(&w, &TemplateConsole::released);
        QString asked;
        answer([&asked](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return false;
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
            return true;
        });
        w.findChild<QAction*>(QStringLiteral("rollBack"))->trigger();
        QVERIFY2(released.wait(30000), qPrintable(child<QLabel>(&w, "consoleMessage")->text()));
        QVERIFY2(asked.contains(QStringLiteral("already carried to version 2 keep it")), qPrintable(asked));
        QCOMPARE(released.first().at(1).toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!w.isBusy(), 30000);
        sync(clerk);
        const SqlFromTest reading;
        auto current = TemplateLibrary(Test::openProfile(clerk)).current(kTemplate);
        QVERIFY_RESULT(current);
        QCOMPARE(current->version, 1);
        QCOMPARE(scalar(clerk, QStringLiteral("SELECT template_version FROM dossiers")).toInt(), 2);
    }

    // 节假日: a year no desk holds yet, started from the holiday names of the year before, its days typed, checked,
    // compared and published; the clerk's desk counts on it after its sync.
    void holidayCalendarPublished()
    {
        QVERIFY(!m_admin.isEmpty());
        TemplateConsole w(Test::openProfile(m_admin));
        QSignalSpy loaded(w.holidays(), &HolidayPanel::loaded);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(loaded.size(), 1); // the window opens at next year's
        child<QSpinBox>(&w, "calendarYear")->setValue(2027);
        QTest::mouseClick(child<QPushButton>(&w, "calendarLoad"), Qt::LeftButton);
        QTRY_COMPARE(loaded.size(), 2);
        QCOMPARE(loaded.last().at(0).toInt(), 2027);
        auto* holidays = child<QTableWidget>(&w, "calendarHolidays");
        QCOMPARE(holidays->rowCount(), 7); // 元旦 … 国庆节, as 2026 has them
        QCOMPARE(holidays->item(1, 0)->text(), QStringLiteral("春节"));
        QVERIFY(!child<QPushButton>(&w, "calendarPublish")->isEnabled()); // no days yet: not valid
        const QStringList days = {QStringLiteral("01-01"), QStringLiteral("01-01"), QStringLiteral("02-06"),
                                  QStringLiteral("02-12"), QStringLiteral("04-05"), QStringLiteral("04-05"),
                                  QStringLiteral("05-01"), QStringLiteral("05-05"), QStringLiteral("06-09"),
                                  QStringLiteral("06-09"), QStringLiteral("09-15"), QStringLiteral("09-15"),
                                  QStringLiteral("10-01"), QStringLiteral("10-07")};
        for (int r = 0; r < 7; ++r)
            for (int c = 1; c <= 2; ++c)
                holidays->item(r, c)->setText(QStringLiteral("2027-") + days.at(r * 2 + c - 1));
        QTest::mouseClick(child<QPushButton>(&w, "workingAdd"), Qt::LeftButton);
        child<QTableWidget>(&w, "calendarWorkingDays")->item(0, 0)->setText(QStringLiteral("2027-02-20"));
        child<QLineEdit>(&w, "calendarSource")->setText(QStringLiteral("测试通知"));
        QVERIFY2(child<QPushButton>(&w, "calendarPublish")->isEnabled(),
                 qPrintable(child<QLabel>(&w, "calendarCheck")->text()));
        const QString diff = lines(child<QListWidget>(&w, "calendarDiff")).join(QLatin1Char('\n'));
        QVERIFY2(diff.contains(QStringLiteral("+ 春节 2027-02-06 – 2027-02-12")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("+ working day 2027-02-20")), qPrintable(diff));

        QSignalSpy published(w.holidays(), &HolidayPanel::published);
        answer([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return false;
            box->button(QMessageBox::Yes)->click();
            return true;
        });
        QTest::mouseClick(child<QPushButton>(&w, "calendarPublish"), Qt::LeftButton);
        QVERIFY2(published.wait(20000), qPrintable(child<QLabel>(&w, "consoleMessage")->text()));
        QTRY_VERIFY(!w.isBusy());
        QVERIFY(!child<QPushButton>(&w, "calendarPublish")->isEnabled()); // what desks hold now: nothing to publish

        sync(m_clerk);
        const SqlFromTest reading;
        auto cal = Warehouse(Test::openProfile(m_clerk), {}).calendar();
        QVERIFY_RESULT(cal);
        QVERIFY(cal->covers(2027));
        QCOMPARE(cal->holidayName(QDate(2027, 2, 8)), QStringLiteral("春节"));
        QCOMPARE(cal->isWorkingDay(QDate(2027, 2, 20)), std::optional<bool>(true)); // a Saturday worked
    }
};

QTEST_MAIN(TestTemplateConsole)
#include "testtemplateconsole.moc"
