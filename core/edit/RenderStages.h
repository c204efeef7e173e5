#pragma once

// Private to core/edit: the renderer's stages on OpenCV matrices. Images are
// RGB (not BGR). Geometry and resizing work on the decoded 8- or 16-bit
// pixels; noise reduction on linear-light float; the colour pass reads any of
// those and writes the sRGB-encoded result; sharpening works on that result.

#include "edit/EditStack.h"

#include <QImage>

#include <opencv2/core.hpp>

namespace tintype::renderstages {

// QImage (any format) → CV_8UC3, or CV_16UC3 for 16-bit formats. Copies.
cv::Mat fromQImage(const QImage &image);
// CV_8UC3 → Format_RGB888, CV_16UC3 → Format_RGBX64; sRGB colour space set.
QImage toQImage(const cv::Mat &rgb);

// Rotate 90°, flip, straighten (auto-cropped to the largest rectangle of the
// same aspect inside the turned image), crop. Pure; same depth out.
cv::Mat applyGeometry(const cv::Mat &source, const EditStack &stack);
// The size applyGeometry gives for a source of `size`.
cv::Size geometrySize(cv::Size size, const EditStack &stack);
// Area downscale so the long edge is at most `longEdge` (0: unchanged).
cv::Mat limitLongEdge(const cv::Mat &image, int longEdge);

// sRGB-encoded 8/16-bit → linear float CV_32FC3.
cv::Mat toLinear(const cv::Mat &encoded);
// Light noise reduction on linear float (chroma mostly, a little luma), in place.
void reduceNoise(cv::Mat &linear, double amount);

// Exposure, white balance and vignette in linear light, then the tone curve
// (blacks, whites, shadows, highlights, contrast) and saturation/vibrance on
// the sRGB-encoded values. `input`: CV_8UC3/CV_16UC3 sRGB-encoded or CV_32FC3
// linear. `outputDepth`: CV_8U, CV_16U or CV_32F (encoded, 0..1).
cv::Mat colourPass(const cv::Mat &input, const EditStack &stack, int outputDepth);
// Writes into `output` (preallocated, same size, CV_8UC3) without allocating.
void colourPassInto(const cv::Mat &input, const EditStack &stack, cv::Mat &output);

// Unsharp mask on the encoded CV_8UC3/CV_16UC3 result, in place; radius
// relative to the image size so the preview shows what the export gets.
void sharpen(cv::Mat &encoded, double amount);

// Detail radii scale with the rendered image: 1 at 2048 px long edge.
double detailScale(cv::Size size);

} // namespace tintype::renderstages

namespace tintype::renderstages {
// The whole pipeline (the same for preview, thumbnails and export): geometry,
// long-edge limit, noise reduction, light and colour, sharpening. `source` is
// CV_8UC3 or CV_16UC3 sRGB; the result has `depth` (CV_8U or CV_16U).
cv::Mat renderPipeline(const cv::Mat &source, const EditStack &stack, int longEdge, int depth);
// Whether any light/colour/vignette operation is set.
bool hasColourWork(const EditStack &stack);
} // namespace tintype::renderstages
