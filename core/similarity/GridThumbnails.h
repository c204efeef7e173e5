#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QImage>

#include <filesystem>

namespace tintype {

class ThumbnailCache;

// The grid thumbnail of a file as an image: from the library's thumbnail
// cache, else made (Thumbnailer) and put there, so hashing and verification
// share the work with the timeline. Thread-safe.
class GridThumbnails {
public:
    explicit GridThumbnails(ThumbnailCache &cache) : m_cache(cache) {}
    Result<QImage> load(const std::filesystem::path &file, const QByteArray &fingerprint) const;

private:
    ThumbnailCache &m_cache;
};

} // namespace tintype
