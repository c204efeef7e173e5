#pragma once

// Private to core/metadata: a new version of a file, made beside it and put in
// its place with one rename (DESIGN.md: temp file, fsync, rename).

#include "common/Result.h"

#include <QByteArray>

#include <filesystem>

namespace tintype::detail {

class FileReplacement {
public:
    enum class Start { CopyOfTarget, Empty };

    // A hidden temporary file in the target's folder: a copy of the target (its
    // permissions too) or an empty file. A symlinked target is replaced at the
    // file the link points to.
    static Result<FileReplacement> begin(const std::filesystem::path &target, Start start);

    FileReplacement(FileReplacement &&other) noexcept;
    FileReplacement &operator=(FileReplacement &&other) = delete;
    FileReplacement(const FileReplacement &) = delete;
    FileReplacement &operator=(const FileReplacement &) = delete;
    ~FileReplacement(); // removes the temporary file unless committed

    const std::filesystem::path &temporaryPath() const { return m_temporary; }
    const std::filesystem::path &targetPath() const { return m_target; }

    Status writeAll(const QByteArray &bytes);
    // Flushes the temporary file to disk and renames it over the target; fails,
    // leaving the target as it was, when the target changed since begin().
    Status commit();

private:
    FileReplacement(std::filesystem::path target, std::filesystem::path temporary);

    std::filesystem::path m_target;
    std::filesystem::path m_temporary;
    std::filesystem::file_time_type m_targetTime{};
    std::uintmax_t m_targetSize = 0;
    bool m_targetExisted = false;
    bool m_done = false;
};

} // namespace tintype::detail
