#pragma once

#include "catalog/StoryQueries.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

// Where the user lived on each day: the place most nights' photos were taken
// (the last photo with a position of each local day stands for that night),
// by the majority of nights within four months either side, so a move to
// another city moves home with it at about the day of the move.
class HomeTimeline {
public:
    struct Position {
        double latitude = 0;
        double longitude = 0;
    };
    // `assets` oldest first (StoryQueries::assets).
    static HomeTimeline find(const std::vector<StoryAsset> &assets);

    // Home on a local day (localday::of); none when the library has no positions at all.
    std::optional<Position> on(std::int64_t day) const;
    // Great-circle distance in kilometres.
    static double distanceKm(Position a, Position b);

    struct Period {
        std::int64_t firstDay = 0, lastDay = 0; // local days, inclusive
        Position home;
    };
    // Home per period, oldest first (for Settings and the CLI).
    std::vector<Period> periods() const;

private:
    std::vector<std::int64_t> m_days; // days with a night position, ascending
    std::vector<Position> m_homes;    // home on each of m_days
};

} // namespace tintype
