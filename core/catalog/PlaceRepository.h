#pragma once

#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// The place name stored for an asset (asset_place): what core/geo's
// ReverseGeocoder found at its GPS position. All empty at sea.
struct PlaceRecord {
    QString countryCode; // ISO 3166-1 alpha-2
    QString region;      // admin1
    QString city;        // empty in wilderness

    bool isEmpty() const { return countryCode.isEmpty(); }
};

// An asset whose place is to be computed: it has a position and no place of
// the current data version for that position.
struct PlaceToDo {
    std::int64_t assetId = 0;
    double latitude = 0;
    double longitude = 0;
};

// One city (or, with an empty city, the photos of a country outside any town)
// of the Places page: how many photos, and the newest one as its cover.
struct PlaceCount {
    QString countryCode;
    QString region;
    QString city;
    std::int64_t count = 0;
    std::int64_t coverAssetId = 0;
};

// The town (or, outside any town, only the country) an asset was named in:
// what the timeline's day headers show.
struct AssetTown {
    std::int64_t assetId = 0;
    QString countryCode;
    QString city; // empty outside any town
};

// An asset's position (camera GPS, Takeout, or set by hand): the map's photos.
struct AssetPosition {
    std::int64_t assetId = 0;
    double latitude = 0;
    double longitude = 0;
};

// The asset_place table. Methods throw SqlError; call them inside Catalog::write/read.
class PlaceRepository {
public:
    explicit PlaceRepository(Catalog &catalog) : m_catalog(catalog) {}

    // Up to `limit` assets with a position whose place is missing, of another
    // version, or computed from another position. Lowest ids first.
    std::vector<PlaceToDo> toDo(std::uint32_t version, int limit);
    std::int64_t toDoCount(std::uint32_t version);
    void set(const PlaceToDo &asset, const PlaceRecord &place, std::uint32_t version);
    // Forgets the places of assets that no longer have a position; returns how many.
    int removeWithoutPosition();

    std::optional<PlaceRecord> forAsset(std::int64_t assetId);
    std::map<std::int64_t, PlaceRecord> forAssets(const std::vector<std::int64_t> &assetIds);
    // Every (country, city) with photos whose primary file is present, by
    // country then count (most first); archived photos count too.
    std::vector<PlaceCount> counts();
    // Every named asset's country and town (rows at sea left out), by asset id.
    std::vector<AssetTown> towns();
    // Every asset with a position, by asset id.
    std::vector<AssetPosition> positions();

private:
    Catalog &m_catalog;
};

} // namespace tintype
