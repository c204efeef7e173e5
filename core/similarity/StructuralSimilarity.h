#pragma once

#include "similarity/ImageTransform.h"

#include <QImage>

namespace tintype {

// Verifies a candidate pair found by perceptual hash. Both pictures are
// reduced to kSide × kSide grayscale, `a` turned by the transform the hashes
// matched with, then aligned onto `b` (an affine fit, OpenCV's ECC: a copy
// cropped or padded by a few per cent lines up again), and compared by
// structural similarity (SSIM, Gaussian 7×7 window, both slightly softened
// first): over the whole picture and in its worst cell of a 4×4 grid. Recompressed, resized, cropped copies
// stay high everywhere; in a burst the subject moved, so some cell drops.
class StructuralSimilarity {
public:
    static constexpr int kSide = 64;

    struct Comparison {
        double overall = 0;   // mean SSIM, 1 = identical
        double worstCell = 0; // the lowest mean SSIM of the 16 cells
        bool aligned = false; // the affine fit converged and stayed small
    };
    // The verdict: the same picture when every cell is at least kSameWorstCell
    // alike. Both pictures are softened a little (Gaussian, sigma kBlur pixels
    // of the 64) before SSIM, so the sub-pixel resampling differences of a
    // recompressed or cropped real photo's fine texture do not count, while a
    // subject that moved still does. Measured (tests/bench: dupes crops on 61
    // real photos, generated bursts): real copies cropped 1-6 % a side >= 0.949
    // (0.84 unsoftened), burst frames 4 % apart <= 0.926, 8 % apart <= 0.872.
    static constexpr double kSameWorstCell = 0.94;
    static constexpr double kBlur = 0.7;
    static bool isSamePicture(const Comparison &c) { return c.worstCell >= kSameWorstCell; }

    // All zero when either image is null.
    static Comparison compare(const QImage &a, const QImage &b, ImageTransform transformOfA = {});
};

} // namespace tintype
