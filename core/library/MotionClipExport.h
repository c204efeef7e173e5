#pragma once

#include "common/Result.h"
#include "metadata/MediaMetadata.h"

#include <filesystem>

namespace tintype {

// A motion photo's clip written out as its own MP4, on the user's request
// (`tintype-cli motion-clip`, the viewer's "Save video…"). The photo is only
// read; the clip goes to `folder` as "<photo name without extension>.mp4", or
// "… (2).mp4" and so on — never over a file — through a temporary name in that
// folder and a rename.
struct MotionClipExport {
    static Result<std::filesystem::path> write(const std::filesystem::path &photo, const EmbeddedClip &clip,
                                               const std::filesystem::path &folder);
};

} // namespace tintype
