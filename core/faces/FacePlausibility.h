#pragma once

#include "faces/FaceAnalysis.h"

#include <QPointF>
#include <QRectF>

#include <array>

namespace tintype {

// Whether a detection is a face at all. face-api's SSD detector also fires on
// strawberries, pumpkins, dogs and flowers (scores up to 0.80 on the shared
// samples), and its landmark network, trained on faces only, then returns a
// shrunken face shape inside the box: on real faces the 68 points span the
// detector box from ear to ear. Thresholds are measured on the shared samples
// (core/faces/README.md, "False faces").
struct FacePlausibility {
    enum class Verdict {
        Face,
        LandmarksShrunk,    // the landmarks span less than kMinLandmarkSpan of the box width
        EyesTooClose,       // inter-ocular distance < kMinEyeDistance of the box width
        MouthNotBelowEyes,  // mouth centre less than kMinMouthDrop inter-ocular distances below the eye line
        DegenerateEmbedding // not finite, or its length outside [kMinEmbeddingNorm, kMaxEmbeddingNorm]
    };
    static constexpr double kMinLandmarkSpan = 0.82;
    static constexpr double kMinEyeDistance = 0.20;
    static constexpr double kMinMouthDrop = 0.5;
    static constexpr double kMinEmbeddingNorm = 0.8, kMaxEmbeddingNorm = 2.2;

    // `box`: the region the landmark network saw (the detector box clipped to the
    // image), `landmarks` in the same pixels, iBUG 68-point order.
    static Verdict checkLandmarks(const QRectF &box, const std::array<QPointF, 68> &landmarks);
    static Verdict checkEmbedding(const FaceEmbedding &embedding);
};

} // namespace tintype
