#include "catalog/StoryQueries.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <algorithm>
#include <unordered_set>

namespace tintype {

std::vector<StoryAsset> StoryQueries::assets()
{
    std::unordered_set<std::int64_t> withNamedPeople;
    {
        SqlStatement q(m_catalog.handle(), "SELECT DISTINCT f.asset_id FROM face f JOIN person p ON p.id = f.person_id "
                                           "WHERE p.name IS NOT NULL AND p.hidden = 0");
        while (q.next())
            withNamedPeople.insert(q.int64(0));
    }
    // One row per present file of the asset (RAW + JPEG: two), lowest role and
    // id first: the first row of each asset is its primary file.
    SqlStatement q(m_catalog.handle(),
                   "SELECT a.id, a.captured_utc, a.captured_offset, a.latitude, a.longitude, a.kind, a.favorite, "
                   "p.country_code, p.city, f.rel_path, h.hash, f.id FROM asset a "
                   "JOIN file f ON f.asset_id = a.id AND f.role != 3 AND f.status = 0 "
                   "LEFT JOIN asset_place p ON p.asset_id = a.id "
                   "LEFT JOIN perceptual_hash h ON h.file_id = f.id AND h.fingerprint = f.fingerprint "
                   "WHERE a.captured_utc IS NOT NULL AND a.archived = 0 "
                   "ORDER BY a.captured_utc, a.id, f.role, f.id");
    std::vector<StoryAsset> out;
    while (q.next()) {
        const std::int64_t id = q.int64(0);
        if (!out.empty() && out.back().assetId == id)
            continue; // not the primary file
        StoryAsset a;
        a.assetId = id;
        a.utcMs = q.int64(1);
        if (!q.isNull(2))
            a.offsetMinutes = q.integer(2);
        if (!q.isNull(3) && !q.isNull(4)) {
            a.latitude = q.real(3);
            a.longitude = q.real(4);
        }
        a.video = q.integer(5) == 3; // MediaKind::Video
        a.favorite = q.integer(6) != 0;
        if (!q.isNull(7))
            a.countryCode = q.blob(7);
        if (!q.isNull(8))
            a.city = q.blob(8);
        a.relPath = q.blob(9);
        if (!q.isNull(10))
            a.hash = std::uint64_t(q.int64(10));
        a.fileId = q.int64(11);
        a.namedPeople = withNamedPeople.count(id) != 0;
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace tintype
