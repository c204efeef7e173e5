#include "library/IoPriority.h"

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace tintype::iopriority {

#if defined(__linux__) && defined(SYS_ioprio_set) && defined(SYS_ioprio_get)
namespace {
// From linux/ioprio.h (not installed everywhere; the values are ABI).
constexpr int kWhoProcess = 1; // with id 0: the calling thread
constexpr int kClassShift = 13;
constexpr int kClassIdle = 3;
} // namespace

bool lowerCurrentThread()
{
    return syscall(SYS_ioprio_set, kWhoProcess, 0, kClassIdle << kClassShift) == 0 && currentThreadIsIdle();
}

bool currentThreadIsIdle()
{
    const long priority = syscall(SYS_ioprio_get, kWhoProcess, 0);
    return priority >= 0 && (priority >> kClassShift) == kClassIdle;
}
#else
bool lowerCurrentThread() { return false; }
bool currentThreadIsIdle() { return false; }
#endif

} // namespace tintype::iopriority
