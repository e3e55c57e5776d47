#include "opencasedialog.h"

#include "domain/textutil.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Dossier {

OpenCaseDialog::OpenCaseDialog(const QList<CaseSummary>& cases, QWidget* parent) : QDialog(parent), m_cases(cases)
{
    setObjectName(QStringLiteral("openCaseDialog"));
    setWindowTitle(tr("Open a case"));
    resize(860, 520);
    auto* layout = new QVBoxLayout(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("openCaseInput"));
    m_input->setPlaceholderText(tr("Type a case number or part of it, a party or a cause — or scan the case label (or "
                                   "show it to the camera: F6)"));
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("openCaseTable"));
    m_table->setHorizontalHeaderLabels({tr("Case number"), tr("Cause"), tr("Parties"), tr("Pages"), tr("My notes")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("openCaseMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenCaseDialog::acceptInput);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this, &OpenCaseDialog::filter);
    connect(m_input, &QLineEdit::returnPressed, this, &OpenCaseDialog::acceptInput);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &OpenCaseDialog::acceptInput);
    filter({});
    if (cases.isEmpty())
        m_message->setText(tr("This desk has no cases yet. Sync (F8) to receive the cases you are a member of."));
}

QString OpenCaseDialog::caseFromInput(const QString& text)
{
    const QString t = text.trimmed();
    // a case label (一案一码) or a separator sheet read by a hand-held scanner: …|<dossier id>|<案号>
    if (t.startsWith(QLatin1String("DOSSIER-CASE|")) || t.startsWith(QLatin1String("DOSSIER-SEP|")))
        return t.section(QLatin1Char('|'), 2).trimmed();
    return t;
}

void OpenCaseDialog::filter(const QString& text)
{
    const QString needle = TextUtil::compareForm(caseFromInput(text));
    m_table->setRowCount(0);
    for (const CaseSummary& c : std::as_const(m_cases)) {
        const QString parties = (c.plaintiffs + c.defendants).join(QStringLiteral("、"));
        const QString hay = TextUtil::compareForm(c.caseNo + c.cause + parties);
        if (!needle.isEmpty() && !hay.contains(needle, Qt::CaseInsensitive))
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells = {c.caseNo, c.cause, parties,
                                   c.classified ? tr("classified") : QString::number(c.pages),
                                   c.notes > 0 ? QString::number(c.notes) : QString()};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void OpenCaseDialog::acceptInput()
{
    const QString wanted = caseFromInput(m_input->text());
    // a 案号 given in full opens even when the list shows others first
    for (const CaseSummary& c : std::as_const(m_cases))
        if (!wanted.isEmpty() && TextUtil::compareForm(c.caseNo) == TextUtil::compareForm(wanted)) {
            m_chosen = c.caseNo;
            return accept();
        }
    const int row = m_table->currentRow();
    if (row >= 0 && m_table->item(row, 0)) {
        m_chosen = m_table->item(row, 0)->text();
        return accept();
    }
    m_message->setText(tr("No case %1 on this desk. Sync (F8) if it was given to you recently.").arg(wanted));
}

} // namespace Dossier
