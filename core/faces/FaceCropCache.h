#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

#include <cstdint>
#include <filesystem>

namespace tintype {

// Small round face crops (PNG with a circular alpha mask, `kSize` px) for the
// People view, kept in the cache folder next to the thumbnails, never in a photo
// folder: <cache>/faces/<library id>/<face id % 256>/<face id>.png.
class FaceCropCache {
    Q_DECLARE_TR_FUNCTIONS(FaceCropCache)

public:
    static constexpr int kSize = 128;

    explicit FaceCropCache(std::filesystem::path directory) : m_directory(std::move(directory)) {}
    static std::filesystem::path defaultDirectory(const QString &catalogPath);

    std::filesystem::path pathFor(std::int64_t faceId) const;
    // Crops `box` (pixels of `image`, with a margin) into a round crop and stores it atomically.
    Status store(std::int64_t faceId, const QImage &image, const QRectF &box) const;
    // Stores a crop roundCrop() made earlier (the face scan makes them on its
    // workers and drops the photo before the faces have ids).
    Status storeRound(std::int64_t faceId, const QImage &roundCrop) const;
    // The square around `box` (x1.3), moved and shrunk to stay inside the image (a
    // face at an edge, a tight crop), drawn through a circle.
    static QImage roundCrop(const QImage &image, const QRectF &box);
    // Any image as a round avatar of `side` px: its centred square through a circle
    // (crops of older caches were square where the face touched the image's edge).
    static QImage circular(const QImage &image, int side = kSize);

private:
    std::filesystem::path m_directory;
};

} // namespace tintype
