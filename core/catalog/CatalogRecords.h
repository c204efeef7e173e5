#pragma once

#include "metadata/MediaMetadata.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <optional>

namespace tintype {

// Plain rows of the catalog's tables, as the repositories hand them out.

struct RootRecord {
    std::int64_t id = 0;
    std::filesystem::path path;       // where the root was last found
    QString volumeId;                 // filesystem UUID, else device name
    std::filesystem::path volumePath; // the root's path relative to its volume's mount point
    bool online = true;
    std::int64_t addedAt = 0;
    std::optional<std::int64_t> lastScanAt;
    bool inbox = false; // the phone's inbox: its new arrivals are marked new until seen
};

// What a file is to its asset.
enum class FileRole { Primary = 0, Raw = 1, MotionClip = 2, Sidecar = 3, Alternate = 4 };

enum class FileStatus { Present = 0, Missing = 1 };

struct FileRecord {
    std::int64_t id = 0;
    std::int64_t rootId = 0;
    QByteArray relPath; // native bytes, '/'-separated, relative to the root
    std::optional<std::int64_t> assetId;
    FileRole role = FileRole::Primary;
    std::int64_t size = 0;
    std::int64_t mtimeNs = 0;
    QByteArray fingerprint; // 16 bytes, see FileFingerprint
    QByteArray contentHash; // 16 bytes XXH3-128, empty until hashed
    FileStatus status = FileStatus::Present;
    QString error;  // why the file could not be read, empty when fine
    QString damage; // what is wrong with its image data (MediaMetadata::damage), empty when whole
};

struct AssetRecord {
    std::int64_t id = 0;
    MediaMetadata metadata; // kind, format, capture time, GPS, camera, ... (warnings not stored)
    std::int64_t addedAt = 0;
};

} // namespace tintype
