#include "caseinfodialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Dossier {
namespace {

constexpr auto kDate = "yyyy-MM-dd";

QStringList names(const QString& text)
{
    static const QRegularExpression sep(QStringLiteral("[、,，;；]+"));
    QStringList out;
    for (const QString& n : text.split(sep, Qt::SkipEmptyParts))
        if (!n.trimmed().isEmpty())
            out << n.trimmed();
    return out;
}

QDate date(const QLineEdit* e)
{
    return QDate::fromString(e->text().trimmed(), QLatin1String(kDate));
}

} // namespace

CaseInfoDialog::CaseInfoDialog(const CaseInfo& info, QWidget* parent) : QDialog(parent), m_base(info)
{
    setObjectName(QStringLiteral("caseInfoDialog"));
    setWindowTitle(tr("Case details — %1").arg(info.caseNo));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_court = line(info.court, QStringLiteral("court"));
    m_cause = line(info.cause, QStringLiteral("cause"));
    m_plaintiffs = line(info.plaintiffs.join(QStringLiteral("、")), QStringLiteral("plaintiffs"));
    m_defendants = line(info.defendants.join(QStringLiteral("、")), QStringLiteral("defendants"));
    m_thirdParties = line(info.thirdParties.join(QStringLiteral("、")), QStringLiteral("thirdParties"));
    m_judge = line(info.judge, QStringLiteral("judge"));
    m_clerk = line(info.clerk, QStringLiteral("clerk"));
    m_received = line(info.received.toString(QLatin1String(kDate)), QStringLiteral("received"));
    m_closed = line(info.closed.toString(QLatin1String(kDate)), QStringLiteral("closed"));
    m_filedBy = line(info.filedBy, QStringLiteral("filedBy"));
    m_checkedBy = line(info.checkedBy, QStringLiteral("checkedBy"));
    m_filedOn = line(info.filedOn.toString(QLatin1String(kDate)), QStringLiteral("filedOn"));
    for (QLineEdit* d : {m_received, m_closed, m_filedOn})
        d->setPlaceholderText(tr("yyyy-mm-dd"));

    // The forms are Chinese archival documents whatever the interface language: the values stay Chinese.
    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setEditable(true);
    m_result->addItems(
        {QString(), QStringLiteral("判决"), QStringLiteral("调解"), QStringLiteral("撤诉"), QStringLiteral("裁定")});
    m_result->setEditText(info.result);
    m_result->setMinimumWidth(160);
    m_retention = new QComboBox(this);
    m_retention->setObjectName(QStringLiteral("retention"));
    m_retention->addItem(tr("Permanent (永久)"), QStringLiteral("permanent"));
    m_retention->addItem(tr("Long term (长期)"), QStringLiteral("long"));
    m_retention->addItem(tr("Short term (短期)"), QStringLiteral("short"));
    m_retention->setMinimumWidth(160);
    m_retention->setCurrentIndex(std::max(0, m_retention->findData(info.retention)));
    m_classified = new QCheckBox(tr("Classified (涉密): not to be digitised or exported here"), this);
    m_classified->setObjectName(QStringLiteral("classified"));
    m_classified->setChecked(info.classified);

    form->addRow(tr("Case number:"), new QLabel(info.caseNo, this));
    form->addRow(tr("&Court:"), m_court);
    form->addRow(tr("C&ause (案由):"), m_cause);
    form->addRow(tr("&Plaintiffs:"), m_plaintiffs);
    form->addRow(tr("&Defendants:"), m_defendants);
    form->addRow(tr("&Third parties:"), m_thirdParties);
    form->addRow(tr("&Judge:"), m_judge);
    form->addRow(tr("C&lerk (书记员):"), m_clerk);
    form->addRow(tr("&Received:"), m_received);
    form->addRow(tr("Cl&osed:"), m_closed);
    form->addRow(tr("&Result:"), m_result);
    form->addRow(tr("Rete&ntion:"), m_retention);
    form->addRow(tr("&Filed by (立卷人):"), m_filedBy);
    form->addRow(tr("C&hecked by (检查人):"), m_checkedBy);
    form->addRow(tr("Filed &on:"), m_filedOn);
    form->addRow(QString(), m_classified);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("caseInfoProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* hint =
        new QLabel(tr("Read from the pages; correct what the recognition got wrong. Names are separated by 、."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    for (QLineEdit* d : {m_received, m_closed, m_filedOn})
        connect(d, &QLineEdit::textChanged, this, &CaseInfoDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

QLineEdit* CaseInfoDialog::line(const QString& text, const QString& objectName)
{
    auto* e = new QLineEdit(text, this);
    e->setObjectName(objectName);
    return e;
}

void CaseInfoDialog::validate()
{
    QStringList wrong;
    for (QLineEdit* d : {m_received, m_closed, m_filedOn})
        if (!d->text().trimmed().isEmpty() && !date(d).isValid())
            wrong << d->text().trimmed();
    m_problem->setText(wrong.isEmpty() ? QString()
                                       : tr("Not a date (yyyy-mm-dd): %1").arg(wrong.join(QStringLiteral(", "))));
    m_ok->setEnabled(wrong.isEmpty());
}

CaseInfo CaseInfoDialog::info() const
{
    CaseInfo c = m_base;
    c.court = m_court->text().trimmed();
    c.cause = m_cause->text().trimmed();
    c.plaintiffs = names(m_plaintiffs->text());
    c.defendants = names(m_defendants->text());
    c.thirdParties = names(m_thirdParties->text());
    c.judge = m_judge->text().trimmed();
    c.clerk = m_clerk->text().trimmed();
    c.received = date(m_received);
    c.closed = date(m_closed);
    c.result = m_result->currentText().trimmed();
    c.retention = m_retention->currentData().toString();
    c.filedBy = m_filedBy->text().trimmed();
    c.checkedBy = m_checkedBy->text().trimmed();
    c.filedOn = date(m_filedOn);
    c.classified = m_classified->isChecked();
    return c;
}

} // namespace Dossier
