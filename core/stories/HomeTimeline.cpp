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
    struct Night {
        std::int64_t localMs = 0;
        Position position;
        const StoryAsset *asset = nullptr;
    };
    std::map<std::int64_t, Night> nights; // by day
    for (const StoryAsset &a : assets) {
        if (!a.hasPosition())
            continue;
        const std::int64_t local = a.localMs();
        const Night night{local, Position{*a.latitude, *a.longitude}, &a};
        auto [it, added] = nights.try_emplace(localday::of(local), night);
        if (!added && local >= it->second.localMs)
            it->second = night;
    }
    HomeTimeline timeline;
    std::vector<Position> &positions = timeline.m_nights;
    for (const auto &[day, night] : nights) {
        timeline.m_days.push_back(day);
        positions.push_back(night.position);
        timeline.m_towns.push_back(QString::fromUtf8(night.asset->city));
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
    std::size_t nearest = 0;
    if (after == m_days.end())
        nearest = m_days.size() - 1;
    else if (after == m_days.begin() || *after == day)
        nearest = std::size_t(after - m_days.begin());
    else // the nearer of the two nights
        nearest = std::size_t((day - *(after - 1) <= *after - day ? after - 1 : after) - m_days.begin());
    const Correction *correction = correctionOn(day);
    if (!correction)
        correction = correctionOn(m_days[nearest]);
    return correction ? correction->home : m_homes[nearest];
}

const HomeTimeline::Correction *HomeTimeline::correctionOn(std::int64_t day) const
{
    for (const Correction &c : m_corrections)
        if (day >= c.firstDay && day <= c.lastDay)
            return &c;
    return nullptr;
}

void HomeTimeline::correct(std::vector<Correction> corrections) { m_corrections = std::move(corrections); }

std::vector<HomeTimeline::Period> HomeTimeline::periods() const
{
    std::vector<Period> out;
    std::vector<std::map<QString, int>> towns; // nights at home per town, per period
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (out.empty() || distanceKm(out.back().home, m_homes[i]) >= kSameHomeKm) {
            out.push_back({m_days[i], m_days[i], m_homes[i], {}, false, false});
            towns.emplace_back();
        }
        out.back().lastDay = m_days[i];
        if (!m_towns[i].isEmpty() && distanceKm(m_nights[i], m_homes[i]) < 2 * kSameHomeKm)
            ++towns.back()[m_towns[i]];
    }
    for (std::size_t p = 0; p < out.size(); ++p) {
        int most = 0;
        for (const auto &[town, nights] : towns[p])
            if (nights > most) {
                most = nights;
                out[p].place = town;
            }
        if (const Correction *c = correctionOn(out[p].firstDay)) {
            out[p].corrected = true;
            out[p].noHome = !c->home;
            out[p].home = c->home.value_or(Position{});
            out[p].place = c->place;
        }
    }
    return out;
}

std::vector<HomeTimeline::NightPlace> HomeTimeline::nightPlaces(std::size_t limit) const
{
    std::map<QString, std::vector<Position>> byTown;
    for (std::size_t i = 0; i < m_days.size(); ++i)
        if (!m_towns[i].isEmpty())
            byTown[m_towns[i]].push_back(m_nights[i]);
    std::vector<NightPlace> out;
    for (const auto &[town, nights] : byTown) {
        std::vector<double> latitudes, longitudes;
        for (const Position &p : nights) {
            latitudes.push_back(p.latitude);
            longitudes.push_back(p.longitude);
        }
        out.push_back({town, {median(latitudes), median(longitudes)}, int(nights.size())});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const NightPlace &a, const NightPlace &b) { return a.nights > b.nights; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace tintype
