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

// Videos through libavformat; fillFromContainerHeader for what it left empty.
// Built into the video plugin (libtintype-video, FfmpegBackend.cpp), not into
// core/metadata: core reaches it through videoMetadataPlugin().
void initializeFfmpeg();
Result<MediaMetadata> readWithFfmpeg(const std::filesystem::path &file, const QString &format);

// What the video plugin offers core/metadata (common/PluginLibrary.h).
struct VideoMetadataPlugin {
    Result<MediaMetadata> (*read)(const std::filesystem::path &file, const QString &format);
};
// Loaded on first use; nullptr with `error` when the plugin is missing.
const VideoMetadataPlugin *videoMetadataPlugin(QString *error);
// A video's metadata through the plugin; without it, what the container header says.
Result<MediaMetadata> readVideo(const std::filesystem::path &file, const QString &format);

// Fills a missing duration, picture size and creation time from what the
// container header declares (ContainerHeader). Returns whether it filled anything.
bool fillFromContainerHeader(const std::filesystem::path &file, const QString &format, MediaMetadata &m);

// A container creation time, UTC by specification, as a CaptureTime (source
// QuickTime) with the machine's local offset as the guess for the wall clock;
// invalid for the 1904/1970 epoch placeholders of cameras without a set clock.
CaptureTime containerCreationTime(const QDateTime &utc);

} // namespace tintype::detail
