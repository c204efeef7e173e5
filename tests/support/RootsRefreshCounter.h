#pragma once

#include <QtGlobal>

namespace tintype::test {

// Counts Library::refreshRoots calls, from any thread, by the debug line each
// writes to the "tintype.library.roots" logging category. One at a time.
class RootsRefreshCounter {
public:
    RootsRefreshCounter();
    ~RootsRefreshCounter();
    RootsRefreshCounter(const RootsRefreshCounter &) = delete;
    RootsRefreshCounter &operator=(const RootsRefreshCounter &) = delete;

    int count() const;
    void reset();

private:
    QtMessageHandler m_previous;
};

} // namespace tintype::test
