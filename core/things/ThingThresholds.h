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
    static constexpr int kVersion = 1;
    static constexpr float kDefault = 0.30F;
    // The lowest of all thresholds: the detector's own cut-off.
    static float lowest();
    static float minimumScore(const QString &label);
};

} // namespace tintype
