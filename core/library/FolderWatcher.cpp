#include "library/FolderWatcher.h"

#if defined(Q_OS_LINUX)
#include "library/InotifyFolderWatcher.h"
#elif defined(Q_OS_WIN)
#include "library/FolderWatcherWin.h"
#elif defined(Q_OS_MACOS)
#include "library/FolderWatcherMac.h"
#endif

namespace tintype {

std::unique_ptr<FolderWatcher> FolderWatcher::create()
{
#if defined(Q_OS_LINUX)
    return std::make_unique<InotifyFolderWatcher>();
#elif defined(Q_OS_WIN)
    return std::make_unique<FolderWatcherWin>();
#elif defined(Q_OS_MACOS)
    return std::make_unique<FolderWatcherMac>();
#else
    return nullptr; // no watcher on this system: LiveFolders polls
#endif
}

} // namespace tintype
