#pragma once

#include "catalog/CatalogRecords.h"
#include "metadata/MediaMetadata.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace tintype {

// Decides which files of one folder are one asset: a RAW and the JPEG/HEIC of
// the same shot, a Live/Motion photo still and its short clip, and XMP sidecars
// (name.xmp, name.ext.xmp) go with the photo they describe. Two stills or two
// long videos with the same stem stay separate assets. Pure function.
struct AssetGrouper {
    struct Member {
        QByteArray name; // file name, native bytes
        MediaKind kind = MediaKind::Unknown;
        std::optional<double> durationSeconds;
    };
    struct Placement {
        std::size_t member; // index into the input
        FileRole role;
    };
    using Group = std::vector<Placement>; // first placement is the primary file

    // Longest clip that still counts as the moving part of a Live/Motion photo.
    static constexpr double kMaxMotionClipSeconds = 10.0;

    // The key files of one shot share: "IMG_1" for IMG_1.JPG, IMG_1.CR2,
    // IMG_1.xmp and IMG_1.JPG.xmp. Case-folded (ASCII).
    static QByteArray stemKey(const QByteArray &fileName);

    // Groups members that all share one stem key.
    static std::vector<Group> group(const std::vector<Member> &members);
};

} // namespace tintype
