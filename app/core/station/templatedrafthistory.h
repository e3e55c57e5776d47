#pragma once

#include "station/templatedraft.h"

#include <dossier/result.h>

#include <QObject>
#include <QString>

class QUndoStack;

namespace Dossier {

// The undo history of a template draft: a QUndoStack of TemplateDraftState values (each step keeps the state
// before and after), so that Ctrl+Z and Ctrl+Shift+Z give back exactly the draft that was. Holds no database:
// whoever shows the draft saves it when changed() says so.
class TemplateDraftHistory final : public QObject
{
    Q_OBJECT

public:
    explicit TemplateDraftHistory(QObject* parent = nullptr);
    ~TemplateDraftHistory() override;

    // A draft opened: the history starts again from it.
    void reset(const TemplateDraftState& state);
    const TemplateDraftState& state() const { return m_state; }
    QUndoStack* undoStack() const { return m_undo; }
    // Takes an edit's result as one undoable step named `text`; an error changes nothing and is returned. An edit
    // that changes nothing is no step.
    Status apply(const Result<TemplateDraftState>& next, const QString& text);

Q_SIGNALS:
    void changed(); // the state is another one (an edit, an undo, a redo, a reset)

private:
    friend class TemplateDraftCommand;
    void set(const TemplateDraftState& state);

    TemplateDraftState m_state;
    QUndoStack* m_undo;
};

} // namespace Dossier
