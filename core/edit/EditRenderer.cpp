#include "edit/EditRenderer.h"

#include "edit/RenderStages.h"

namespace tintype {

namespace renderstages {
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
    if (const double noise = stack.amount(OperationType::NoiseReduction); noise > 0) {
        m = toLinear(m);
        reduceNoise(m, noise);
    }
    cv::Mat out;
    if (hasColourWork(stack) || m.depth() == CV_32F)
        out = colourPass(m, stack, depth);
    else if (m.depth() != depth)
        m.convertTo(out, CV_MAKETYPE(depth, 3), depth == CV_16U ? 257.0 : 1.0 / 257.0);
    else
        out = m.data == source.data ? m.clone() : m;
    sharpen(out, stack.amount(OperationType::Sharpen));
    return out;
}
} // namespace renderstages

QImage EditRenderer::render(const QImage &upright, const EditStack &stack, int longEdge, Depth depth)
{
    if (upright.isNull())
        return {};
    const cv::Mat source = renderstages::fromQImage(upright);
    return renderstages::toQImage(
        renderstages::renderPipeline(source, stack, longEdge, depth == Depth::Sixteen ? CV_16U : CV_8U));
}

QSize EditRenderer::renderedSize(QSize size, const EditStack &stack)
{
    const cv::Size out = renderstages::geometrySize(cv::Size(size.width(), size.height()), stack);
    return {out.width, out.height};
}

} // namespace tintype
