#pragma once

#include "faces/FaceAnalysis.h"

#include <cstdint>
#include <vector>

namespace tintype {

// Quality figures for `tintype-cli faces eval`: how well embeddings separate
// people, and how well a clustering matches the true identities.
struct FaceClusterEvaluation {
    struct BCubed {
        double precision = 0, recall = 0, f1 = 0;
    };
    // BCubed precision/recall/F1 of `predicted` against `truth` (one label per face;
    // a predicted label of -1 is a cluster of its own).
    static BCubed bcubed(const std::vector<int> &truth, const std::vector<std::int64_t> &predicted);

    struct Verification {
        double accuracy = 0; // at `threshold`
        double threshold = 0;
        double bestAccuracy = 0; // at `bestThreshold` (the most accurate of a sweep)
        double bestThreshold = 0;
        std::int64_t samePairs = 0, differentPairs = 0;
    };
    // Pairwise verification: "same person" when the distance is below the threshold.
    static Verification verification(const std::vector<FaceEmbedding> &embeddings, const std::vector<int> &truth,
                                     double threshold);
};

} // namespace tintype
