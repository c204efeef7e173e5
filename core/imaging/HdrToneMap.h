#pragma once

// Private to core/imaging: HDR video frames (10-bit BT.2020, PQ or HLG, as
// today's phones record) to an sRGB picture for thumbnails. FFmpeg's zscale or
// tonemap filters are not in every FFmpeg build, so this is done on the frame:
// transfer function → linear light relative to SDR reference white (203 cd/m²,
// ITU-R BT.2408), BT.2020 → BT.709 primaries, a luminance roll-off of what lies
// above a knee (an exponential shoulder), sRGB encoding.

#include <QImage>

#include <cstdint>

namespace tintype::detail {

enum class HdrTransfer { Pq, Hlg };

// `rgb48`: non-linear R'G'B' 16-bit per channel, native endianness, full range.
QImage toneMapHdr(const std::uint16_t *rgb48, int width, int height, int strideBytes, HdrTransfer transfer);

} // namespace tintype::detail
