#include "library/FolderWatcher.h"

#ifdef __linux__
#include "library/InotifyFolderWatcher.h"
#endif

namespace tintype {

std::unique_ptr<FolderWatcher> FolderWatcher::create()
{
#ifdef __linux__
    return std::make_unique<InotifyFolderWatcher>();
#else
    return nullptr; // FSEvents (macOS) and ReadDirectoryChangesW (Windows) are to come: LiveFolders polls
#endif
}

} // namespace tintype
