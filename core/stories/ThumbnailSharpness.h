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
    ThumbnailSharpness(Catalog &catalog, ThumbnailCache &cache) : m_catalog(catalog), m_cache(cache) {}
    std::optional<double> operator()(const StoryAsset &asset);

private:
    Catalog &m_catalog;
    ThumbnailCache &m_cache;
    QHash<std::int64_t, std::optional<double>> m_known;
};

} // namespace tintype
