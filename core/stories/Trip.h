#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tintype {

// Consecutive days away from home (core/stories/TripFinder).
struct Trip {
    QString key;      // its first local day, "2023-05-04": what the user's choices are kept by
    QDate start, end; // local days (each photo's own UTC offset), inclusive
    QString title;    // the user's, else from its places (TripTitle)
    bool renamed = false;
    bool hidden = false;
    std::int64_t albumId = 0;           // the album it was turned into, 0: none
    QStringList places;                 // towns (or countries outside towns), in the order first visited
    QStringList countryCodes;           // in the order first visited
    std::vector<std::int64_t> assetIds; // oldest first
    std::int64_t coverAssetId = 0;
    std::vector<std::int64_t> bestAssetIds; // oldest first
    std::vector<std::int64_t> reelAssetIds; // its slideshow and reel: the best photos and a few videos, oldest first
};

} // namespace tintype
