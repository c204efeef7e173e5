#include "similarity/ImageTransform.h"

#include <QTransform>

namespace tintype {

std::array<ImageTransform, 8> ImageTransform::all()
{
    std::array<ImageTransform, 8> transforms;
    for (int i = 0; i < 8; ++i)
        transforms[std::size_t(i)] = fromIndex(i);
    return transforms;
}

ImageTransform ImageTransform::inverse() const
{
    // Transpose then flip: undone by un-flipping, then transposing, which is
    // the same as transposing with the flips' axes swapped.
    if (!transpose)
        return *this;
    return {true, flipY, flipX};
}

QImage ImageTransform::apply(const QImage &image) const
{
    QImage result = image;
    if (transpose) // the main diagonal: a quarter turn clockwise, then mirrored left-right
        result = result.transformed(QTransform().rotate(90)).mirrored(true, false);
    if (flipX || flipY)
        result = result.mirrored(flipX, flipY);
    return result;
}

} // namespace tintype
