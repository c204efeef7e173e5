// Detail: light noise reduction (linear light, chroma first) and an unsharp
// mask (on the encoded 8- or 16-bit result), both with radii that follow the image size.
#include "edit/RenderStages.h"

#include <opencv2/core/utility.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace tintype::renderstages {

void reduceNoise(cv::Mat &linear, double amount)
{
    if (amount <= 0)
        return;
    const double sigma = 1.2 * detailScale(linear.size());
    cv::Mat blurred;
    cv::GaussianBlur(linear, blurred, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
    const auto chromaMix = float(amount);
    const auto lumaMix = float(0.4 * amount);
    cv::parallel_for_(cv::Range(0, linear.rows), [&](const cv::Range &rows) {
        for (int y = rows.start; y < rows.end; ++y) {
            float *p = linear.ptr<float>(y);
            const float *b = blurred.ptr<float>(y);
            for (int x = 0; x < linear.cols; ++x, p += 3, b += 3) {
                const float lumaP = (p[0] + p[1] + p[2]) / 3.0F;
                const float lumaB = (b[0] + b[1] + b[2]) / 3.0F;
                const float luma = lumaP + lumaMix * (lumaB - lumaP);
                for (int c = 0; c < 3; ++c) {
                    const float chroma = (p[c] - lumaP) + chromaMix * ((b[c] - lumaB) - (p[c] - lumaP));
                    p[c] = std::max(0.0F, luma + chroma);
                }
            }
        }
    });
}

void sharpen(cv::Mat &encoded, double amount)
{
    if (amount <= 0)
        return;
    const double sigma = 0.8 * detailScale(encoded.size());
    cv::Mat blurred;
    cv::GaussianBlur(encoded, blurred, cv::Size(), sigma, sigma, cv::BORDER_REFLECT);
    // encoded + k (encoded − blurred), saturated to the depth's range
    cv::addWeighted(encoded, 1.0 + 1.5 * amount, blurred, -1.5 * amount, 0.0, encoded);
}

} // namespace tintype::renderstages
