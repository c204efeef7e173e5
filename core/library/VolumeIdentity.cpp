#include "library/VolumeIdentity.h"

#include "common/NativePath.h"
#include "library/VolumeIdentityPlatform.h"

#include <QStorageInfo>

namespace tintype {

namespace fs = std::filesystem;

VolumeIdentity VolumeIdentity::of(const fs::path &folder)
{
    const QString path = nativepath::display(folder);
    const QStorageInfo storage(path);
    if (!storage.isValid())
        return {};
    VolumeIdentity v;
    v.id = platformVolumeId(storage);
    v.mountRoot = nativepath::fromUser(storage.rootPath());
    std::error_code ec;
    const fs::path canonical = fs::canonical(folder, ec);
    v.relativePath = (ec ? folder : canonical).lexically_relative(v.mountRoot);
    if (v.relativePath == ".")
        v.relativePath.clear();
    return v;
}

std::optional<fs::path> VolumeIdentity::locate(const QString &id, const fs::path &relativePath)
{
    const auto volumes = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &storage : volumes) {
        if (!storage.isValid() || !storage.isReady() || platformVolumeId(storage) != id)
            continue;
        const fs::path candidate = nativepath::fromUser(storage.rootPath()) / relativePath;
        std::error_code ec;
        if (fs::is_directory(candidate, ec))
            return candidate.lexically_normal();
    }
    return std::nullopt;
}

} // namespace tintype
