#include "library/VolumeIdentityPlatform.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace tintype {

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
} // namespace

QString platformVolumeId(const QStorageInfo &storage)
{
    const QString uuid = uuidOfDevice(storage.device());
    if (!uuid.isEmpty())
        return QStringLiteral("uuid:") + uuid;
    // Network shares and virtual filesystems: the device string names the share
    // ("//nas/photos", "nas:/volume1/photos"), which is stable enough.
    return QStringLiteral("device:") + QString::fromLocal8Bit(storage.device()) + QLatin1Char(':') +
           QString::fromLatin1(storage.fileSystemType());
}

} // namespace tintype
