#include "TrashNote.h"

#include <system_error>

namespace tintype::trashnote {

// freedesktop.org trash: <trash>/files/NAME has its note in <trash>/info/NAME.trashinfo.
std::filesystem::path of(const std::filesystem::path &inTrash)
{
    const auto info = inTrash.parent_path().parent_path() / "info" / inTrash.filename();
    std::filesystem::path note = info;
    note += ".trashinfo";
    std::error_code error;
    return std::filesystem::exists(note, error) ? note : std::filesystem::path();
}

} // namespace tintype::trashnote
