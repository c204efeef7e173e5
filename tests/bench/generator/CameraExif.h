#pragma once

#include <QByteArray>
#include <QSize>

namespace tintype::bench {

struct CameraModel;
struct Shot;

// The Exif APP1 segment (marker, length, "Exif\0\0", TIFF structure) a camera
// would write for `shot`: IFD0, Exif IFD, GPS IFD, Interop IFD, a maker note for
// the makes that have one, and IFD1 with `thumbnail` as JPEGInterchangeFormat.
// Throws std::runtime_error when exiv2 fails or the segment would not fit.
QByteArray cameraExifSegment(const Shot &shot, const CameraModel &camera, QSize imageSize, const QByteArray &thumbnail);

} // namespace tintype::bench
