#include "dossieractions.h"

#include "archive/volume.h"
#include "audithistorydialog.h"
#include "caseinfodialog.h"
#include "catalogueactions.h"
#include "deskjobs.h"
#include "domain/casenumber.h"
#include "dossierbrowser.h"
#include "dossiermodel.h"
#include "pipeline/scancapture.h"
#include "plugin/pluginhost.h"
#include "qcdialog.h"
#include "scanpanel.h"
#include "station/catalogueeditor.h"
#include "station/dbworker.h"
#include "station/pageassignment.h"
#include "station/pageintake.h"
#include "station/qualitycheck.h"
#include "sync/syncengine.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTreeView>

#include <algorithm>

namespace Dossier {

DossierActions::DossierActions(const DeskParts& desk)
    : QObject(desk.window), m_profile(desk.profile), m_db(desk.db), m_plugins(desk.plugins), m_browser(desk.browser),
      m_catalogue(desk.catalogue), m_jobs(desk.jobs), m_scanPanel(desk.scanPanel), m_window(desk.window),
      m_settings(desk.settings), m_jobRunning(desk.jobRunning)
{
    makePageActions();
    makeDossierActions();
}

void DossierActions::makePageActions()
{
    auto add = [this](const QString& text, const QString& name, const QKeySequence& key, PageOp op) {
        auto* a = new QAction(text, m_window);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, [this, op] { pageOperation(op); });
        return a;
    };
    const QList<QAction*> actions = {
        add(tr("Turn &right"), QStringLiteral("turnRight"), QKeySequence(Qt::CTRL | Qt::Key_R), PageOp::TurnRight),
        add(tr("Turn &left"), QStringLiteral("turnLeft"), QKeySequence(Qt::CTRL | Qt::Key_L), PageOp::TurnLeft),
        add(tr("Turn &upside down"), QStringLiteral("turn180"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            PageOp::Turn180),
        add(tr("&Insert a re-scanned page"), QStringLiteral("insertScan"), QKeySequence(Qt::CTRL | Qt::Key_F5),
            PageOp::InsertScan),
        add(tr("Re&place with a re-scanned page"), QStringLiteral("replaceScan"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
            PageOp::ReplaceScan),
        add(tr("Insert a page from a &file…"), QStringLiteral("insertFile"), QKeySequence(Qt::CTRL | Qt::Key_I),
            PageOp::InsertFile),
        add(tr("Replace with a page from a fil&e…"), QStringLiteral("replaceFile"),
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), PageOp::ReplaceFile)};
    m_pageActions = actions;
    m_browser->tree()->addActions(actions);
}

void DossierActions::pageOperation(PageOp op, const QString& givenFile)
{
    const QModelIndex cur = m_browser->tree()->currentIndex().siblingAtColumn(0);
    const qint64 page = cur.data(DossierModel::PageIdRole).toLongLong();
    const qint64 volume = cur.data(DossierModel::VolumeIdRole).toLongLong();
    const qint64 document = cur.data(DossierModel::DocumentIdRole).toLongLong();
    if (page <= 0 || volume <= 0) {
        Q_EMIT message(tr("Choose a page in the dossier tree first."), 6000);
        return;
    }
    if (m_jobRunning()) {
        Q_EMIT message(tr("Wait until the batch in progress is done."), 6000);
        return;
    }
    const bool fromFile = op == PageOp::InsertFile || op == PageOp::ReplaceFile;
    const bool fromScanner = op == PageOp::InsertScan || op == PageOp::ReplaceScan;
    QString file = givenFile;
    if (fromFile && file.isEmpty()) {
        file = QFileDialog::getOpenFileName(m_window, tr("Page from a file"), QString(),
                                            tr("Scans (*.jpg *.jpeg *.png *.tif *.tiff *.pdf);;All files (*)"));
        if (file.isEmpty())
            return;
    }
    if (fromScanner && m_scanPanel->device().isEmpty()) {
        Q_EMIT message(tr("No scanner is chosen."), 8000);
        return;
    }
    const int turns = op == PageOp::TurnRight ? 1 : op == PageOp::TurnLeft ? 3 : 2;
    const int position = cur.row(); // insert before the current page
    ScanSettings scan = m_scanPanel->settings();
    scan.maxPages = 1;
    const QString device = m_scanPanel->device();
    const QString folder = m_profile.filePath(QStringLiteral("incoming/rescan-")) +
                           QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    auto work = [=, plugins = m_plugins](PageIntake& intake, std::atomic_bool& cancel) -> Result<qint64> {
        if (fromFile)
            return intake.addFile(file);
        if (!fromScanner)
            return intake.turned(page, turns);
        auto source = plugins->load<ScanSource>(QStringLiteral("scan"));
        if (!source)
            return source.error();
        QDir().mkpath(folder);
        auto captured = ScanCapture::capture(*source, device, scan, folder, cancel);
        const Result<qint64> added =
            !captured                    ? Result<qint64>(captured.error())
            : !captured->files.isEmpty() ? intake.addFile(captured->files.first())
            : captured->stoppedBy
                ? Result<qint64>(*captured->stoppedBy)
                : Result<qint64>(Error(QStringLiteral("scan_empty"),
                                       QT_TRANSLATE_NOOP("Dossier::Error", "The scanner gave no page.")));
        QDir(folder).removeRecursively(); // the page is in the profile's store now, or not at all
        return added;
    };
    auto place = [=, this](const Result<qint64>& r) {
        if (!r) {
            Q_EMIT message(r.error().message(), 10000);
            QMessageBox::warning(m_window, tr("Page"), r.error().message());
            return;
        }
        const bool insert = op == PageOp::InsertFile || op == PageOp::InsertScan;
        const QString why = fromFile || fromScanner ? QStringLiteral("rescanned") : QStringLiteral("turned");
        m_catalogue->runEdit(
            volume,
            [=, id = *r](CatalogueEditor* e) {
                return insert ? e->insertPage(id, document, position) : e->replacePage(page, id, why);
            },
            *r, document);
        Q_EMIT message(insert                    ? tr("Page inserted.")
                       : fromFile || fromScanner ? tr("Page replaced; the old one is kept in the profile.")
                                                 : tr("Page turned."),
                       8000);
    };
    if (!m_jobs->runPageJob(fromScanner ? tr("Scanning one sheet from %1…").arg(device) : tr("Processing the page…"),
                            work, place))
        Q_EMIT message(tr("Wait until the batch in progress is done."), 6000);
}

void DossierActions::makeDossierActions()
{
    auto* details = new QAction(tr("Case &details…"), m_window);
    details->setObjectName(QStringLiteral("caseDetails"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(details, &QAction::triggered, this, &DossierActions::editCaseDetails);
    auto* qc = new QAction(tr("&Quality check and submit…"), m_window);
    qc->setObjectName(QStringLiteral("qualityCheck"));
    qc->setShortcut(Qt::Key_F9);
    connect(qc, &QAction::triggered, this, &DossierActions::openQualityCheck);
    auto* assign = new QAction(tr("&Assign pages to a case…"), m_window);
    assign->setObjectName(QStringLiteral("assignToCase"));
    assign->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(assign, &QAction::triggered, this, &DossierActions::assignToCase);
    auto* history = new QAction(tr("&History…"), m_window);
    history->setObjectName(QStringLiteral("auditHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(history, &QAction::triggered, this, &DossierActions::showHistory);
    m_dossierActions = {details, qc, assign, history};
    m_browser->tree()->addAction(assign);
    // Shown to the roles that may read a dossier's history (the account as the profile last knew it).
    m_db->run(
        history, [profile = m_profile] { return SyncEngine(profile).signedInAccount(); },
        [history](const SyncAccount& account) { history->setVisible(AuditHistory::maySee(account)); });
}

void DossierActions::showHistory()
{
    QString caseNo, dossierId;
    if (!m_browser->currentDossier(&caseNo, &dossierId)) {
        Q_EMIT message(tr("Choose a dossier in the tree first."), 6000);
        return;
    }
    m_db->run(
        this, [profile = m_profile] { return SyncEngine(profile).signedInAccount(); },
        [this, caseNo, dossierId](const SyncAccount& account) {
            if (!AuditHistory::maySee(account)) {
                QMessageBox::warning(m_window, tr("History"),
                                     tr("The role %1 may not read the history of dossiers.").arg(account.role));
                return;
            }
            auto* dialog = new AuditHistoryDialog(m_db, m_profile, caseNo, dossierId, m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void DossierActions::assignToCase()
{
    // The pages chosen under "Pages in no dossier"; that row itself stands for all of them.
    QList<qint64> pages;
    const QModelIndex root = m_browser->model()->unassignedRow();
    for (const QModelIndex& i : m_browser->tree()->selectionModel()->selectedRows(0)) {
        if (!i.data(DossierModel::UnassignedRole).toBool())
            continue;
        if (i == root)
            for (int r = 0; r < m_browser->model()->rowCount(root); ++r)
                pages << m_browser->model()->index(r, 0, root).data(DossierModel::PageIdRole).toLongLong();
        else
            pages << i.data(DossierModel::PageIdRole).toLongLong();
    }
    std::sort(pages.begin(), pages.end());
    pages.erase(std::unique(pages.begin(), pages.end()), pages.end());
    if (pages.isEmpty()) {
        Q_EMIT message(tr("Choose pages under “Pages in no dossier” first."), 6000);
        return;
    }
    bool ok = false;
    const QString entered =
        QInputDialog::getText(m_window, tr("Assign pages to a case"),
                              tr("The 案号 of the case these %1 pages belong to:").arg(pages.size()), QLineEdit::Normal,
                              QString(), &ok)
            .trimmed();
    if (!ok || entered.isEmpty())
        return;
    const auto cn = CaseNumber::parse(entered);
    if (!cn) {
        QMessageBox::warning(m_window, tr("Assign pages to a case"), cn.error().message());
        return;
    }
    const QString caseNo = cn->toString(); // as the tree shows it: （2024）…, not (2024)…
    auto assign = [profile = m_profile, pages, caseNo, tmpl = m_settings().templateId,
                   actor = m_settings().operatorOrUser()] {
        return assignPagesToCase(profile, pages, caseNo, tmpl, actor);
    };
    m_db->run(this, assign, [this, first = pages.first(), caseNo](const Result<int>& r) {
        if (!r) {
            QMessageBox::warning(m_window, tr("Assign pages to a case"), r.error().message());
            return;
        }
        Q_EMIT message(tr("Pages assigned to %1: %2 documents.").arg(caseNo).arg(*r), 10000);
        m_browser->reloadKeeping(first, 0);
    });
}

void DossierActions::editCaseDetails()
{
    QString caseNo, dossierId;
    if (!m_browser->currentDossier(&caseNo, &dossierId)) {
        Q_EMIT message(tr("Choose a dossier in the tree first."), 6000);
        return;
    }
    m_db->run(
        this,
        [profile = m_profile, caseNo, dossierId]() -> Result<CaseInfo> {
            auto v = Volume::load(profile, caseNo, dossierId);
            if (!v)
                return v.error();
            CaseInfo info = v->info;
            info.caseNo = caseNo;
            if (info.filedBy.isEmpty())
                info.filedBy = QualityCheck::operatorOf(profile, *v); // 立卷人: who digitised it, unless entered
            return info;
        },
        [this, caseNo](const Result<CaseInfo>& info) {
            if (!info) {
                QMessageBox::warning(m_window, tr("Case details"), info.error().message());
                return;
            }
            CaseInfoDialog dialog(*info, m_window);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_db->run(
                this,
                [profile = m_profile, caseNo, edited = dialog.info()] {
                    return Volume::saveCaseInfo(profile, caseNo, edited);
                },
                [this, caseNo](const Status& saved) {
                    if (!saved)
                        QMessageBox::warning(m_window, tr("Case details"), saved.error().message());
                    else
                        Q_EMIT message(tr("Case details of %1 saved.").arg(caseNo), 6000);
                });
        });
}

void DossierActions::openQualityCheck()
{
    QString caseNo, dossierId;
    if (!m_browser->currentDossier(&caseNo, &dossierId)) {
        Q_EMIT message(tr("Choose a dossier in the tree first."), 6000);
        return;
    }
    auto* dialog = new QcDialog(m_plugins, m_db, m_profile, m_settings(), caseNo, dossierId, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QcDialog::pageChosen, this, [this, dialog](qint64 page, bool rescan) {
        dialog->close(); // the page is acted on in the window; F9 opens the check again
        m_browser->reloadKeeping(page, 0, false, [this, page, rescan] {
            if (rescan && m_browser->currentPageId() == page)
                pageOperation(PageOp::ReplaceScan);
        });
    });
    connect(dialog, &QcDialog::submitted, this, [this](const QString& package) {
        Q_EMIT message(tr("Submitted: %1").arg(package), 15000);
        m_browser->reloadKeeping(0, 0);
    });
    dialog->open();
}

} // namespace Dossier
