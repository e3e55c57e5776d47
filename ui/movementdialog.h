#pragma once

#include "domain/paper.h"
#include "station/warehouse.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Dossier {

// One movement of a case's paper as the warehouse clerk enters it: only the fields its kind needs (a check-in's
// volumes, place and items; a loan's borrower, due date and purpose; a check-out's reason, recipient and approval;
// a move's new place). When paper comes in or back and the case has an electronic dossier, the clerk counts it
// against the 卷内目录: the documents not ticked and the sheets counted go into the movement's note.
class MovementDialog final : public QDialog
{
    Q_OBJECT

public:
    MovementDialog(Movement::Kind kind, const QString& caseNo, const PaperState& state,
                   const std::optional<Warehouse::Catalogue>& catalogue, QWidget* parent = nullptr);

    // The movement as entered (uid, time and clerk are the desk's to fill).
    Movement movement() const;
    // A check-in's: print the case's label (一案一码) — asked when the paper arrives without an electronic dossier
    // on this desk, so without a label printed here.
    bool printLabel() const;

private:
    void addCount(const Warehouse::Catalogue& catalogue);
    QString countNote() const;

    Movement::Kind m_kind;
    QString m_caseNo;
    std::optional<Warehouse::Catalogue> m_catalogue;
    QSpinBox* m_volumes = nullptr;
    QLineEdit* m_place = nullptr;
    QLineEdit* m_items = nullptr;
    QLineEdit* m_holder = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_purpose = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_approval = nullptr;
    QLineEdit* m_note = nullptr;
    QListWidget* m_documents = nullptr;
    QSpinBox* m_sheets = nullptr;
    QCheckBox* m_label = nullptr;
};

} // namespace Dossier
