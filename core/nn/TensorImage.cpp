#include "nn/TensorImage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tintype::tensorimage {

Split padSplit(int diff, PadMode mode)
{
    if (mode == PadMode::AfterImage)
        return {0, diff};
    const int after = int(std::floor(diff * 0.5 + 0.5)); // JavaScript's Math.round
    return {diff - after, after};
}

namespace {
// One output coordinate of TensorFlow's legacy bilinear resize: the two source
// pixels (in the unpadded image; -1 when the tap falls in the zero padding) and
// the weight of the second.
struct Tap {
    int low, high;
    float fraction;
};

std::vector<Tap> tapsFor(int size, int side, int before, int extent)
{
    const double ratio = double(side) / size;
    std::vector<Tap> taps(static_cast<std::size_t>(size));
    for (int i = 0; i < size; ++i) {
        const double source = ratio * i;
        const int low = std::max(0, int(std::floor(source)));
        const int high = std::min(side - 1, int(std::ceil(source)));
        auto inside = [&](int padded) {
            return padded - before >= 0 && padded - before < extent ? padded - before : -1;
        };
        taps[std::size_t(i)] = {inside(low), inside(high), float(source - low)};
    }
    return taps;
}

// Samples `rgb` at the taps and hands each pixel's three channel values to `put(y, x, v)`.
template <typename Put>
void resample(const cv::Mat &rgb, const std::vector<Tap> &ys, const std::vector<Tap> &xs, Put put)
{
    static const unsigned char kZero[3] = {0, 0, 0};
    for (int y = 0; y < int(ys.size()); ++y) {
        const Tap &ty = ys[std::size_t(y)];
        const unsigned char *rowLow = ty.low >= 0 ? rgb.ptr<unsigned char>(ty.low) : nullptr;
        const unsigned char *rowHigh = ty.high >= 0 ? rgb.ptr<unsigned char>(ty.high) : nullptr;
        for (int x = 0; x < int(xs.size()); ++x) {
            const Tap &tx = xs[std::size_t(x)];
            auto at = [&](const unsigned char *row, int column) {
                return row && column >= 0 ? row + std::ptrdiff_t(column) * 3 : kZero;
            };
            const unsigned char *tl = at(rowLow, tx.low), *tr = at(rowLow, tx.high);
            const unsigned char *bl = at(rowHigh, tx.low), *br = at(rowHigh, tx.high);
            float v[3];
            for (int c = 0; c < 3; ++c) {
                const float top = float(tl[c]) + (float(tr[c]) - float(tl[c])) * tx.fraction;
                const float bottom = float(bl[c]) + (float(br[c]) - float(bl[c])) * tx.fraction;
                v[c] = top + (bottom - top) * ty.fraction;
            }
            put(y, x, v);
        }
    }
}

// Samples the zero-padded square of `rgb` at size×size.
template <typename Put>
void resampleSquare(const cv::Mat &rgb, int size, PadMode mode, Put put)
{
    const int height = rgb.rows, width = rgb.cols;
    const int side = std::max(height, width);
    const Split rows = padSplit(side - height, mode);
    const Split cols = padSplit(side - width, mode);
    resample(rgb, tapsFor(size, side, rows.before, height), tapsFor(size, side, cols.before, width), put);
}
} // namespace

cv::Mat toBatchBlob(const std::vector<cv::Mat> &rgbImages, int size, PadMode mode, const cv::Vec3f &mean, float scale)
{
    const int shape[] = {int(rgbImages.size()), 3, size, size};
    cv::Mat blob(4, shape, CV_32F);
    const std::size_t plane = std::size_t(size) * std::size_t(size);
    for (std::size_t n = 0; n < rgbImages.size(); ++n) {
        float *image = blob.ptr<float>() + n * 3 * plane;
        resampleSquare(rgbImages[n], size, mode, [&](int y, int x, const float *v) {
            const std::size_t at = std::size_t(y) * std::size_t(size) + std::size_t(x);
            for (std::size_t c = 0; c < 3; ++c)
                image[c * plane + at] = (v[c] - mean[int(c)]) * scale;
        });
    }
    return blob;
}

cv::Mat toStretchedBlob(const cv::Mat &rgbImage, int rows, int columns, const cv::Vec3f &mean, float scale)
{
    const int shape[] = {1, 3, rows, columns};
    cv::Mat blob(4, shape, CV_32F);
    const std::size_t plane = std::size_t(rows) * std::size_t(columns);
    float *image = blob.ptr<float>();
    resample(rgbImage, tapsFor(rows, rgbImage.rows, 0, rgbImage.rows),
             tapsFor(columns, rgbImage.cols, 0, rgbImage.cols), [&](int y, int x, const float *v) {
                 const std::size_t at = std::size_t(y) * std::size_t(columns) + std::size_t(x);
                 for (std::size_t c = 0; c < 3; ++c)
                     image[c * plane + at] = (v[c] - mean[int(c)]) * scale;
             });
    return blob;
}

} // namespace tintype::tensorimage
