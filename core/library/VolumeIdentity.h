#pragma once

#include <QString>

#include <filesystem>
#include <optional>

namespace tintype {

// Which disk or share a folder lives on, so that a root is recognised when its
// drive comes back at another mount point.
struct VolumeIdentity {
    QString id;                         // platformVolumeId: "uuid:…", "serial:…", "share:…" or "device:…"
    std::filesystem::path mountRoot;    // where the volume is mounted now
    std::filesystem::path relativePath; // the folder's path below mountRoot

    bool isValid() const { return !id.isEmpty(); }

    // The volume holding `folder` (which must exist); invalid when unknown.
    static VolumeIdentity of(const std::filesystem::path &folder);
    // Where volume `id` is mounted now, with `relativePath` below it, if that folder exists.
    static std::optional<std::filesystem::path> locate(const QString &id, const std::filesystem::path &relativePath);
};

} // namespace tintype
