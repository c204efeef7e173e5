#pragma once

#include "common/Result.h"
#include "metadata/MetadataPatch.h"

#include <QDateTime>
#include <QString>

#include <filesystem>

namespace tintype {

// Writes metadata into photos (exiv2) and XMP sidecars, only on a user's
// explicit action (import, merge, export): never while indexing.
//
// Every write is atomic: a new version is made beside the file (a hidden
// ".tintype-*.tmp"), written, read back (embed and sidecars: with the reader's
// own extractors, so a value exiv2 did not store is a failure, not a surprise
// at the next scan), flushed to disk and renamed over the original. On any
// failure the original's bytes are untouched and no temporary file is left.
// A write that would change nothing leaves the file as it is.
// Never throws; failures carry a message a user could read. Thread-safe for
// different files after MetadataReader::initialize().
//
// Paths: std::filesystem::path (exact bytes, non-UTF-8 names work) or QString
// (converted as a name the user typed).
class MetadataWriter {
public:
    enum class Target { Embedded, Sidecar };

    // Whether exiv2 writes this file's format safely here, judged by its bytes:
    // JPEG, PNG, TIFF, WebP. Not HEIF/AVIF (exiv2 0.27 and 0.28 do not write
    // BMFF), not RAW (a sidecar is what RAW tools expect), not GIF, not videos
    // (exiv2 0.27 cannot write QuickTime/MP4 and silently ignores the write).
    static bool canEmbed(const std::filesystem::path &path);

    // Writes `patch` into the file's Exif (dates, offset, GPS, description,
    // rating), XMP (all of them, plus title, keywords, people) and IPTC (title,
    // description and keywords, only when the file already has IPTC).
    static Status embed(const std::filesystem::path &path, const MetadataPatch &patch);

    // Creates the sidecar or merges into it, keeping every XMP property the patch
    // does not touch (other tools' edits, history, namespaces). An existing file
    // that is not valid XMP is left alone and reported.
    static Status writeSidecar(const std::filesystem::path &xmpPath, const MetadataPatch &patch);

    // writeSidecar(sidecarPathFor(mediaPath)); with onlyFillMissing the values
    // the media file itself carries count as present too. A sidecar without
    // keywords gets the file's own before the new ones (MetadataReader takes a
    // sidecar's keywords instead of the file's, as Lightroom and digiKam do).
    static Status writeSidecarFor(const std::filesystem::path &mediaPath, const MetadataPatch &patch);

    // The sidecar this program writes for a media file: "name.ext.xmp" (or an
    // existing "name.ext.XMP"). digiKam and darktable read and write that name,
    // it cannot be shared by IMG_1.CR2 and IMG_1.JPG or by a Live photo's still
    // and clip, and the scanner groups it with its file. Lightroom's "name.xmp"
    // is read by MetadataReader but never written here.
    static std::filesystem::path sidecarPathFor(const std::filesystem::path &mediaPath);

    // Embedded when preferred and canEmbed, else the sidecar (videos, HEIF, RAW).
    // Returns where the metadata went.
    static Result<Target> write(const std::filesystem::path &mediaPath, const MetadataPatch &patch, Target preferred);

    // Modification and access time = `time` (an instant; Qt::LocalTime is this
    // machine's clock). With MetadataPatch::captureInstant() after an import.
    static Status setFileTimes(const std::filesystem::path &path, const QDateTime &time);

    // For export: the Exif, IPTC and XMP of `from` (any format exiv2 reads,
    // HEIF and RAW included) into `to` (canEmbed), replacing what `to` had.
    // Image-structure tags and the Exif thumbnail of `from` are not copied; the
    // pixel size tags become `to`'s. normaliseOrientation sets Orientation to 1
    // (the pixels were turned upright); dropLocation removes GPS and place names.
    static Status copyMetadata(const std::filesystem::path &from, const std::filesystem::path &to,
                               bool normaliseOrientation, bool dropLocation);

    // The same with QString paths.
    static bool canEmbed(const QString &path);
    static Status embed(const QString &path, const MetadataPatch &patch);
    static Status writeSidecar(const QString &xmpPath, const MetadataPatch &patch);
    static Status writeSidecarFor(const QString &mediaPath, const MetadataPatch &patch);
    static QString sidecarPathFor(const QString &mediaPath);
    static Result<Target> write(const QString &mediaPath, const MetadataPatch &patch, Target preferred);
    static Status setFileTimes(const QString &path, const QDateTime &time);
    static Status copyMetadata(const QString &from, const QString &to, bool normaliseOrientation, bool dropLocation);
};

} // namespace tintype
