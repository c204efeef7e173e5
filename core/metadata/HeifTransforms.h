#pragma once

// How a HEIF/AVIF's primary image turns upright. The HEIF way is the primary
// item's irot/imir properties, which libheif applies when it decodes; phones
// that write none (Samsung Galaxy HEICs) state the orientation only in Exif,
// which libheif leaves alone. The catalog's orientation (MetadataReader), the
// thumbnails and the viewer (ImageDecoder) all ask here, so they agree.

#include <QByteArray>

#include <optional>

namespace tintype::heiftransforms {

// The primary item's irot/imir, in their ipma order, as the EXIF orientation
// code they amount to; nullopt when it has neither or the boxes cannot be
// read. `file`: the file's bytes from its start (its meta box is enough).
std::optional<int> primaryOrientation(const QByteArray &file);

// The orientation code of the primary image's Exif item (read through libheif,
// decoded by exiv2's Exif parser): 1 when it has none. `file`: the whole file.
int exifOrientation(const QByteArray &file);

// What turns the stored primary image upright: its irot/imir when it has them,
// else its Exif orientation.
int storedToUpright(const QByteArray &file);

// The orientation still to apply to the primary image as libheif decodes it
// (irot/imir applied): 1 when the item has irot/imir, else its Exif orientation.
int afterTransforms(const QByteArray &file);

} // namespace tintype::heiftransforms
