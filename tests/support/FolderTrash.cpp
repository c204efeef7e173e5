#include "support/FolderTrash.h"

namespace tintype::test {

DuplicateResolver::Trash folderTrash(const std::filesystem::path &trash)
{
    return [trash](const std::filesystem::path &file) -> Result<QString> {
        std::filesystem::create_directories(trash / "files");
        const std::filesystem::path target = trash / "files" / file.filename();
        std::error_code error;
        std::filesystem::rename(file, target, error);
        if (error)
            return Result<QString>::failure(QString::fromStdString(error.message()));
        return QString::fromStdString(target.string());
    };
}

} // namespace tintype::test
