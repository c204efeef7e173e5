#include "library/FileHasher.h"

#include <QCoreApplication>

#include <xxhash.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

namespace tintype {

namespace {
// Head and tail block of the fingerprint. 16 KiB holds a photo's metadata
// (unique per shot) and the end of its image data; 4x cheaper than 64 KiB.
constexpr std::size_t kBlock = 16 * 1024;

struct FileCloser {
    void operator()(std::FILE *f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

FilePtr openForReading(const std::filesystem::path &file)
{
#ifdef _WIN32
    return FilePtr(_wfopen(file.c_str(), L"rb"));
#else
    return FilePtr(std::fopen(file.c_str(), "rb"));
#endif
}

QByteArray digestBytes(XXH128_hash_t h)
{
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, h);
    return QByteArray(reinterpret_cast<const char *>(canonical.digest), sizeof canonical.digest);
}

QString cannotRead(const std::filesystem::path &)
{
    return QCoreApplication::translate("FileHasher", "cannot read the file: %1")
        .arg(QString::fromLocal8Bit(std::strerror(errno)));
}
} // namespace

Result<QByteArray> FileHasher::fingerprint(const std::filesystem::path &file)
{
    FilePtr f = openForReading(file);
    if (!f)
        return Result<QByteArray>::failure(cannotRead(file));
    // One buffer per thread, not zeroed per call: this runs for every new file.
    thread_local std::unique_ptr<char[]> buffer(new char[2 * kBlock + sizeof(std::int64_t)]);
    std::fseek(f.get(), 0, SEEK_END);
    const std::int64_t size = std::ftell(f.get());
    std::fseek(f.get(), 0, SEEK_SET);
    std::memcpy(buffer.get(), &size, sizeof size);
    std::size_t used = sizeof size;
    used += std::fread(buffer.get() + used, 1, kBlock, f.get());
    if (size > std::int64_t(2 * kBlock)) {
        std::fseek(f.get(), long(size - std::int64_t(kBlock)), SEEK_SET);
        used += std::fread(buffer.get() + used, 1, kBlock, f.get());
    } else if (size > std::int64_t(kBlock)) {
        used += std::fread(buffer.get() + used, 1, std::size_t(size) - kBlock, f.get());
    }
    if (std::ferror(f.get()))
        return Result<QByteArray>::failure(cannotRead(file));
    return digestBytes(XXH3_128bits(buffer.get(), used));
}

Result<QByteArray> FileHasher::contentHash(const std::filesystem::path &file, const std::atomic_bool *cancel)
{
    FilePtr f = openForReading(file);
    if (!f)
        return Result<QByteArray>::failure(cannotRead(file));
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state(XXH3_createState(), &XXH3_freeState);
    XXH3_128bits_reset(state.get());
    std::vector<char> buffer(1024 * 1024);
    std::size_t n;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), f.get())) > 0) {
        if (cancel && *cancel)
            return Result<QByteArray>::failure(QCoreApplication::translate("FileHasher", "cancelled"));
        XXH3_128bits_update(state.get(), buffer.data(), n);
    }
    if (std::ferror(f.get()))
        return Result<QByteArray>::failure(cannotRead(file));
    return digestBytes(XXH3_128bits_digest(state.get()));
}

} // namespace tintype
