#pragma once

#include "edit/EditStack.h"

#include <QImage>

namespace tintype {

// Renders an edit stack onto a photo. Deterministic and the same code for the
// screen preview, thumbnails and export: geometry (rotate, flip, straighten,
// crop) on the decoded pixels, then noise reduction, exposure, white balance
// and vignette in linear light, the tone curve and saturation on sRGB-encoded
// values, sharpening last. Detail radii follow the rendered size, so a
// 2048 px preview shows what a full-size export gets. Pure and thread-safe;
// OpenCV spreads each stage over its worker threads.
class EditRenderer {
public:
    enum class Depth { Eight, Sixteen };

    // `upright`: the photo as the viewer shows it (EXIF orientation and the
    // catalog's quarter turns applied), any QImage format. `longEdge` > 0
    // limits the result's long edge (area downscale after the crop).
    // Result: Format_RGB888 (Eight) or Format_RGBX64 (Sixteen), sRGB.
    static QImage render(const QImage &upright, const EditStack &stack, int longEdge = 0, Depth depth = Depth::Eight);

    // The size render() gives (before the long-edge limit) for a source of `size`.
    static QSize renderedSize(QSize size, const EditStack &stack);
};

} // namespace tintype
