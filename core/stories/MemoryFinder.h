#pragma once

#include "catalog/StoryQueries.h"
#include "stories/BestPhotoPicker.h"
#include "stories/Memory.h"
#include "stories/Trip.h"

#include <QCoreApplication>

#include <vector>

namespace tintype {

// The memories of a day: for each earlier year with photos within kDaysAround
// days of the same date, "N years ago"; each trip that began within kDaysAround
// days of the date in an earlier year, its anniversary; in the first week of a
// month, the best of the month before. Each shows its best photos
// (BestPhotoPicker); one with fewer than kFewestPhotos usable photos is left out.
// Newest first: last year before two years ago, anniversaries, the month.
class MemoryFinder {
    Q_DECLARE_TR_FUNCTIONS(MemoryFinder)

public:
    static constexpr int kDaysAround = 3;
    static constexpr int kFewestPhotos = 3;
    static constexpr int kPhotosPerMemory = 12;
    static constexpr int kVideosPerMemory = 2; // besides its photos, in its slideshow and reel (Memory::reelAssetIds)
    static constexpr int kMonthMemoryDays = 7;

    // `assets` oldest first (StoryQueries::assets), `trips` as TripFinder gave them (titled).
    static std::vector<Memory> find(const std::vector<StoryAsset> &assets, const std::vector<Trip> &trips, QDate on,
                                    const BestPhotoPicker::Sharpness &sharpness = {});
};

} // namespace tintype
