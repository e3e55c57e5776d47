#include "templateconsole.h"

#include "common/clock.h"
#include "domain/templateversions.h"
#include "holidaypanel.h"
#include "serverjobs.h"
#include "station/dbworker.h"
#include "station/templatedrafthistory.h"
#include "stationsettings.h"
#include "storage/templaterepository.h"
#include "synccontroller.h"
#include "templatedialogs.h"
#include "templateitemsmodel.h"

#include <QAction>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Dossier {

// What the DB worker reads when a template is opened: its draft and the cases catalogued with it here.
struct TemplateConsole::Listed
{
    Result<TemplateDrafts::Opened> opened = Error();
    QStringList cases;
};

TemplateConsole::TemplateConsole(Profile profile, QWidget* parent)
    : QMainWindow(parent), m_profile(std::move(profile)), m_db(new DbWorker(this)),
      m_server(new ServerJobs(m_profile, m_db, this)), m_history(new TemplateDraftHistory(this))
{
    setObjectName(QStringLiteral("templateConsole"));
    setWindowTitle(tr("Templates and calendar — Dossier Workstation"));
    resize(1400, 860);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setHeaderLabels({tr("Template"), tr("Used here"), tr("Released")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        const QString id = item->data(0, Qt::UserRole).toString();
        if (id != m_id)
            openTemplate(id);
        else if (const int v = item->data(0, Qt::UserRole + 1).toInt(); v > 0)
            showVersion(v);
        else
            showDiff();
    });
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_tabs->addTab(buildDiffTab(), tr("Differences"));
    m_tabs->addTab(buildTrialTab(), tr("Trial cataloguing"));
    m_tabs->addTab(buildImpactTab(), tr("Impact"));
    m_holidays = new HolidayPanel(m_profile, m_db, m_server, this);
    m_tabs->addTab(m_holidays, tr("Holidays"));
    connect(m_holidays, &HolidayPanel::message, this, &TemplateConsole::tell);
    connect(m_holidays, &HolidayPanel::published, this,
            [this](int year) { afterServerChange(tr("The holiday calendar of %1 is published.").arg(year)); });
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(buildEditor());
    split->addWidget(m_tabs);
    split->setSizes({300, 660, 440});
    setCentralWidget(split);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("consoleMessage"));
    statusBar()->addWidget(m_message, 1);
    m_sync = new SyncController(
        m_profile, m_db, this, [profile = m_profile] { return StationSettings::load(profile); }, this);
    connect(m_sync, &SyncController::message, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncController::problem, this, [this](const QString&, const QString& text) { tell(text, true); });
    connect(m_sync, &SyncController::runningChanged, this, [this](bool running) {
        if (!running) { // versions and releases may have arrived
            refresh();
            m_holidays->loadYear(m_holidays->year());
        }
        updateActions();
    });
    connect(m_server, &ServerJobs::busyChanged, this, &TemplateConsole::updateActions);
    connect(m_history, &TemplateDraftHistory::changed, this, &TemplateConsole::draftChanged);
    buildActions();
    m_db->run(
        this, [profile = m_profile] { return SyncEngine(profile).signedInAccount(); },
        [this](const SyncAccount& account) {
            m_user = account.user;
            if (account.signedIn() && account.role != QLatin1String("archive_admin"))
                tell(tr("%1 is not an archive administrator: the server will refuse to publish.").arg(account.user),
                     true);
        });
    m_holidays->loadYear(Clock::today().year() + 1);
    refresh();
}

TemplateConsole::~TemplateConsole()
{
    m_db->waitForDone();
}

const TemplateDraftState& TemplateConsole::draft() const
{
    return m_history->state();
}

bool TemplateConsole::isBusy() const
{
    return !m_db->isIdle() || m_server->isBusy() || m_sync->isRunning();
}

void TemplateConsole::tell(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color:#b71c1c") : QString());
    m_message->setText(text);
    if (error)
        Q_EMIT problem(text);
}

QWidget* TemplateConsole::buildEditor()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("draftTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    v->addWidget(m_title);
    m_volumes = new QTabBar(box);
    m_volumes->setObjectName(QStringLiteral("volumeBar"));
    m_volumes->addTab(tr("Main volume (正卷)"));
    m_volumes->addTab(tr("Secondary volume (副卷)"));
    connect(m_volumes, &QTabBar::currentChanged, this,
            [this](int i) { showVolume(i == 1 ? QStringLiteral("secondary") : QStringLiteral("main")); });
    v->addWidget(m_volumes);
    m_model = new TemplateItemsModel(m_history, this);
    connect(m_model, &TemplateItemsModel::refused, this, [this](const QString& why) { tell(why, true); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_keepCode.isEmpty())
            m_keepCode = currentCode();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectCode(m_keepCode);
        m_keepCode.clear();
    });
    m_items = new QTableView(box);
    m_items->setObjectName(QStringLiteral("templateItems"));
    m_items->setModel(m_model);
    m_items->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_items->setSelectionMode(QAbstractItemView::SingleSelection);
    m_items->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::AnyKeyPressed);
    m_items->horizontalHeader()->setStretchLastSection(false);
    m_items->horizontalHeader()->setSectionResizeMode(TemplateItemsModel::Titles, QHeaderView::Stretch);
    m_items->setColumnWidth(TemplateItemsModel::Code, 140);
    m_items->setColumnWidth(TemplateItemsModel::Name, 110);
    m_items->setColumnWidth(TemplateItemsModel::Keywords, 120);
    m_items->setColumnWidth(TemplateItemsModel::Repeat, 56);
    m_items->setColumnWidth(TemplateItemsModel::Required, 56);
    m_items->verticalHeader()->setDefaultSectionSize(m_items->fontMetrics().height() + 8);
    m_items->setWordWrap(false);
    v->addWidget(m_items, 1);
    auto* stepsLabel = new QLabel(tr("What desks do to documents already catalogued (the migration):"), box);
    v->addWidget(stepsLabel);
    m_steps = new QListWidget(box);
    m_steps->setObjectName(QStringLiteral("draftSteps"));
    m_steps->setMaximumHeight(110);
    v->addWidget(m_steps);
    return box;
}

void TemplateConsole::buildActions()
{
    const auto make = [this](const QString& text, const QString& name, const QKeySequence& key, auto slot) {
        auto* a = new QAction(text, this);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    // On the items table: keys that mean something else in a text field act only there.
    m_itemActions = {
        make(tr("&Add item…"), QStringLiteral("addItem"), QKeySequence(Qt::Key_Insert), [this] { addItem(); }),
        make(tr("&Remove item…"), QStringLiteral("removeItem"), QKeySequence::Delete, [this] { removeItem(); }),
        make(tr("Move &up"), QStringLiteral("itemUp"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveItem(-1); }),
        make(tr("Move &down"), QStringLiteral("itemDown"), QKeySequence(Qt::CTRL | Qt::Key_Down),
             [this] { moveItem(1); }),
        make(tr("To the &other volume"), QStringLiteral("itemVolume"), QKeySequence(Qt::CTRL | Qt::Key_M),
             [this] { moveToOtherVolume(); }),
        make(tr("&Split into two…"), QStringLiteral("itemSplit"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
             [this] { splitItem(); }),
    };
    for (QAction* a : std::as_const(m_itemActions))
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_items->addActions(m_itemActions);
    m_items->setContextMenuPolicy(Qt::ActionsContextMenu);
    QAction* undo = m_history->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_history->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_publish = make(tr("&Publish…"), QStringLiteral("publish"), QKeySequence(Qt::CTRL | Qt::Key_Return),
                     [this] { publish(); });
    m_widen = make(tr("Release to &everyone"), QStringLiteral("widen"), {}, [this] { widenRelease(); });
    m_rollBack = make(tr("Roll &back…"), QStringLiteral("rollBack"), {}, [this] { rollBack(); });
    m_drop = make(tr("&Discard the draft…"), QStringLiteral("dropDraft"), {}, [this] { dropDraft(); });
    auto* draftMenu = menuBar()->addMenu(tr("&Draft"));
    draftMenu->addActions({undo, redo});
    draftMenu->addSeparator();
    draftMenu->addActions(m_itemActions);
    draftMenu->addSeparator();
    draftMenu->addAction(m_drop);
    menuBar()->addMenu(tr("&Release"))->addActions({m_publish, m_widen, m_rollBack});
    menuBar()->addMenu(tr("&Server"))->addActions(m_sync->actions());
    addActions({undo, redo, m_publish});
    addActions(m_sync->actions());
    auto* bar = addToolBar(tr("Release"));
    bar->setObjectName(QStringLiteral("consoleToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addActions({undo, redo});
    bar->addSeparator();
    bar->addActions({m_itemActions.at(0), m_itemActions.at(1), m_itemActions.at(4), m_itemActions.at(5)});
    bar->addSeparator();
    bar->addActions({m_publish, m_widen, m_rollBack});
    bar->addSeparator();
    bar->addAction(m_sync->actions().first());
    updateActions();
}

void TemplateConsole::refresh()
{
    m_db->run(
        this, [profile = m_profile] { return TemplateDrafts::overview(profile); },
        [this](const Result<QList<TemplateDrafts::Overview>>& list) {
            if (!list)
                return tell(list.error().message(), true);
            fillList(*list);
            if (m_id.isEmpty() && !list->isEmpty())
                openTemplate(list->first().id);
            else if (!m_id.isEmpty() && overviewOf(m_id) &&
                     (m_published.isEmpty() || overviewOf(m_id)->versions.last() != m_published.last().version))
                openTemplate(m_id); // a newer version arrived: the draft starts from it
            updateActions();
            Q_EMIT templatesListed();
        });
}

const TemplateDrafts::Overview* TemplateConsole::overviewOf(const QString& id) const
{
    for (const TemplateDrafts::Overview& o : m_templates)
        if (o.id == id)
            return &o;
    return nullptr;
}

void TemplateConsole::fillList(const QList<TemplateDrafts::Overview>& templates)
{
    m_templates = templates;
    const QSignalBlocker quiet(m_list);
    m_list->clear();
    for (const TemplateDrafts::Overview& o : templates) {
        auto* top = new QTreeWidgetItem(m_list);
        top->setText(0, o.name);
        top->setToolTip(0, o.id);
        top->setData(0, Qt::UserRole, o.id);
        top->setText(1, tr("v%1").arg(o.current));
        if (!o.accounts.isEmpty() || !o.courts.isEmpty())
            top->setText(2, tr("v%1 to %2; others v%3")
                                .arg(o.released)
                                .arg((o.accounts + o.courts).join(QStringLiteral(", ")))
                                .arg(o.previous));
        else if (o.released > 0)
            top->setText(2, tr("v%1 to everyone").arg(o.released));
        else
            top->setText(2, tr("v%1 to everyone").arg(o.versions.last()));
        for (int v : o.versions)
            listVersion(top, o, v);
        if (o.draftVersion > 0) {
            auto* d = new QTreeWidgetItem(top);
            d->setText(0, tr("Draft of v%1").arg(o.draftVersion));
            d->setData(0, Qt::UserRole, o.id);
            QFont italic = d->font(0);
            italic.setItalic(true);
            d->setFont(0, italic);
            d->setForeground(0, QColor(0xe6, 0x51, 0x00));
            top->setText(0, top->text(0) + QStringLiteral("  ✎"));
        }
        if (o.id == m_id) {
            m_list->setCurrentItem(top);
            top->setExpanded(true);
        }
    }
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
}

void TemplateConsole::listVersion(QTreeWidgetItem* top, const TemplateDrafts::Overview& o, int version)
{
    auto* item = new QTreeWidgetItem(top);
    item->setText(0,
                  version == 1 && o.versions.size() == 1 ? tr("v%1 (shipped)").arg(version) : tr("v%1").arg(version));
    item->setData(0, Qt::UserRole, o.id);
    item->setData(0, Qt::UserRole + 1, version);
    if (version == o.current)
        item->setText(1, tr("in use"));
}

void TemplateConsole::openTemplate(const QString& id)
{
    const int generation = ++m_openGeneration;
    m_db->run(
        this,
        [profile = m_profile, id] {
            Listed l;
            l.opened = TemplateDrafts::open(profile, id);
            if (!l.opened)
                return l;
            const CatalogueTemplate& base = l.opened->state.base;
            TemplateRepository repo(profile.database());
            if (auto d = repo.dossiersOf(QStringList{base.id} + base.aliases))
                for (const TemplateRepository::DossierTemplate& t : std::as_const(*d))
                    if (!l.cases.contains(t.caseNo))
                        l.cases << t.caseNo;
            return l;
        },
        [this, generation](const Listed& l) {
            if (generation != m_openGeneration)
                return; // another template was asked for since
            if (!l.opened)
                return tell(l.opened.error().message(), true);
            opened(*l.opened, l.cases);
        });
}

void TemplateConsole::opened(const TemplateDrafts::Opened& o, const QStringList& cases)
{
    m_id = o.state.base.id;
    m_published = o.published;
    m_history->reset(o.state);
    m_trialCase->clear();
    m_trialCase->addItems(cases);
    m_trialToday->setRowCount(0);
    m_trialDraft->setRowCount(0);
    m_trialSummary->setText(cases.isEmpty() ? tr("No case on this desk is catalogued with this template.") : QString());
    m_impact->setText(tr("Ask the server what publishing this draft would change."));
    tell(o.note, !o.note.isEmpty());
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toString() == m_id) {
            const QSignalBlocker quiet(m_list);
            m_list->setCurrentItem(m_list->topLevelItem(i));
            m_list->topLevelItem(i)->setExpanded(true);
        }
    Q_EMIT draftOpened(m_id);
}

// The draft changed (an edit, an undo, a redo, opened): shown, checked, and kept in the profile.
void TemplateConsole::draftChanged()
{
    const TemplateDraftState& s = m_history->state();
    tell(QString()); // what was told of the edit before
    m_title->setText(tr("%1 · draft of version %2 (from version %3)%4")
                         .arg(s.draft.name)
                         .arg(s.draft.version)
                         .arg(s.base.version)
                         .arg(s.isChanged() ? QString() : tr(" — unchanged")));
    m_steps->clear();
    const QStringList lines = stepLines();
    m_steps->addItems(lines.isEmpty() ? QStringList{tr("(none: documents keep their types)")} : lines);
    showDiff();
    updateActions();
    if (m_id.isEmpty() || s.draft.id != m_id)
        return;
    m_db->run(
        this, [profile = m_profile, s, by = m_user] { return TemplateDrafts::save(profile, s, by); },
        [this, changed = s.isChanged(), version = s.draft.version](const Status& saved) {
            if (!saved)
                return tell(saved.error().message(), true);
            for (TemplateDrafts::Overview& o : m_templates)
                if (o.id == m_id)
                    o.draftVersion = changed ? version : 0;
            fillList(m_templates);
            Q_EMIT draftSaved();
        });
}

QString TemplateConsole::currentCode() const
{
    return m_model->codeAt(m_items->currentIndex().row());
}

void TemplateConsole::selectCode(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    const int column = std::max(0, m_items->currentIndex().column());
    m_items->setCurrentIndex(m_model->index(row, column));
}

void TemplateConsole::showVolume(const QString& kind)
{
    m_model->setVolume(kind);
    m_volumes->setCurrentIndex(kind == QLatin1String("secondary") ? 1 : 0);
    m_itemActions.at(4)->setText(kind == QLatin1String("secondary") ? tr("To the &main volume")
                                                                    : tr("To the &secondary volume"));
    if (m_model->rowCount() > 0 && !m_items->currentIndex().isValid())
        m_items->setCurrentIndex(m_model->index(0, 0));
}

void TemplateConsole::addItem()
{
    TemplateItem seed;
    seed.volume = m_model->volume();
    const auto items = TemplateDialogs::askItems(this,
                                                 m_model->volume() == QLatin1String("secondary")
                                                     ? tr("New item of the secondary volume (副卷)")
                                                     : tr("New item of the main volume (正卷)"),
                                                 1, seed);
    if (!items)
        return;
    // after the item shown, else at the end of the volume
    const TemplateDraftState& s = m_history->state();
    int index = -1;
    const QString after = currentCode();
    for (qsizetype i = 0; i < s.draft.items.size(); ++i)
        if (s.draft.items.at(i).code == after && s.draft.items.at(i).volume == seed.volume)
            index = int(i + 1);
    m_keepCode = items->first().code;
    if (const Status done = m_history->apply(s.addItem(items->first(), index), tr("add %1").arg(items->first().code));
        !done) {
        m_keepCode.clear();
        tell(done.error().message(), true);
    }
}

void TemplateConsole::removeItem()
{
    const QString code = currentCode();
    const TemplateDraftState& s = m_history->state();
    const TemplateItem* it = s.item(code);
    if (!it)
        return;
    std::optional<TemplateDialogs::Removal> how{TemplateDialogs::Removal{}};
    if (!s.originOf(code).isEmpty() ||
        std::any_of(s.fates.cbegin(), s.fates.cend(), [&](const auto& f) { return f.to.contains(code); })) {
        QList<TemplateItem> into; // documents may have this type: where to? (an item scanned, of its volume)
        for (const TemplateItem& other : s.draft.itemsOf(m_model->volume()))
            if (!other.generated && other.code != code)
                into << other;
        how = TemplateDialogs::askRemoval(this, *it, into);
    }
    if (!how)
        return;
    m_keepCode = m_model->codeAt(m_items->currentIndex().row() + 1); // the next row is shown next
    if (m_keepCode.isEmpty())
        m_keepCode = m_model->codeAt(m_items->currentIndex().row() - 1);
    if (const Status done = m_history->apply(s.removeItem(code, how->how, how->into), tr("remove %1").arg(code));
        !done) {
        m_keepCode.clear();
        tell(done.error().message(), true);
    }
}

void TemplateConsole::moveItem(int delta)
{
    const QString code = currentCode();
    m_keepCode = code;
    if (const Status done =
            m_history->apply(m_history->state().reorder(code, delta, m_model->volume()), tr("move %1").arg(code));
        !done) {
        m_keepCode.clear();
        tell(done.error().message(), true);
    }
}

void TemplateConsole::moveToOtherVolume()
{
    const QString code = currentCode();
    const QString to =
        m_model->volume() == QLatin1String("secondary") ? QStringLiteral("main") : QStringLiteral("secondary");
    if (const Status done =
            m_history->apply(m_history->state().moveToVolume(code, to), tr("move %1 to the other volume").arg(code));
        !done)
        tell(done.error().message(), true);
    else if (const TemplateItem* it = m_history->state().item(code))
        tell(tr("%1 now belongs to the other volume: desks move its documents there.").arg(it->name));
}

void TemplateConsole::splitItem()
{
    const QString code = currentCode();
    const TemplateItem* it = m_history->state().item(code);
    if (!it)
        return;
    const auto parts = TemplateDialogs::askItems(this, tr("Split %1 into two items").arg(it->name), 2, *it);
    if (!parts || parts->size() != 2)
        return;
    TemplateItem second = parts->at(1);
    second.repeat = it->repeat;
    m_keepCode = parts->first().code;
    if (const Status done =
            m_history->apply(m_history->state().split(code, parts->at(0), second), tr("split %1").arg(code));
        !done) {
        m_keepCode.clear();
        tell(done.error().message(), true);
    }
}

void TemplateConsole::dropDraft()
{
    if (!m_history->state().isChanged())
        return;
    if (QMessageBox::question(this, tr("Discard the draft"),
                              tr("Discard every change of the draft of %1? (Ctrl+Z brings it back while this window "
                                 "is open.)")
                                  .arg(m_history->state().draft.name)) != QMessageBox::Yes)
        return;
    if (const Status done =
            m_history->apply(TemplateDraftState::start(m_history->state().base), tr("discard the draft"));
        !done)
        tell(done.error().message(), true);
}

void TemplateConsole::updateActions()
{
    const TemplateDraftState& s = m_history->state();
    const bool idle = !m_server->isBusy() && !(m_sync && m_sync->isRunning());
    const TemplateDrafts::Overview* o = overviewOf(m_id);
    m_publish->setEnabled(idle && !m_id.isEmpty() && s.isChanged() &&
                          TemplateVersions::check(s.result(), m_published).ok());
    m_widen->setEnabled(idle && o && (!o->accounts.isEmpty() || !o->courts.isEmpty()));
    m_rollBack->setEnabled(idle && o && o->versions.size() >= 2 &&
                           o->released != o->versions.at(o->versions.size() - 2));
    m_drop->setEnabled(s.isChanged());
}

} // namespace Dossier
