#pragma once

#include <QImage>

namespace tintype {

// EXIF orientation (1-8): how a stored image must be turned to stand upright.
struct ExifOrientation {
    // The upright image; values outside 2-8 leave it as it is.
    static QImage apply(const QImage &stored, int orientation);
    // LibRaw's `flip` (0, 3, 5, 6) as an EXIF orientation.
    static int fromLibRawFlip(int flip);
};

} // namespace tintype
