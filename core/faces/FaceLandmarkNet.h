#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include "common/Result.h"

#include <opencv2/dnn.hpp>

#include <array>
#include <vector>

namespace tintype {

class TfjsWeights;

// face-api's full 68-point landmark net (face_landmark_68_model): the face crop
// padded to a centred square, 112×112, four densely connected blocks of separable
// convolutions, 7×7 average pool, a fully connected layer to 136 coordinates.
class FaceLandmarkNet {
public:
    using Points = std::array<cv::Point2d, 68>;

    static Result<FaceLandmarkNet> create(const TfjsWeights &weights);
    // Landmarks of the face in each crop (CV_8UC3 RGB), in that crop's pixels, in
    // one batched forward pass. Not thread-safe.
    std::vector<Points> locate(const std::vector<cv::Mat> &crops);

private:
    FaceLandmarkNet() = default;
    cv::dnn::Net m_net;
};

} // namespace tintype
