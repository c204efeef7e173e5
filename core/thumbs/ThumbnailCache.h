#pragma once

#include "common/Result.h"
#include "thumbs/ThumbnailSize.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>

namespace tintype {

// One library's thumbnail store: sharded JPEG files under the platform cache
// folder (layout and the reasons for it in README.md). Never inside a photo
// folder. Thread-safe: entries are written to a temporary name and renamed.
class ThumbnailCache {
public:
    // Bumped whenever decoding or encoding changes what a thumbnail looks like:
    // entries of other versions are ignored and removed by prune().
    static constexpr int kFormatVersion = 1;

    explicit ThumbnailCache(std::filesystem::path directory);
    // <cache folder>/thumbnails/<16 hex digits of the catalog path's SHA-1>:
    // one store per library.
    static std::filesystem::path defaultDirectory(const QString &catalogPath);

    const std::filesystem::path &directory() const { return m_directory; }
    std::filesystem::path entryPath(const ThumbnailKey &key) const;

    bool contains(const ThumbnailKey &key) const;
    std::optional<QByteArray> get(const ThumbnailKey &key) const;
    Status put(const ThumbnailKey &key, const QByteArray &jpeg);
    // Files that cannot give a thumbnail are remembered with their reason (next
    // to where the entry would be, `.fail`), so a resumed run does not decode
    // them again; a changed file has another fingerprint and is tried afresh.
    Status putFailure(const ThumbnailKey &key, const QString &reason);
    std::optional<QString> failure(const ThumbnailKey &key) const;

    struct Stats {
        std::int64_t gridEntries = 0, gridBytes = 0;
        std::int64_t previewEntries = 0, previewBytes = 0;
        std::int64_t failures = 0;                     // remembered failures (.fail)
        std::int64_t staleEntries = 0, staleBytes = 0; // other format versions, temporary files
        std::int64_t diskBytes = 0;                    // allocated blocks, all of the store
    };
    Stats stats() const;

    // Removes entries whose fingerprint `isLive` rejects, entries of other
    // format versions and leftover temporary files; entries of edited pictures
    // go with their file, and also when `isLiveEdit` (if given) rejects their
    // edit tag. Returns the bytes freed.
    Result<std::int64_t>
    prune(const std::function<bool(const QByteArray &fingerprint)> &isLive,
          const std::function<bool(const QByteArray &fingerprint, const QByteArray &editTag)> &isLiveEdit = {});
    // Removes the whole store.
    Status clear();

private:
    std::filesystem::path versionDirectory() const;
    Status write(const std::filesystem::path &target, const QByteArray &bytes);
    std::filesystem::path m_directory;
};

} // namespace tintype
