#include "library/VolumeIdentityPlatform.h"

#include <QStorageInfo>

#ifdef Q_OS_WIN

#include <QDir>

#include <string>

#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>

#include <winnetwk.h> // after windows.h

namespace tintype {

namespace {
// The share a mapped drive letter ("Z:\") stands for ("\\nas\photos"), so the
// same share is one volume whatever letter maps it; empty when not mapped.
QString uncOfDrive(const std::wstring &root)
{
    if (root.size() < 2 || root[1] != L':')
        return {};
    const std::wstring drive = root.substr(0, 2);
    std::wstring remote(MAX_PATH, L'\0');
    DWORD length = DWORD(remote.size());
    DWORD rc = WNetGetConnectionW(drive.c_str(), remote.data(), &length);
    if (rc == ERROR_MORE_DATA) {
        remote.resize(length);
        rc = WNetGetConnectionW(drive.c_str(), remote.data(), &length);
    }
    if (rc != NO_ERROR)
        return {};
    return QString::fromWCharArray(remote.c_str());
}
} // namespace

QString platformVolumeId(const QStorageInfo &storage)
{
    std::wstring root = QDir::toNativeSeparators(storage.rootPath()).toStdWString();
    if (root.empty())
        return {};
    if (root.back() != L'\\')
        root += L'\\'; // GetVolumeInformationW and GetDriveTypeW want "C:\", "\\server\share\"
    if (GetDriveTypeW(root.c_str()) == DRIVE_REMOTE) {
        // A network share: its UNC name (case-insensitive on Windows).
        QString unc = root.starts_with(L"\\\\") ? QString::fromStdWString(root) : uncOfDrive(root);
        if (!unc.isEmpty()) {
            while (unc.endsWith(QLatin1Char('\\')))
                unc.chop(1);
            return QStringLiteral("share:") + unc.toLower();
        }
    }
    // The serial number written when the volume was formatted: it stays with
    // the disk whatever letter Windows gives it (E: today, F: tomorrow).
    DWORD serial = 0;
    wchar_t fileSystem[MAX_PATH + 1] = {};
    if (GetVolumeInformationW(root.c_str(), nullptr, 0, &serial, nullptr, nullptr, fileSystem, MAX_PATH + 1))
        return QStringLiteral("serial:%1-%2:%3")
            .arg(serial >> 16, 4, 16, QLatin1Char('0'))
            .arg(serial & 0xFFFF, 4, 16, QLatin1Char('0'))
            .arg(QString::fromWCharArray(fileSystem))
            .toUpper();
    // Unreadable now: the volume GUID path Qt reports (\\?\Volume{…}\), stable on this machine.
    return QStringLiteral("device:") + QString::fromLocal8Bit(storage.device()) + QLatin1Char(':') +
           QString::fromLatin1(storage.fileSystemType());
}

} // namespace tintype

#endif // Q_OS_WIN
