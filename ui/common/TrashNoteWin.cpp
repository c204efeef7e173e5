#include "TrashNote.h"

#include <QtGlobal>

#ifdef Q_OS_WIN

#include <system_error>

namespace tintype::trashnote {

// The Recycle Bin keeps a file as $R<six characters><extension> and its
// original path and deletion time in $I<the same>, side by side in
// <drive>\$Recycle.Bin\<user's SID>\. Explorer lists the $I files: one whose
// $R file is gone shows as an entry that cannot be restored.
std::filesystem::path of(const std::filesystem::path &inTrash)
{
    const std::wstring name = inTrash.filename().native();
    if (name.size() < 2 || name[0] != L'$' || (name[1] != L'R' && name[1] != L'r'))
        return {};
    std::wstring noteName = name;
    noteName[1] = L'I';
    const std::filesystem::path note = inTrash.parent_path() / noteName;
    std::error_code error;
    return std::filesystem::exists(note, error) ? note : std::filesystem::path();
}

} // namespace tintype::trashnote

#endif // Q_OS_WIN
