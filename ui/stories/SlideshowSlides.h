#pragma once

#include "catalog/TimelineQueries.h"

#include <QVariantList>

#include <cstdint>
#include <map>
#include <vector>

namespace tintype {

class Catalog;

// The slides of a trip's or memory's slideshow (Slideshow.qml), one per asset
// in `assetIds` found in `entries`: {image: its screen-size thumbnail, video:
// the file URL of a video (played as a short clip), else ""}. Reads the
// videos' paths: call inside Catalog::read.
QVariantList slideshowSlides(Catalog &catalog, const std::vector<std::int64_t> &assetIds,
                             const std::map<std::int64_t, TimelineEntry> &entries);

} // namespace tintype
