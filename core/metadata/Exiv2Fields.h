#pragma once

// Private to core/metadata: turns exiv2's Exif/IPTC/XMP containers into
// MediaMetadata fields. Only metadata/*.cpp include this (it pulls in exiv2).

#include "metadata/MediaMetadata.h"
#include "metadata/MotionPhoto.h"

#include <exiv2/exiv2.hpp>

#include <QList>

#include <optional>

namespace tintype::detail {

// What the extractors found, before the final choices (capture time by
// priority, orientation validated, size swapped).
struct Extraction {
    MediaMetadata meta;
    QList<CaptureTime> times;             // candidates from every source found
    std::optional<QDateTime> gpsUtc;      // GPSDateStamp + GPSTimeStamp
    std::optional<long long> orientation; // as written; validated later
    int pixelWidth = 0;                   // before orientation
    int pixelHeight = 0;
    MotionPhotoHints motion; // Google/Samsung motion photo XMP
};

// exiv2 0.27 `toLong` became `toInt64` in 0.28.
inline long long toInteger(const Exiv2::Value &value, long n = 0)
{
#if EXIV2_TEST_VERSION(0, 28, 0)
    return value.toInt64(size_t(n));
#else
    return value.toLong(n);
#endif
}

// Camera facts (make, model, exposure, GPS, orientation, times): Exif first,
// then XMP fills what Exif lacks.
void extractExifCamera(const Exiv2::ExifData &exif, Extraction &out);
void extractXmpCamera(const Exiv2::XmpData &xmp, Extraction &out);

// What people write (title, description, keywords, rating): XMP first, then
// IPTC, then Exif fill what is missing; keywords are the union.
void extractXmpDescriptive(const Exiv2::XmpData &xmp, Extraction &out);
void extractIptcDescriptive(const Exiv2::IptcData &iptc, Extraction &out);
void extractExifDescriptive(const Exiv2::ExifData &exif, Extraction &out);

// GCamera:MotionPhoto/MicroVideo(Offset) and the Container:Directory items.
void extractMotionPhotoHints(const Exiv2::XmpData &xmp, MotionPhotoHints &hints);

// Adds `keyword` unless it is blank or already there.
void addKeyword(QStringList &keywords, const QString &keyword);

// Picks the capture time, validates orientation and GPS, applies orientation to
// the size; the result is out.meta.
void finish(Extraction &out);

} // namespace tintype::detail
