#pragma once

// Private to core/metadata: the library-specific readers behind
// MetadataReader. No exiv2 or FFmpeg types here.
//
// The media readers index as far as possible: content they cannot parse gives
// metadata with what could be read and a warning saying what was not; they fail
// only when the file cannot be read (I/O).

#include "common/Result.h"
#include "metadata/MediaMetadata.h"

#include <filesystem>

namespace tintype::detail {

void initializeExiv2();
// Still images and RAW through exiv2; `format` is what MediaFormat::sniff said.
Result<MediaMetadata> readWithExiv2(const std::filesystem::path &file, const QString &format);
// An XMP packet file (sidecar).
Result<MediaMetadata> readXmpFile(const std::filesystem::path &file);

void initializeFfmpeg();
// Videos through libavformat.
Result<MediaMetadata> readWithFfmpeg(const std::filesystem::path &file, const QString &format);

} // namespace tintype::detail
