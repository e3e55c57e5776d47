// dossier_screens --out DIR [--corpus DIR]: the workstation's screens in Chinese, each photographed from the X
// server it runs on (`import -window root`), then scaled down. Run by scripts/screenshots.sh under Xvfb.
#include "archive/volume.h"
#include "caseinfodialog.h"
#include "common/clock.h"
#include "common/i18n.h"
#include "domain/recordschema.h"
#include "mainwindow.h"
#include "pipeline/batchrunner.h"
#include "qcdialog.h"
#include "readernotes.h"
#include "readersearch.h"
#include "readerview.h"
#include "readerwindow.h"
#include "settingsdialog.h"
#include "station/notebook.h"
#include "station/printforms.h"
#include "station/warehouse.h"
#include "storage/database.h"
#include "storage/syncrepository.h"
#include "sync/syncengine.h"
#include "sync/syncrecords.h"
#include "syncconflictsdialog.h"
#include "testsupport.h"
#include "warehousewindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProcess>
#include <QScreen>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

using namespace Dossier;

namespace {

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        wait(100);
    }
    return true;
}

// Photographs the whole X screen and writes a scaled PNG.
bool shoot(const QString& outDir, const QString& name, int width = 1100)
{
    wait(1200); // let the screen settle (images are decoded in the background)
    const QString raw = QDir(outDir).filePath(name + QStringLiteral("-raw.png"));
    const QString png = QDir(outDir).filePath(name + QStringLiteral(".png"));
    if (QProcess::execute(QStringLiteral("import"), {QStringLiteral("-window"), QStringLiteral("root"), raw}) != 0)
        return false;
    const int rc =
        QProcess::execute(QStringLiteral("convert"),
                          {raw, QStringLiteral("-resize"), QStringLiteral("%1x").arg(width), QStringLiteral("+dither"),
                           QStringLiteral("-colors"), QStringLiteral("96"), QStringLiteral("-strip"),
                           QStringLiteral("-define"), QStringLiteral("png:compression-level=9"), png});
    QFile::remove(raw);
    std::printf("%s %s\n", rc == 0 ? "wrote" : "FAILED", qPrintable(png));
    return rc == 0;
}

// A judge's notes on the first case: a highlight and a box on its first pages, reading notes citing them.
void writeNotes(const Profile& profile, const QString& caseNo)
{
    auto volume = Volume::loadMain(profile, caseNo, Volume::Detail::Reading);
    if (!volume || volume->pages.size() < 3)
        return;
    NoteBook book(profile, QStringLiteral("陈静"));
    // a region over lines `from`…`to` of a page's recognised text
    auto lines = [&](int page, int from, int to) {
        QRect r;
        const QList<OcrLine>& l = volume->pages.at(page).ocr.lines;
        for (int i = from; i <= to && i < l.size(); ++i)
            r = r.isNull() ? l.at(i).box : r.united(l.at(i).box);
        return r;
    };
    auto note = [&](Note::Kind kind, int page, QRect box, const QString& text, const QString& colour) {
        Note n;
        n.caseNo = caseNo;
        n.kind = kind;
        n.pageId = page >= 0 ? volume->pages.at(page).id : 0;
        n.box = box;
        n.text = text;
        n.colour = colour;
        if (kind == Note::Kind::Fact)
            n.status = Note::Status::Disputed;
        auto added = book.add(n);
        return added ? added->uid : QString();
    };
    const QString claim =
        note(Note::Kind::Highlight, 0, lines(0, 5, 5), QStringLiteral("诉讼请求金额"), QStringLiteral("yellow"));
    const QString service =
        note(Note::Kind::Box, 1, lines(1, 5, 6), QStringLiteral("送达是否合法"), QStringLiteral("red"));
    Note focus;
    focus.caseNo = caseNo;
    focus.kind = Note::Kind::Focus;
    focus.text = QStringLiteral("被告是否拖欠劳务费及金额");
    focus.links = {claim};
    static_cast<void>(book.add(focus)); // a screenshot without it still shows the rest
    note(Note::Kind::Fact, 0, {}, QStringLiteral("双方存在劳务合同关系"), QStringLiteral("green"));
    Note question;
    question.caseNo = caseNo;
    question.kind = Note::Kind::Question;
    question.text = QStringLiteral("询问原告劳务起止时间及结算方式");
    question.links = {service};
    static_cast<void>(book.add(question)); // as above
}

// The judge's reader: the outline and a page with its search hits; the annotation list; the reading notes.
bool shootReader(const Profile& profile, const QString& outDir)
{
    const QString caseNo = QStringLiteral("（2024）苏0602民初8411号");
    writeNotes(profile, caseNo);
    {
        SyncRepository repo(profile.database()); // the notes are this user's
        static_cast<void>(repo.setSetting(QStringLiteral("sync.user"), QStringLiteral("陈静"))); // shown empty else
    }
    ReaderWindow r(profile);
    r.setGeometry(QApplication::primaryScreen()->availableGeometry());
    r.show();
    r.openCase(caseNo);
    if (!waitFor([&] { return r.volume() != nullptr && !r.isBusy(); }, 60000))
        return false;
    r.searchPanel()->search(QStringLiteral("原告"));
    waitFor([&] { return !r.isBusy(); }, 30000);
    bool ok = shoot(outDir, QStringLiteral("reader-search"));
    auto* tabs = r.findChild<QTabWidget*>(QStringLiteral("readerRightTabs"));
    tabs->setCurrentIndex(1);
    r.searchPanel()->search(QString());
    r.view()->goToSheet(r.volume()->sheetOfPlace({0, 2}));
    ok &= shoot(outDir, QStringLiteral("reader-annotations"));
    if (auto* notes = r.findChild<QTabWidget*>(QStringLiteral("readerNotesTabs")))
        notes->setCurrentIndex(1);
    r.findChild<QTabWidget*>(QStringLiteral("readerLeftTabs"))->setCurrentIndex(1);
    r.view()->setTwoUp(true);
    ok &= shoot(outDir, QStringLiteral("reader-notes"));
    return ok;
}

// The 中间库 desk: a morning's paper checked in, lent and checked out over the last weeks, case events of an appeal
// and of closed cases; the case scanned, with its history, beside the statutory periods; then today's ledger.
bool shootWarehouse(const Profile& profile, const QString& outDir)
{
    const QDate today = Clock::today();
    Warehouse wh(profile, QStringLiteral("王敏"));
    const auto at = [&today](int daysAgo) { return QDateTime(today.addDays(-daysAgo), QTime(9, 30)).toUTC(); };
    const QStringList cases{QStringLiteral("（2024）苏0602民初8411号"), QStringLiteral("（2025）苏0602民初1207号"),
                            QStringLiteral("（2025）苏0602民初1533号"), QStringLiteral("（2026）苏0602民初212号"),
                            QStringLiteral("（2026）苏0602刑初45号"),   QStringLiteral("（2026）苏0602执恢88号")};
    for (int i = 0; i < cases.size(); ++i) {
        Movement in;
        in.caseNo = cases.at(i);
        in.kind = Movement::Kind::CheckIn;
        in.at = at(20 - i);
        in.volumes = 1 + i % 3;
        in.location = QStringLiteral("A-03-%1-%2").arg(2 + i / 3).arg(15 + i);
        in.items = i % 2 ? QStringList() : QStringList{QStringLiteral("证据原件")};
        static_cast<void>(wh.record(in)); // shown as it is: a refused one would only be missing from the picture
    }
    const auto lend = [&](int c, const QString& to, int daysAgo, int dueIn, const QString& purpose) {
        Movement m;
        m.caseNo = cases.at(c);
        m.kind = Movement::Kind::Lend;
        m.at = at(daysAgo);
        m.holder = to;
        m.due = today.addDays(dueIn);
        m.purpose = purpose;
        static_cast<void>(wh.record(m)); // as above
    };
    lend(1, QStringLiteral("王法官"), 11, -4, QStringLiteral("庭前阅卷"));
    lend(3, QStringLiteral("李法官"), 2, 10, QString());
    lend(0, QStringLiteral("张法官"), 0, 5, QStringLiteral("合议"));
    Movement out;
    out.caseNo = cases.at(4);
    out.kind = Movement::Kind::CheckOut;
    out.reason = Movement::Reason::OfflineTrial;
    out.approval = QStringLiteral("审批〔2026〕17号");
    out.holder = QStringLiteral("刑事审判庭");
    static_cast<void>(wh.record(out));                                                                 // as above
    static_cast<void>(wh.addEvent(cases.at(0), QStringLiteral("appeal_received"), today.addDays(-4))); // as above
    static_cast<void>(wh.addEvent(cases.at(2), QStringLiteral("case_closed"), today.addDays(-56)));    // as above
    static_cast<void>(wh.addEvent(cases.at(5), QStringLiteral("case_closed"), today.addDays(-66)));    // as above
    static_cast<void>(
        wh.addEvent(cases.at(5), QStringLiteral("closing_notice_received"), today.addDays(-8))); // as above
    WarehouseWindow w(profile);
    w.setGeometry(QApplication::primaryScreen()->availableGeometry());
    w.show();
    if (!waitFor([&] { return !w.isBusy(); }, 30000))
        return false;
    w.scan(QStringLiteral("DOSSIER-CASE|D011000|") + cases.at(0));
    waitFor([&] { return !w.isBusy() && !w.shownCase().isEmpty(); }, 30000);
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("warehouseTabs"));
    tabs->setCurrentIndex(2); // the statutory periods
    bool ok = shoot(outDir, QStringLiteral("warehouse"));
    tabs->setCurrentIndex(0);
    ok &= shoot(outDir, QStringLiteral("warehouse-overdue"));
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dossier"));
    QCommandLineParser p;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where the PNGs go."), QStringLiteral("DIR"),
                                 QStringLiteral("docs/screenshots"));
    const QCommandLineOption corpus(QStringLiteral("corpus"), QStringLiteral("The shared corpus."),
                                    QStringLiteral("DIR"), QStringLiteral(DOSSIER_CORPUS_DEFAULT));
    p.addOptions({out, corpus});
    p.process(app);
    I18n::install(QStringLiteral("zh_CN"));
    const QString outDir = QDir(p.value(out)).absolutePath();
    QDir().mkpath(outDir);
    QTemporaryDir tmp;

    StationSettings s;
    s.operatorName = QStringLiteral("王敏");
    s.archiveTargets = {tmp.filePath(QStringLiteral("备份1")), tmp.filePath(QStringLiteral("备份2")),
                        tmp.filePath(QStringLiteral("备份3"))};
    const Profile profile = Test::openProfile(tmp.filePath(QStringLiteral("profile")));
    s.save(profile);
    MainWindow w(profile);
    w.setGeometry(QApplication::primaryScreen()->availableGeometry()); // no window manager under Xvfb
    w.show();
    wait(500);

    // A morning's batch: separator sheets, complaints, notices, evidence.
    QStringList pages;
    const QDir batch(p.value(corpus) + QStringLiteral("/plain/batch-01"));
    for (const QString& f :
         batch.entryList({QStringLiteral("*.jpg"), QStringLiteral("*.tif")}, QDir::Files, QDir::Name).mid(0, 12))
        pages << batch.filePath(f);
    w.importPaths(pages);
    if (!waitFor([&] { return !w.isBusy(); }, 300000)) {
        std::fprintf(stderr, "the import did not finish\n");
        return 1;
    }
    auto* tree = w.findChild<QTreeView*>(QStringLiteral("dossierTree"));
    tree->expandAll();
    const QModelIndex dossier = tree->model()->index(0, 0);
    const QModelIndex doc = tree->model()->index(0, 0, dossier);
    tree->setCurrentIndex(tree->model()->index(0, 0, doc));
    auto* text = w.findChild<QPlainTextEdit*>(QStringLiteral("pageText"));
    QTextCursor c = text->textCursor();
    c.movePosition(QTextCursor::Start);
    c.movePosition(QTextCursor::NextBlock, QTextCursor::MoveAnchor, 3);
    text->setTextCursor(c);
    if (auto* field = w.findChild<QLineEdit*>(QStringLiteral("caseNumber")))
        field->setText(QStringLiteral("（2024）苏0602民初8412号")); // the next case to scan
    bool ok = shoot(outDir, QStringLiteral("main-window"));

    // The document camera dock (no camera on this machine: it says so).
    w.findChild<QAction*>(QStringLiteral("showCamera"))->trigger();
    ok &= shoot(outDir, QStringLiteral("camera"));
    w.findChild<QAction*>(QStringLiteral("showCamera"))->trigger();

    // Quality check: the automatic checks and the sample for a second person.
    w.openQualityCheck();
    wait(300);
    if (auto* qc = w.findChild<QcDialog*>()) {
        ok &= shoot(outDir, QStringLiteral("quality-check"));
        qc->close();
    }

    QString caseNo, dossierId;
    w.currentDossier(&caseNo, &dossierId);
    auto volume = Volume::load(Test::openProfile(w.profileDir()), caseNo, dossierId);
    if (volume) {
        CaseInfo info = volume->info;
        info.caseNo = caseNo;
        CaseInfoDialog details(info, &w);
        details.show();
        ok &= shoot(outDir, QStringLiteral("case-details"));
    }

    SettingsDialog settings(w.settings(), &w);
    settings.show();
    ok &= shoot(outDir, QStringLiteral("settings"));
    settings.close();

    // A document retitled on two desks while offline: the status bar, the tree and the review dialog.
    {
        QSqlDatabase db = Test::openProfile(w.profileDir()).database();
        (void)execSql(db, QStringLiteral("UPDATE documents SET uid='screens-doc' WHERE id = "
                                         "(SELECT id FROM documents ORDER BY position LIMIT 1 OFFSET 1)"));
        auto mine = localRecords(db, QStringLiteral("document"), QStringLiteral("screens-doc"));
        if (mine && !mine->isEmpty()) {
            QJsonObject other = mine->constFirst().body;
            other[QStringLiteral("title")] =
                other.value(QStringLiteral("title")).toString() + QStringLiteral("（补充）");
            (void)execSql(
                db,
                QStringLiteral("INSERT INTO sync_conflicts(kind, rec_id, kept_body, other_body, other_from, at) "
                               "VALUES('document', 'screens-doc', '{}', ?, '李娜', ?)"),
                {QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact)),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
        }
        w.refreshSyncState();
        tree->expandAll();
        w.openSyncConflicts();
        wait(800);
        if (auto* review = w.findChild<SyncConflictsDialog*>()) {
            ok &= shoot(outDir, QStringLiteral("sync-conflicts"));
            review->close();
        }
    }

    // A sync that set a record from the server aside: the line in the status bar and why.
    {
        SyncSummary summary;
        summary.pulled = 12;
        summary.setAside = 1;
        const Error why(QStringLiteral("record_invalid"),
                        QT_TRANSLATE_NOOP("Dossier::Error", "A %1 record's field \"%2\" is not valid: %3."),
                        {RecordSchema::kindName(QStringLiteral("page")), QStringLiteral("format"),
                         QCoreApplication::translate("Dossier::Error", "not an image format")});
        summary.problems << QCoreApplication::translate("Dossier::SyncEngine", "A %1 of %2 was set aside: %3")
                                .arg(RecordSchema::kindName(QStringLiteral("page")),
                                     QStringLiteral("（2024）苏0602民初8411号"), why.message());
        w.finishSync(summary);
        wait(800);
        ok &= shoot(outDir, QStringLiteral("sync-set-aside"));
        if (auto* box = w.findChild<QMessageBox*>(QStringLiteral("importProblem")))
            box->close();
    }

    // Separator sheets for the next cases, in the print preview.
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, &w);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &w, [&](QPrinter* pr) {
        (void)PrintForms::separatorSheets(pr, {{QStringLiteral("（2024）苏0602民初8412号"), QStringLiteral("D100002"),
                                                QStringLiteral("南通市崇川区人民法院")},
                                               {QStringLiteral("（2024）苏0602民初8413号"), QStringLiteral("D100003"),
                                                QStringLiteral("南通市崇川区人民法院")}});
    });
    preview.resize(1100, 800);
    preview.show();
    ok &= shoot(outDir, QStringLiteral("print-preview"));
    preview.close();
    w.hide();
    ok &= shootReader(profile, outDir);
    ok &= shootWarehouse(profile, outDir);
    return ok ? 0 : 1;
}
