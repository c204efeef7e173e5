#include "stories/HomeTimeline.h"

#include "stories/LocalDay.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace tintype {

namespace {
constexpr int kWindowDays = 120;      // nights counted either side of a day
constexpr double kCellDegrees = 0.25; // nights are counted per cell of about 25 km
constexpr double kSameHomeKm = 10;    // periods closer than this are one home

using Cell = std::pair<int, int>;
Cell cellOf(const HomeTimeline::Position &p)
{
    return {int(std::floor(p.latitude / kCellDegrees)), int(std::floor(p.longitude / kCellDegrees))};
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}
} // namespace

double HomeTimeline::distanceKm(Position a, Position b)
{
    constexpr double kRadians = M_PI / 180, kEarthKm = 6371.0088;
    const double dLat = (b.latitude - a.latitude) * kRadians, dLon = (b.longitude - a.longitude) * kRadians;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) + std::cos(a.latitude * kRadians) *
                                                                   std::cos(b.latitude * kRadians) *
                                                                   std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthKm * std::asin(std::min(1.0, std::sqrt(h)));
}

HomeTimeline HomeTimeline::find(const std::vector<StoryAsset> &assets)
{
    // The night of each day: its last photo with a position (by the camera's clock).
    std::map<std::int64_t, std::pair<std::int64_t, Position>> nights; // day -> (local ms, position)
    for (const StoryAsset &a : assets) {
        if (!a.hasPosition())
            continue;
        const std::int64_t local = a.localMs();
        auto [it, added] = nights.try_emplace(localday::of(local), local, Position{*a.latitude, *a.longitude});
        if (!added && local >= it->second.first)
            it->second = {local, Position{*a.latitude, *a.longitude}};
    }
    HomeTimeline timeline;
    std::vector<Position> positions;
    for (const auto &[day, night] : nights) {
        timeline.m_days.push_back(day);
        positions.push_back(night.second);
    }
    std::vector<Cell> cells(positions.size());
    std::transform(positions.begin(), positions.end(), cells.begin(), cellOf);

    // Slide a window over the nights, counting nights per cell.
    std::map<Cell, int> counts;
    std::size_t from = 0, to = 0; // window [from, to)
    const std::size_t n = timeline.m_days.size();
    timeline.m_homes.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int64_t day = timeline.m_days[i];
        while (to < n && timeline.m_days[to] <= day + kWindowDays)
            ++counts[cells[to++]];
        while (timeline.m_days[from] < day - kWindowDays)
            if (--counts[cells[from++]] == 0)
                counts.erase(cells[from - 1]);
        // The cell whose neighbourhood (3×3 cells) holds most nights: a town on
        // the border between cells is not split in two.
        auto near = [](const Cell &a, const Cell &b) {
            return std::abs(a.first - b.first) <= 1 && std::abs(a.second - b.second) <= 1;
        };
        Cell best;
        int bestNights = -1;
        for (const auto &[cell, count] : counts) {
            int nights = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (const auto it = counts.find({cell.first + dy, cell.second + dx}); it != counts.end())
                        nights += it->second;
            if (nights > bestNights) {
                best = cell;
                bestNights = nights;
            }
        }
        std::vector<double> latitudes, longitudes;
        for (std::size_t j = from; j < to; ++j)
            if (near(cells[j], best)) {
                latitudes.push_back(positions[j].latitude);
                longitudes.push_back(positions[j].longitude);
            }
        timeline.m_homes[i] = {median(latitudes), median(longitudes)};
    }
    return timeline;
}

std::optional<HomeTimeline::Position> HomeTimeline::on(std::int64_t day) const
{
    if (m_days.empty())
        return std::nullopt;
    const auto after = std::lower_bound(m_days.begin(), m_days.end(), day);
    if (after == m_days.end())
        return m_homes.back();
    if (after == m_days.begin() || *after == day)
        return m_homes[after - m_days.begin()];
    const auto before = after - 1; // the nearer of the two nights
    return m_homes[(day - *before <= *after - day ? before : after) - m_days.begin()];
}

std::vector<HomeTimeline::Period> HomeTimeline::periods() const
{
    std::vector<Period> out;
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (!out.empty() && distanceKm(out.back().home, m_homes[i]) < kSameHomeKm) {
            out.back().lastDay = m_days[i];
            continue;
        }
        out.push_back({m_days[i], m_days[i], m_homes[i]});
    }
    return out;
}

} // namespace tintype
