#include "faces/TensorImage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tintype::faces::tensorimage {

Split padSplit(int diff, PadMode mode)
{
    if (mode == PadMode::AfterImage)
        return {0, diff};
    const int after = int(std::floor(diff * 0.5 + 0.5)); // JavaScript's Math.round
    return {diff - after, after};
}

cv::Mat squareResize(const cv::Mat &rgb, int size, PadMode mode)
{
    const int height = rgb.rows, width = rgb.cols;
    const int side = std::max(height, width);
    const Split rows = padSplit(side - height, mode);
    const Split cols = padSplit(side - width, mode);
    // Sample the padded square (zeros outside the image) at TensorFlow's legacy
    // positions: source = destination · (in / out), neighbours floor and ceil.
    const double ratio = double(side) / size;
    struct Tap {
        int low, high;
        float fraction;
    };
    auto taps = [&] {
        std::vector<Tap> t(size);
        for (int i = 0; i < size; ++i) {
            const double source = ratio * i;
            const int low = std::max(0, int(std::floor(source)));
            const int high = std::min(side - 1, int(std::ceil(source)));
            t[i] = {low, high, float(source - low)};
        }
        return t;
    };
    const std::vector<Tap> ys = taps(), xs = taps();
    auto pixel = [&](int y, int x, int c) -> float {
        const int iy = y - rows.before, ix = x - cols.before;
        if (iy < 0 || iy >= height || ix < 0 || ix >= width)
            return 0.0F;
        return rgb.ptr<unsigned char>(iy)[ix * 3 + c];
    };
    cv::Mat out(size, size, CV_32FC3);
    for (int y = 0; y < size; ++y) {
        const Tap &ty = ys[y];
        auto *row = out.ptr<float>(y);
        for (int x = 0; x < size; ++x) {
            const Tap &tx = xs[x];
            for (int c = 0; c < 3; ++c) {
                const float topLeft = pixel(ty.low, tx.low, c), topRight = pixel(ty.low, tx.high, c);
                const float bottomLeft = pixel(ty.high, tx.low, c), bottomRight = pixel(ty.high, tx.high, c);
                const float top = topLeft + (topRight - topLeft) * tx.fraction;
                const float bottom = bottomLeft + (bottomRight - bottomLeft) * tx.fraction;
                row[x * 3 + c] = top + (bottom - top) * ty.fraction;
            }
        }
    }
    return out;
}

cv::Mat toBlob(const cv::Mat &image, const cv::Vec3f &mean, float scale)
{
    const int shape[] = {1, 3, image.rows, image.cols};
    cv::Mat blob(4, shape, CV_32F);
    const std::size_t plane = std::size_t(image.rows) * image.cols;
    auto *dst = blob.ptr<float>();
    for (int y = 0; y < image.rows; ++y) {
        const auto *row = image.ptr<float>(y);
        for (int x = 0; x < image.cols; ++x)
            for (int c = 0; c < 3; ++c)
                dst[c * plane + std::size_t(y) * image.cols + x] = (row[x * 3 + c] - mean[c]) * scale;
    }
    return blob;
}

} // namespace tintype::faces::tensorimage
