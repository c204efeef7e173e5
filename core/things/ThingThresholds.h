#pragma once

#include <QString>

namespace tintype {

// The score a detection of each class needs to be kept: one global score cannot
// serve every class (CenterNet gives a real cat 0.30 and a building a "train" at
// 0.22). Tuned on the shared sample photos (core/things/README.md): classes the
// detector confuses often need more. Changing any value bumps kVersion, which
// makes every photo's pass run again (ThingModels::modelId).
class ThingThresholds {
public:
    static constexpr int kVersion = 2;
    static constexpr float kDefault = 0.30F;
    // The lowest of all thresholds: the detector's own cut-off.
    static float lowest();
    static float minimumScore(const QString &label);
    // The heatmap cells at half the peak or more a detection of this class needs
    // (ThingFinder::Detection::peakCells): a score alone cannot tell a cat from
    // fur-like noise, which CenterNet scores 0.25-0.59 (as Human's JavaScript does)
    // against 0.30-0.48 for the real cats of the samples; the noise peaks in
    // 5-24 cells, the real cats in 32-38. 0 for the classes where no texture was
    // seen to fool it.
    static int minimumPeakCells(const QString &label);
};

} // namespace tintype
