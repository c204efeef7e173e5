#include "library/VolumeIdentityPlatform.h"

#include <QStorageInfo>

#ifdef Q_OS_MACOS

#include <CoreFoundation/CoreFoundation.h>
#include <DiskArbitration/DiskArbitration.h>
#include <sys/mount.h>

namespace tintype {

namespace {
// The UUID of the filesystem (APFS, HFS+, exFAT...) from DiskArbitration: it
// stays with the disk whichever /Volumes/<name> it is mounted at.
QString volumeUuid(const QByteArray &mountPoint)
{
    QString uuid;
    DASessionRef session = DASessionCreate(kCFAllocatorDefault);
    if (!session)
        return uuid;
    CFURLRef url = CFURLCreateFromFileSystemRepresentation(
        kCFAllocatorDefault, reinterpret_cast<const UInt8 *>(mountPoint.constData()), mountPoint.size(), true);
    DADiskRef disk = url ? DADiskCreateFromVolumePath(kCFAllocatorDefault, session, url) : nullptr;
    CFDictionaryRef description = disk ? DADiskCopyDescription(disk) : nullptr;
    if (description) {
        const auto value = static_cast<CFUUIDRef>(CFDictionaryGetValue(description, kDADiskDescriptionVolumeUUIDKey));
        if (value) {
            CFStringRef text = CFUUIDCreateString(kCFAllocatorDefault, value);
            uuid = QString::fromCFString(text);
            CFRelease(text);
        }
        CFRelease(description);
    }
    if (disk)
        CFRelease(disk);
    if (url)
        CFRelease(url);
    CFRelease(session);
    return uuid;
}
} // namespace

QString platformVolumeId(const QStorageInfo &storage)
{
    const QByteArray mountPoint = storage.rootPath().toUtf8();
    struct statfs st {};
    if (::statfs(mountPoint.constData(), &st) == 0 && !(st.f_flags & MNT_LOCAL))
        // A network volume: the server and share it was mounted from ("//ann@nas._smb._tcp.local/photos").
        return QStringLiteral("share:") + QString::fromUtf8(st.f_mntfromname) + QLatin1Char(':') +
               QString::fromUtf8(st.f_fstypename);
    const QString uuid = volumeUuid(mountPoint);
    if (!uuid.isEmpty())
        return QStringLiteral("uuid:") + uuid.toUpper();
    // No UUID (some FAT cards, disk images): the device, as on Linux.
    return QStringLiteral("device:") + QString::fromLocal8Bit(storage.device()) + QLatin1Char(':') +
           QString::fromLatin1(storage.fileSystemType());
}

} // namespace tintype

#endif // Q_OS_MACOS
