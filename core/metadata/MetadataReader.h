#pragma once

#include "common/Result.h"
#include "metadata/MediaMetadata.h"

#include <filesystem>

namespace tintype {

// Reads a media file's metadata: exiv2 for still images and RAW, libavformat for
// video, an XMP sidecar (name.xmp or name.ext.xmp) merged in when one is given or
// found beside the file. Thread-safe after MetadataReader::initialize(). Never
// throws: a file that cannot be read at all gives a failure with a reason a
// user could read; partial problems become warnings.
class MetadataReader {
public:
    // Call once from the main thread before any reads (exiv2's XMP toolkit is not
    // thread-safe to initialise; BMFF support is switched on here).
    static void initialize();

    struct Options {
        bool lookForSidecar = true;     // look for name.xmp / name.ext.xmp beside the file
        bool fallBackToFileTime = true; // file mtime as the capture time of last resort
    };

    static Result<MediaMetadata> read(const std::filesystem::path &file);
    static Result<MediaMetadata> read(const std::filesystem::path &file, const Options &options);

    // Merge an XMP sidecar into `into`; the sidecar wins for rating, keywords,
    // title and description and fills anything else that is missing.
    static Status mergeSidecar(const std::filesystem::path &sidecar, MediaMetadata &into);

    // Text cameras write into ImageDescription on their own ("OLYMPUS DIGITAL
    // CAMERA", "SONY DSC", blanks); such descriptions are not read.
    static bool isCameraPlaceholder(QStringView text);
};

} // namespace tintype
