#include "movementdialog.h"

#include "common/clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Dossier {

MovementDialog::MovementDialog(Movement::Kind kind, const QString& caseNo, const PaperState& state,
                               const std::optional<Warehouse::Catalogue>& catalogue, QWidget* parent)
    : QDialog(parent), m_kind(kind), m_caseNo(caseNo), m_catalogue(catalogue)
{
    setObjectName(QStringLiteral("movementDialog"));
    setWindowTitle(tr("%1 — %2").arg(Movement::kindName(kind), caseNo));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto line = [this, form](const QString& label, const char* name, const QString& value = {}) {
        auto* edit = new QLineEdit(value, this);
        edit->setObjectName(QLatin1String(name));
        form->addRow(label, edit);
        return edit;
    };
    if (kind == Movement::Kind::CheckIn || kind == Movement::Kind::Supplement) {
        m_volumes = new QSpinBox(this);
        m_volumes->setObjectName(QStringLiteral("volumes"));
        m_volumes->setRange(kind == Movement::Kind::CheckIn ? 1 : 0, 999);
        m_volumes->setValue(kind == Movement::Kind::CheckIn ? std::max(1, catalogue ? catalogue->volumes : 1) : 0);
        form->addRow(kind == Movement::Kind::CheckIn ? tr("Volumes:") : tr("Volumes added:"), m_volumes);
        m_items = line(tr("Items (comma-separated):"), "items");
        m_items->setPlaceholderText(tr("证据原件, 光盘 …"));
    }
    if (kind == Movement::Kind::CheckIn || kind == Movement::Kind::Move) {
        m_place = line(kind == Movement::Kind::Move ? tr("New place:") : tr("Place:"), "place", state.location);
        m_place->setPlaceholderText(tr("zone-rack-shelf-box, e.g. A-03-2-15"));
    }
    if (kind == Movement::Kind::Lend || kind == Movement::Kind::CheckOut)
        m_holder =
            line(kind == Movement::Kind::Lend ? tr("Borrower:") : tr("To (recipient or destination):"), "holder");
    if (kind == Movement::Kind::Lend && !state.requests.isEmpty()) // hand it to who asked first
        m_holder->setText(state.requests.first().holder);
    if (kind == Movement::Kind::Lend) {
        const QDate asked = state.requests.isEmpty() ? QDate() : state.requests.first().due;
        m_due = new QDateEdit(asked.isValid() && asked > Clock::today() ? asked : Clock::today().addDays(14), this);
        m_due->setObjectName(QStringLiteral("due"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        m_due->setMinimumDate(Clock::today());
        form->addRow(tr("Due back:"), m_due);
        m_purpose =
            line(tr("Purpose:"), "purpose", state.requests.isEmpty() ? QString() : state.requests.first().purpose);
    }
    if (kind == Movement::Kind::CheckOut) {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reason"));
        for (auto r : {Movement::Reason::OfflineTrial, Movement::Reason::EvidenceReturn,
                       Movement::Reason::AppealTransfer, Movement::Reason::ArchiveRoom})
            m_reason->addItem(Movement::reasonName(r), Movement::reasonKey(r));
        form->addRow(tr("Reason:"), m_reason);
        m_approval = line(tr("Approval reference:"), "approval");
    }
    m_note = line(tr("Note:"), "note");
    if (kind == Movement::Kind::CheckIn) {
        m_label = new QCheckBox(tr("Print the case label (一案一码)"), this);
        m_label->setObjectName(QStringLiteral("printLabel"));
        m_label->setChecked(!catalogue); // no dossier here: no label printed here either
        form->addRow(QString(), m_label);
    }
    if (catalogue && (kind == Movement::Kind::CheckIn || kind == Movement::Kind::Return))
        addCount(*catalogue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void MovementDialog::addCount(const Warehouse::Catalogue& catalogue)
{
    auto* label = new QLabel(tr("Count the paper against the electronic dossier (%1 volumes, %2 pages): untick what "
                                "is missing.")
                                 .arg(catalogue.volumes)
                                 .arg(catalogue.pages),
                             this);
    label->setWordWrap(true);
    layout()->addWidget(label);
    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("catalogueCount"));
    for (const QString& d : catalogue.documents) {
        auto* item = new QListWidgetItem(d, m_documents);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout()->addWidget(m_documents);
    auto* form = new QFormLayout;
    m_sheets = new QSpinBox(this);
    m_sheets->setObjectName(QStringLiteral("sheetsCounted"));
    m_sheets->setRange(0, 100000);
    m_sheets->setValue(catalogue.pages);
    form->addRow(tr("Sheets counted:"), m_sheets);
    static_cast<QVBoxLayout*>(layout())->addLayout(form);
}

// "清点 118 页（电子卷宗 120 页）；缺：正卷 3. 借条" — a Chinese court record whatever the interface language.
QString MovementDialog::countNote() const
{
    if (!m_documents || !m_catalogue)
        return {};
    QStringList missing;
    for (int i = 0; i < m_documents->count(); ++i)
        if (m_documents->item(i)->checkState() != Qt::Checked)
            missing << m_documents->item(i)->text();
    if (missing.isEmpty() && m_sheets->value() == m_catalogue->pages)
        return QStringLiteral("与电子卷宗核对一致（%1 页）").arg(m_catalogue->pages);
    QString note = QStringLiteral("清点 %1 页（电子卷宗 %2 页）").arg(m_sheets->value()).arg(m_catalogue->pages);
    if (!missing.isEmpty())
        note += QStringLiteral("；缺：") + missing.join(QStringLiteral("、"));
    return note;
}

Movement MovementDialog::movement() const
{
    Movement m;
    m.kind = m_kind;
    m.caseNo = m_caseNo;
    if (m_volumes)
        m.volumes = m_volumes->value();
    if (m_items)
        for (const QString& i :
             m_items->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts))
            m.items << i.trimmed();
    if (m_place)
        m.location = m_place->text();
    if (m_holder)
        m.holder = m_holder->text().trimmed();
    if (m_due)
        m.due = m_due->date();
    if (m_purpose)
        m.purpose = m_purpose->text().trimmed();
    if (m_reason)
        m.reason = Movement::reasonFromKey(m_reason->currentData().toString()).value_or(Movement::Reason::None);
    if (m_approval)
        m.approval = m_approval->text().trimmed();
    QStringList note{m_note->text().trimmed(), countNote()};
    note.removeAll(QString());
    m.note = note.join(QStringLiteral("；"));
    return m;
}

bool MovementDialog::printLabel() const
{
    return m_label && m_label->isChecked();
}

} // namespace Dossier
