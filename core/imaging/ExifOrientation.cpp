#include "imaging/ExifOrientation.h"

#include <QTransform>

namespace tintype {

namespace {
QImage rotated(const QImage &image, int degrees) { return image.transformed(QTransform().rotate(degrees)); }
} // namespace

QImage ExifOrientation::apply(const QImage &stored, int orientation)
{
    // EXIF 2.3, tag 0x0112: where row 0 / column 0 of the stored image belong.
    switch (orientation) {
    case 2: return stored.mirrored(true, false);
    case 3: return rotated(stored, 180);
    case 4: return stored.mirrored(false, true);
    case 5: return rotated(stored.mirrored(false, true), 90); // transpose
    case 6: return rotated(stored, 90);
    case 7: return rotated(stored.mirrored(true, false), 90); // transverse
    case 8: return rotated(stored, 270);
    default: return stored;
    }
}

int ExifOrientation::fromLibRawFlip(int flip)
{
    switch (flip) {
    case 3: return 3;
    case 5: return 8;
    case 6: return 6;
    default: return 1;
    }
}

} // namespace tintype
