#include "Commands.h"

#include <atomic>
#include <csignal>

namespace tintype::cli {

namespace {
std::atomic_bool g_interrupted{false};

extern "C" void onInterrupt(int)
{
    if (g_interrupted.exchange(true))
        std::_Exit(Interrupted); // a second Ctrl+C: leave now (the catalog stays consistent)
}
} // namespace

bool interrupted() { return g_interrupted; }

void installInterruptHandler()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

} // namespace tintype::cli
