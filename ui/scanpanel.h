#pragma once

#include <dossier/scansource.h>

#include <QToolBar>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Dossier {

class PluginHost;

// The scan bar of the station: scanner, paper source, colour mode, resolution and the case being scanned
// (案号 checked as typed). The scanners are listed in the background; the choices are kept per clerk.
class ScanPanel final : public QToolBar
{
    Q_OBJECT

public:
    ScanPanel(PluginHost* plugins, QWidget* parent = nullptr);

    QString device() const;
    ScanSettings settings() const;
    // The normalised 案号, empty when none is given; `ok` false when the text is not a case number.
    QString caseNumber(bool* ok = nullptr) const;
    void setCaseNumber(const QString& caseNo);
    void refreshDevices();

Q_SIGNALS:
    void devicesListed(int count);

private:
    void save() const;
    PluginHost* m_plugins;
    QComboBox* m_device;
    QComboBox* m_source;
    QComboBox* m_mode;
    QSpinBox* m_dpi;
    QLineEdit* m_case;
};

} // namespace Dossier
