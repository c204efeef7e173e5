#pragma once

#include <string_view>

namespace tintype {

// Names that operating systems, NAS boxes and sync tools leave in photo
// folders, which a scan must never treat as the user's photos.
struct LitterFilter {
    // A folder not to descend into: hidden folders, @eaDir, .thumbnails,
    // .Trash-*, .trashed-*, #recycle, .stversions, ...
    static bool isLitterFolder(std::string_view name);
    // A file to skip: .DS_Store, Thumbs.db, desktop.ini, ._* AppleDouble, hidden files.
    static bool isLitterFile(std::string_view name);
    // A file still being written under a temporary name, renamed when complete:
    // Syncthing's .syncthing.*.tmp and ~syncthing~*.tmp, browsers' and
    // PhotoSync's *.part / *.crdownload, Android's .pending-*, *.tmp staging.
    static bool isPartialFile(std::string_view name);
};

} // namespace tintype
