#pragma once

#include "catalog/StoryQueries.h"
#include "stories/HomeTimeline.h"
#include "stories/Trip.h"

#include <vector>

namespace tintype {

// Trips in a library: runs of consecutive local days with photos taken more
// than kAwayKm from that day's home (HomeTimeline), spanning at least two
// days with a night away, where up to kQuietDays days without positioned
// photos do not break a run but a day with photos only at home does. A day
// out, however far, is not a trip. A trip's photos: those with a position
// away from home on its days, and those without a position (another camera,
// location off) taken between its first and last photo away (on the camera's
// clock). Places come from asset_place (its places and countries in the order
// first visited); titles, covers and best photos are left to the caller.
class TripFinder {
public:
    static constexpr double kAwayKm = 50;
    static constexpr int kQuietDays = 2;

    // `assets` oldest first (StoryQueries::assets); trips oldest first.
    static std::vector<Trip> find(const std::vector<StoryAsset> &assets, const HomeTimeline &homes);
};

} // namespace tintype
