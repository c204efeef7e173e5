#include "stories/TripFinder.h"

#include "stories/LocalDay.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tintype {

namespace {
struct Day {
    std::int64_t day = 0;
    bool away = false;      // some photo with a position far from home
    bool nightAway = false; // its last photo with a position is far from home
};

bool isAway(const StoryAsset &a, const HomeTimeline &homes, std::int64_t day)
{
    const auto home = homes.on(day);
    return home && HomeTimeline::distanceKm(*home, {*a.latitude, *a.longitude}) > TripFinder::kAwayKm;
}

// The places of the trip's photos in the order first visited: towns, and for
// photos outside towns their country (when the trip has no town there).
void namePlaces(Trip &trip, const std::vector<const StoryAsset *> &away)
{
    std::vector<std::pair<QByteArray, QByteArray>> order; // (country, city) first seen
    std::map<std::pair<QByteArray, QByteArray>, int> counts;
    for (const StoryAsset *a : away) {
        if (a->countryCode.isEmpty())
            continue;
        const auto key = std::make_pair(a->countryCode, a->city);
        if (counts[key]++ == 0)
            order.push_back(key);
    }
    int total = 0;
    for (const auto &entry : counts)
        total += entry.second;
    for (const auto &[country, city] : order) {
        if (!trip.countryCodes.contains(QString::fromLatin1(country)))
            trip.countryCodes << QString::fromLatin1(country);
        // A town passed through (a photo at a motorway stop) is not a place of the trip.
        if (!city.isEmpty() && counts[{country, city}] * 20 >= total)
            trip.places << QString::fromUtf8(city);
    }
}
} // namespace

std::vector<Trip> TripFinder::find(const std::vector<StoryAsset> &assets, const HomeTimeline &homes)
{
    // Each day with positioned photos: away or at home, and where its night was.
    std::map<std::int64_t, Day> days;
    std::map<std::int64_t, std::int64_t> lastOfDay; // day -> local ms of its last positioned photo
    for (const StoryAsset &a : assets) {
        if (!a.hasPosition())
            continue;
        const std::int64_t local = a.localMs(), day = localday::of(local);
        Day &d = days[day];
        d.day = day;
        const bool away = isAway(a, homes, day);
        d.away = d.away || away;
        auto [last, added] = lastOfDay.try_emplace(day, local);
        if (added || local >= last->second) {
            last->second = local;
            d.nightAway = away;
        }
    }
    // Runs of away days.
    std::vector<std::pair<std::int64_t, std::int64_t>> runs; // first, last day
    bool open = false, nightAway = false;
    auto close = [&] { // a run is a trip when it spans two days or more with a night away
        if (open && !(runs.back().second > runs.back().first && nightAway))
            runs.pop_back();
        open = false;
    };
    for (const auto &[day, d] : days) {
        if (!d.away) {
            close();
            continue;
        }
        if (open && day - runs.back().second <= kQuietDays + 1) {
            nightAway = nightAway || days[runs.back().second].nightAway;
            runs.back().second = day;
            continue;
        }
        close();
        runs.emplace_back(day, day);
        open = true;
        nightAway = false;
    }
    close();

    // Each run's photos.
    std::vector<Trip> trips;
    for (const auto &[first, last] : runs) {
        std::vector<const StoryAsset *> away;
        std::int64_t from = 0, to = 0;
        for (const StoryAsset &a : assets) {
            if (!a.hasPosition())
                continue;
            const std::int64_t day = localday::of(a.localMs());
            if (day < first || day > last || !isAway(a, homes, day))
                continue;
            from = away.empty() ? a.localMs() : std::min(from, a.localMs());
            to = away.empty() ? a.localMs() : std::max(to, a.localMs());
            away.push_back(&a);
        }
        Trip trip;
        trip.start = localday::toDate(first);
        trip.end = localday::toDate(last);
        trip.key = trip.start.toString(Qt::ISODate);
        for (const StoryAsset &a : assets) {
            const std::int64_t local = a.localMs();
            if (a.hasPosition() ? std::binary_search(away.begin(), away.end(), &a) : local >= from && local <= to)
                trip.assetIds.push_back(a.assetId);
        }
        namePlaces(trip, away);
        trips.push_back(std::move(trip));
    }
    return trips;
}

} // namespace tintype
