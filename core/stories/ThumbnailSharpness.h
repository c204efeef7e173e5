#pragma once

#include "catalog/StoryQueries.h"

#include <QHash>

#include <optional>

namespace tintype {

class Catalog;
class ThumbnailCache;

// Sharpness of an asset's picture (ImageSharpness) measured on its grid
// thumbnail, from the library's thumbnail cache, else made and cached
// (GridThumbnails); remembered per asset. The BestPhotoPicker::Sharpness of
// the CLI and the app. Use from one thread.
class ThumbnailSharpness {
public:
    // `cachedOnly`: only thumbnails already in the cache count (the app's catalog
    // worker must not spend seconds making them); the others are "not known".
    ThumbnailSharpness(Catalog &catalog, ThumbnailCache &cache, bool cachedOnly = false)
        : m_catalog(catalog),
          m_cache(cache),
          m_cachedOnly(cachedOnly)
    {}
    std::optional<double> operator()(const StoryAsset &asset);

private:
    Catalog &m_catalog;
    ThumbnailCache &m_cache;
    bool m_cachedOnly;
    QHash<std::int64_t, std::optional<double>> m_known;
};

} // namespace tintype
