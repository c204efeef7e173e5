#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <vector>

namespace tintype {

// A memory (core/stories/MemoryFinder): a small set of a past day's, trip's or month's best photos.
struct Memory {
    enum class Kind { YearsAgo, TripAnniversary, BestOfMonth };
    Kind kind = Kind::YearsAgo;
    QString key;    // stable: what a dismissal is kept by ("years-ago/2021-05-04")
    QString title;  // "3 years ago", "Italy: Rome, Florence — 2 years ago", "Best of November"
    QDate from, to; // the local days its photos come from
    std::int64_t coverAssetId = 0;
    std::vector<std::int64_t> assetIds;     // the best photos, oldest first
    std::vector<std::int64_t> reelAssetIds; // its slideshow and reel: those and a few videos, oldest first

    static QString kindName(Kind kind); // "years-ago", "trip", "month": stable, for JSON
};

} // namespace tintype
