#include "similarity/GridThumbnails.h"

#include "thumbs/ThumbnailCache.h"
#include "thumbs/Thumbnailer.h"

#include <QCoreApplication>

namespace tintype {

Result<QImage> GridThumbnails::load(const std::filesystem::path &file, const QByteArray &fingerprint) const
{
    const ThumbnailKey key{fingerprint, ThumbnailSize::Grid};
    if (auto cached = m_cache.get(key)) {
        QImage image = QImage::fromData(*cached, "JPEG");
        if (!image.isNull())
            return image;
    }
    if (auto failure = m_cache.failure(key))
        return Result<QImage>::failure(*failure);
    auto jpeg = Thumbnailer::make(file, ThumbnailSize::Grid);
    if (!jpeg)
        return Result<QImage>::failure(jpeg.error());
    m_cache.put(key, jpeg.value()); // a cache that cannot be written only costs time
    QImage image = QImage::fromData(jpeg.value(), "JPEG");
    if (image.isNull())
        return Result<QImage>::failure(
            QCoreApplication::translate("GridThumbnails", "the thumbnail could not be read"));
    return image;
}

} // namespace tintype
