#include "settingsdialog.h"

#include "domain/cataloguetemplate.h"
#include "sync/syncengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QThread>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Dossier {

SettingsDialog::SettingsDialog(const StationSettings& settings, QWidget* parent) : QDialog(parent), m_base(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_profile = folderField(settings.profileDir, QStringLiteral("profileFolder"));
    m_profile->setPlaceholderText(tr("Default (%1)").arg(QStringLiteral("~/.local/share/dossier")));
    form->addRow(tr("&Profile folder:"), m_profile->parentWidget());

    m_languages = new QComboBox(this);
    m_languages->setObjectName(QStringLiteral("ocrLanguages"));
    m_languages->setEditable(true);
    m_languages->addItem(tr("Chinese (simplified)"), QStringLiteral("chi_sim"));
    m_languages->addItem(tr("Chinese and English"), QStringLiteral("chi_sim+eng"));
    const int known = m_languages->findData(settings.ocrLanguages);
    if (known >= 0)
        m_languages->setCurrentIndex(known);
    else
        m_languages->setEditText(settings.ocrLanguages);
    form->addRow(tr("OCR &languages:"), m_languages);

    m_workers = new QSpinBox(this);
    m_workers->setObjectName(QStringLiteral("ocrWorkers"));
    m_workers->setRange(0, std::max(1, QThread::idealThreadCount()) * 2);
    m_workers->setSpecialValueText(tr("One per processor core (%1)").arg(QThread::idealThreadCount()));
    m_workers->setValue(settings.ocrWorkers);
    form->addRow(tr("OCR &workers:"), m_workers);

    m_template = new QComboBox(this);
    m_template->setObjectName(QStringLiteral("defaultTemplate"));
    for (const QString& id : CatalogueTemplate::builtinIds())
        if (auto t = CatalogueTemplate::builtin(id))
            m_template->addItem(t->name, id);
    m_template->setCurrentIndex(std::max(0, m_template->findData(settings.templateId)));
    form->addRow(tr("Default &template:"), m_template);

    m_operator = new QLineEdit(settings.operatorName, this);
    m_operator->setObjectName(QStringLiteral("operatorName"));
    m_operator->setPlaceholderText(qEnvironmentVariable("USER"));
    form->addRow(tr("&Operator (立卷人):"), m_operator);

    m_output = folderField(settings.outputDir, QStringLiteral("outputFolder"));
    m_output->setPlaceholderText(tr("In the profile folder"));
    form->addRow(tr("Archive &packages:"), m_output->parentWidget());

    m_targets = new QPlainTextEdit(settings.archiveTargets.join(QLatin1Char('\n')), this);
    m_targets->setObjectName(QStringLiteral("archiveTargets"));
    m_targets->setPlaceholderText(
        tr("One folder a line; each receives a verified copy (three make a dossier archived)"));
    m_targets->setFixedHeight(m_targets->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("&Backup copies:"), m_targets);

    m_access = new QCheckBox(tr("Write an access copy for reading"), this);
    m_access->setChecked(settings.accessCopy);
    m_anonymise = new QCheckBox(tr("Write an anonymised copy (隐名处理)"), this);
    m_anonymise->setChecked(settings.anonymise);
    form->addRow(QString(), m_access);
    form->addRow(QString(), m_anonymise);

    m_hotFolder = folderField(settings.hotFolder, QStringLiteral("hotFolder"));
    m_hotFolder->setPlaceholderText(tr("None"));
    form->addRow(tr("&Hot folder:"), m_hotFolder->parentWidget());

    m_server = new QLineEdit(settings.serverUrl, this);
    m_server->setObjectName(QStringLiteral("serverUrl"));
    form->addRow(tr("&Server:"), m_server);
    m_alternates = new QLineEdit(settings.alternateServers.join(QLatin1Char(' ')), this);
    m_alternates->setObjectName(QStringLiteral("alternateServers"));
    m_alternates->setPlaceholderText(tr("None"));
    m_alternates->setToolTip(tr("The court's other servers (same database), separated by spaces: a sync goes on "
                                "with them when the server cannot be reached."));
    form->addRow(tr("&Alternate servers:"), m_alternates);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("settingsProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* note = new QLabel(tr("A new profile folder is used from the next start."), this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_server, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_alternates, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_languages, &QComboBox::editTextChanged, this, &SettingsDialog::validate);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    validate();
    resize(620, sizeHint().height());
}

QLineEdit* SettingsDialog::folderField(const QString& value, const QString& objectName)
{
    auto* row = new QWidget(this);
    auto* edit = new QLineEdit(value, row);
    edit->setObjectName(objectName);
    auto* pick = new QToolButton(row);
    pick->setText(tr("…"));
    pick->setToolTip(tr("Choose a folder"));
    connect(pick, &QToolButton::clicked, this, [this, edit] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a folder"), edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit);
    h->addWidget(pick);
    return edit;
}

void SettingsDialog::validate()
{
    QString problem;
    if (!m_server->text().trimmed().isEmpty() && !SyncEngine::isServerAddress(m_server->text().trimmed()))
        problem = tr("The server must be an http:// or https:// address.");
    const QStringList alternates = m_alternates->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (alternates.size() > 8 || !std::all_of(alternates.begin(), alternates.end(), SyncEngine::isServerAddress))
        problem = tr("Alternate servers are at most eight http:// or https:// addresses, separated by spaces.");
    const auto withUser = [](const QString& a) { return !QUrl(a).userInfo().isEmpty(); };
    if (withUser(m_server->text().trimmed()) || std::any_of(alternates.begin(), alternates.end(), withUser))
        problem = tr("A server address must not hold a user name or password: they are asked when you sign in, "
                     "and kept in the system keyring.");
    static const QRegularExpression languages(QStringLiteral("^[a-z_]+(\\+[a-z_]+)*$"));
    if (!languages.match(currentLanguages()).hasMatch())
        problem = tr("OCR languages are Tesseract names joined by +, e.g. chi_sim+eng.");
    m_problem->setText(problem);
    m_okButton->setEnabled(problem.isEmpty());
}

QString SettingsDialog::currentLanguages() const
{
    const int i = m_languages->findText(m_languages->currentText());
    return i >= 0 ? m_languages->itemData(i).toString() : m_languages->currentText().trimmed();
}

StationSettings SettingsDialog::settings() const
{
    StationSettings s = m_base;
    s.profileDir = m_profile->text().trimmed();
    s.ocrLanguages = currentLanguages();
    s.ocrWorkers = m_workers->value();
    s.templateId = m_template->currentData().toString();
    s.operatorName = m_operator->text().trimmed();
    s.outputDir = m_output->text().trimmed();
    s.archiveTargets.clear();
    for (const QString& line : m_targets->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.archiveTargets << line.trimmed();
    s.accessCopy = m_access->isChecked();
    s.anonymise = m_anonymise->isChecked();
    s.hotFolder = m_hotFolder->text().trimmed();
    s.serverUrl = m_server->text().trimmed();
    s.alternateServers = m_alternates->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return s;
}

} // namespace Dossier
