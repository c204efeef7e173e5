#pragma once

// Private to core/metadata: finding the video inside a motion photo's own file.
//
// - Google (Pixel `PXL_…MP.jpg`, Motion Photo format 1.0): XMP GCamera:MotionPhoto
//   and a Container:Directory whose items (Mime, Semantic, Length, Padding) are
//   laid out after the primary image in order; older phones write
//   GCamera:MicroVideo + MicroVideoOffset (the clip's length, from the end).
// - Samsung: the MP4 is the "MotionPhoto_Data" record of the SEF trailer
//   (records, then an "SEFH" directory, then its length and "SEFT" at the very
//   end); newer phones also write the Google XMP.
// A range counts only when the bytes there start an MP4/QuickTime ("ftyp").

#include "metadata/MediaMetadata.h"

#include <QString>

#include <filesystem>
#include <optional>
#include <vector>

namespace tintype::detail {

struct MotionPhotoHints {
    struct Item {
        QString mime, semantic;
        std::int64_t length = 0, padding = 0;
    };
    bool flagged = false;                         // GCamera:MotionPhoto or MicroVideo = 1
    std::optional<std::int64_t> microVideoOffset; // bytes from the end of the file
    std::vector<Item> directory;                  // Container:Directory, in order

    // Whether the XMP says there is a clip (a directory with only a gain map does not).
    bool promisesClip() const;
};

// The clip's bytes, or nothing; a warning when the XMP promises a clip that is not there.
std::optional<EmbeddedClip> locateMotionClip(const std::filesystem::path &file, const MotionPhotoHints &hints,
                                             QStringList &warnings);

} // namespace tintype::detail
