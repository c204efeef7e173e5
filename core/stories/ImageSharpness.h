#pragma once

#include <QImage>

namespace tintype {

// How sharp a picture is: the variance of the Laplacian of its grayscale at
// 256 px on the long edge (a grid thumbnail is enough). A blurred or shaken
// copy of a photo scores a fraction of the sharp one; the scale depends on
// the content, so compare photos with each other, not with a constant.
// 0 for a null image.
class ImageSharpness {
public:
    static double of(const QImage &image);
};

} // namespace tintype
