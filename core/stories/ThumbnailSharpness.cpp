#include "stories/ThumbnailSharpness.h"

#include "catalog/Catalog.h"
#include "catalog/ThumbnailSources.h"
#include "similarity/GridThumbnails.h"
#include "stories/ImageSharpness.h"
#include "thumbs/ThumbnailCache.h"

namespace tintype {

std::optional<double> ThumbnailSharpness::operator()(const StoryAsset &asset)
{
    if (const auto known = m_known.constFind(asset.assetId); known != m_known.cend())
        return *known;
    std::optional<ThumbnailSources::Source> source;
    m_catalog.read([&] { source = ThumbnailSources(m_catalog).ofFile(asset.fileId); });
    std::optional<double> sharpness;
    if (source && m_cachedOnly) {
        if (const auto jpeg = m_cache.get(ThumbnailKey{source->fingerprint, ThumbnailSize::Grid}))
            if (const QImage image = QImage::fromData(*jpeg, "JPEG"); !image.isNull())
                sharpness = ImageSharpness::of(image);
    } else if (source) {
        const Result<QImage> image = GridThumbnails(m_cache).load(source->path, source->fingerprint);
        if (image)
            sharpness = ImageSharpness::of(image.value());
    }
    m_known.insert(asset.assetId, sharpness);
    return sharpness;
}

} // namespace tintype
