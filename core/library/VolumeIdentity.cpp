#include "library/VolumeIdentity.h"

#include "common/NativePath.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace tintype {

namespace fs = std::filesystem;

namespace {
// Linux names filesystems by UUID in /dev/disk/by-uuid; a UUID survives a
// different mount point or device name (sdb1 today, sdc1 tomorrow).
QString uuidOfDevice(const QByteArray &device)
{
#ifdef Q_OS_LINUX
    const QString target = QFileInfo(QString::fromLocal8Bit(device)).canonicalFilePath();
    if (target.isEmpty())
        return {};
    const QDir byUuid(QStringLiteral("/dev/disk/by-uuid"));
    const QFileInfoList links = byUuid.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &link : links)
        if (link.canonicalFilePath() == target)
            return link.fileName();
#else
    Q_UNUSED(device);
#endif
    return {};
}

QString idOf(const QStorageInfo &storage)
{
    const QString uuid = uuidOfDevice(storage.device());
    if (!uuid.isEmpty())
        return QStringLiteral("uuid:") + uuid;
    // Network shares and virtual filesystems: the device string names the share
    // ("//nas/photos", "nas:/volume1/photos"), which is stable enough.
    return QStringLiteral("device:") + QString::fromLocal8Bit(storage.device()) + QLatin1Char(':') +
           QString::fromLatin1(storage.fileSystemType());
}
} // namespace

VolumeIdentity VolumeIdentity::of(const fs::path &folder)
{
    const QString path = nativepath::display(folder);
    const QStorageInfo storage(path);
    if (!storage.isValid())
        return {};
    VolumeIdentity v;
    v.id = idOf(storage);
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
        if (!storage.isValid() || !storage.isReady() || idOf(storage) != id)
            continue;
        const fs::path candidate = nativepath::fromUser(storage.rootPath()) / relativePath;
        std::error_code ec;
        if (fs::is_directory(candidate, ec))
            return candidate.lexically_normal();
    }
    return std::nullopt;
}

} // namespace tintype
