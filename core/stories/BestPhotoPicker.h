#pragma once

#include "catalog/StoryQueries.h"

#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tintype {

// The few photos that show a trip or a memory best: favourites first, then
// photos of named people, then the sharpest; never a screenshot or a video;
// never two near-duplicates (perceptual hashes within kNearDuplicateBits, the
// burst frames and copies core/similarity finds); never a blurred photo
// (sharpness under kBlurredShare of the median of the shortlist) while sharp
// ones are left.
class BestPhotoPicker {
public:
    static constexpr int kNearDuplicateBits = 12;
    static constexpr double kBlurredShare = 0.35;

    // Sharpness of an asset's picture (ImageSharpness), none when unknown.
    using Sharpness = std::function<std::optional<double>(const StoryAsset &)>;

    struct Pick {
        std::int64_t coverAssetId = 0;      // the best one
        std::vector<std::int64_t> assetIds; // up to `count`, oldest first
    };
    // `candidates` oldest first. Sharpness is asked of a shortlist only (about
    // four times `count`, spread over the candidates' time).
    static Pick pick(const std::vector<const StoryAsset *> &candidates, int count, const Sharpness &sharpness = {});

    // A reel's or slideshow's assets: the pick's photos and up to `videos` of
    // the candidates' videos (favourites first, else spread over the time),
    // oldest first.
    static std::vector<std::int64_t> withVideos(const Pick &pick, const std::vector<const StoryAsset *> &candidates,
                                                int videos);

    // By its file name or folder (Screenshot_2019…, Bildschirmfoto…, /Screenshots/).
    static bool isScreenshot(const QByteArray &relPath);
};

} // namespace tintype
