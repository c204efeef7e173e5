#pragma once

// Internal to core/faces (includes OpenCV): never include from a public header.

#include <opencv2/core.hpp>

#include <vector>

namespace tintype {

// How face-api turns an image into a network input, reproduced exactly:
// pad to a square with zeros (after the image, or centred), then resize with
// TensorFlow's legacy bilinear sampling (no half-pixel centres, no antialiasing),
// then normalise into an NCHW float32 blob.
namespace tensorimage {

enum class PadMode { AfterImage, Centred };

// Each of `rgbImages` (CV_8UC3, RGB order) padded to a square and resized to
// size×size, as (value - mean[c]) * scale, in one N×3×size×size blob (a batch for
// one forward pass). Resampling and normalising in one pass, no intermediate image.
cv::Mat toBatchBlob(const std::vector<cv::Mat> &rgbImages, int size, PadMode mode, const cv::Vec3f &mean, float scale);

// `rgbImage` (CV_8UC3, RGB) stretched to rows × columns without padding, as
// tf.image.resizeBilinear does it (legacy sampling), as (value - mean[c]) * scale
// in a 1×3×rows×columns blob.
cv::Mat toStretchedBlob(const cv::Mat &rgbImage, int rows, int columns, const cv::Vec3f &mean, float scale);

// How face-api's padToSquare splits the padding: `before` and `after` for a dimension
// `diff` pixels shorter than the other one.
struct Split {
    int before = 0;
    int after = 0;
};
Split padSplit(int diff, PadMode mode);

} // namespace tensorimage

} // namespace tintype
