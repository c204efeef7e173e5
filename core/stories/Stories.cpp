#include "stories/Stories.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "catalog/StoryChoiceRepository.h"
#include "stories/MemoryFinder.h"
#include "stories/TripFinder.h"

#include <QDateTime>

#include <algorithm>
#include <map>
#include <unordered_map>

namespace tintype {

Stories::Stories(Catalog &catalog) : Stories(catalog, Options()) {}

Stories::Stories(Catalog &catalog, Options options) : m_catalog(catalog), m_options(std::move(options)) {}

Status Stories::load()
{
    std::map<QString, TripChoice> choices;
    Status status = m_catalog.read([&] {
        m_assets = StoryQueries(m_catalog).assets();
        StoryChoiceRepository repository(m_catalog);
        choices = repository.tripChoices();
        m_dismissed = repository.dismissedMemories();
        m_homeChoices = repository.homeChoices();
    });
    if (!status)
        return status;
    m_homes = HomeTimeline::find(m_assets);
    m_choices = std::move(choices);
    findTrips();
    return {};
}

void Stories::findTrips()
{
    std::vector<HomeTimeline::Correction> corrections;
    for (const HomeChoice &c : m_homeChoices) {
        HomeTimeline::Correction &correction = corrections.emplace_back();
        correction.firstDay = c.firstDay;
        correction.lastDay = c.lastDay;
        if (c.latitude && c.longitude)
            correction.home = HomeTimeline::Position{*c.latitude, *c.longitude};
        correction.place = c.place;
    }
    m_homes.correct(std::move(corrections));
    m_foundTrips = TripFinder::find(m_assets, m_homes);
    applyChoices();
}

Status Stories::setHome(std::int64_t firstDay, std::optional<HomeTimeline::Position> home, const QString &place)
{
    const std::vector<HomeTimeline::Period> periods = m_homes.periods();
    const auto period = std::find_if(periods.begin(), periods.end(),
                                     [&](const HomeTimeline::Period &p) { return p.firstDay == firstDay; });
    if (period == periods.end())
        return Status::failure(tr("There is no such period of your home."));
    HomeChoice choice;
    choice.firstDay = period->firstDay;
    choice.lastDay = period->lastDay;
    if (home) {
        choice.latitude = home->latitude;
        choice.longitude = home->longitude;
    }
    choice.place = place;
    Status status = m_catalog.write([&] { StoryChoiceRepository(m_catalog).setHomeChoice(choice); });
    if (!status)
        return status;
    m_homeChoices.erase(std::remove_if(m_homeChoices.begin(), m_homeChoices.end(),
                                       [&](const HomeChoice &c) { return c.firstDay == firstDay; }),
                        m_homeChoices.end());
    m_homeChoices.push_back(choice);
    findTrips();
    return {};
}

Status Stories::resetHome(std::int64_t firstDay)
{
    Status status = m_catalog.write([&] { StoryChoiceRepository(m_catalog).removeHomeChoice(firstDay); });
    if (!status)
        return status;
    m_homeChoices.erase(std::remove_if(m_homeChoices.begin(), m_homeChoices.end(),
                                       [&](const HomeChoice &c) { return c.firstDay == firstDay; }),
                        m_homeChoices.end());
    findTrips();
    return {};
}

const Trip *Stories::trip(const QString &key) const
{
    const auto it = std::find_if(m_trips.begin(), m_trips.end(), [&](const Trip &t) { return t.key == key; });
    return it == m_trips.end() ? nullptr : &*it;
}

void Stories::applyChoices()
{
    std::vector<Trip> trips = m_foundTrips;
    // Merges: a trip merged into an earlier one (following chains) joins it.
    std::map<QString, std::size_t> index;
    for (std::size_t i = 0; i < trips.size(); ++i)
        index[trips[i].key] = i;
    std::vector<bool> gone(trips.size(), false);
    for (std::size_t i = 0; i < trips.size(); ++i) {
        const auto choice = m_choices.find(trips[i].key);
        if (choice == m_choices.end() || choice->second.mergedInto.isEmpty())
            continue;
        const auto target = index.find(choice->second.mergedInto);
        if (target == index.end() || target->second == i || gone[target->second])
            continue;
        Trip &into = trips[target->second];
        Trip &from = trips[i];
        into.start = std::min(into.start, from.start);
        into.end = std::max(into.end, from.end);
        into.assetIds.insert(into.assetIds.end(), from.assetIds.begin(), from.assetIds.end());
        for (const QString &p : from.places)
            if (!into.places.contains(p))
                into.places << p;
        for (const QString &c : from.countryCodes)
            if (!into.countryCodes.contains(c))
                into.countryCodes << c;
        gone[i] = true;
    }
    // The photos between two merged trips (days at home in between) stay out:
    // the merged trip is the two trips' photos, in time order.
    std::unordered_map<std::int64_t, const StoryAsset *> byId;
    for (const StoryAsset &a : m_assets)
        byId.emplace(a.assetId, &a);
    auto timeOf = [&](std::int64_t id) {
        const auto it = byId.find(id);
        return it == byId.end() ? std::int64_t(0) : it->second->utcMs;
    };
    m_trips.clear();
    for (std::size_t i = 0; i < trips.size(); ++i) {
        if (gone[i])
            continue;
        Trip &t = trips[i];
        std::sort(t.assetIds.begin(), t.assetIds.end(), [&](std::int64_t a, std::int64_t b) {
            return std::make_pair(timeOf(a), a) < std::make_pair(timeOf(b), b);
        });
        t.assetIds.erase(std::unique(t.assetIds.begin(), t.assetIds.end()), t.assetIds.end());
        finish(t, byId);
        if (const auto choice = m_choices.find(t.key); choice != m_choices.end()) {
            if (!choice->second.title.isEmpty()) {
                t.title = choice->second.title;
                t.renamed = true;
            }
            t.hidden = choice->second.hidden;
            t.albumId = choice->second.albumId;
        }
        m_trips.push_back(std::move(t));
    }
}

void Stories::finish(Trip &trip, const std::unordered_map<std::int64_t, const StoryAsset *> &byId) const
{
    trip.title = TripTitle::of(trip.places, trip.countryCodes, trip.start, trip.end, m_options.countryName);
    std::vector<const StoryAsset *> candidates;
    for (std::int64_t id : trip.assetIds)
        if (const auto it = byId.find(id); it != byId.end())
            candidates.push_back(it->second);
    BestPhotoPicker::Pick pick = BestPhotoPicker::pick(candidates, kBestPhotosPerTrip, m_options.sharpness);
    trip.coverAssetId = pick.coverAssetId;
    trip.reelAssetIds = BestPhotoPicker::withVideos(pick, candidates, kVideosPerReel);
    trip.bestAssetIds = std::move(pick.assetIds);
}

std::vector<Memory> Stories::memories(QDate on) const
{
    std::vector<Memory> all = MemoryFinder::find(m_assets, m_trips, on, m_options.sharpness);
    // "N years ago" moves a day with each day: one dismissed within its window stays dismissed.
    auto dismissed = [&](const Memory &m) {
        if (m_dismissed.count(m.key))
            return true;
        if (m.kind != Memory::Kind::YearsAgo)
            return false;
        const QString prefix = QStringLiteral("years-ago/");
        const QDate centre = m.from.addDays(MemoryFinder::kDaysAround);
        for (int d = -MemoryFinder::kDaysAround; d <= MemoryFinder::kDaysAround; ++d)
            if (m_dismissed.count(prefix + centre.addDays(d).toString(Qt::ISODate)))
                return true;
        return false;
    };
    all.erase(std::remove_if(all.begin(), all.end(), dismissed), all.end());
    return all;
}

Status Stories::updateChoice(const QString &key, const std::function<void(TripChoice &)> &change)
{
    TripChoice choice = m_choices.count(key) ? m_choices[key] : TripChoice{};
    change(choice);
    Status status = m_catalog.write([&] { StoryChoiceRepository(m_catalog).setTripChoice(key, choice); });
    if (!status)
        return status;
    m_choices[key] = choice;
    applyChoices();
    return {};
}

Status Stories::renameTrip(const QString &key, const QString &title)
{
    return updateChoice(key, [&](TripChoice &c) { c.title = title.trimmed(); });
}

Status Stories::hideTrip(const QString &key, bool hidden)
{
    return updateChoice(key, [&](TripChoice &c) { c.hidden = hidden; });
}

Status Stories::mergeTrips(const QString &keyA, const QString &keyB)
{
    const Trip *a = trip(keyA), *b = trip(keyB);
    if (!a || !b || a == b)
        return Status::failure(tr("There are no two such trips to merge."));
    const QString earlier = a->start <= b->start ? keyA : keyB, later = earlier == keyA ? keyB : keyA;
    return updateChoice(later, [&](TripChoice &c) { c.mergedInto = earlier; });
}

Result<std::int64_t> Stories::tripToAlbum(const QString &key)
{
    const Trip *t = trip(key);
    if (!t)
        return Result<std::int64_t>::failure(tr("There is no trip %1.").arg(key));
    std::int64_t albumId = 0;
    const Trip copy = *t;
    Status status = m_catalog.write([&] {
        AlbumRepository albums(m_catalog);
        albumId =
            albums.ensure(QStringLiteral("trip"), copy.key, copy.title, QString(), QDateTime::currentSecsSinceEpoch());
        for (std::int64_t id : copy.assetIds)
            albums.addItem(albumId, id);
    });
    if (status)
        status = updateChoice(key, [&](TripChoice &c) { c.albumId = albumId; });
    if (!status)
        return Result<std::int64_t>::failure(status.error());
    return albumId;
}

Status Stories::dismissMemory(const QString &key)
{
    Status status = m_catalog.write([&] { StoryChoiceRepository(m_catalog).dismissMemory(key); });
    if (status)
        m_dismissed.insert(key);
    return status;
}

} // namespace tintype
