#pragma once

#include <QString>

#include <filesystem>
#include <string_view>

namespace tintype {

// A library's folder for one kind of cache ("thumbnails", "faces"), never in a
// photo folder: <cache location>/<kind>/<id of the catalog's absolute path>.
std::filesystem::path libraryCacheDirectory(const QString &catalogPath, std::string_view kind);

} // namespace tintype
