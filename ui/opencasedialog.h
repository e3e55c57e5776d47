#pragma once

#include "storage/caselist.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;
class QLabel;

namespace Dossier {

// Opens a case in the reader: the desk's cases in a list (案号, cause, parties, pages, your notes), filtered as
// one types; a 案号 typed in full, or a case label (一案一码, "DOSSIER-CASE|…") read by a hand-held scanner into
// the same field, opens at Enter.
class OpenCaseDialog final : public QDialog
{
    Q_OBJECT

public:
    OpenCaseDialog(const QList<CaseSummary>& cases, QWidget* parent = nullptr);
    QString chosenCase() const { return m_chosen; }
    // The 案号 a typed or scanned text names: a case label's 案号, or the text itself; empty when none.
    static QString caseFromInput(const QString& text);

private:
    void filter(const QString& text);
    void acceptInput();
    QList<CaseSummary> m_cases;
    QLineEdit* m_input;
    QTableWidget* m_table;
    QLabel* m_message;
    QString m_chosen;
};

} // namespace Dossier
