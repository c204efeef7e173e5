#pragma once

#include <QPointF>
#include <QRect>
#include <QRectF>

#include <array>
#include <vector>

namespace tintype {

// Settings of face detection (user-visible: "minimum face size", "minimum score").
struct FaceDetectionSettings {
    float minScore = 0.5F;      // SSD detector score, 0..1
    int minFaceSize = 24;       // pixels of the analysed image (the preview, long edge `analysisSize`)
    int maxFaces = 100;         // per photo
    int analysisSize = 1024;    // long edge of the preview faces are detected on
    bool rejectNonFaces = true; // FacePlausibility: drop detections whose landmarks/embedding are not a face's
};

using FaceEmbedding = std::array<float, 128>;

// One face found in an image, in that image's pixels.
struct AnalyzedFace {
    QRectF box;                          // the detector's box
    float score = 0;                     // the detector's score
    std::array<QPointF, 68> landmarks{}; // iBUG 68-point order (jaw 0-16, brows, nose, eyes 36-47, mouth 48-67)
    QRect chip;                          // the aligned crop the embedding was computed from
    FaceEmbedding embedding{};           // 128-D, dlib space: same person when the Euclidean distance < ~0.6
    float sharpness = 0;                 // variance of the Laplacian of the chip at 150 px (blur < ~50)
};

} // namespace tintype
