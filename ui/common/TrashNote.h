#pragma once

#include <filesystem>

namespace tintype::trashnote {

// Moving to the system trash is QFile::moveToTrash on every platform (the
// freedesktop.org trash on Linux, IFileOperation's recycle bin on Windows,
// NSFileManager trashItemAtURL on macOS), which says where the file went. What
// differs is the note the trash keeps beside it, which TrashedFiles removes
// when it puts the file back or deletes it for good, so the trash shows no
// entry for a file that is no longer in it. One implementation per system,
// chosen by CMake:
// - Linux (TrashNoteLinux.cpp): <trash>/info/NAME.trashinfo for <trash>/files/NAME;
// - Windows (TrashNoteWin.cpp): $Recycle.Bin\<SID>\$IXXXXXX.ext for $RXXXXXX.ext;
// - macOS (TrashNoteMac.cpp): none (the Finder's "Put Back" record lives in the
//   trash's .DS_Store, which is not ours to edit, and it drops an entry whose file is gone).
// The note of the file now at `inTrash`, or empty when there is none.
std::filesystem::path of(const std::filesystem::path &inTrash);

} // namespace tintype::trashnote
