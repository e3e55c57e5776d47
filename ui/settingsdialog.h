#pragma once

#include "stationsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Dossier {

// 设置: the desk's profile folder, OCR languages and workers, default catalogue template, operator, where
// submitted packages and their backup copies go, the hot folder, and the server for sync.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const StationSettings& settings, QWidget* parent = nullptr);
    StationSettings settings() const;

private:
    QLineEdit* folderField(const QString& value, const QString& objectName);
    void validate();
    QString currentLanguages() const;

    StationSettings m_base;
    QLineEdit* m_profile;
    QComboBox* m_languages;
    QSpinBox* m_workers;
    QComboBox* m_template;
    QLineEdit* m_operator;
    QLineEdit* m_output;
    QPlainTextEdit* m_targets;
    QCheckBox* m_access;
    QCheckBox* m_anonymise;
    QLineEdit* m_hotFolder;
    QLineEdit* m_server;
    QLineEdit* m_alternates;
    QLabel* m_problem;
    QPushButton* m_okButton = nullptr;
};

} // namespace Dossier
