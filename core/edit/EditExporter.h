#pragma once

#include "common/Result.h"
#include "edit/EditStack.h"

#include <QImage>
#include <QString>

#include <filesystem>

namespace tintype {

// Writes edited photos as new files: the full-resolution render (RAW from a
// real LibRaw development), JPEG/PNG/16-bit TIFF, with the original's Exif,
// IPTC and XMP copied (orientation set to 1, GPS and place names dropped on
// request). Never overwrites anything — the original or an earlier export:
// the file gets a free name ("IMG_1.jpg", else "IMG_1-2.jpg", ...), is
// written beside it under a temporary name, flushed and linked into place.
// Never throws; thread-safe for different files.
class EditExporter {
public:
    enum class Format { Jpeg, Png, Tiff16 };
    struct Options {
        Format format = Format::Jpeg;
        int quality = 92; // JPEG 1..100
        int longEdge = 0; // 0: full size
        bool dropLocation = false;
    };
    struct Outcome {
        std::filesystem::path path; // the file written
        QString warning;            // e.g. the metadata could not be copied (the picture was written)
    };

    static Result<Outcome> exportFile(const std::filesystem::path &source, int userQuarterTurns, const EditStack &stack,
                                      const std::filesystem::path &folder, const Options &options);

    // Encodes `image` (any QImage; 16-bit formats keep 16 bits in a TIFF) and
    // writes it to a new file `path` (refused when it exists), without metadata.
    static Status writeImage(const QImage &image, const std::filesystem::path &path, const Options &options);

    static std::optional<Format> parseFormat(const QString &name); // "jpeg", "jpg", "png", "tiff16"
    static QString extension(Format format);                       // "jpg", "png", "tif"
    // A name in `folder` for `source` with `extension` that no file has yet.
    static std::filesystem::path freeName(const std::filesystem::path &folder, const std::filesystem::path &source,
                                          const QString &extension);
};

} // namespace tintype
