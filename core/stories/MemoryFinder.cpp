#include "stories/MemoryFinder.h"

#include "stories/LocalDay.h"

#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace tintype {

QString Memory::kindName(Kind kind)
{
    switch (kind) {
    case Kind::YearsAgo: return QStringLiteral("years-ago");
    case Kind::TripAnniversary: return QStringLiteral("trip");
    case Kind::BestOfMonth: return QStringLiteral("month");
    }
    return {};
}

namespace {
// The assets by local day, for ranges of days.
class ByDay {
public:
    explicit ByDay(const std::vector<StoryAsset> &assets)
    {
        m_entries.reserve(assets.size());
        for (const StoryAsset &a : assets)
            m_entries.emplace_back(localday::of(a.localMs()), &a);
        std::stable_sort(m_entries.begin(), m_entries.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
    }
    std::vector<const StoryAsset *> between(std::int64_t first, std::int64_t last) const
    {
        auto it = std::lower_bound(m_entries.begin(), m_entries.end(), first,
                                   [](const auto &e, std::int64_t day) { return e.first < day; });
        std::vector<const StoryAsset *> out;
        for (; it != m_entries.end() && it->first <= last; ++it)
            out.push_back(it->second);
        std::sort(out.begin(), out.end(), [](const StoryAsset *a, const StoryAsset *b) { return a->utcMs < b->utcMs; });
        return out;
    }
    std::int64_t firstDay() const { return m_entries.empty() ? 0 : m_entries.front().first; }

private:
    std::vector<std::pair<std::int64_t, const StoryAsset *>> m_entries;
};

// The same month and day in another year (29 February: the 28th).
QDate sameDate(QDate date, int year)
{
    QDate d(year, date.month(), date.day());
    return d.isValid() ? d : QDate(year, date.month(), date.day() - 1);
}
} // namespace

std::vector<Memory> MemoryFinder::find(const std::vector<StoryAsset> &assets, const std::vector<Trip> &trips, QDate on,
                                       const BestPhotoPicker::Sharpness &sharpness)
{
    std::vector<Memory> out;
    if (assets.empty() || !on.isValid())
        return out;
    const ByDay byDay(assets);
    auto add = [&](Memory memory, const std::vector<const StoryAsset *> &candidates) {
        BestPhotoPicker::Pick pick = BestPhotoPicker::pick(candidates, kPhotosPerMemory, sharpness);
        if (int(pick.assetIds.size()) < kFewestPhotos)
            return;
        memory.coverAssetId = pick.coverAssetId;
        memory.reelAssetIds = BestPhotoPicker::withVideos(pick, candidates, kVideosPerMemory);
        memory.assetIds = std::move(pick.assetIds);
        out.push_back(std::move(memory));
    };

    const int firstYear = localday::toDate(byDay.firstDay()).year();
    for (int year = on.year() - 1; year >= firstYear; --year) {
        const QDate centre = sameDate(on, year);
        const std::int64_t day = localday::fromDate(centre);
        Memory m;
        m.kind = Memory::Kind::YearsAgo;
        m.key = QStringLiteral("years-ago/") + centre.toString(Qt::ISODate);
        m.title = tr("%n year(s) ago", "", on.year() - year);
        m.from = localday::toDate(day - kDaysAround);
        m.to = localday::toDate(day + kDaysAround);
        add(std::move(m), byDay.between(day - kDaysAround, day + kDaysAround));
    }

    std::unordered_map<std::int64_t, const StoryAsset *> byId;
    for (const StoryAsset &a : assets)
        byId.emplace(a.assetId, &a);
    // Newest trip first. NOLINTNEXTLINE(modernize-loop-convert): clang-tidy 14 cannot parse libstdc++ 12's reverse_view
    for (auto trip = trips.rbegin(); trip != trips.rend(); ++trip) {
        if (trip->hidden || trip->start.year() >= on.year())
            continue;
        const std::int64_t anniversary = localday::fromDate(sameDate(trip->start, on.year()));
        if (std::abs(anniversary - localday::fromDate(on)) > kDaysAround)
            continue;
        Memory m;
        m.kind = Memory::Kind::TripAnniversary;
        m.key = QStringLiteral("trip/%1/%2").arg(trip->key).arg(on.year());
        //: A trip's anniversary: "Italy: Rome, Florence — 2 years ago"
        m.title = tr("%1 — %n year(s) ago", "", on.year() - trip->start.year()).arg(trip->title);
        m.from = trip->start;
        m.to = trip->end;
        std::vector<const StoryAsset *> candidates;
        for (std::int64_t id : trip->assetIds)
            if (const auto it = byId.find(id); it != byId.end())
                candidates.push_back(it->second);
        add(std::move(m), candidates);
    }

    if (on.day() <= kMonthMemoryDays) {
        const QDate first = on.addMonths(-1).addDays(1 - on.addMonths(-1).day());
        const QDate last = first.addMonths(1).addDays(-1);
        Memory m;
        m.kind = Memory::Kind::BestOfMonth;
        m.key = QStringLiteral("month/") + first.toString(QStringLiteral("yyyy-MM"));
        //: "Best of November"
        m.title = tr("Best of %1").arg(QLocale().standaloneMonthName(first.month()));
        m.from = first;
        m.to = last;
        add(std::move(m), byDay.between(localday::fromDate(first), localday::fromDate(last)));
    }
    return out;
}

} // namespace tintype
