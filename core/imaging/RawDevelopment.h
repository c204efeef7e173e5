#pragma once

#include "common/Result.h"

#include <QImage>

#include <filesystem>

namespace tintype {

// A real development of a RAW file with LibRaw (not the embedded preview):
// full resolution, AHD demosaic, the camera's white balance, sRGB primaries
// and transfer curve, 16 bits per channel, upright (LibRaw applies the
// camera's orientation). For export and 100 % views; seconds per file.
// Never throws; thread-safe (LibRaw's reentrant build, one object per call).
class RawDevelopment {
public:
    // Format_RGBX64, sRGB. Files declaring more than `maxPixels` are refused
    // before anything is decoded.
    static Result<QImage> develop(const std::filesystem::path &path, std::int64_t maxPixels = 200'000'000);
};

} // namespace tintype
