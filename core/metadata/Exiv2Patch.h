#pragma once

// Private to core/metadata: a MetadataPatch into exiv2's Exif, IPTC and XMP
// containers, and the check that our reader finds it there afterwards. Only
// metadata/*.cpp include this (it pulls in exiv2).

#include "common/Result.h"
#include "metadata/MediaMetadata.h"
#include "metadata/MetadataPatch.h"

#include <exiv2/exiv2.hpp>

#include <QStringList>

namespace tintype::detail {

// The patch as it will be written: text cleaned the way the reader cleans what
// it reads, keywords and people without blanks or duplicates, 0/0 positions
// dropped. A failure for values no reader would take back (rating, range).
Result<MetadataPatch> normalisedPatch(const MetadataPatch &patch);

// What the containers already say, as MetadataReader reads it. exif and iptc
// may be null (sidecars).
MediaMetadata metadataIn(const Exiv2::ExifData *exif, const Exiv2::XmpData &xmp, const Exiv2::IptcData *iptc);

// Write the patch's values (replacing those present; keywords and people added).
void writeToExif(Exiv2::ExifData &exif, const MetadataPatch &patch);
void writeToXmp(Exiv2::XmpData &xmp, const MetadataPatch &patch);
// Only into IPTC the file already has (IPTC is legacy, MWG: keep it in step).
void writeToIptc(Exiv2::IptcData &iptc, const MetadataPatch &patch);

// The names of the patched values that `after` (read back) lacks; empty when
// the write is complete.
QStringList valuesNotReadBack(const MetadataPatch &patch, const MediaMetadata &after, const Exiv2::XmpData &xmpAfter);

// For MetadataWriter::copyMetadata: the original's metadata made right for an
// exported rendering of `width` x `height` pixels (0 = unknown).
struct CopyOptions {
    bool normaliseOrientation = false;
    bool dropLocation = false;
    int width = 0;
    int height = 0;
};
void prepareForCopy(Exiv2::ExifData &exif, Exiv2::XmpData &xmp, Exiv2::IptcData &iptc, const CopyOptions &options);

// "+02:00", "-05:30", "+00:00".
QString utcOffsetText(int minutes);

// The items of an XMP bag/seq (or a single text).
QStringList xmpItems(const Exiv2::XmpData &xmp, const char *key);

} // namespace tintype::detail
