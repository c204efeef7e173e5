#include "PlaceListModel.h"

#include "AppServices.h"
#include "CatalogWorker.h"
#include "TimelineModel.h"

#include "catalog/Catalog.h"
#include "geo/ReverseGeocoder.h"

#include <QLocale>

#include <algorithm>
#include <unordered_map>

namespace tintype {

namespace {
TimelineEntry entryOf(std::int64_t assetId)
{
    TimelineEntry e;
    e.assetId = assetId;
    return e;
}
} // namespace

PlaceListModel::PlaceListModel(QObject *parent) : ServicesListModel(parent) {}

QString PlaceListModel::nameOfCountry(const QString &code)
{
    const ReverseGeocoder *geocoder = ReverseGeocoder::shared();
    return geocoder && !code.isEmpty() ? geocoder->countryName(code, QLocale().name()) : code;
}

bool PlaceListModel::indexInstalled() const { return ReverseGeocoder::shared() != nullptr; }

std::vector<PlaceListModel::Tile> PlaceListModel::read(Catalog &catalog, const QString &country)
{
    std::vector<Tile> tiles;
    for (const PlaceCount &c : PlaceRepository(catalog).counts()) {
        if (country.isEmpty()) {
            // Countries: the cover of the biggest town (counts come by country, most first).
            if (tiles.empty() || tiles.back().countryCode != c.countryCode)
                tiles.push_back({c.countryCode, {}, {}, 0, 0, std::nullopt});
            Tile &tile = tiles.back();
            if (tile.itemCount == 0 || (!c.city.isEmpty() && tile.towns == 0))
                tile.cover = entryOf(c.coverAssetId);
            tile.itemCount += c.count;
            tile.towns += c.city.isEmpty() ? 0 : 1;
        } else if (c.countryCode == country) {
            tiles.push_back({c.countryCode, c.city, c.region, c.count, 0, entryOf(c.coverAssetId)});
        }
    }
    std::stable_sort(tiles.begin(), tiles.end(), [](const Tile &a, const Tile &b) {
        if (a.city.isEmpty() != b.city.isEmpty()) // a country's photos outside any town come last
            return !a.city.isEmpty();
        return a.itemCount > b.itemCount;
    });
    // The covers' thumbnails.
    std::vector<std::int64_t> ids;
    for (const Tile &t : tiles)
        ids.push_back(t.cover->assetId);
    std::unordered_map<std::int64_t, TimelineEntry> entries;
    for (TimelineEntry &e : TimelineModel::withEditedShapes(catalog, TimelineQueries(catalog).byIds(ids)))
        entries.emplace(e.assetId, std::move(e));
    for (Tile &t : tiles) {
        const auto found = entries.find(t.cover->assetId);
        if (found == entries.end())
            t.cover.reset();
        else
            t.cover = found->second;
    }
    return tiles;
}

void PlaceListModel::setCountry(const QString &code)
{
    if (m_country == code)
        return;
    m_country = code;
    emit countryChanged();
    beginResetModel();
    m_tiles.clear();
    endResetModel();
    reload();
}

int PlaceListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_tiles.size()); }

QHash<int, QByteArray> PlaceListModel::roleNames() const
{
    return {{CodeRole, "code"},           {CityRole, "city"},   {NameRole, "name"},  {SubtitleRole, "subtitle"},
            {ItemCountRole, "itemCount"}, {CoverRole, "cover"}, {TownsRole, "towns"}};
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_tiles.size()))
        return {};
    const Tile &t = m_tiles[size_t(index.row())];
    const bool isCountry = m_country.isEmpty();
    switch (role) {
    case CodeRole: return t.countryCode;
    case CityRole: return t.city;
    case NameRole:
        if (isCountry)
            return nameOfCountry(t.countryCode);
        return t.city.isEmpty() ? tr("Outside towns") : t.city;
    case SubtitleRole:
        if (isCountry)
            return t.towns > 0 ? tr("%n town(s)", "", t.towns) : QString();
        return t.region;
    case ItemCountRole: return qint64(t.itemCount);
    case CoverRole: return t.cover ? TimelineModel::thumbnailSource(*t.cover, "grid") : QString();
    case TownsRole: return t.towns;
    default: return {};
    }
}

void PlaceListModel::connectServices(AppServices &services)
{
    connect(&services, &AppServices::placesChanged, this, &PlaceListModel::reload);
    connect(&services, &AppServices::libraryChanged, this, &PlaceListModel::reload);
    connect(&services, &AppServices::assetsRemoved, this, &PlaceListModel::reload);
}

void PlaceListModel::servicesReplaced() { reload(); }

void PlaceListModel::reload()
{
    if (!services())
        return;
    const int generation = ++m_generation;
    m_loading = true;
    emit loadingChanged();
    const QString country = m_country;
    services()->catalog().read<std::vector<Tile>>([country](Catalog &catalog) { return read(catalog, country); }, this,
                                                  [this, generation](Result<std::vector<Tile>> result) {
                                                      if (generation != m_generation)
                                                          return; // a newer load is on its way
                                                      m_loading = false;
                                                      beginResetModel();
                                                      m_tiles =
                                                          result ? std::move(result.value()) : std::vector<Tile>{};
                                                      endResetModel();
                                                      emit loadingChanged();
                                                      emit loaded();
                                                  });
}

} // namespace tintype
