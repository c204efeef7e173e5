#include "TrashNote.h"

#include <QtGlobal>

#ifdef Q_OS_MACOS

namespace tintype::trashnote {

// ~/.Trash (or <volume>/.Trashes/<uid>) holds the file alone; the Finder's
// "Put Back" record is in the trash's .DS_Store and needs no removal.
std::filesystem::path of(const std::filesystem::path &) { return {}; }

} // namespace tintype::trashnote

#endif // Q_OS_MACOS
