#pragma once

#include "common/Result.h"
#include "faces/FaceClusterer.h"
#include "faces/evaluation/FaceClusterEvaluation.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tintype {

class FaceAnalyzer;

// `tintype-cli faces eval DIR`: DIR holds one sub-folder of photos per person.
// Each photo gives one face: the biggest the detector finds, or, when it finds
// none (tight pre-cropped faces such as faces-faceapi-bbt's 150 px crops), the
// whole image taken as an aligned chip — the report counts both.
class FaceSetEvaluator {
    Q_DECLARE_TR_FUNCTIONS(FaceSetEvaluator)

public:
    struct Report {
        int people = 0, photos = 0, detected = 0, preCropped = 0;
        QStringList unreadable; // "file: reason"
        FaceClusterEvaluation::Verification verification;
        FaceClusterEvaluation::BCubed bcubed;
        int clusters = 0, unclustered = 0;
        double embedSeconds = 0;
    };
    static Result<Report> evaluate(FaceAnalyzer &analyzer, const QString &directory,
                                   const FaceDetectionSettings &detection, const FaceClusterSettings &clustering,
                                   double verificationThreshold);
};

} // namespace tintype
