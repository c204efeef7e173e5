#include "FaceCropProvider.h"

#include "common/NativePath.h"
#include "faces/FaceCropCache.h"

#include <QImage>

#include <algorithm>

namespace tintype {

FaceCropProvider::FaceCropProvider(std::filesystem::path directory)
    : QQuickImageProvider(QQuickImageProvider::Image, QQmlImageProviderBase::ForceAsynchronousImageLoading),
      m_directory(std::move(directory))
{}

QImage FaceCropProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    bool ok = false;
    const std::int64_t faceId = id.section(QLatin1Char('/'), 0, 0).toLongLong(&ok);
    QImage image;
    if (ok && faceId > 0)
        image.load(nativepath::display(FaceCropCache(m_directory).pathFor(faceId)));
    if (!image.isNull()) { // round everywhere, crops of older caches included
        int side = FaceCropCache::kSize;
        if (requestedSize.width() > 0 || requestedSize.height() > 0)
            side = requestedSize.width() > 0 && requestedSize.height() > 0
                       ? std::min(requestedSize.width(), requestedSize.height())
                       : std::max(requestedSize.width(), requestedSize.height());
        image = FaceCropCache::circular(image, side);
    }
    if (size)
        *size = image.size();
    return image;
}

} // namespace tintype
