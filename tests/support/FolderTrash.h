#pragma once

#include "similarity/DuplicateResolver.h"

#include <filesystem>

namespace tintype::test {

// A trash in the test's own folder (never the user's): moves a file to
// <trash>/files/<name> and says where it went.
DuplicateResolver::Trash folderTrash(const std::filesystem::path &trash);

} // namespace tintype::test
