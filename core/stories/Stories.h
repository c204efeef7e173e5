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
    static constexpr int kVideosPerReel = 2; // videos in a trip's or memory's slideshow, besides its photos

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
    // Home in the period of homes().periods() that starts on `firstDay` was `home`
    // (a place of the user's, named `place`), or none ("I have no fixed home");
    // kept in the catalog, and the trips are found again from it at once.
    Status setHome(std::int64_t firstDay, std::optional<HomeTimeline::Position> home, const QString &place);
    Status resetHome(std::int64_t firstDay); // back to the home found from the photos

private:
    void applyChoices();
    void findTrips(); // from the homes found and the user's corrections
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
    std::vector<HomeChoice> m_homeChoices;
};

} // namespace tintype
