#include "warehousewindow.h"

#include "archive/volume.h"
#include "camerapanel.h"
#include "common/clock.h"
#include "domain/casenumber.h"
#include "movementdialog.h"
#include "station/dbworker.h"
#include "station/printforms.h"
#include "stationsettings.h"
#include "synccontroller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Dossier {
namespace {

// A case's look-up as the worker does it: in return mode, the return of lent paper recorded first.
struct Scanned
{
    Result<Warehouse::View> view = Error();
    bool returned = false;
};

Scanned lookUp(const Profile& profile, const QString& user, const QString& code, bool returning)
{
    Warehouse w(profile, user);
    Scanned out{w.find(code), false};
    if (!returning || !out.view || out.view->state.status != PaperState::Status::Lent)
        return out;
    Movement back;
    back.caseNo = out.view->caseNo;
    back.kind = Movement::Kind::Return;
    if (auto done = w.record(back); !done) {
        out.view = done.error();
        return out;
    }
    out.view = w.find(code);
    out.returned = true;
    return out;
}

QString statusColour(PaperState::Status s)
{
    switch (s) {
    case PaperState::Status::In:
        return QStringLiteral("#2e7d32");
    case PaperState::Status::Lent:
        return QStringLiteral("#e65100");
    case PaperState::Status::Out:
        return QStringLiteral("#1565c0");
    case PaperState::Status::Unknown:
        break;
    }
    return QStringLiteral("#757575");
}

} // namespace

WarehouseWindow::WarehouseWindow(Profile profile, QWidget* parent)
    : QMainWindow(parent), m_profile(std::move(profile)), m_worker(new DbWorker(this))
{
    setObjectName(QStringLiteral("warehouseWindow"));
    setWindowTitle(tr("Intermediate warehouse — Dossier Workstation"));
    resize(1400, 900);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    buildScanBar(central);
    auto* split = new QSplitter(Qt::Horizontal, central);
    split->addWidget(buildCaseCard());
    buildTabs();
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    layout->addWidget(split, 1);
    setCentralWidget(central);
    m_sync = new SyncController(
        m_profile, m_worker, this, [profile = m_profile] { return StationSettings::load(profile); }, this);
    m_sync->setCanStart([this] { return m_pendingScans == 0; });
    connect(m_sync, &SyncController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncController::runningChanged, this, [this](bool running) {
        if (!running)
            refreshLists(); // other desks' movements arrived
    });
    buildActions();
    buildCameraDock();
    m_worker->run(
        this, [profile = m_profile] { return Warehouse::forDesk(profile); },
        [this](const Result<Warehouse>& w) {
            if (!w) { // who records cannot be told: nothing is recorded, and the clerk is told why
                m_scanField->setEnabled(false);
                return tell(w.error().message(), true);
            }
            m_warehouse.emplace(*w);
            refreshLists();
        });
    tell(tr("Scan a case label or type a case number (案号), then Enter."));
    m_scanField->setFocus();
}

WarehouseWindow::~WarehouseWindow()
{
    m_worker->waitForDone();
}

bool WarehouseWindow::isBusy() const
{
    return !m_worker->isIdle() || m_pendingScans > 0;
}

void WarehouseWindow::buildScanBar(QWidget* parent)
{
    auto* bar = new QHBoxLayout;
    m_modeBox = new QComboBox(parent);
    m_modeBox->setObjectName(QStringLiteral("scanMode"));
    m_modeBox->addItems({tr("Look up"), tr("Return each scanned"), tr("Inventory")});
    m_modeBox->setToolTip(
        tr("What a scan does (F5 look up, F6 return, F7 inventory); F9 scans by the document camera"));
    connect(m_modeBox, &QComboBox::currentIndexChanged, this, [this](int i) { setScanMode(static_cast<ScanMode>(i)); });
    m_scanField = new QLineEdit(parent);
    m_scanField->setObjectName(QStringLiteral("scanField"));
    m_scanField->setPlaceholderText(tr("Scan a case label or type a case number (案号)"));
    QFont big = m_scanField->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scanField->setFont(big);
    connect(m_scanField, &QLineEdit::returnPressed, this, [this] {
        const QString code = m_scanField->text();
        m_scanField->clear(); // free at once for the next scan
        scan(code);
    });
    m_queueLabel = new QLabel(parent);
    m_queueLabel->setObjectName(QStringLiteral("scanQueue"));
    m_message = new QLabel(parent);
    m_message->setObjectName(QStringLiteral("scanMessage"));
    m_message->setWordWrap(true);
    bar->addWidget(m_modeBox);
    bar->addWidget(m_scanField, 1);
    bar->addWidget(m_queueLabel);
    static_cast<QVBoxLayout*>(parent->layout())->addLayout(bar);
    static_cast<QVBoxLayout*>(parent->layout())->addWidget(m_message);
}

QWidget* WarehouseWindow::buildCaseCard()
{
    auto* card = new QWidget(this);
    auto* v = new QVBoxLayout(card);
    m_caseTitle = new QLabel(tr("No case shown"), card);
    m_caseTitle->setObjectName(QStringLiteral("caseTitle"));
    QFont f = m_caseTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    m_caseTitle->setFont(f);
    m_status = new QLabel(card);
    m_status->setObjectName(QStringLiteral("paperStatus"));
    m_details = new QLabel(card);
    m_details->setObjectName(QStringLiteral("paperDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_conflicts = new QLabel(card);
    m_conflicts->setObjectName(QStringLiteral("paperConflicts"));
    m_conflicts->setStyleSheet(QStringLiteral("color:#b71c1c"));
    m_conflicts->setWordWrap(true);
    m_history = new QTableWidget(0, 5, card);
    m_history->setObjectName(QStringLiteral("paperHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Movement"), tr("By"), tr("To / place"), tr("Note")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->verticalHeader()->hide();
    for (QWidget* w : std::initializer_list<QWidget*>{m_caseTitle, m_status, m_details, m_conflicts})
        v->addWidget(w);
    v->addWidget(new QLabel(tr("History"), card));
    v->addWidget(m_history, 1);
    return card;
}

void WarehouseWindow::buildActions()
{
    auto* bar = addToolBar(tr("Warehouse"));
    bar->setObjectName(QStringLiteral("warehouseToolBar"));
    bar->setMovable(false);
    const struct
    {
        Movement::Kind kind;
        QKeySequence keys;
        const char* name;
    } moves[] = {{Movement::Kind::CheckIn, QKeySequence(Qt::CTRL | Qt::Key_I), "checkin"},
                 {Movement::Kind::Lend, QKeySequence(Qt::CTRL | Qt::Key_L), "lend"},
                 {Movement::Kind::Return, QKeySequence(Qt::CTRL | Qt::Key_R), "return"},
                 {Movement::Kind::CheckOut, QKeySequence(Qt::CTRL | Qt::Key_O), "checkout"},
                 {Movement::Kind::Move, QKeySequence(Qt::CTRL | Qt::Key_M), "move"},
                 {Movement::Kind::Supplement, QKeySequence(Qt::CTRL | Qt::Key_U), "supplement"},
                 {Movement::Kind::Recall, QKeySequence(Qt::CTRL | Qt::Key_E), "recall"}};
    for (const auto& m : moves) {
        auto* a = bar->addAction(
            QStringLiteral("%1 (%2)").arg(Movement::kindName(m.kind), m.keys.toString(QKeySequence::NativeText)));
        a->setObjectName(QLatin1String(m.name));
        a->setShortcut(m.keys);
        connect(a, &QAction::triggered, this, [this, kind = m.kind] { startMovement(kind); });
    }
    auto* event = bar->addAction(tr("Case event (Ctrl+T)"));
    event->setObjectName(QStringLiteral("caseEvent"));
    event->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(event, &QAction::triggered, this, &WarehouseWindow::startEvent);
    bar->addSeparator();
    auto* sync = bar->addAction(tr("Sync (F8)"));
    sync->setShortcut(QKeySequence(Qt::Key_F8));
    connect(sync, &QAction::triggered, m_sync, &SyncController::sync);
    for (int i = 0; i < 3; ++i) {
        auto* mode = new QAction(this);
        mode->setShortcut(QKeySequence(Qt::Key_F5 + i));
        connect(mode, &QAction::triggered, this, [this, i] { m_modeBox->setCurrentIndex(i); });
        addAction(mode);
    }
    auto* focus = new QAction(this);
    focus->setShortcut(QKeySequence(Qt::Key_F2));
    connect(focus, &QAction::triggered, m_scanField, qOverload<>(&QWidget::setFocus));
    addAction(focus);
}

// F9: a case label (一案一码) or separator sheet shown to the document camera is scanned as a hand-held reader's would
// be. The camera panel (and Qt Multimedia with it) is made the first time the dock is shown.
void WarehouseWindow::buildCameraDock()
{
    auto* dock = new QDockWidget(tr("Scan by camera"), this);
    dock->setObjectName(QStringLiteral("warehouseCameraDock"));
    QAction* toggle = dock->toggleViewAction();
    toggle->setShortcut(Qt::Key_F9);
    addAction(toggle);
    connect(dock, &QDockWidget::visibilityChanged, this, [this, dock](bool visible) {
        if (!visible || dock->widget())
            return;
        auto* camera = new CameraPanel(dock);
        dock->setWidget(camera);
        connect(camera, &CameraPanel::caseShown, this, [this](const QString& caseNo) {
            if (caseNo == m_lastCameraCase)
                return; // the same label still in front of the camera
            m_lastCameraCase = caseNo;
            scan(caseNo);
        });
    });
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    dock->hide();
}

void WarehouseWindow::setScanMode(ScanMode mode)
{
    m_mode = mode;
    if (m_modeBox->currentIndex() != int(mode))
        m_modeBox->setCurrentIndex(int(mode));
    if (mode == ScanMode::Inventory) {
        m_tabs->setCurrentIndex(m_tabs->count() - 1);
        tell(tr("Inventory: scan every label on the shelf, then press Check."));
    } else {
        tell(mode == ScanMode::Return ? tr("Return mode: every label scanned records the paper's return.")
                                      : tr("Scan a case label or type a case number (案号), then Enter."));
    }
    m_scanField->setFocus();
}

void WarehouseWindow::scan(const QString& typed)
{
    const QString code = typed.trimmed();
    if (code.isEmpty() || !m_warehouse)
        return;
    if (m_mode == ScanMode::Inventory) {
        m_inventoryScans << code;
        m_inventoryCount->setText(tr("%n label(s) scanned", nullptr, int(m_inventoryScans.size())));
        return;
    }
    ++m_pendingScans;
    m_queueLabel->setText(tr("%n waiting", nullptr, m_pendingScans));
    m_worker->run(
        this,
        [profile = m_profile, user = m_warehouse->user(), code, returning = m_mode == ScanMode::Return] {
            return lookUp(profile, user, code, returning);
        },
        [this, code](const Scanned& s) {
            --m_pendingScans;
            m_queueLabel->setText(m_pendingScans > 0 ? tr("%n waiting", nullptr, m_pendingScans) : QString());
            if (!s.view) {
                QApplication::beep();
                tell(s.view.error().message(), true);
                return;
            }
            showCase(*s.view);
            if (s.returned) {
                tell(tr("Returned: %1, back to %2.").arg(s.view->caseNo, s.view->state.location));
                refreshLists();
            } else if (m_mode == ScanMode::Return) { // a label of paper that is not lent: nothing was returned
                QApplication::beep();
                tell(tr("%1 is not lent (%2): nothing returned.")
                         .arg(s.view->caseNo, PaperState::statusName(s.view->state.status)),
                     true);
            } else {
                tell(QString());
            }
        });
}

void WarehouseWindow::showCase(const Warehouse::View& view)
{
    m_case = view;
    const PaperState& s = view.state;
    m_caseTitle->setText(view.caseNo);
    m_status->setText(
        QStringLiteral("<span style=\"background:%1;color:white;padding:4px;font-size:16pt\">&nbsp;%2&nbsp;"
                       "</span>")
            .arg(statusColour(s.status), PaperState::statusName(s.status).toHtmlEscaped()));
    QStringList rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Place:"), s.location);
    row(s.status == PaperState::Status::Out ? tr("Went to:") : tr("Holder:"), s.holder);
    row(tr("Due back:"), s.due.isValid() ? s.due.toString(Qt::ISODate) : QString());
    row(tr("Reason:"), Movement::reasonName(s.outReason));
    row(tr("Volumes:"), s.volumes > 0 ? QString::number(s.volumes) : QString());
    row(tr("Items:"), s.items.join(QStringLiteral("、")));
    if (s.recalled)
        rows << QStringLiteral("<b style=\"color:#b71c1c\">%1</b>").arg(tr("Recalled").toHtmlEscaped());
    for (const Movement& r : s.requests)
        rows << QStringLiteral("<b style=\"color:#1565c0\">%1</b> %2")
                    .arg(tr("Asked for by:").toHtmlEscaped(),
                         QStringLiteral("%1（%2%3）")
                             .arg(r.holder, r.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                  r.purpose.isEmpty() ? QString() : QStringLiteral("，") + r.purpose)
                             .toHtmlEscaped());
    m_details->setText(rows.join(QStringLiteral("<br/>")));
    m_conflicts->setText(s.conflicts.isEmpty() ? QString()
                                               : tr("Conflicting records (the paper cannot be in two places):\n%1")
                                                     .arg(s.conflicts.join(QLatin1Char('\n'))));
    m_history->setRowCount(0);
    for (int i = int(view.history.size()) - 1; i >= 0; --i) { // newest first
        const Movement& m = view.history.at(i);
        const int r = m_history->rowCount();
        m_history->insertRow(r);
        const QString to = !m.location.isEmpty() ? m.location : m.holder;
        const QStringList cells{
            m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), Movement::kindName(m.kind), m.by, to,
            QStringList({m.due.isValid() ? tr("due %1").arg(m.due.toString(Qt::ISODate)) : QString(),
                         Movement::reasonName(m.reason), m.approval, m.purpose, m.note})
                .filter(QRegularExpression(QStringLiteral(".")))
                .join(QStringLiteral("；"))};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
    Q_EMIT caseShown(view.caseNo);
}

void WarehouseWindow::tell(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c;font-weight:bold") : QString());
    m_message->setText(text);
    if (error)
        Q_EMIT problem(text);
}

void WarehouseWindow::startMovement(Movement::Kind kind)
{
    if (!m_warehouse)
        return;
    const QString typed = m_scanField->text().trimmed(); // a 案号 typed and not yet looked up counts too
    const QString caseNo = !typed.isEmpty() ? typed : shownCase();
    if (caseNo.isEmpty())
        return tell(tr("Scan the case's label first."), true);
    m_scanField->clear();
    m_worker->run(
        this,
        [profile = m_profile, user = m_warehouse->user(), caseNo] {
            Warehouse w(profile, user);
            auto view = w.find(caseNo);
            auto catalogue = view ? w.catalogueOf(view->caseNo) : Result<Warehouse::Catalogue>(view.error());
            return std::pair{view, catalogue ? std::optional(*catalogue) : std::nullopt};
        },
        [this, kind](const std::pair<Result<Warehouse::View>, std::optional<Warehouse::Catalogue>>& found) {
            if (!found.first)
                return tell(found.first.error().message(), true);
            showCase(*found.first);
            if (kind == Movement::Kind::Return || kind == Movement::Kind::Recall) { // nothing to ask
                Movement m;
                m.kind = kind;
                m.caseNo = found.first->caseNo;
                if (kind == Movement::Kind::Recall || !found.second)
                    return record(m);
            }
            MovementDialog dialog(kind, found.first->caseNo, found.first->state, found.second, this);
            if (dialog.exec() == QDialog::Accepted) {
                record(dialog.movement());
                if (dialog.printLabel())
                    printLabelOf(found.first->caseNo);
            }
            m_scanField->setFocus();
        });
}

void WarehouseWindow::record(const Movement& movement)
{
    if (!m_warehouse)
        return;
    m_worker->run(
        this,
        [profile = m_profile, user = m_warehouse->user(), movement] {
            Warehouse w(profile, user);
            auto done = w.record(movement);
            return done ? w.find(done->caseNo) : Result<Warehouse::View>(done.error());
        },
        [this, kind = movement.kind](const Result<Warehouse::View>& view) {
            if (!view) {
                QApplication::beep();
                return tell(view.error().message(), true);
            }
            showCase(*view);
            tell(tr("Recorded: %1 of %2.").arg(Movement::kindName(kind), view->caseNo));
            refreshLists();
        });
}

void WarehouseWindow::printLabelOf(const QString& caseNo)
{
    m_worker->run(
        this,
        [profile = m_profile, caseNo]() -> Result<CaseRef> {
            auto id = dossierIdFor(profile, caseNo);
            if (!id)
                return id.error();
            const auto number = CaseNumber::parse(caseNo);
            return CaseRef{caseNo, *id, number ? courtName(number->courtCode) : QString()};
        },
        [this](const Result<CaseRef>& ref) {
            if (!ref)
                return tell(ref.error().message(), true);
            QPrinter printer(QPrinter::HighResolution);
            QPrintPreviewDialog preview(&printer, this);
            preview.setObjectName(QStringLiteral("labelPreview"));
            connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &ref](QPrinter* p) {
                if (const Status s = PrintForms::caseLabels(p, {*ref}); !s)
                    tell(s.error().message(), true);
            });
            preview.exec();
            m_scanField->setFocus();
        });
}

namespace {
QString eventName(const QString& kind)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("appeal_received"), QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "appeal materials received")},
        {QStringLiteral("handed_to_warehouse"),
         QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "handed to the warehouse")},
        {QStringLiteral("archived"), QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "archiving completed")},
        {QStringLiteral("sent_to_second_instance"),
         QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "e-dossier sent to the second instance")},
        {QStringLiteral("case_closed"), QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "case closed")},
        {QStringLiteral("closing_notice_received"),
         QT_TRANSLATE_NOOP("Dossier::WarehouseWindow", "closing notice received")}};
    return QCoreApplication::translate("Dossier::WarehouseWindow", names.value(kind, ""));
}
} // namespace

void WarehouseWindow::startEvent()
{
    const QString caseNo = m_scanField->text().trimmed().isEmpty() ? shownCase() : m_scanField->text().trimmed();
    if (caseNo.isEmpty())
        return tell(tr("Scan the case's label first."), true);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("eventDialog"));
    dialog.setWindowTitle(tr("Case event — %1").arg(caseNo));
    auto* form = new QFormLayout(&dialog);
    auto* kind = new QComboBox(&dialog);
    kind->setObjectName(QStringLiteral("eventKind"));
    for (const QString& k : caseEventKinds())
        kind->addItem(eventName(k), k);
    auto* date = new QDateEdit(Clock::today(), &dialog);
    date->setObjectName(QStringLiteral("eventDate"));
    date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date->setCalendarPopup(true);
    date->setMaximumDate(Clock::today());
    form->addRow(tr("Event:"), kind);
    form->addRow(tr("Date:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() == QDialog::Accepted)
        recordEvent(caseNo, kind->currentData().toString(), date->date());
    m_scanField->setFocus();
}

void WarehouseWindow::recordEvent(const QString& caseNo, const QString& kind, const QDate& date)
{
    if (!m_warehouse)
        return;
    m_worker->run(
        this,
        [profile = m_profile, user = m_warehouse->user(), caseNo, kind, date] {
            return Warehouse(profile, user).addEvent(caseNo, kind, date);
        },
        [this](const Result<WarehouseRepository::Event>& e) {
            if (!e)
                return tell(e.error().message(), true);
            tell(tr("Recorded: %1 on %2 for %3.").arg(eventName(e->kind), e->date.toString(Qt::ISODate), e->caseNo));
            refreshLists();
        });
}

} // namespace Dossier
