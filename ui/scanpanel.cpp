#include "scanpanel.h"
#include "common/workerpool.h"

#include "domain/casenumber.h"
#include "plugin/pluginhost.h"

#include "imaging/qrcode.h"
#include <QComboBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>

#include <QSettings>
#include <QSpinBox>
#include <QValidator>
#include <QtConcurrent>

namespace Dossier {
namespace {

// 案号 as typed: anything on the way to one is allowed; the field shows whether it is one yet.
class CaseNumberValidator final : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString& input, int&) const override
    {
        // A hand-held code reader types a label's whole payload, then Enter: it stands for the 案号 it carries
        // (replaced when editing finishes, not while the characters still arrive).
        if (const QString inLabel = QrCode::caseNumberIn(input); !inLabel.isEmpty() && CaseNumber::parse(inLabel))
            return Acceptable;
        if (input.trimmed().isEmpty() || CaseNumber::parse(input))
            return Acceptable;
        return Intermediate;
    }
    void fixup(QString& input) const override
    {
        if (auto cn = CaseNumber::parse(input))
            input = cn->toString();
    }
};

QString settingsGroup()
{
    return QStringLiteral("scan/") + qEnvironmentVariable("USER", QStringLiteral("clerk"));
}

} // namespace

ScanPanel::ScanPanel(PluginHost* plugins, QWidget* parent)
    : QToolBar(tr("Scan"), parent), m_plugins(plugins), m_device(new QComboBox(this)), m_source(new QComboBox(this)),
      m_mode(new QComboBox(this)), m_dpi(new QSpinBox(this)), m_case(new QLineEdit(this))
{
    setObjectName(QStringLiteral("scanToolBar"));
    m_device->setObjectName(QStringLiteral("scanDevice"));
    m_device->setMinimumContentsLength(18);
    m_device->setToolTip(tr("Scanner"));
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_source->addItem(tr("Feeder"), static_cast<int>(ScanSettings::Source::Adf));
    m_source->addItem(tr("Feeder, both sides"), static_cast<int>(ScanSettings::Source::AdfDuplex));
    m_source->addItem(tr("Flatbed"), static_cast<int>(ScanSettings::Source::Flatbed));
    m_mode->setObjectName(QStringLiteral("scanMode"));
    m_mode->addItem(tr("Grey"), static_cast<int>(ScanSettings::Mode::Grey));
    m_mode->addItem(tr("Colour"), static_cast<int>(ScanSettings::Mode::Colour));
    m_mode->addItem(tr("Black and white"), static_cast<int>(ScanSettings::Mode::Bitonal));
    m_dpi->setObjectName(QStringLiteral("scanDpi"));
    m_dpi->setRange(100, 600);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(QStringLiteral(" dpi"));
    m_dpi->setValue(300);
    m_case->setObjectName(QStringLiteral("caseNumber"));
    m_case->setPlaceholderText(tr("案号, e.g. （2024）苏0602民初1234号"));
    m_case->setMinimumWidth(260);
    m_case->setMaximumWidth(340);
    m_case->setValidator(new CaseNumberValidator(m_case));
    m_case->setClearButtonEnabled(true);
    connect(m_case, &QLineEdit::textChanged, this, [this] {
        const bool ok = m_case->hasAcceptableInput();
        m_case->setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #c0392b; }"));
        m_case->setToolTip(ok ? QString() : tr("Not a case number yet: （年份）法院代字 类型代字 序号 号"));
    });
    connect(m_case, &QLineEdit::editingFinished, this, [this] {
        const QString inLabel = QrCode::caseNumberIn(m_case->text());
        if (auto cn = CaseNumber::parse(inLabel.isEmpty() ? m_case->text() : inLabel))
            m_case->setText(cn->toString());
    });
    addWidget(new QLabel(tr("Case "), this));
    addWidget(m_case);
    addSeparator();
    addWidget(m_device);
    addWidget(m_source);
    addWidget(m_mode);
    addWidget(m_dpi);

    const QSettings s;
    m_source->setCurrentIndex(std::max(0, m_source->findData(s.value(settingsGroup() + QStringLiteral("/source"),
                                                                     static_cast<int>(ScanSettings::Source::Adf)))));
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(s.value(settingsGroup() + QStringLiteral("/mode"),
                                                                 static_cast<int>(ScanSettings::Mode::Grey)))));
    m_dpi->setValue(s.value(settingsGroup() + QStringLiteral("/dpi"), 300).toInt());
    for (auto* combo : {m_source, m_mode, m_device})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { save(); });
    connect(m_dpi, &QSpinBox::valueChanged, this, [this] { save(); });
    refreshDevices();
}

void ScanPanel::refreshDevices()
{
    auto source = m_plugins->load<ScanSource>(QStringLiteral("scan"));
    if (!source) {
        m_device->clear();
        m_device->addItem(tr("No scanner plugin"));
        m_device->setEnabled(false);
        Q_EMIT devicesListed(0);
        return;
    }
    m_device->setEnabled(false);
    m_device->clear();
    m_device->addItem(tr("Looking for scanners…"));
    // SANE can take seconds to list network scanners: never on the GUI thread.
    auto* watcher = new QFutureWatcher<Result<QList<ScanDevice>>>(this);
    connect(watcher, &QFutureWatcher<Result<QList<ScanDevice>>>::finished, this, [this, watcher] {
        const auto devices = watcher->result();
        watcher->deleteLater();
        m_device->clear();
        if (!devices || devices->isEmpty()) {
            m_device->addItem(devices ? tr("No scanner found") : devices.error().message());
            Q_EMIT devicesListed(0);
            return;
        }
        for (const ScanDevice& d : *devices)
            m_device->addItem(QStringLiteral("%1 %2 (%3)").arg(d.vendor, d.model, d.name), d.name);
        const QString last = QSettings().value(settingsGroup() + QStringLiteral("/device")).toString();
        m_device->setCurrentIndex(std::max(0, m_device->findData(last)));
        m_device->setEnabled(true);
        Q_EMIT devicesListed(int(devices->size()));
    });
    ScanSource* src = *source;
    watcher->setFuture(QtConcurrent::run(workerPool(), [src] { return src->devices(); }));
}

QString ScanPanel::device() const
{
    return m_device->currentData().toString();
}

ScanSettings ScanPanel::settings() const
{
    ScanSettings s;
    s.source = static_cast<ScanSettings::Source>(m_source->currentData().toInt());
    s.mode = static_cast<ScanSettings::Mode>(m_mode->currentData().toInt());
    s.dpi = m_dpi->value();
    return s;
}

QString ScanPanel::caseNumber(bool* ok) const
{
    QString text = m_case->text().trimmed();
    if (const QString inLabel = QrCode::caseNumberIn(text); !inLabel.isEmpty())
        text = inLabel;
    auto cn = CaseNumber::parse(text);
    if (ok)
        *ok = text.isEmpty() || cn.ok();
    return cn ? cn->toString() : QString();
}

void ScanPanel::setCaseNumber(const QString& caseNo)
{
    m_case->setText(caseNo);
}

void ScanPanel::save() const
{
    QSettings s;
    s.setValue(settingsGroup() + QStringLiteral("/source"), m_source->currentData());
    s.setValue(settingsGroup() + QStringLiteral("/mode"), m_mode->currentData());
    s.setValue(settingsGroup() + QStringLiteral("/dpi"), m_dpi->value());
    if (m_device->isEnabled())
        s.setValue(settingsGroup() + QStringLiteral("/device"), m_device->currentData());
}

} // namespace Dossier
