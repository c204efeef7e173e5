#pragma once

#include "edit/EditStack.h"

#include <vector>

namespace tintype {

// The undo/redo of one edit-mode session, over whole stacks. A slider drag
// changes the stack many times (change()) and becomes one undo step when the
// drag ends (commit()); a click (rotate, a look, reset) is change + commit.
class EditHistory {
public:
    // Starts over from `stack` (what the catalog has), with no history.
    void reset(const EditStack &stack);
    const EditStack &current() const { return m_current; }

    // The stack as it is now; an undo step only once committed.
    void change(const EditStack &stack) { m_current = stack; }
    // Makes the changes since the last step one undo step; false when nothing changed.
    bool commit();

    bool canUndo() const { return !m_undo.empty() || m_current != m_committed; }
    bool canRedo() const { return !m_redo.empty() && m_current == m_committed; }
    // Uncommitted changes are committed first, then undone like any step.
    bool undo();
    bool redo();

private:
    EditStack m_current;
    EditStack m_committed; // the state of the last step
    std::vector<EditStack> m_undo, m_redo;
};

} // namespace tintype
