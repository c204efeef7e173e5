#pragma once

// Private to core/metadata: what a video container's header declares, read
// without FFmpeg for the files FFmpeg cannot open or finds no duration or size
// in (AVI, Matroska/WebM, ASF/WMV). See ContainerHeader.cpp for why not exiv2.

#include "metadata/MediaMetadata.h"

#include <QDateTime>
#include <QSize>
#include <QString>

#include <filesystem>
#include <optional>

namespace tintype::detail {

struct ContainerHeader {
    std::optional<double> durationSeconds;
    QSize size;                           // pixel size of the first video stream; invalid when unknown
    std::optional<QDateTime> creationUtc; // a UTC instant (Matroska DateUTC, ASF creation date)
    CaptureTime wallClockTime;            // a floating camera-clock time (AVI IDIT)
};

// Reads the first megabyte; fields stay empty where the header says nothing.
ContainerHeader readContainerHeader(const std::filesystem::path &file, const QString &format);

} // namespace tintype::detail
