#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include "common/Result.h"

#include <opencv2/dnn.hpp>

#include <array>
#include <vector>

namespace tintype {

class TfjsWeights;

// face-api's 128-D face recognition net (face_recognition_model, dlib's ResNet):
// the face chip padded to a centred square, 150×150, mean-RGB normalised, a
// 7×7/2 convolution, max pool, 29 residual 3×3 convolutions with folded scale
// layers, global average, a 256→128 projection.
class FaceEmbeddingNet {
public:
    using Embedding = std::array<float, 128>;

    static Result<FaceEmbeddingNet> create(const TfjsWeights &weights);
    // The embeddings of face chips (CV_8UC3 RGB), in one batched forward pass.
    // Not thread-safe.
    std::vector<Embedding> embed(const std::vector<cv::Mat> &chips);

private:
    FaceEmbeddingNet() = default;
    cv::dnn::Net m_net;
};

} // namespace tintype
