#pragma once

#include "similarity/ImageTransform.h"

#include <QImage>

#include <bit>
#include <cstdint>
#include <optional>

namespace tintype {

// A 64-bit perceptual hash of a picture: the signs of the 8×8 lowest
// frequencies (the constant term left out) of the 2-D DCT of its 32×32
// grayscale reduction. Recompression, resizing, a small crop or stripped
// metadata change a few bits; a different picture about half of them.
//
// Because each bit is a coefficient's sign, turning or mirroring the picture
// permutes and inverts bits in a known way: transformed() gives the hash of
// the turned picture without decoding it again, so one stored hash per photo
// finds its rotated and mirrored copies too.
class PerceptualHash {
public:
    static constexpr int kBits = 64;

    // Empty for a null image and for a flat one (a black frame, a blank page:
    // nothing to recognise it by). The image should be upright (thumbnails are).
    static std::optional<std::uint64_t> compute(const QImage &image);
    static std::uint64_t transformed(std::uint64_t hash, ImageTransform transform);
    static int distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }
};

} // namespace tintype
