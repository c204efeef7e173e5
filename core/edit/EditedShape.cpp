#include "edit/EditedShape.h"

#include "edit/EditRenderer.h"
#include "edit/EditStack.h"

namespace tintype::editedshape {

QSize shownSize(QSize upright, const EditStack &stack) { return EditRenderer::renderedSize(upright, stack); }

std::optional<QSize> shownSize(QSize pixels, int quarterTurns, const QByteArray &stackJson)
{
    if (stackJson.isEmpty() || pixels.width() <= 0 || pixels.height() <= 0)
        return std::nullopt;
    const auto stack = EditStack::fromJson(stackJson);
    if (!stack)
        return std::nullopt;
    const QSize upright = (quarterTurns & 1) ? pixels.transposed() : pixels;
    const QSize shown = shownSize(upright, stack.value());
    if (shown.width() <= 0 || shown.height() <= 0)
        return std::nullopt;
    return shown;
}

} // namespace tintype::editedshape
