#pragma once

#include <QImage>

namespace tintype {

// CIE76 colour difference (ΔE*ab, D65) between two images of the same size,
// pixel by pixel, as golden-image tests compare renders. ΔE ≈ 1 is about the
// smallest difference people notice; sizes that differ give a failure.
struct ColourDifference {
    bool sameSize = false;
    double mean = 0;
    double max = 0;

    static ColourDifference compare(const QImage &a, const QImage &b);
};

} // namespace tintype
