#pragma once

// Internal to core/similarity (includes OpenCV): a QImage as a small 8-bit
// grayscale cv::Mat.
#include <QImage>

#include <opencv2/core/mat.hpp>

namespace tintype::grayimage {

// `image` in luma, reduced to width × height by area averaging (aspect not
// kept: copies cropped by a few per cent still line up). Empty for a null image.
cv::Mat reduce(const QImage &image, int width, int height);

} // namespace tintype::grayimage
