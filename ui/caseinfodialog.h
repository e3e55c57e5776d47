#pragma once

#include "archive/caseinfo.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Dossier {

// 案卷信息: what the 封面 and 备考表 say about the case, as read from the pages, for the clerk to correct before
// the dossier is submitted. Names are separated by 、 or commas; dates are yyyy-MM-dd. Marking the case 涉密
// stops it from being digitised or exported here (standard 15.3).
class CaseInfoDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseInfoDialog(const CaseInfo& info, QWidget* parent = nullptr);
    CaseInfo info() const;

private:
    QLineEdit* line(const QString& text, const QString& objectName);
    void validate();

    CaseInfo m_base;
    QLineEdit* m_court;
    QLineEdit* m_cause;
    QLineEdit* m_plaintiffs;
    QLineEdit* m_defendants;
    QLineEdit* m_thirdParties;
    QLineEdit* m_judge;
    QLineEdit* m_clerk;
    QLineEdit* m_received;
    QLineEdit* m_closed;
    QComboBox* m_result;
    QComboBox* m_retention;
    QLineEdit* m_filedBy;
    QLineEdit* m_checkedBy;
    QLineEdit* m_filedOn;
    QCheckBox* m_classified;
    QLabel* m_problem;
    class QPushButton* m_ok = nullptr;
};

} // namespace Dossier
