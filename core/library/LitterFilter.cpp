#include "library/LitterFilter.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace tintype {

namespace {
bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}
bool endsWithIgnoringCase(std::string_view name, std::string_view suffix)
{
    return name.size() >= suffix.size() && equalsIgnoringCase(name.substr(name.size() - suffix.size()), suffix);
}
} // namespace

bool LitterFilter::isLitterFolder(std::string_view name)
{
    // Hidden folders cover .thumbnails, .Trash-1000, .trashed-*, .stfolder,
    // .stversions, .@__thumb, .AppleDouble, .Spotlight-V100, .git, ...
    if (name.empty() || name.front() == '.')
        return true;
    static constexpr std::array<std::string_view, 7> names = {
        "@eaDir", "#recycle", "#snapshot", "$RECYCLE.BIN", "System Volume Information", "lost+found", "@Recycle"};
    return std::any_of(names.begin(), names.end(), [name](std::string_view n) { return equalsIgnoringCase(n, name); });
}

bool LitterFilter::isLitterFile(std::string_view name)
{
    // Hidden files cover .DS_Store, ._AppleDouble forks, .picasa.ini, .nomedia, ...
    if (name.empty() || name.front() == '.')
        return true;
    static constexpr std::array<std::string_view, 5> names = {"Thumbs.db", "desktop.ini", "ehthumbs.db",
                                                              "ZbThumbnail.info", "Picasa.ini"};
    return std::any_of(names.begin(), names.end(), [name](std::string_view n) { return equalsIgnoringCase(n, name); });
}

bool LitterFilter::isPartialFile(std::string_view name)
{
    if (name.starts_with(".syncthing.") || name.starts_with("~syncthing~") || name.starts_with(".pending-"))
        return true;
    static constexpr std::array<std::string_view, 6> suffixes = {".tmp",        ".part",     ".partial",
                                                                 ".crdownload", ".download", ".!sync"};
    return std::any_of(suffixes.begin(), suffixes.end(),
                       [name](std::string_view s) { return endsWithIgnoringCase(name, s); });
}

} // namespace tintype
