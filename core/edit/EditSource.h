#pragma once

#include "common/Result.h"

#include <QImage>
#include <QStringList>

#include <filesystem>

namespace tintype {

// The picture an edit stack applies to: the file decoded upright (EXIF
// orientation), then turned by the catalog's quarter turns (the grid's rotate
// command). Never writes anything; never throws.
class EditSource {
public:
    // `longEdge` 0: full resolution — RAW files get a real LibRaw development
    // (16-bit), others their full decode. `longEdge` > 0: at least that long
    // edge when the file has it (RAW from its embedded preview, JPEG with DCT
    // scaling): for previews and thumbnails.
    // `warnings` (optional) receives what the decoder worked around in a damaged file.
    static Result<QImage> load(const std::filesystem::path &path, int userQuarterTurns, int longEdge = 0,
                               QStringList *warnings = nullptr);
};

} // namespace tintype
