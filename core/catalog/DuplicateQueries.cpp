#include "catalog/DuplicateQueries.h"

#include "catalog/Catalog.h"
#include "catalog/PrimaryFile.h"
#include "catalog/SqlStatement.h"

namespace tintype {

std::vector<std::vector<std::int64_t>> DuplicateQueries::exactDuplicateAssets()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT content_hash, asset_id FROM file WHERE content_hash IN ("
                   "  SELECT content_hash FROM file WHERE content_hash IS NOT NULL AND status = 0 AND role != 3"
                   "  AND asset_id IS NOT NULL GROUP BY content_hash HAVING count(DISTINCT asset_id) > 1)"
                   " AND status = 0 AND role != 3 AND asset_id IS NOT NULL ORDER BY content_hash, asset_id");
    std::vector<std::vector<std::int64_t>> groups;
    QByteArray current;
    while (q.next()) {
        const QByteArray hash = q.blob(0);
        if (groups.empty() || hash != current) {
            groups.emplace_back();
            current = hash;
        }
        if (groups.back().empty() || groups.back().back() != q.int64(1))
            groups.back().push_back(q.int64(1));
    }
    return groups;
}

std::vector<DuplicateQueries::MemberFacts> DuplicateQueries::facts(const std::vector<std::int64_t> &assetIds)
{
    SqlStatement q(m_catalog.handle(),
                   std::string("SELECT a.id, f.id, r.path, f.rel_path, f.fingerprint, (f.status = 0 AND r.online = 1),"
                               " f.size, a.format, a.width, a.height, a.make, a.model, a.captured_source,"
                               " a.latitude IS NOT NULL, EXISTS (SELECT 1 FROM file g WHERE g.asset_id = a.id AND "
                               "g.role = 1), a.favorite, coalesce(a.user_rating, a.rating),"
                               " coalesce(a.user_description, a.description) FROM asset a") +
                       primaryfile::kJoin + "WHERE a.id = ?");
    SqlStatement tags(m_catalog.handle(), "SELECT t.name FROM asset_tag x JOIN tag t ON t.id = x.tag_id "
                                          "WHERE x.asset_id = ? ORDER BY t.name");
    SqlStatement albums(m_catalog.handle(), "SELECT b.name FROM album_item i JOIN album b ON b.id = i.album_id "
                                            "WHERE i.asset_id = ? ORDER BY b.name");
    std::vector<MemberFacts> result;
    for (std::int64_t id : assetIds) {
        q.bind(1, id);
        if (!q.next())
            continue;
        MemberFacts m;
        m.assetId = q.int64(0);
        m.fileId = q.int64(1);
        m.path = primaryfile::absolutePath(q, 2);
        m.relPath = q.blob(3);
        m.fingerprint = q.blob(4);
        m.available = q.int64(5) != 0;
        m.bytes = q.int64(6);
        m.format = q.text(7);
        m.width = q.integer(8);
        m.height = q.integer(9);
        m.make = q.text(10);
        m.model = q.text(11);
        m.captureSource = q.integer(12);
        m.hasGps = q.int64(13) != 0;
        m.hasRaw = q.int64(14) != 0;
        m.favorite = q.int64(15) != 0;
        if (auto rating = q.optionalInt64(16))
            m.rating = int(*rating);
        m.description = q.text(17);
        tags.bind(1, id);
        while (tags.next())
            m.tags << tags.text(0);
        albums.bind(1, id);
        while (albums.next())
            m.albums << albums.text(0);
        result.push_back(std::move(m));
    }
    return result;
}

std::vector<std::filesystem::path> DuplicateQueries::presentFiles(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT r.path, f.rel_path FROM file f JOIN root r ON r.id = f.root_id "
                                       "WHERE f.asset_id = ? AND f.status = 0 ORDER BY f.role, f.id");
    q.bind(1, assetId);
    std::vector<std::filesystem::path> paths;
    while (q.next())
        paths.push_back(primaryfile::absolutePath(q, 0));
    return paths;
}

QStringList DuplicateQueries::people(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT name FROM person_hint WHERE asset_id = ? ORDER BY name");
    q.bind(1, assetId);
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

} // namespace tintype
