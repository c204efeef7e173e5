#include "EditHistory.h"

namespace tintype {

void EditHistory::reset(const EditStack &stack)
{
    m_current = stack;
    m_committed = stack;
    m_undo.clear();
    m_redo.clear();
}

bool EditHistory::commit()
{
    if (m_current == m_committed)
        return false;
    m_undo.push_back(m_committed);
    m_redo.clear();
    m_committed = m_current;
    return true;
}

bool EditHistory::undo()
{
    commit();
    if (m_undo.empty())
        return false;
    m_redo.push_back(m_current);
    m_current = m_undo.back();
    m_undo.pop_back();
    m_committed = m_current;
    return true;
}

bool EditHistory::redo()
{
    if (!canRedo())
        return false;
    m_undo.push_back(m_current);
    m_current = m_redo.back();
    m_redo.pop_back();
    m_committed = m_current;
    return true;
}

} // namespace tintype
