#include "station/templatedrafthistory.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Dossier {

// One edit of the draft: the state before and after it.
class TemplateDraftCommand final : public QUndoCommand
{
public:
    TemplateDraftCommand(TemplateDraftHistory* history, TemplateDraftState before, TemplateDraftState after,
                         const QString& text)
        : QUndoCommand(text), m_history(history), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    void redo() override { m_history->set(m_after); }
    void undo() override { m_history->set(m_before); }

private:
    TemplateDraftHistory* m_history;
    TemplateDraftState m_before, m_after;
};

TemplateDraftHistory::TemplateDraftHistory(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {}

TemplateDraftHistory::~TemplateDraftHistory() = default;

void TemplateDraftHistory::reset(const TemplateDraftState& state)
{
    m_undo->clear();
    set(state);
}

Status TemplateDraftHistory::apply(const Result<TemplateDraftState>& next, const QString& text)
{
    if (!next)
        return next.error();
    if (*next == m_state)
        return Ok{};
    m_undo->push(new TemplateDraftCommand(this, m_state, *next, text)); // push() runs redo(): the new state
    return Ok{};
}

void TemplateDraftHistory::set(const TemplateDraftState& state)
{
    m_state = state;
    Q_EMIT changed();
}

} // namespace Dossier
