#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include "common/Result.h"

#include <opencv2/dnn.hpp>

#include <QString>

#include <vector>

namespace tintype {

class TfjsWeights;

// face-api's SSD MobileNet v1 face detector (ssd_mobilenetv1_model): 512×512
// input (the image padded to a square after its right/bottom edge), MobileNet v1
// with ReLU6, six box predictors over 5118 anchors, box regression decoded with
// the variances 10/5, sigmoid scores, greedy NMS at IoU 0.5.
class FaceDetectorNet {
public:
    struct Detection {
        float score = 0;
        cv::Rect2d box; // pixels of the input image
    };

    static Result<FaceDetectorNet> create(const TfjsWeights &weights);
    // Faces scoring above `minScore`, best first. Not thread-safe (one instance per thread).
    std::vector<Detection> detect(const cv::Mat &rgb, float minScore, int maxResults);

private:
    FaceDetectorNet() = default;
    cv::dnn::Net m_net;
    std::vector<cv::String> m_outputs; // box encodings 0..5, then class predictions 0..5
    cv::Mat m_anchors;                 // 5118 × 4
};

} // namespace tintype
