#pragma once

#include <QImage>

#include <array>
#include <cstdint>

namespace tintype {

// One of the eight ways to turn and mirror a picture (the dihedral group of the
// square): optionally transposed (x and y swapped), then mirrored left-right
// and/or top-bottom. Rotations by 90°, 180°, 270° and the mirrors are all here;
// a copy saved turned or flipped matches its original through one of them.
struct ImageTransform {
    bool transpose = false;
    bool flipX = false; // left-right, after the transpose
    bool flipY = false; // top-bottom, after the transpose

    static std::array<ImageTransform, 8> all();
    int index() const { return (transpose ? 4 : 0) | (flipX ? 2 : 0) | (flipY ? 1 : 0); }
    static ImageTransform fromIndex(int index) { return {(index & 4) != 0, (index & 2) != 0, (index & 1) != 0}; }
    bool isIdentity() const { return index() == 0; }
    // The transform that undoes this one.
    ImageTransform inverse() const;
    // The picture as this transform shows it.
    QImage apply(const QImage &image) const;
    bool operator==(const ImageTransform &) const = default;
};

} // namespace tintype
