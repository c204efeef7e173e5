#include "edit/EditRenderer.h"

#include "edit/RenderStages.h"

namespace tintype {

namespace edit {
bool hasColourWork(const EditStack &stack)
{
    for (const EditOperation &op : stack.operations()) {
        switch (op.type) {
        case OperationType::Rotate:
        case OperationType::Flip:
        case OperationType::Straighten:
        case OperationType::Crop:
        case OperationType::NoiseReduction:
        case OperationType::Sharpen: break;
        default: return true;
        }
    }
    return false;
}

cv::Mat renderPipeline(const cv::Mat &source, const EditStack &stack, int longEdge, int depth)
{
    cv::Mat m = stack.hasGeometry() ? applyGeometry(source, stack) : source;
    m = limitLongEdge(m, longEdge);
    const double noise = stack.amount(OperationType::NoiseReduction);
    const double sharpness = stack.amount(OperationType::Sharpen);
    if (noise > 0) {
        m = toLinear(m);
        reduceNoise(m, noise);
    }
    cv::Mat out;
    if (hasColourWork(stack) || m.depth() == CV_32F) {
        out = colourPass(m, stack, sharpness > 0 ? CV_32F : depth);
    } else if (sharpness > 0) {
        m.convertTo(out, CV_32FC3, m.depth() == CV_8U ? 1.0 / 255.0 : 1.0 / 65535.0);
    } else {
        if (m.depth() == depth)
            return m.data == source.data ? m.clone() : m;
        const double scale = depth == CV_16U ? 257.0 : 1.0 / 257.0;
        m.convertTo(out, CV_MAKETYPE(depth, 3), scale);
        return out;
    }
    if (sharpness > 0) {
        sharpen(out, sharpness);
        out = quantise(out, depth);
    }
    return out;
}
} // namespace edit

QImage EditRenderer::render(const QImage &upright, const EditStack &stack, int longEdge, Depth depth)
{
    if (upright.isNull())
        return {};
    const cv::Mat source = edit::fromQImage(upright);
    return edit::toQImage(edit::renderPipeline(source, stack, longEdge, depth == Depth::Sixteen ? CV_16U : CV_8U));
}

QSize EditRenderer::renderedSize(QSize size, const EditStack &stack)
{
    const cv::Size out = edit::geometrySize(cv::Size(size.width(), size.height()), stack);
    return {out.width, out.height};
}

} // namespace tintype
