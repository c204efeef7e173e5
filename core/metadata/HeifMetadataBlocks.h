#pragma once

// Private to core/metadata: the Exif and XMP items of a HEIF/AVIF file as
// libheif finds them, for the files exiv2 0.27 gives up on (a Samsung HEIC whose
// ICC profile it calls "Not a valid ICC Profile" loses its whole Exif there).

#include <QByteArray>

#include <filesystem>
#include <optional>

namespace tintype::detail {

struct HeifMetadataBlocks {
    QByteArray exifTiff; // from the TIFF header on ("II*\0" / "MM\0*"); empty when none
    QByteArray xmp;      // the XMP packet; empty when none
};

// The primary image's Exif and XMP items; nothing when libheif cannot parse the
// file or it has neither.
std::optional<HeifMetadataBlocks> readHeifMetadataBlocks(const std::filesystem::path &file);

// An Exif item's payload (ISO/IEC 23008-12 A.2.1: a 4-byte big-endian offset
// from its end to the TIFF header, usually past "Exif\0\0") → the TIFF bytes;
// empty when there is no TIFF header where it points (nor in the first 64 bytes).
QByteArray exifItemTiff(const QByteArray &item);

} // namespace tintype::detail
