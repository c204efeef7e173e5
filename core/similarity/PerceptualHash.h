#pragma once

#include "similarity/ImageTransform.h"

#include <QImage>

#include <array>
#include <bit>
#include <cstdint>
#include <optional>
#include <vector>

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

    // Crops. A copy cropped by a few per cent on each side is a scaled-up centre
    // of its original: its hash is near the hash of the original's centre at
    // the same fraction, not near the original's whole hash. So the centre is
    // hashed too, at each of these fractions of the width and height (copies
    // cropped by 0.5 to 6 % a side are within half a per cent of one of them,
    // close enough for the hash). Centres are symmetric, so turned and mirrored
    // crops still match through transformed().
    static constexpr std::array<double, 5> kCropFractions = {0.98, 0.96, 0.94, 0.92, 0.90};
    // One hash per kCropFractions entry (0 for a flat centre); empty for a null image.
    static std::vector<std::uint64_t> cropHashes(const QImage &image);
    // The centre `fraction` of the width and height (the image itself for 1).
    static QImage centre(const QImage &image, double fraction);
    static int distance(std::uint64_t a, std::uint64_t b) { return std::popcount(a ^ b); }
};

} // namespace tintype
