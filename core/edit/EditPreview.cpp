#include "edit/EditPreview.h"

#include "edit/RenderStages.h"

#include <QColorSpace>

namespace tintype {

namespace {
// The operations the cached stage depends on.
EditStack stagedPart(const EditStack &stack)
{
    EditStack part;
    for (const EditOperation &op : stack.operations())
        if (op.type <= OperationType::NoiseReduction)
            part.set(op);
    return part;
}
} // namespace

struct EditPreview::Cache {
    cv::Mat source;
    EditStack stagedFor;
    bool valid = false;
    cv::Mat staged; // after geometry (and noise reduction: linear float)
};

EditPreview::EditPreview(const QImage &upright) : m_cache(std::make_unique<Cache>())
{
    if (!upright.isNull())
        m_cache->source = renderstages::fromQImage(upright);
}

EditPreview::~EditPreview() = default;

QSize EditPreview::sourceSize() const { return {m_cache->source.cols, m_cache->source.rows}; }

QImage EditPreview::render(const EditStack &stack)
{
    Cache &c = *m_cache;
    if (c.source.empty())
        return {};
    const EditStack part = stagedPart(stack);
    if (!c.valid || !(part == c.stagedFor)) {
        c.staged = stack.hasGeometry() ? renderstages::applyGeometry(c.source, part) : c.source;
        if (const double noise = part.amount(OperationType::NoiseReduction); noise > 0) {
            c.staged = renderstages::toLinear(c.staged);
            renderstages::reduceNoise(c.staged, noise);
        }
        c.stagedFor = part;
        c.valid = true;
    }
    // Straight into the image's own buffer: no copy after the pass.
    QImage image(c.staged.cols, c.staged.rows, QImage::Format_RGB888);
    cv::Mat target(image.height(), image.width(), CV_8UC3, image.bits(), std::size_t(image.bytesPerLine()));
    if (renderstages::hasColourWork(stack) || c.staged.depth() == CV_32F)
        renderstages::colourPassInto(c.staged, stack, target);
    else if (c.staged.depth() != CV_8U)
        c.staged.convertTo(target, CV_8UC3, 1.0 / 257.0);
    else
        c.staged.copyTo(target);
    renderstages::sharpen(target, stack.amount(OperationType::Sharpen));
    image.setColorSpace(QColorSpace(QColorSpace::SRgb));
    return image;
}

} // namespace tintype
