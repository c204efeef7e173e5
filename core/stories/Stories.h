#pragma once

#include "catalog/StoryChoiceRepository.h"
#include "catalog/StoryQueries.h"
#include "common/Result.h"
#include "stories/BestPhotoPicker.h"
#include "stories/HomeTimeline.h"
#include "stories/Memory.h"
#include "stories/Trip.h"
#include "stories/TripTitle.h"

#include <QCoreApplication>

#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <vector>

namespace tintype {

class Catalog;

// A library's stories: its homes, trips (TripFinder, with the user's choices
// from the catalog applied: merged, renamed, hidden, turned into an album;
// titled, with a cover and best photos) and the memories of a day
// (MemoryFinder, dismissed ones left out). Computed from the catalog on
// load(); the choices are written to the catalog and applied at once.
class Stories {
    Q_DECLARE_TR_FUNCTIONS(Stories)

public:
    static constexpr int kBestPhotosPerTrip = 8;

    struct Options {
        TripTitle::CountryName countryName = TripTitle::qtCountryName;
        BestPhotoPicker::Sharpness sharpness; // none: sharpness not considered
    };
    explicit Stories(Catalog &catalog);
    Stories(Catalog &catalog, Options options);

    // Reads the assets and the choices (one read transaction) and finds the trips.
    Status load();

    const std::vector<StoryAsset> &assets() const { return m_assets; }
    const HomeTimeline &homes() const { return m_homes; }
    // Oldest first, hidden ones too (Trip::hidden).
    const std::vector<Trip> &trips() const { return m_trips; }
    const Trip *trip(const QString &key) const;
    // The memories of a day, newest first; dismissed ones left out.
    std::vector<Memory> memories(QDate on) const;

    // The user's choices; each is kept in the catalog and applied to trips() at once.
    Status renameTrip(const QString &key, const QString &title); // empty: back to the title from its places
    Status hideTrip(const QString &key, bool hidden);
    // The later of two trips joins the earlier one (its photos and days between).
    Status mergeTrips(const QString &keyA, const QString &keyB);
    // An ordinary album with the trip's photos (its title as name); the album's id.
    Result<std::int64_t> tripToAlbum(const QString &key);
    Status dismissMemory(const QString &key);

private:
    void applyChoices();
    // Title, cover, best photos.
    void finish(Trip &trip, const std::unordered_map<std::int64_t, const StoryAsset *> &byId) const;
    Status updateChoice(const QString &key, const std::function<void(TripChoice &)> &change);

    Catalog &m_catalog;
    Options m_options;
    std::vector<StoryAsset> m_assets;
    HomeTimeline m_homes;
    std::vector<Trip> m_foundTrips; // as TripFinder found them
    std::vector<Trip> m_trips;
    std::map<QString, TripChoice> m_choices;
    std::set<QString> m_dismissed;
};

} // namespace tintype
