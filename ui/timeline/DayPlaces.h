#pragma once

#include "catalog/TimelineQueries.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace tintype {

class Catalog;

// Where each photo of a timeline was taken, for the day headers: "Paris,
// Versailles". A photo's name is its town (asset_place), or its country's
// name (in the UI language) outside any town. Loaded on the catalog worker
// after the timeline's entries, so it never delays the first screen.
class DayPlaces {
public:
    DayPlaces() = default;
    // `names`: asset id → shown name, in any order.
    explicit DayPlaces(std::vector<std::pair<std::int64_t, QString>> names);
    // Reads asset_place; country names in `language` ("de"). Call on the catalog's thread.
    static DayPlaces load(Catalog &catalog, const QString &language);

    bool isEmpty() const { return m_assets.empty(); }
    // The names of entries [first, first + count): the most frequent first
    // (ties: the first seen), at most `limit`, joined by ", ". Empty when none has a place.
    QString text(const std::vector<TimelineEntry> &entries, int first, int count, int limit = 2) const;

private:
    std::vector<std::pair<std::int64_t, int>> m_assets; // asset id → index into m_names, sorted by id
    QStringList m_names;
};

} // namespace tintype
