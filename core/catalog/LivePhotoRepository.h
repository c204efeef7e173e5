#pragma once

#include <cstdint>
#include <vector>

namespace tintype {

class Catalog;

// Live Photos paired by Apple's ContentIdentifier (asset.content_id), which
// survives renames and Takeout's name mangling: a short video asset of its own
// whose identifier a still of the same folder carries becomes that still's
// motion clip. Name pairing (AssetGrouper) stays the first and the fallback.
// Methods throw SqlError; call them inside Catalog::write.
class LivePhotoRepository {
public:
    explicit LivePhotoRepository(Catalog &catalog) : m_catalog(catalog) {}

    struct Pair {
        std::int64_t photoAssetId = 0;
        std::int64_t videoAssetId = 0;
    };
    // Unpaired still + clip with one identifier, in one folder of one root; each
    // asset in at most one pair. `maxClipSeconds`: longer videos are not clips.
    std::vector<Pair> unpairedByIdentifier(double maxClipSeconds);
    // The video's files join the still as its motion clip; the video asset's
    // albums and tags move to the still, and the emptied asset is removed.
    void attachClip(const Pair &pair);
    // Both of the above; returns the number of pairs made.
    int pairByIdentifier(double maxClipSeconds);

private:
    Catalog &m_catalog;
};

} // namespace tintype
