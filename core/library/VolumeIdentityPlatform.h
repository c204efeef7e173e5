#pragma once

#include <QString>

class QStorageInfo;

namespace tintype {

// The one platform-specific part of VolumeIdentity: the name of a mounted
// volume that stays the same when it comes back at another mount point or
// drive letter, or empty when there is none. One implementation per system,
// chosen by CMake: VolumeIdentityLinux.cpp (filesystem UUID from
// /dev/disk/by-uuid, else the device or share), VolumeIdentityWin.cpp (volume
// serial number, or the UNC name of a network share), VolumeIdentityMac.cpp
// (volume UUID from DiskArbitration, or the server and share of a network volume).
QString platformVolumeId(const QStorageInfo &storage);

} // namespace tintype
