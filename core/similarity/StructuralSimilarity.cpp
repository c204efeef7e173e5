#include "similarity/StructuralSimilarity.h"

#include "similarity/GrayImage.h"

#include <opencv2/imgproc.hpp>
#include <opencv2/video/tracking.hpp>

#include <algorithm>
#include <cmath>

namespace tintype {

namespace {
constexpr int kSide = StructuralSimilarity::kSide;
constexpr int kGrid = 4;
constexpr int kMargin = 4; // pixels at the border the alignment may have filled in
constexpr double kBlur = StructuralSimilarity::kBlur;

cv::Mat asFloat(const QImage &image)
{
    cv::Mat values;
    grayimage::reduce(image, kSide, kSide).convertTo(values, CV_32F);
    return values;
}

cv::Mat smooth(const cv::Mat &m)
{
    cv::Mat result;
    cv::GaussianBlur(m, result, cv::Size(7, 7), 1.5, 1.5, cv::BORDER_REFLECT);
    return result;
}

// Wang, Bovik et al. 2004, with the usual constants for 8-bit values.
cv::Mat ssimMap(const cv::Mat &x, const cv::Mat &y)
{
    const double c1 = (0.01 * 255) * (0.01 * 255);
    const double c2 = (0.03 * 255) * (0.03 * 255);
    const cv::Mat muX = smooth(x), muY = smooth(y);
    const cv::Mat muXX = muX.mul(muX), muYY = muY.mul(muY), muXY = muX.mul(muY);
    const cv::Mat sigmaXX = smooth(x.mul(x)) - muXX;
    const cv::Mat sigmaYY = smooth(y.mul(y)) - muYY;
    const cv::Mat sigmaXY = smooth(x.mul(y)) - muXY;
    const cv::Mat numerator = (2 * muXY + c1).mul(2 * sigmaXY + c2);
    const cv::Mat denominator = (muXX + muYY + c1).mul(sigmaXX + sigmaYY + c2);
    cv::Mat map;
    cv::divide(numerator, denominator, map);
    return map;
}

// Warps x onto y when an affine fit converges to something close to identity
// (a crop or pad of up to ~15 %, a small shift); otherwise leaves it.
bool align(cv::Mat &x, const cv::Mat &y)
{
    cv::Mat warp = cv::Mat::eye(2, 3, CV_32F);
    try {
        cv::findTransformECC(y, x, warp, cv::MOTION_AFFINE,
                             cv::TermCriteria(cv::TermCriteria::COUNT | cv::TermCriteria::EPS, 40, 1e-4), cv::noArray(),
                             3);
    } catch (const cv::Exception &) {
        return false; // did not converge (flat or unrelated pictures)
    }
    const float scaleX = warp.at<float>(0, 0), scaleY = warp.at<float>(1, 1);
    const float shearA = warp.at<float>(0, 1), shearB = warp.at<float>(1, 0);
    const float shiftX = warp.at<float>(0, 2), shiftY = warp.at<float>(1, 2);
    const bool small = std::abs(scaleX - 1) < 0.15F && std::abs(scaleY - 1) < 0.15F && std::abs(shearA) < 0.05F &&
                       std::abs(shearB) < 0.05F && std::abs(shiftX) < kSide * 0.15F && std::abs(shiftY) < kSide * 0.15F;
    if (!small)
        return false;
    cv::Mat warped;
    cv::warpAffine(x, warped, warp, x.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
    x = warped;
    return true;
}
} // namespace

StructuralSimilarity::Comparison StructuralSimilarity::compare(const QImage &a, const QImage &b,
                                                               ImageTransform transformOfA)
{
    if (a.isNull() || b.isNull())
        return {};
    cv::Mat x = asFloat(transformOfA.apply(a));
    const cv::Mat y = asFloat(b);
    Comparison result;
    result.aligned = align(x, y);
    cv::Mat softX, softY;
    cv::GaussianBlur(x, softX, cv::Size(0, 0), kBlur, kBlur, cv::BORDER_REFLECT);
    cv::GaussianBlur(y, softY, cv::Size(0, 0), kBlur, kBlur, cv::BORDER_REFLECT);
    const cv::Mat map = ssimMap(softX, softY)(cv::Rect(kMargin, kMargin, kSide - 2 * kMargin, kSide - 2 * kMargin));
    result.overall = cv::mean(map)[0];
    result.worstCell = 1.0;
    const int cell = map.cols / kGrid;
    for (int row = 0; row < kGrid; ++row)
        for (int column = 0; column < kGrid; ++column)
            result.worstCell =
                std::min(result.worstCell, cv::mean(map(cv::Rect(column * cell, row * cell, cell, cell)))[0]);
    return result;
}

} // namespace tintype
