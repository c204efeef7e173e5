#include "catalog/TimelineQueries.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/SqlStatement.h"
#include "catalog/TrashRepository.h"
#include "common/NativePath.h"

#include <algorithm>
#include <string>
#include <unordered_set>

namespace tintype {

namespace {
using Kind = TimelineQueries::Scope::Kind;

// Which archived photos a scope shows: the timeline hides them, the Archive
// page has only them, every other view shows them too.
std::string archiveFilter(Kind kind, const char *alias)
{
    if (kind == Kind::All || kind == Kind::Favorites)
        return std::string(" AND ") + alias + "archived = 0";
    if (kind == Kind::Archive)
        return std::string(" AND ") + alias + "archived = 1";
    return {};
}

// The newest assets by capture instant, through the asset_by_capture index.
std::string newestAssets(Kind kind)
{
    return "(SELECT * FROM asset WHERE captured_utc IS NOT NULL" + archiveFilter(kind, "") +
           " ORDER BY captured_utc DESC LIMIT ?3)";
}
} // namespace

std::vector<TimelineEntry> TimelineQueries::entries(const Scope &scope) { return query(scope, -1); }

std::vector<TimelineEntry> TimelineQueries::newest(const Scope &scope, int limit)
{
    return query(scope, std::max(0, limit));
}

std::vector<TimelineEntry> TimelineQueries::query(const Scope &scope, int limit)
{
    if (scope.kind == Scope::Kind::People)
        return withPeople(scope.personIds, limit);
    // SQLite takes the bare columns of a MIN() aggregate from the row holding
    // the minimum: f.* is the primary file (lowest role, sidecars excluded).
    std::string sql = "SELECT a.id, f.id, a.captured_utc + coalesce(a.captured_offset, 0) * 60000, "
                      "a.captured_utc IS NOT NULL, a.favorite, (f.status = 0 AND r.online = 1), a.kind, "
                      "a.user_rotation, a.width, a.height, f.fingerprint, MIN(f.role * 4294967296 + f.id), "
                      "(SELECT e.fingerprint FROM edit e WHERE e.asset_id = a.id) "
                      "FROM " +
                      (limit >= 0 ? newestAssets(scope.kind) : std::string("asset")) +
                      " a JOIN file f ON f.asset_id = a.id AND f.role != 3 "
                      "JOIN root r ON r.id = f.root_id WHERE " +
                      (scope.kind == Scope::Kind::Trash ? "f.id IN (SELECT file_id FROM trashed_file)"
                                                        : "f.status = 0" + archiveFilter(scope.kind, "a."));
    if (scope.kind == Scope::Kind::Favorites)
        sql += " AND a.favorite = 1";
    if (scope.kind == Scope::Kind::Folder) {
        sql += " AND f.root_id = ?1";
        if (scope.folder.isEmpty())
            sql += " AND instr(f.rel_path, x'2f') = 0";
        else
            sql +=
                " AND substr(f.rel_path, 1, length(?2)) = ?2 AND instr(substr(f.rel_path, length(?2) + 1), x'2f') = 0";
    }
    if (scope.kind == Scope::Kind::Album)
        sql += " AND a.id IN (SELECT asset_id FROM album_item WHERE album_id = ?4)";
    sql += " GROUP BY a.id";
    SqlStatement q(m_catalog.handle(), sql);
    if (limit >= 0)
        q.bind(3, limit);
    if (scope.kind == Scope::Kind::Folder) {
        q.bind(1, scope.rootId);
        if (!scope.folder.isEmpty())
            q.bindBlob(2, scope.folder + '/');
    }
    if (scope.kind == Scope::Kind::Album)
        q.bind(4, scope.albumId);
    std::vector<TimelineEntry> rows;
    while (q.next()) {
        TimelineEntry e;
        e.assetId = q.int64(0);
        e.fileId = q.int64(1);
        e.dated = q.int64(3) != 0;
        e.localMs = e.dated ? q.int64(2) : 0;
        e.favorite = q.int64(4) != 0;
        e.available = q.int64(5) != 0;
        e.kind = MediaKind(q.integer(6));
        e.userRotation = q.integer(7) & 3;
        e.width = q.integer(8);
        e.height = q.integer(9);
        e.fingerprint = q.blob(10);
        if (!q.isNull(12))
            e.editFingerprint = q.text(12).toUtf8();
        rows.push_back(std::move(e));
    }
    if (scope.kind == Scope::Kind::Trash) {
        // Emptied from the trash outside Tintype: nothing left to restore.
        std::unordered_set<std::int64_t> inTrash;
        for (const TrashedFileRecord &t : TrashRepository(m_catalog).all()) {
            std::error_code error;
            if (t.fileId && std::filesystem::exists(t.inTrash, error))
                inTrash.insert(*t.fileId);
        }
        std::erase_if(rows, [&](const TimelineEntry &e) { return !inTrash.contains(e.fileId); });
    }
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        if (a.dated != b.dated)
            return a.dated;
        if (a.localMs != b.localMs)
            return a.localMs > b.localMs;
        return a.assetId > b.assetId;
    });
    return rows;
}

std::vector<TimelineEntry> TimelineQueries::withPeople(const std::vector<std::int64_t> &personIds, int limit)
{
    const std::vector<std::int64_t> ids = FaceRepository(m_catalog).assetsWithAll(personIds);
    if (ids.empty())
        return {};
    const std::unordered_set<std::int64_t> wanted(ids.begin(), ids.end());
    std::vector<TimelineEntry> rows = query(Scope{}, -1);
    std::erase_if(rows, [&](const TimelineEntry &e) { return !wanted.contains(e.assetId); });
    if (limit >= 0 && rows.size() > std::size_t(limit))
        rows.resize(std::size_t(limit));
    return rows;
}

std::optional<AssetDetail> TimelineQueries::detail(std::int64_t assetId)
{
    AssetRepository assets(m_catalog);
    auto record = assets.byId(assetId);
    if (!record)
        return std::nullopt;
    AssetDetail d;
    d.assetId = assetId;
    d.metadata = std::move(record->metadata);
    SqlStatement q(m_catalog.handle(),
                   "SELECT a.favorite, a.user_rating, a.user_rotation, a.user_description, r.path, f.rel_path, "
                   "(f.status = 0 AND r.online = 1), f.size FROM asset a "
                   "JOIN file f ON f.id = (SELECT id FROM file WHERE asset_id = a.id AND role != 3 ORDER BY role, id "
                   "LIMIT 1) JOIN root r ON r.id = f.root_id WHERE a.id = ?");
    q.bind(1, assetId);
    if (!q.next())
        return d;
    d.favorite = q.int64(0) != 0;
    if (auto rating = q.optionalInt64(1))
        d.userRating = int(*rating);
    d.userRotation = q.integer(2) & 3;
    if (!q.isNull(3))
        d.userDescription = q.text(3);
    d.path = nativepath::fromBytes(q.blob(4)) / nativepath::fromBytes(q.blob(5));
    d.available = q.int64(6) != 0;
    d.fileSize = q.int64(7);
    return d;
}

} // namespace tintype
