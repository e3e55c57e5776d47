#include "templatedialogs.h"

#include "templateitemsmodel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <array>

namespace Dossier {
namespace {

QDialogButtonBox* buttons(QDialog* d)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    QObject::connect(box, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return box;
}

QLineEdit* field(QWidget* parent, const QString& name, const QString& text, const QString& hint)
{
    auto* e = new QLineEdit(text, parent);
    e->setObjectName(name);
    e->setPlaceholderText(hint);
    return e;
}

} // namespace

std::optional<QList<TemplateItem>> TemplateDialogs::askItems(QWidget* parent, const QString& title, int parts,
                                                             const TemplateItem& seed)
{
    QDialog d(parent);
    d.setObjectName(QStringLiteral("itemDialog"));
    d.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&d);
    QList<std::array<QLineEdit*, 4>> fields;
    for (int i = 0; i < parts; ++i) {
        auto* box = new QGroupBox(parts > 1 ? tr("Part %1").arg(i + 1) : tr("Item"), &d);
        auto* form = new QFormLayout(box);
        const TemplateItem& from = i == 0 ? seed : TemplateItem();
        const QString n = QString::number(i);
        std::array<QLineEdit*, 4> f{
            field(box, QStringLiteral("itemCode") + n, from.code, tr("small letters, digits, _ (president_review)")),
            field(box, QStringLiteral("itemName") + n, from.name, tr("as the 卷内目录 names it")),
            field(box, QStringLiteral("itemTitles") + n, from.titles.join(QStringLiteral("、")),
                  tr("title lines that name it, separated by 、")),
            field(box, QStringLiteral("itemKeywords") + n, from.keywords.join(QStringLiteral("、")),
                  tr("words of its text, separated by 、"))};
        form->addRow(tr("Code:"), f[0]);
        form->addRow(tr("Name:"), f[1]);
        form->addRow(tr("Titles:"), f[2]);
        form->addRow(tr("Keywords:"), f[3]);
        layout->addWidget(box);
        fields << f;
    }
    layout->addWidget(buttons(&d));
    d.resize(520, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    QList<TemplateItem> out;
    for (const auto& f : std::as_const(fields)) {
        TemplateItem it = seed;
        it.code = f[0]->text().trimmed();
        it.name = f[1]->text().trimmed();
        it.titles = TemplateItemsModel::splitList(f[2]->text());
        it.keywords = TemplateItemsModel::splitList(f[3]->text());
        it.generated = false;
        if (it.titles.isEmpty() && !it.name.isEmpty())
            it.titles = {it.name};
        out << it;
    }
    return out;
}

std::optional<TemplateDialogs::Removal> TemplateDialogs::askRemoval(QWidget* parent, const TemplateItem& item,
                                                                    const QList<TemplateItem>& others)
{
    QDialog d(parent);
    d.setObjectName(QStringLiteral("removeDialog"));
    d.setWindowTitle(tr("Remove %1").arg(item.name));
    auto* layout = new QVBoxLayout(&d);
    auto* label = new QLabel(tr("Documents of %1 (%2) already catalogued keep a type: which one, on every desk, when "
                                "this version arrives?")
                                 .arg(item.name, item.code),
                             &d);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* retire = new QRadioButton(tr("Retire: they become the volume's other material (其他材料)"), &d);
    retire->setObjectName(QStringLiteral("removeRetire"));
    auto* rename = new QRadioButton(tr("Rename into another item: they take its code"), &d);
    rename->setObjectName(QStringLiteral("removeRename"));
    auto* merge = new QRadioButton(tr("Merge with another item: the two become one"), &d);
    merge->setObjectName(QStringLiteral("removeMerge"));
    auto* group = new QButtonGroup(&d);
    group->addButton(retire, int(ItemRemoval::Retire));
    group->addButton(rename, int(ItemRemoval::RenameInto));
    group->addButton(merge, int(ItemRemoval::MergeInto));
    retire->setChecked(true);
    auto* into = new QComboBox(&d);
    into->setObjectName(QStringLiteral("removeInto"));
    for (const TemplateItem& o : others)
        if (o.code != item.code)
            into->addItem(QStringLiteral("%1 (%2)").arg(o.name, o.code), o.code);
    into->setEnabled(false);
    QObject::connect(group, &QButtonGroup::idToggled, into,
                     [into, group] { into->setEnabled(group->checkedId() != int(ItemRemoval::Retire)); });
    for (QWidget* w : std::initializer_list<QWidget*>{retire, rename, merge, into})
        layout->addWidget(w);
    layout->addWidget(buttons(&d));
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    return Removal{static_cast<ItemRemoval>(group->checkedId()), into->currentData().toString()};
}

std::optional<TemplateDialogs::Stage> TemplateDialogs::askStage(QWidget* parent, const QString& what)
{
    QDialog d(parent);
    d.setObjectName(QStringLiteral("publishDialog"));
    d.setWindowTitle(tr("Publish"));
    auto* layout = new QVBoxLayout(&d);
    auto* label = new QLabel(what, &d);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* everyone = new QRadioButton(tr("To every desk"), &d);
    everyone->setObjectName(QStringLiteral("publishEveryone"));
    everyone->setChecked(true);
    auto* staged = new QRadioButton(tr("First to these accounts and courts (a staged rollout; the others keep the "
                                       "version they use)"),
                                    &d);
    staged->setObjectName(QStringLiteral("publishStaged"));
    auto* accounts = field(&d, QStringLiteral("publishAccounts"), {}, tr("user names, separated by commas"));
    auto* courts =
        field(&d, QStringLiteral("publishCourts"), {}, tr("court codes (苏0602, 苏06), separated by commas"));
    auto* form = new QFormLayout;
    form->addRow(tr("Accounts:"), accounts);
    form->addRow(tr("Courts:"), courts);
    for (QWidget* w : {accounts, courts}) {
        w->setEnabled(false);
        QObject::connect(staged, &QRadioButton::toggled, w, &QWidget::setEnabled);
    }
    layout->addWidget(everyone);
    layout->addWidget(staged);
    layout->addLayout(form);
    auto* box = buttons(&d);
    box->button(QDialogButtonBox::Ok)->setText(tr("Publish"));
    layout->addWidget(box);
    d.resize(560, d.sizeHint().height());
    if (d.exec() != QDialog::Accepted)
        return std::nullopt;
    Stage s;
    if (staged->isChecked()) {
        static const QRegularExpression sep(QStringLiteral("[,，、;；\\s]+"));
        s.accounts = accounts->text().split(sep, Qt::SkipEmptyParts);
        s.courts = courts->text().split(sep, Qt::SkipEmptyParts);
    }
    return s;
}

} // namespace Dossier
