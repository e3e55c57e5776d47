#include "audithistorydialog.h"

#include "station/dbworker.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dossier {
namespace {

// "2024-05-01T09:00:00.000Z" → local "2024-05-01 17:00:00"; anything else as it is.
QString timeText(const QString& at)
{
    QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(at, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : at;
}

} // namespace

AuditHistoryDialog::AuditHistoryDialog(DbWorker* db, Profile profile, QString caseNo, QString dossierId,
                                       QWidget* parent)
    : QDialog(parent), m_state(new QLabel(tr("Reading and verifying the history…"), this)),
      m_table(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("auditHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(caseNo));
    m_state->setObjectName(QStringLiteral("auditChainState"));
    m_state->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("auditEntries"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    db->run(
        this,
        [profile = std::move(profile), caseNo = std::move(caseNo), dossierId = std::move(dossierId)] {
            return AuditHistory::forDossier(profile, caseNo, dossierId);
        },
        [this](const Result<DossierHistory>& h) { showHistory(h); });
}

void AuditHistoryDialog::showHistory(const Result<DossierHistory>& history)
{
    m_loaded = true;
    if (!history) {
        m_state->setText(history.error().message());
        return;
    }
    const DossierHistory& h = *history;
    QSet<qint64> broken;
    for (const AuditChain::Break& b : h.breaks)
        broken.insert(b.seq);
    m_table->setRowCount(int(h.entries.size()));
    for (int row = 0; row < h.entries.size(); ++row) {
        const AuditChain::Link& l = h.entries.at(row);
        const QStringList cells = {timeText(l.at), l.actor.isEmpty() ? tr("(unknown)") : l.actor,
                                   AuditHistory::actionText(l.action), AuditHistory::detailsText(l.details)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(tr("Entry %1 of the desk's audit chain").arg(l.seq));
            if (broken.contains(l.seq))
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    if (h.breaks.isEmpty()) {
        m_state->setText(tr("✔ Verified: the dossier's %n entries are intact in the desk's audit chain (%1 entries "
                            "checked).",
                            nullptr, int(h.entries.size()))
                             .arg(h.chainEntries));
        m_state->setStyleSheet(QStringLiteral("color: #1b6e20;"));
        return;
    }
    QStringList lines;
    for (const AuditChain::Break& b : h.breaks)
        lines << AuditHistory::breakText(b);
    m_state->setText(tr("✘ Broken at entry %1: the history was changed.").arg(h.breaks.first().seq) +
                     QStringLiteral("\n") + lines.join(QLatin1Char('\n')));
    m_state->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
}

} // namespace Dossier
