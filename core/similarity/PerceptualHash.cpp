#include "similarity/PerceptualHash.h"

#include "similarity/GrayImage.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr int kSide = 32; // the reduction the DCT runs on
constexpr int kBlock = 8; // frequencies kept per axis

// Bit (v * 8 + u) is the sign of the coefficient of horizontal frequency u and
// vertical frequency v. Mirroring left-right multiplies the coefficients of
// odd u by -1, top-bottom those of odd v; a transpose swaps u and v.
constexpr std::uint64_t oddColumnsMask()
{
    std::uint64_t mask = 0;
    for (int v = 0; v < kBlock; ++v)
        for (int u = 1; u < kBlock; u += 2)
            mask |= std::uint64_t(1) << (v * kBlock + u);
    return mask;
}
constexpr std::uint64_t oddRowsMask()
{
    std::uint64_t mask = 0;
    for (int v = 1; v < kBlock; v += 2)
        for (int u = 0; u < kBlock; ++u)
            mask |= std::uint64_t(1) << (v * kBlock + u);
    return mask;
}

std::uint64_t transposeBits(std::uint64_t hash)
{
    std::uint64_t result = 0;
    for (int v = 0; v < kBlock; ++v)
        for (int u = 0; u < kBlock; ++u)
            if (hash & (std::uint64_t(1) << (v * kBlock + u)))
                result |= std::uint64_t(1) << (u * kBlock + v);
    return result;
}
} // namespace

std::optional<std::uint64_t> PerceptualHash::compute(const QImage &image)
{
    if (image.isNull())
        return std::nullopt;
    const cv::Mat gray = grayimage::reduce(image, kSide, kSide);
    cv::Mat values;
    gray.convertTo(values, CV_32F);
    cv::Mat coefficients;
    cv::dct(values, coefficients);
    // Below this (on 0..255 values) the low frequencies are noise: a flat frame.
    constexpr float kFlat = 1.0F;
    float strongest = 0.0F;
    std::uint64_t hash = 0;
    for (int v = 0; v < kBlock; ++v)
        for (int u = 0; u < kBlock; ++u)
            if (u != 0 || v != 0) {
                const float c = coefficients.at<float>(v, u);
                strongest = std::max(strongest, std::abs(c));
                if (c > 0.0F)
                    hash |= std::uint64_t(1) << (v * kBlock + u);
            }
    if (strongest < kFlat * kSide)
        return std::nullopt;
    return hash;
}

QImage PerceptualHash::centre(const QImage &image, double fraction)
{
    if (image.isNull() || fraction >= 1.0)
        return image;
    const int width = std::max(1, int(std::lround(image.width() * fraction)));
    const int height = std::max(1, int(std::lround(image.height() * fraction)));
    return image.copy((image.width() - width) / 2, (image.height() - height) / 2, width, height);
}

std::vector<std::uint64_t> PerceptualHash::cropHashes(const QImage &image)
{
    std::vector<std::uint64_t> hashes;
    if (image.isNull())
        return hashes;
    for (double fraction : kCropFractions)
        hashes.push_back(compute(centre(image, fraction)).value_or(0));
    return hashes;
}

std::uint64_t PerceptualHash::transformed(std::uint64_t hash, ImageTransform transform)
{
    std::uint64_t result = transform.transpose ? transposeBits(hash) : hash;
    if (transform.flipX)
        result ^= oddColumnsMask();
    if (transform.flipY)
        result ^= oddRowsMask();
    return result;
}

} // namespace tintype
