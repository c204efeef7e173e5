#pragma once

#include "common/Result.h"
#include "faces/FaceAnalysis.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <memory>

namespace tintype {

// Finds faces in an image and describes them: face-api's SSD MobileNet v1
// detector → 68-point landmarks on the detector's crop → dlib-style aligned chip
// (axis-aligned box from the eye and mouth centres) → 128-D embedding. The
// networks are face-api's TensorFlow.js weights (see FaceModels), run on OpenCV's
// dnn module. One analyzer per thread: analyze() is not reentrant.
class FaceAnalyzer {
    Q_DECLARE_TR_FUNCTIONS(FaceAnalyzer)

public:
    ~FaceAnalyzer();
    FaceAnalyzer(const FaceAnalyzer &) = delete;
    FaceAnalyzer &operator=(const FaceAnalyzer &) = delete;

    // Loads the three models from `modelDirectory` (FaceModels::directory()); fails
    // with a readable message (missing, truncated or foreign files).
    static Result<std::unique_ptr<FaceAnalyzer>> load(const QString &modelDirectory);

    // Faces in `image` (any format; converted to RGB), best score first.
    Result<std::vector<AnalyzedFace>> analyze(const QImage &image, const FaceDetectionSettings &settings);
    // The embedding of an image that already is an aligned face chip (face-api's
    // computeFaceDescriptor on the whole image): for pre-cropped face sets.
    Result<FaceEmbedding> embedChip(const QImage &chip);

private:
    struct Networks;
    explicit FaceAnalyzer(std::unique_ptr<Networks> networks);
    std::unique_ptr<Networks> m_networks;
};

} // namespace tintype
