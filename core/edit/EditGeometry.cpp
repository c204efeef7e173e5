#include "edit/RenderStages.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tintype::renderstages {

namespace {
int quarterTurns(const EditStack &stack) { return int(std::lround(stack.amount(OperationType::Rotate))) & 3; }

cv::Size turnedSize(cv::Size size, int turns) { return (turns & 1) ? cv::Size(size.height, size.width) : size; }

// The largest rectangle of the image's own aspect inside it turned by `degrees`.
cv::Size straightenedSize(cv::Size size, double degrees)
{
    const double a = std::abs(degrees) * std::numbers::pi / 180.0;
    const double c = std::cos(a), s = std::sin(a);
    const double w = size.width, h = size.height;
    const double scale = std::min(w / (w * c + h * s), h / (w * s + h * c));
    return {std::max(1, int(std::floor(w * scale + 1e-6))), std::max(1, int(std::floor(h * scale + 1e-6)))};
}

cv::Rect cropRect(cv::Size size, const EditStack &stack)
{
    const EditOperation *crop = stack.find(OperationType::Crop);
    if (!crop)
        return {0, 0, size.width, size.height};
    const auto edge = [](double fraction, int length) {
        return std::clamp(int(std::lround(fraction * length)), 0, length);
    };
    int x0 = edge(crop->value(QStringLiteral("x")), size.width);
    int y0 = edge(crop->value(QStringLiteral("y")), size.height);
    int x1 = edge(crop->value(QStringLiteral("x")) + crop->value(QStringLiteral("width")), size.width);
    int y1 = edge(crop->value(QStringLiteral("y")) + crop->value(QStringLiteral("height")), size.height);
    x0 = std::min(x0, size.width - 1);
    y0 = std::min(y0, size.height - 1);
    x1 = std::max(x1, x0 + 1);
    y1 = std::max(y1, y0 + 1);
    return {x0, y0, x1 - x0, y1 - y0};
}
} // namespace

cv::Size geometrySize(cv::Size size, const EditStack &stack)
{
    size = turnedSize(size, quarterTurns(stack));
    if (const double angle = stack.amount(OperationType::Straighten); angle != 0)
        size = straightenedSize(size, angle);
    return cropRect(size, stack).size();
}

cv::Mat applyGeometry(const cv::Mat &source, const EditStack &stack)
{
    cv::Mat m = source;
    switch (quarterTurns(stack)) {
    case 1: cv::rotate(source, m, cv::ROTATE_90_CLOCKWISE); break;
    case 2: cv::rotate(source, m, cv::ROTATE_180); break;
    case 3: cv::rotate(source, m, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: break;
    }
    const bool horizontal = stack.value(OperationType::Flip, QStringLiteral("horizontal")) != 0;
    const bool vertical = stack.value(OperationType::Flip, QStringLiteral("vertical")) != 0;
    if (horizontal || vertical) {
        cv::Mat flipped;
        cv::flip(m, flipped, horizontal && vertical ? -1 : (horizontal ? 1 : 0));
        m = flipped;
    }
    if (const double angle = stack.amount(OperationType::Straighten); angle != 0) {
        const cv::Size out = straightenedSize(m.size(), angle);
        const double a = angle * std::numbers::pi / 180.0;
        const double c = std::cos(a), s = std::sin(a);
        // Output pixel p → source: R⁻¹ (p − out centre) + source centre (clockwise on screen, y down).
        const double ox = (out.width - 1) / 2.0, oy = (out.height - 1) / 2.0;
        const double sx = (m.cols - 1) / 2.0, sy = (m.rows - 1) / 2.0;
        const cv::Matx23d inverse(c, s, sx - c * ox - s * oy, -s, c, sy + s * ox - c * oy);
        cv::Mat turned;
        cv::warpAffine(m, turned, inverse, out, cv::INTER_CUBIC | cv::WARP_INVERSE_MAP, cv::BORDER_REPLICATE);
        m = turned;
    }
    const cv::Rect rect = cropRect(m.size(), stack);
    if (rect.size() != m.size())
        m = m(rect);
    // A copy of its own: never the caller's pixels (a crop at 0,0 starts at the same address).
    return (m.data == source.data || !m.isContinuous()) ? m.clone() : m;
}

cv::Mat limitLongEdge(const cv::Mat &image, int longEdge)
{
    const int edge = std::max(image.cols, image.rows);
    if (longEdge <= 0 || edge <= longEdge)
        return image;
    const double scale = double(longEdge) / edge;
    const cv::Size size(std::max(1, int(std::lround(image.cols * scale))),
                        std::max(1, int(std::lround(image.rows * scale))));
    cv::Mat out;
    cv::resize(image, out, size, 0, 0, cv::INTER_AREA);
    return out;
}

double detailScale(cv::Size size) { return std::max(1.0, std::max(size.width, size.height) / 2048.0); }

} // namespace tintype::renderstages
