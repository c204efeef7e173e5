#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include <opencv2/core.hpp>

namespace tintype::faces {

// How face-api turns an image into a network input, reproduced exactly:
// pad to a square with zeros (after the image, or centred), then resize with
// TensorFlow's legacy bilinear sampling (no half-pixel centres, no antialiasing),
// then normalise into an NCHW float32 blob.
namespace tensorimage {

enum class PadMode { AfterImage, Centred };

// `rgb` is CV_8UC3 (RGB order). Returns a size×size CV_32FC3 image (0..255 values).
cv::Mat squareResize(const cv::Mat &rgb, int size, PadMode mode);

// NCHW blob of (pixel - mean[c]) * scale, from a CV_32FC3 image.
cv::Mat toBlob(const cv::Mat &image, const cv::Vec3f &mean, float scale);

// How face-api's padToSquare splits the padding: `before` and `after` for a dimension
// `diff` pixels shorter than the other one.
struct Split {
    int before = 0;
    int after = 0;
};
Split padSplit(int diff, PadMode mode);

} // namespace tensorimage

} // namespace tintype::faces
