#pragma once

#include "common/Result.h"

#include <QByteArray>

#include <atomic>
#include <filesystem>

namespace tintype {

// XXH3-128 digests of files, 16 bytes each.
struct FileHasher {
    // Cheap identity of a file's content: size + first 16 KiB + last 16 KiB.
    // Recognises a moved or renamed file without reading all of it.
    static Result<QByteArray> fingerprint(const std::filesystem::path &file);
    // The whole content, streamed; stops early (failure) when `cancel` is set.
    static Result<QByteArray> contentHash(const std::filesystem::path &file, const std::atomic_bool *cancel = nullptr);
};

} // namespace tintype
