#include "DayPlaces.h"

#include "catalog/PlaceRepository.h"
#include "geo/ReverseGeocoder.h"

#include <QHash>

#include <algorithm>

namespace tintype {

DayPlaces::DayPlaces(std::vector<std::pair<std::int64_t, QString>> names)
{
    QHash<QString, int> index;
    m_assets.reserve(names.size());
    for (auto &[assetId, name] : names) {
        if (name.isEmpty())
            continue;
        auto it = index.find(name);
        if (it == index.end()) {
            it = index.insert(name, int(m_names.size()));
            m_names.append(name);
        }
        m_assets.emplace_back(assetId, it.value());
    }
    std::sort(m_assets.begin(), m_assets.end());
}

DayPlaces DayPlaces::load(Catalog &catalog, const QString &language)
{
    const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
    QHash<QString, QString> countryNames;
    std::vector<std::pair<std::int64_t, QString>> names;
    for (AssetTown &town : PlaceRepository(catalog).towns()) {
        if (!town.city.isEmpty()) {
            names.emplace_back(town.assetId, std::move(town.city));
            continue;
        }
        auto it = countryNames.find(town.countryCode);
        if (it == countryNames.end())
            it = countryNames.insert(town.countryCode,
                                     geocoder ? geocoder->countryName(town.countryCode, language) : town.countryCode);
        names.emplace_back(town.assetId, it.value());
    }
    return DayPlaces(std::move(names));
}

QString DayPlaces::text(const std::vector<TimelineEntry> &entries, int first, int count, int limit) const
{
    if (m_assets.empty() || first < 0 || count <= 0 || size_t(first) >= entries.size())
        return {};
    const int end = std::min(int(entries.size()), first + count);
    struct Tally {
        int name, count, firstSeen;
    };
    std::vector<Tally> tallies; // a day has few places: a linear search is fastest
    for (int i = first; i < end; ++i) {
        const std::int64_t id = entries[size_t(i)].assetId;
        const auto it = std::lower_bound(m_assets.begin(), m_assets.end(), std::pair<std::int64_t, int>(id, -1));
        if (it == m_assets.end() || it->first != id)
            continue;
        auto t = std::find_if(tallies.begin(), tallies.end(), [&](const Tally &x) { return x.name == it->second; });
        if (t == tallies.end())
            tallies.push_back({it->second, 1, i});
        else
            ++t->count;
    }
    std::sort(tallies.begin(), tallies.end(), [](const Tally &a, const Tally &b) {
        return a.count != b.count ? a.count > b.count : a.firstSeen < b.firstSeen;
    });
    QStringList shown;
    for (size_t k = 0; k < tallies.size() && int(k) < limit; ++k)
        shown.append(m_names[tallies[k].name]);
    return shown.join(QStringLiteral(", "));
}

} // namespace tintype
