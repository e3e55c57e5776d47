// The 中间库 desk on the real window (offscreen), its database on a real profile, the clock fixed: labels typed as a
// hand-held reader types them open the case — three scans in a row are all answered, in order; a loan entered in
// its dialog; return mode records a return per scan; the overdue list and the statutory clocks show what the
// records say.
#include "mockclock.h"
#include "movementdialog.h"
#include "station/warehouse.h"
#include "storage/database.h"
#include "testsupport.h"
#include "warehousewindow.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Dossier;

namespace {
const QStringList kCases = {QStringLiteral("（2026）苏0602民初100号"), QStringLiteral("（2026）苏0602民初101号"),
                            QStringLiteral("（2026）苏0602民初102号")};

QString label(int i)
{
    return QStringLiteral("DOSSIER-CASE|D%1|%2").arg(i).arg(kCases.at(i));
}

// Types as a hand-held reader does (a keyboard to the system): one key event a character, Han characters too
// (QTest::keyClicks takes only Latin-1).
void typeIn(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(c));
        QApplication::sendEvent(w, &press);
        QApplication::sendEvent(w, &release);
    }
}
} // namespace

class TestWarehouseWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Test::MockClock> m_clock;
    Profile m_profile;

    std::unique_ptr<WarehouseWindow> open()
    {
        auto w = std::make_unique<WarehouseWindow>(m_profile);
        w->show();
        QApplication::setActiveWindow(w.get());
        QSignalSpy lists(w.get(), &WarehouseWindow::listsRefreshed);
        if (!QTest::qWaitForWindowActive(w.get()) || !lists.wait(10000))
            return {};
        return w;
    }

    QAbstractItemModel* tableOf(WarehouseWindow* w, const char* name)
    {
        return w->findChild<QTableView*>(QLatin1String(name))->model();
    }
    static QString cell(QAbstractItemModel* m, int row, int column) { return m->index(row, column).data().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<Test::MockClock>(QDateTime(QDate(2026, 9, 21), QTime(2, 0), Qt::UTC));
        const SqlFromTest seeding;
        m_profile = Test::openProfile(m_tmp.filePath(QStringLiteral("p")));
        Warehouse w(m_profile, QStringLiteral("clerk"));
        for (int i = 0; i < kCases.size(); ++i) {
            Movement in;
            in.caseNo = kCases.at(i);
            in.kind = Movement::Kind::CheckIn;
            in.volumes = 1;
            in.location = QStringLiteral("A-03-2-%1").arg(i + 1);
            QVERIFY_RESULT(w.record(in));
        }
        // an appeal received on Wednesday 09-23 … the desk's day is 09-21 now: recorded when it happens, below
    }

    void cleanupTestCase() { m_clock.reset(); }

    void scansAreAllAnswered()
    {
        auto w = open();
        QVERIFY(w);
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("scanField"));
        QVERIFY(field && field->hasFocus());
        QSignalSpy shown(w.get(), &WarehouseWindow::caseShown);
        for (int i = 0; i < kCases.size(); ++i) { // as fast as a reader types, no wait between
            typeIn(field, label(i));
            QTest::keyClick(field, Qt::Key_Return);
            QVERIFY(field->text().isEmpty());
        }
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 10000);
        for (int i = 0; i < kCases.size(); ++i)
            QCOMPARE(shown.at(i).at(0).toString(), kCases.at(i));
        QCOMPARE(w->pendingScans(), 0);
        QCOMPARE(w->findChild<QLabel*>(QStringLiteral("caseTitle"))->text(), kCases.at(2));
        QVERIFY(w->findChild<QLabel*>(QStringLiteral("paperDetails"))->text().contains(QStringLiteral("A-03-2-3")));
        // a label that names no case: told, nothing shown changes
        QTest::keyClicks(field, QStringLiteral("DOSSIER-CASE|X|not a case"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY(!w->findChild<QLabel*>(QStringLiteral("scanMessage"))->text().isEmpty() && !w->isBusy());
        QCOMPARE(w->shownCase(), kCases.at(2));
    }

    // Ctrl+L on the shown case: the loan dialog, its borrower typed; then return mode returns it by its label.
    void lendThenReturnByScan()
    {
        auto w = open();
        QVERIFY(w);
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("scanField"));
        QSignalSpy shown(w.get(), &WarehouseWindow::caseShown);
        typeIn(field, label(0));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        bool answered = false;
        QTimer::singleShot(300, this, [&answered] {
            auto* dialog = qobject_cast<MovementDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* holder = dialog->findChild<QLineEdit*>(QStringLiteral("holder"));
            QVERIFY(holder);
            typeIn(holder, QStringLiteral("王法官"));
            answered = true;
            dialog->accept();
        });
        QTest::keyClick(w.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(
            answered && !w->isBusy() &&
                w->findChild<QLabel*>(QStringLiteral("paperDetails"))->text().contains(QStringLiteral("王法官")),
            10000);
        {
            const SqlFromTest reading;
            auto view = Warehouse(m_profile, {}).find(kCases.at(0));
            QVERIFY_RESULT(view);
            QCOMPARE(view->state.status, PaperState::Status::Lent);
            QCOMPARE(view->state.due, QDate(2026, 10, 5)); // the dialog's default: two weeks
        }
        // return mode: F6, then the label
        QApplication::setActiveWindow(w.get()); // back from the dialog
        QTest::keyClick(field, Qt::Key_F6);
        QCOMPARE(w->findChild<QComboBox*>(QStringLiteral("scanMode"))->currentIndex(), 1);
        typeIn(field, label(0));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            !w->isBusy() &&
                w->findChild<QLabel*>(QStringLiteral("scanMessage"))->text().contains(QStringLiteral("A-03-2-1")),
            10000);
        const SqlFromTest reading;
        QCOMPARE(Warehouse(m_profile, {}).find(kCases.at(0))->state.status, PaperState::Status::In);
    }

    // A loan past due on the overdue list; an appeal's handover clock due soon, then overdue, on the dashboard.
    void overdueAndClocks()
    {
        {
            const SqlFromTest seeding;
            Warehouse w(m_profile, QStringLiteral("clerk"));
            Movement loan;
            loan.caseNo = kCases.at(1);
            loan.kind = Movement::Kind::Lend;
            loan.holder = QStringLiteral("李法官");
            loan.due = QDate(2026, 9, 22);
            QVERIFY_RESULT(w.record(loan));
            m_clock->set(QDateTime(QDate(2026, 9, 24), QTime(2, 0), Qt::UTC));
            QVERIFY_RESULT(w.addEvent(kCases.at(2), QStringLiteral("appeal_received"), QDate(2026, 9, 23)));
        }
        auto w = open();
        QVERIFY(w);
        auto* overdue = tableOf(w.get(), "overdueTable");
        QCOMPARE(overdue->rowCount(), 1);
        QCOMPARE(cell(overdue, 0, 0), kCases.at(1));
        QCOMPARE(cell(overdue, 0, 3), QStringLiteral("2"));
        auto* holders = w->findChild<QComboBox*>(QStringLiteral("holderFilter"));
        QCOMPARE(holders->count(), 2); // all borrowers, and the one with a loan past due
        QCOMPARE(holders->itemText(1), QStringLiteral("李法官"));
        auto* clocks = tableOf(w.get(), "clockTable");
        QCOMPARE(clocks->rowCount(), 1);
        QCOMPARE(cell(clocks, 0, 3), QStringLiteral("2026-09-28")); // 5 days from 09-23: Monday 09-28
        QCOMPARE(cell(clocks, 0, 4), QStringLiteral("4"));
        m_clock->set(QDateTime(QDate(2026, 9, 29), QTime(2, 0), Qt::UTC));
        QSignalSpy lists(w.get(), &WarehouseWindow::listsRefreshed);
        w->refreshLists();
        QVERIFY(lists.wait(10000));
        QCOMPARE(cell(clocks, 0, 4), QStringLiteral("-1"));
        QCOMPARE(cell(clocks, 0, 5), QCoreApplication::translate("Dossier::WarehouseWindow", "overdue"));
    }

    // Ctrl+T on the shown case: the event dialog; a case closed today starts the two-month closing-notice clock.
    void anEventStartsAClock()
    {
        auto w = open();
        QVERIFY(w);
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("scanField"));
        QSignalSpy shown(w.get(), &WarehouseWindow::caseShown);
        typeIn(field, label(0));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        QTimer::singleShot(300, this, [] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog && dialog->objectName() == QLatin1String("eventDialog"));
            auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("eventKind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("case_closed")));
            dialog->accept();
        });
        QSignalSpy lists(w.get(), &WarehouseWindow::listsRefreshed);
        QTest::keyClick(field, Qt::Key_T, Qt::ControlModifier);
        QVERIFY(lists.wait(10000));
        auto* clocks = tableOf(w.get(), "clockTable");
        bool found = false;
        for (int r = 0; r < clocks->rowCount(); ++r)
            found |= cell(clocks, r, 0) == kCases.at(0) && cell(clocks, r, 3) == QStringLiteral("2026-11-30");
        QVERIFY2(found, "closed on 09-29 (the clock's day): notice due two months on, 11-29, a Sunday → 11-30");
    }

    // A judge's loan request (as sync brings it): listed under 借阅申请; Ctrl+L lends to who asked, and the request
    // closes.
    void aRequestIsHandedOut()
    {
        {
            const SqlFromTest seeding;
            Movement ask;
            ask.caseNo = kCases.at(2);
            ask.kind = Movement::Kind::Request;
            ask.holder = QStringLiteral("judge_zhao");
            ask.purpose = QStringLiteral("合议");
            QVERIFY_RESULT(Warehouse(m_profile, QStringLiteral("judge_zhao")).record(ask));
        }
        auto w = open();
        QVERIFY(w);
        auto* requests = tableOf(w.get(), "requestTable");
        QCOMPARE(requests->rowCount(), 1);
        QCOMPARE(cell(requests, 0, 1), QStringLiteral("judge_zhao"));
        auto* field = w->findChild<QLineEdit*>(QStringLiteral("scanField"));
        QSignalSpy shown(w.get(), &WarehouseWindow::caseShown);
        typeIn(field, label(2));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(shown.wait(10000));
        QString holder;
        QTimer::singleShot(300, this, [&holder] {
            auto* dialog = qobject_cast<MovementDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            holder = dialog->findChild<QLineEdit*>(QStringLiteral("holder"))->text();
            dialog->accept();
        });
        QSignalSpy lists(w.get(), &WarehouseWindow::listsRefreshed);
        QTest::keyClick(field, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(lists.wait(10000));
        QCOMPARE(holder, QStringLiteral("judge_zhao"));
        QCOMPARE(requests->rowCount(), 0);
    }
};

QTEST_MAIN(TestWarehouseWindow)
#include "testwarehousewindow.moc"
