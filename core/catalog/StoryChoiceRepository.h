#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <set>

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

// Tables `trip_choice` and `memory_dismissal`. Methods throw SqlError; call them inside Catalog::write/read.
class StoryChoiceRepository {
public:
    explicit StoryChoiceRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::map<QString, TripChoice> tripChoices();
    void setTripChoice(const QString &tripKey, const TripChoice &choice);

    std::set<QString> dismissedMemories();
    void dismissMemory(const QString &memoryKey);

private:
    Catalog &m_catalog;
};

} // namespace tintype
