#include "catalog/PlaceRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

namespace tintype {

namespace {
constexpr const char *kStale = "FROM asset a LEFT JOIN asset_place p ON p.asset_id = a.id "
                               "WHERE a.latitude IS NOT NULL AND a.longitude IS NOT NULL AND "
                               "(p.asset_id IS NULL OR p.version != ?1 OR p.latitude != a.latitude OR "
                               "p.longitude != a.longitude)";

PlaceRecord recordOf(const SqlStatement &q, int first)
{
    PlaceRecord r;
    r.countryCode = q.isNull(first) ? QString() : q.text(first);
    r.region = q.isNull(first + 1) ? QString() : q.text(first + 1);
    r.city = q.isNull(first + 2) ? QString() : q.text(first + 2);
    return r;
}

// An empty string is stored as NULL.
QString orNull(const QString &text) { return text.isEmpty() ? QString() : text; }
} // namespace

std::vector<PlaceToDo> PlaceRepository::toDo(std::uint32_t version, int limit)
{
    SqlStatement q(m_catalog.handle(),
                   std::string("SELECT a.id, a.latitude, a.longitude ") + kStale + " ORDER BY a.id LIMIT ?2");
    q.bind(1, std::int64_t(version)).bind(2, limit);
    std::vector<PlaceToDo> out;
    while (q.next())
        out.push_back({q.int64(0), q.real(1), q.real(2)});
    return out;
}

std::int64_t PlaceRepository::toDoCount(std::uint32_t version)
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT COUNT(*) ") + kStale);
    q.bind(1, std::int64_t(version));
    q.next();
    return q.int64(0);
}

void PlaceRepository::set(const PlaceToDo &asset, const PlaceRecord &place, std::uint32_t version)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR REPLACE INTO asset_place (asset_id, latitude, longitude, country_code, region, city, "
                   "version) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, asset.assetId)
        .bind(2, asset.latitude)
        .bind(3, asset.longitude)
        .bind(4, orNull(place.countryCode))
        .bind(5, orNull(place.region))
        .bind(6, orNull(place.city))
        .bind(7, std::int64_t(version));
    q.exec();
}

int PlaceRepository::removeWithoutPosition()
{
    SqlStatement q(m_catalog.handle(),
                   "DELETE FROM asset_place WHERE asset_id IN (SELECT id FROM asset WHERE latitude IS NULL OR "
                   "longitude IS NULL) RETURNING asset_id");
    int removed = 0;
    while (q.next())
        ++removed;
    return removed;
}

std::optional<PlaceRecord> PlaceRepository::forAsset(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT country_code, region, city FROM asset_place WHERE asset_id = ?");
    q.bind(1, assetId);
    if (!q.next())
        return std::nullopt;
    return recordOf(q, 0);
}

std::map<std::int64_t, PlaceRecord> PlaceRepository::forAssets(const std::vector<std::int64_t> &assetIds)
{
    SqlStatement q(m_catalog.handle(), "SELECT country_code, region, city FROM asset_place WHERE asset_id = ?");
    std::map<std::int64_t, PlaceRecord> out;
    for (std::int64_t id : assetIds) {
        q.bind(1, id);
        if (q.next())
            out.emplace(id, recordOf(q, 0));
        while (q.next()) {}
    }
    return out;
}

std::vector<PlaceCount> PlaceRepository::counts()
{
    // SQLite takes the bare columns of a MAX() aggregate from the row holding
    // the maximum: the cover is the newest photo, its region the city's.
    SqlStatement q(m_catalog.handle(),
                   "SELECT p.country_code, p.region, p.city, COUNT(*), p.asset_id, "
                   "MAX(coalesce(a.captured_utc, 0)) "
                   "FROM asset_place p JOIN asset a ON a.id = p.asset_id "
                   "WHERE p.country_code IS NOT NULL AND EXISTS (SELECT 1 FROM file f WHERE f.asset_id = a.id "
                   "AND f.status = 0 AND f.role != 3) "
                   "GROUP BY p.country_code, p.city ORDER BY p.country_code, COUNT(*) DESC, p.city");
    std::vector<PlaceCount> out;
    while (q.next()) {
        PlaceCount c;
        const PlaceRecord r = recordOf(q, 0);
        c.countryCode = r.countryCode;
        c.region = r.region;
        c.city = r.city;
        c.count = q.int64(3);
        c.coverAssetId = q.int64(4);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<AssetTown> PlaceRepository::towns()
{
    SqlStatement q(m_catalog.handle(), "SELECT asset_id, country_code, city FROM asset_place "
                                       "WHERE country_code IS NOT NULL ORDER BY asset_id");
    std::vector<AssetTown> out;
    while (q.next())
        out.push_back({q.int64(0), q.text(1), q.isNull(2) ? QString() : q.text(2)});
    return out;
}

std::vector<AssetPosition> PlaceRepository::positions()
{
    SqlStatement q(m_catalog.handle(), "SELECT id, latitude, longitude FROM asset "
                                       "WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY id");
    std::vector<AssetPosition> out;
    while (q.next())
        out.push_back({q.int64(0), q.real(1), q.real(2)});
    return out;
}

} // namespace tintype
