#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace tintype {

class Catalog;

// What the user decided about a trip (core/stories), by the trip's key (its
// first local day, "2023-05-04"): a title of their own, hidden, merged into
// another trip (that trip's key), turned into an album.
struct TripChoice {
    QString title; // empty: the title from its places
    bool hidden = false;
    QString mergedInto;       // empty: not merged
    std::int64_t albumId = 0; // 0: not turned into an album
};

// The user's correction of home (core/stories HomeTimeline) for the local days
// firstDay..lastDay (days since 1970-01-01): another place, or none at all.
struct HomeChoice {
    std::int64_t firstDay = 0, lastDay = 0;
    std::optional<double> latitude, longitude; // none: "I have no fixed home"
    QString place;                             // the place's name as the user picked it
};

// Tables `trip_choice`, `memory_dismissal` and `home_choice`. Methods throw SqlError; call them inside
// Catalog::write/read.
class StoryChoiceRepository {
public:
    explicit StoryChoiceRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::map<QString, TripChoice> tripChoices();
    void setTripChoice(const QString &tripKey, const TripChoice &choice);

    std::set<QString> dismissedMemories();
    void dismissMemory(const QString &memoryKey);

    std::vector<HomeChoice> homeChoices(); // by firstDay
    void setHomeChoice(const HomeChoice &choice);
    void removeHomeChoice(std::int64_t firstDay);

private:
    Catalog &m_catalog;
};

} // namespace tintype
