#pragma once

#include <QByteArray>
#include <QString>

#include <filesystem>

namespace tintype {

// File names are bytes on Linux and need not be valid UTF-8. The catalog keeps
// the exact bytes (so the file can be opened again); only display goes through
// a lossy conversion.
namespace nativepath {

// Exact, '/'-separated bytes of `path` (UTF-8 on Windows).
QByteArray toBytes(const std::filesystem::path &path);
std::filesystem::path fromBytes(const QByteArray &bytes);
// For people: invalid bytes become U+FFFD.
QString display(const std::filesystem::path &path);
// A path a user typed (command line, dialog).
std::filesystem::path fromUser(const QString &path);

} // namespace nativepath
} // namespace tintype
