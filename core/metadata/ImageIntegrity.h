#pragma once

#include <QString>

#include <filesystem>

namespace tintype {

// Whether a still image's container is whole, read from its structure alone
// (no pixels decoded), cheaply enough for every file a scan reads:
// - JPEG: the markers up to the image data, as libjpeg walks them (bytes
//   where a marker belongs are "extraneous bytes before marker 0xNN", the
//   warning libjpeg gives), then the end of the image: a file ending in EOI
//   is taken at its word, any other (cut short, or with a trailer such as a
//   motion photo's clip) is walked to the image's EOI;
// - PNG: ends with IEND, else its chunks are walked to where it was cut;
// - HEIF/AVIF: the top-level boxes fit in the file.
// Empty when whole (or not one of those formats); else what is wrong, in
// words a user can read ("the file ends before its image data does").
struct ImageIntegrity {
    static QString check(const std::filesystem::path &file, const QString &format);
    // The note a user sees for a damaged file: "damaged data, shown as far as
    // it could be read (<damage>)".
    static QString note(const QString &damage);
};

} // namespace tintype
