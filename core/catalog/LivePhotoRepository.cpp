#include "catalog/LivePhotoRepository.h"

#include "catalog/AssetMergeRepository.h"
#include "catalog/Catalog.h"
#include "catalog/CatalogRecords.h"
#include "catalog/SqlStatement.h"

#include <unordered_set>

namespace tintype {

namespace {
QByteArray folderOf(const QByteArray &relPath)
{
    const qsizetype slash = relPath.lastIndexOf('/');
    return slash < 0 ? QByteArray() : relPath.left(slash);
}
} // namespace

std::vector<LivePhotoRepository::Pair> LivePhotoRepository::unpairedByIdentifier(double maxClipSeconds)
{
    // Videos that are an asset of their own (one media file), stills without a clip.
    SqlStatement q(m_catalog.handle(),
                   "SELECT v.id, vf.root_id, vf.rel_path, p.id, pf.root_id, pf.rel_path "
                   "FROM asset v JOIN file vf ON vf.asset_id = v.id AND vf.role = 0 "
                   "JOIN asset p ON p.content_id = v.content_id AND p.id != v.id AND p.kind IN (1, 2) "
                   "JOIN file pf ON pf.asset_id = p.id AND pf.role = 0 "
                   "WHERE v.kind = 3 AND v.content_id IS NOT NULL AND coalesce(v.duration, 0) <= ?1 "
                   "AND (SELECT count(*) FROM file y WHERE y.asset_id = v.id AND y.role != 3) = 1 "
                   "AND NOT EXISTS (SELECT 1 FROM file x WHERE x.asset_id = p.id AND x.role = 2) "
                   "ORDER BY v.id, p.id");
    q.bind(1, maxClipSeconds);
    std::vector<Pair> pairs;
    std::unordered_set<std::int64_t> used;
    while (q.next()) {
        const std::int64_t video = q.int64(0), photo = q.int64(3);
        if (used.contains(video) || used.contains(photo))
            continue;
        if (q.int64(1) != q.int64(4) || folderOf(q.blob(2)) != folderOf(q.blob(5)))
            continue;
        used.insert(video);
        used.insert(photo);
        pairs.push_back({photo, video});
    }
    return pairs;
}

void LivePhotoRepository::attachClip(const Pair &pair)
{
    AssetMergeRepository(m_catalog).mergeInto(pair.photoAssetId, pair.videoAssetId);
    SqlStatement move(m_catalog.handle(),
                      "UPDATE file SET asset_id = ?1, role = CASE WHEN role = 0 THEN ?3 ELSE role END "
                      "WHERE asset_id = ?2");
    move.bind(1, pair.photoAssetId).bind(2, pair.videoAssetId).bind(3, int(FileRole::MotionClip)).exec();
    SqlStatement drop(m_catalog.handle(), "DELETE FROM asset WHERE id = ?1");
    drop.bind(1, pair.videoAssetId).exec();
}

int LivePhotoRepository::pairByIdentifier(double maxClipSeconds)
{
    const std::vector<Pair> pairs = unpairedByIdentifier(maxClipSeconds);
    for (const Pair &p : pairs)
        attachClip(p);
    return int(pairs.size());
}

} // namespace tintype
