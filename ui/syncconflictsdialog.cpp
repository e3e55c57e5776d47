#include "syncconflictsdialog.h"

#include "station/dbworker.h"

#include "station/catalogueeditor.h"

#include "common/workerpool.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace Dossier {

SyncConflictsDialog::SyncConflictsDialog(DbWorker* db, Profile profile, QString user,
                                         std::function<CatalogueEditor*(qint64)> editorFor, QWidget* parent)
    : QDialog(parent), m_db(db), m_profile(std::move(profile)), m_user(std::move(user)),
      m_editorFor(std::move(editorFor)), m_list(new QTreeWidget(this)), m_fields(new QTableWidget(this)),
      m_summary(new QLabel(this)), m_detail(new QLabel(this)),
      m_keep(new QPushButton(tr("&Keep the current version"), this)),
      m_useOther(new QPushButton(tr("&Use the other version"), this))
{
    setWindowTitle(tr("Sync conflicts"));
    setObjectName(QStringLiteral("syncConflictsDialog"));
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_detail->setObjectName(QStringLiteral("conflictDetail"));
    m_detail->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Case number"), tr("Record"), tr("Other version from"), tr("Noticed")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fields->setObjectName(QStringLiteral("conflictFields"));
    m_fields->setColumnCount(3);
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Current version (in the dossier)"), tr("Other version")});
    m_fields->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fields->verticalHeader()->setVisible(false);
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setWordWrap(true);
    m_keep->setObjectName(QStringLiteral("keepCurrent"));
    m_useOther->setObjectName(QStringLiteral("useOther"));
    m_keep->setToolTip(tr("The version in the dossier stays; the other one is marked as reviewed."));
    m_useOther->setToolTip(tr("The dossier takes the other version as a catalogue edit (Ctrl+Z undoes it); the next "
                              "sync sends it to every desk."));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    auto* lower = new QWidget(splitter);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_detail);
    lowerLayout->addWidget(m_fields);
    splitter->addWidget(lower);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useOther, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &SyncConflictsDialog::showConflict);
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_useOther, &QPushButton::clicked, this, [this] { settle(true); });
    resize(860, 560);
    reload();
}

void SyncConflictsDialog::reload()
{
    m_summary->setText(tr("Reading the conflicts…"));
    m_keep->setEnabled(false);
    m_useOther->setEnabled(false);
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    // On the DB worker: after a settlement asked before.
    m_db->run(
        this, [profile = m_profile] { return SyncConflicts::open(profile); },
        [this, row](const auto& r) {
            m_list->clear();
            if (!r) {
                m_conflicts.clear();
                m_summary->setText(r.error().message());
                return;
            }
            m_conflicts = *r;
            for (const SyncConflict& c : std::as_const(m_conflicts)) {
                auto* item = new QTreeWidgetItem(m_list);
                item->setText(0, c.caseNo);
                item->setText(1, c.subject);
                item->setText(2, c.otherFrom);
                item->setText(3, QLocale().toString(QDateTime::fromString(c.at, Qt::ISODateWithMs).toLocalTime(),
                                                    QLocale::ShortFormat));
            }
            m_summary->setText(
                m_conflicts.isEmpty()
                    ? tr("No conflicts: every record is the same on every desk.")
                    : tr("%n record(s) were changed on two desks while offline. Both versions are kept; the current "
                         "one is in the dossier on every desk. Keep it, or use the other version.",
                         nullptr, int(m_conflicts.size())));
            if (!m_conflicts.isEmpty())
                m_list->setCurrentItem(m_list->topLevelItem(std::min(row, int(m_conflicts.size()) - 1)));
            else
                showConflict();
        });
}

const SyncConflict* SyncConflictsDialog::current() const
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void SyncConflictsDialog::showConflict()
{
    const SyncConflict* c = current();
    m_fields->setRowCount(0);
    m_keep->setEnabled(c != nullptr);
    m_useOther->setEnabled(c && c->canUseOther);
    if (!c) {
        m_detail->clear();
        return;
    }
    static const QHash<QString, const char*> kinds = {{QStringLiteral("document"), QT_TR_NOOP("document")},
                                                      {QStringLiteral("page"), QT_TR_NOOP("page")},
                                                      {QStringLiteral("case"), QT_TR_NOOP("case details")},
                                                      {QStringLiteral("dossier"), QT_TR_NOOP("dossier")}};
    const char* kind = kinds.value(c->kind);
    m_detail->setText(
        tr("%1 “%2”: the other version was made by %3.")
            .arg(kind ? tr(kind) : c->kind, c->subject, c->otherFrom.isEmpty() ? tr("another desk") : c->otherFrom) +
        (c->canUseOther ? QString()
                        : QLatin1Char(' ') + tr("Only the current version can be kept here; "
                                                "change the catalogue by hand if the other is right.")));
    m_fields->setRowCount(int(c->fields.size()));
    for (int i = 0; i < c->fields.size(); ++i) {
        const SyncConflictField& f = c->fields.at(i);
        m_fields->setItem(i, 0, new QTableWidgetItem(f.label));
        m_fields->setItem(i, 1, new QTableWidgetItem(f.current));
        m_fields->setItem(i, 2, new QTableWidgetItem(f.other));
    }
    m_fields->resizeRowsToContents();
}

void SyncConflictsDialog::settle(bool useOther)
{
    const SyncConflict* c = current();
    if (!c)
        return;
    CatalogueEditor* editor = useOther && m_editorFor ? m_editorFor(c->volumeId) : nullptr;
    m_keep->setEnabled(false);
    m_useOther->setEnabled(false);
    m_db->run(
        this,
        [editor, useOther, conflict = *c, profile = m_profile, user = m_user]() -> Status {
            if (!useOther)
                return SyncConflicts::keepCurrent(profile, conflict, user);
            if (!editor)
                return SyncConflicts::otherNotApplicable();
            return editor->takeOtherVersion(conflict);
        },
        [this](const Status& s) {
            if (!s)
                QMessageBox::warning(this, windowTitle(), s.error().message());
            else
                Q_EMIT settled();
            reload();
        });
}

} // namespace Dossier
