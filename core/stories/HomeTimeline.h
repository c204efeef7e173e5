#pragma once

#include "catalog/StoryQueries.h"

#include <QString>

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
        QString place;          // the town most of its nights at home were in; empty: none known
        bool corrected = false; // the user's (Correction), not as found
        bool noHome = false;    // the user has no fixed home then (home is meaningless)
    };
    // Home per period, oldest first (for Settings and the CLI), the user's corrections applied.
    std::vector<Period> periods() const;

    // The user's correction for the days firstDay..lastDay (a period as it was
    // found): home was elsewhere, or there was none (no day is away from home then).
    struct Correction {
        std::int64_t firstDay = 0, lastDay = 0;
        std::optional<Position> home; // none: no fixed home
        QString place;
    };
    void correct(std::vector<Correction> corrections);

    // The towns the library's nights were spent in, most nights first (at most
    // `limit`): what the user may pick as home.
    struct NightPlace {
        QString name;
        Position position; // the median of its nights
        int nights = 0;
    };
    std::vector<NightPlace> nightPlaces(std::size_t limit = 12) const;

private:
    const Correction *correctionOn(std::int64_t day) const;
    std::vector<std::int64_t> m_days; // days with a night position, ascending
    std::vector<Position> m_homes;    // home on each of m_days (as found)
    std::vector<Position> m_nights;   // where each of m_days' night was
    std::vector<QString> m_towns;     // the town of each of m_days' night; empty: none
    std::vector<Correction> m_corrections;
};

} // namespace tintype
