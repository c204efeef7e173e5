#include "catalog/TimelineQueries.h"

#include "catalog/AssetRepository.h"
#include "catalog/Catalog.h"
#include "catalog/FaceRepository.h"
#include "catalog/SqlStatement.h"
#include "catalog/TrashRepository.h"
#include "common/NativePath.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace tintype {

namespace {
using Kind = TimelineQueries::Scope::Kind;

// Which archived photos a scope shows: the timeline hides them, the Archive
// page has only them, every other view shows them too.
std::string archiveFilter(Kind kind, const char *alias)
{
    if (kind == Kind::All || kind == Kind::Favorites || kind == Kind::Recent)
        return std::string(" AND ") + alias + "archived = 0";
    if (kind == Kind::Archive)
        return std::string(" AND ") + alias + "archived = 1";
    return {};
}

// Dated first, newest first on their own clock, then by asset id (a total
// order), one entry per asset: of an asset's rows (RAW + JPEG, Live photo +
// clip) the one with the lowest `primaryOrder` (role, then file id) stays, as
// its primary file. Sorts small keys, then moves each entry about once.
std::vector<TimelineEntry> sortedNewestFirst(std::vector<TimelineEntry> rows,
                                             const std::vector<std::int64_t> &primaryOrder)
{
    struct Key {
        std::int64_t localMs, assetId, primaryOrder;
        std::uint32_t index;
        bool dated;
    };
    std::vector<Key> keys;
    keys.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        keys.push_back(
            {rows[i].dated ? rows[i].localMs : 0, rows[i].assetId, primaryOrder[i], std::uint32_t(i), rows[i].dated});
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        if (a.dated != b.dated)
            return a.dated;
        if (a.localMs != b.localMs)
            return a.localMs > b.localMs;
        if (a.assetId != b.assetId)
            return a.assetId > b.assetId;
        return a.primaryOrder < b.primaryOrder;
    });
    // Move the entries into key order in place (cycle by cycle): a second
    // array of a million entries would double the peak memory.
    std::vector<bool> placed(rows.size(), false);
    for (std::size_t start = 0; start < rows.size(); ++start) {
        if (placed[start] || keys[start].index == start)
            continue;
        TimelineEntry held = rows[start];
        std::size_t at = start;
        for (;;) {
            placed[at] = true;
            const std::size_t from = keys[at].index;
            if (from == start) {
                rows[at] = held;
                break;
            }
            rows[at] = rows[from];
            at = from;
        }
    }
    std::size_t kept = 0;
    for (std::size_t k = 0; k < keys.size(); ++k)
        if (k == 0 || keys[k].assetId != keys[k - 1].assetId)
            rows[kept++] = rows[k];
    rows.resize(kept);
    return rows;
}

// Whether each root is online (a handful of roots: read once, not joined per file).
std::unordered_map<std::int64_t, bool> rootsOnline(Catalog &catalog)
{
    std::unordered_map<std::int64_t, bool> online;
    SqlStatement q(catalog.handle(), "SELECT id, online FROM root");
    while (q.next())
        online[q.int64(0)] = q.int64(1) != 0;
    return online;
}

// At least the number of assets (the largest id; instant, unlike count(*)).
std::int64_t assetCountEstimate(Catalog &catalog)
{
    SqlStatement q(catalog.handle(), "SELECT coalesce(max(id), 0) FROM asset");
    return q.next() ? std::clamp<std::int64_t>(q.int64(0), 0, 50'000'000) : 0;
}

// The newest assets by capture instant, through the asset_by_capture index.
std::string newestAssets(Kind kind)
{
    if (kind == Kind::Recent) // through asset_by_added
        return "(SELECT * FROM asset WHERE added_at >= ?7" + archiveFilter(kind, "") +
               " ORDER BY added_at DESC LIMIT ?3)";
    return "(SELECT * FROM asset WHERE captured_utc IS NOT NULL" + archiveFilter(kind, "") +
           " ORDER BY captured_utc DESC LIMIT ?3)";
}
} // namespace

std::vector<TimelineEntry> TimelineQueries::entries(const Scope &scope) { return query(scope, -1); }

std::vector<TimelineEntry> TimelineQueries::newest(const Scope &scope, int limit)
{
    return query(scope, std::max(0, limit));
}

std::vector<TimelineEntry> TimelineQueries::query(const Scope &scope, int limit, bool stack)
{
    if (scope.kind == Scope::Kind::People)
        return withPeople(scope.personIds, limit);
    // One row per file (sidecars excluded); sortedNewestFirst keeps each
    // asset's primary file (lowest role). No GROUP BY and no join with root:
    // at a million photos they cost SQLite more than the rest of the query.
    const bool recent = scope.kind == Scope::Kind::Recent;
    std::string sql =
        std::string("SELECT a.id, f.id, ") +
        (recent ? "a.added_at * 1000 + ?8, 1, "
                : "a.captured_utc + coalesce(a.captured_offset, 0) * 60000, "
                  "a.captured_utc IS NOT NULL, ") +
        "a.favorite, f.status = 0, a.kind, "
        "a.user_rotation, a.width, a.height, f.fingerprint, f.role * 4294967296 + f.id, "
        "(SELECT e.fingerprint FROM edit e WHERE e.asset_id = a.id), f.root_id, "
        "a.motion_clip_length IS NOT NULL OR f.role = 2, a.burst_id, "
        "a.burst_id IS NOT NULL AND instr(upper(CAST(f.rel_path AS TEXT)), 'COVER') > 0, f.damage IS NOT NULL, "
        "a.burst_chosen, a.inbox_new "
        "FROM " +
        (limit >= 0 ? newestAssets(scope.kind) : std::string("asset")) +
        " a JOIN file f ON f.asset_id = a.id AND f.role != 3 WHERE " +
        (scope.kind == Scope::Kind::Trash ? "f.id IN (SELECT file_id FROM trashed_file)"
                                          : "f.status = 0" + archiveFilter(scope.kind, "a."));
    if (scope.kind == Scope::Kind::Favorites)
        sql += " AND a.favorite = 1";
    if (recent)
        sql += " AND a.added_at >= ?7";
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
    if (scope.kind == Scope::Kind::Place)
        sql += std::string(" AND a.id IN (SELECT asset_id FROM asset_place WHERE country_code = ?5") +
               (scope.city ? " AND coalesce(city, '') = ?6)" : ")");
    if (scope.kind == Scope::Kind::Thing)
        sql += " AND a.id IN (SELECT asset_id FROM thing WHERE label = ?7)";
    if (scope.kind == Scope::Kind::Assets) {
        sql += " AND a.id IN (";
        for (std::size_t i = 0; i < scope.assetIds.size(); ++i)
            sql += (i ? "," : "") + std::to_string(scope.assetIds[i]);
        sql += ")";
    }
    SqlStatement q(m_catalog.handle(), sql);
    if (limit >= 0)
        q.bind(3, limit);
    if (recent) {
        q.bind(7, scope.addedSince);
        q.bind(8, std::int64_t(QDateTime::currentDateTime().offsetFromUtc()) * 1000);
    }
    if (scope.kind == Scope::Kind::Folder) {
        q.bind(1, scope.rootId);
        if (!scope.folder.isEmpty())
            q.bindBlob(2, scope.folder + '/');
    }
    if (scope.kind == Scope::Kind::Album)
        q.bind(4, scope.albumId);
    if (scope.kind == Scope::Kind::Place) {
        q.bind(5, scope.countryCode);
        if (scope.city)
            q.bind(6, scope.city->isNull() ? QStringLiteral("") : *scope.city);
    }
    if (scope.kind == Scope::Kind::Thing)
        q.bind(7, scope.thingLabel);
    const auto online = rootsOnline(m_catalog);
    std::unordered_set<std::int64_t> inTrash;
    if (scope.kind == Scope::Kind::Trash) {
        // Emptied from the trash outside Tintype: nothing left to restore.
        for (const TrashedFileRecord &t : TrashRepository(m_catalog).all()) {
            std::error_code error;
            if (t.fileId && std::filesystem::exists(t.inTrash, error))
                inTrash.insert(*t.fileId);
        }
    }
    std::vector<TimelineEntry> rows;
    std::vector<std::int64_t> primaryOrder;
    if (scope.kind == Scope::Kind::All && limit < 0) { // the whole library: one allocation, not ~20 regrowths
        rows.reserve(std::size_t(assetCountEstimate(m_catalog)));
        primaryOrder.reserve(rows.capacity());
    }
    std::unordered_set<std::int64_t> moving;              // Live and motion photos
    std::unordered_map<std::int64_t, Burst> burstOfAsset; // frames of bursts
    while (q.next()) {
        TimelineEntry e;
        e.assetId = q.int64(0);
        e.fileId = q.int64(1);
        if (scope.kind == Scope::Kind::Trash && !inTrash.contains(e.fileId))
            continue;
        if (q.int64(14) != 0)
            moving.insert(e.assetId);
        if (!q.isNull(15)) {
            Burst &b = burstOfAsset[e.assetId];
            b.key = q.text(15);
            b.cover = b.cover || q.int64(16) != 0;
            b.chosen = q.int64(18) != 0;
        }
        e.dated = q.int64(3) != 0;
        e.localMs = e.dated ? q.int64(2) : 0;
        e.favorite = q.int64(4) != 0;
        const auto root = online.find(q.int64(13));
        e.available = q.int64(5) != 0 && root != online.end() && root->second;
        e.kind = MediaKind(q.integer(6));
        e.userRotation = q.integer(7) & 3;
        e.width = q.integer(8);
        e.height = q.integer(9);
        e.fingerprint = q.blobView(10);
        if (!q.isNull(12))
            e.editFingerprint = q.text(12).toUtf8();
        e.damaged = q.int64(17) != 0;
        e.fresh = q.int64(19) != 0;
        rows.push_back(e);
        primaryOrder.push_back(q.int64(11));
    }
    rows = sortedNewestFirst(std::move(rows), primaryOrder);
    if (!moving.empty())
        for (TimelineEntry &e : rows)
            e.moving = moving.contains(e.assetId);
    if (scope.kind != Scope::Kind::Trash && stack)
        stackBursts(rows, burstOfAsset);
    return rows;
}

// A burst is one tile: the frame the user chose (in the viewer), else the one
// the phone chose (its "COVER"), else the first taken, with the number of
// frames; the other frames leave the list.
void TimelineQueries::stackBursts(std::vector<TimelineEntry> &rows,
                                  const std::unordered_map<std::int64_t, Burst> &burstOfAsset)
{
    if (burstOfAsset.size() < 2)
        return;
    struct Stack {
        std::size_t top = 0;
        int count = 0;
    };
    QHash<QString, Stack> stacks;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto it = burstOfAsset.find(rows[i].assetId);
        if (it == burstOfAsset.end())
            continue;
        Stack &s = stacks[it->second.key];
        if (s.count++ == 0) {
            s.top = i;
            continue;
        }
        const TimelineEntry &a = rows[i], &t = rows[s.top];
        const Burst &aBurst = it->second, &tBurst = burstOfAsset.at(t.assetId);
        if (aBurst.chosen != tBurst.chosen ? aBurst.chosen
            : aBurst.cover != tBurst.cover ? aBurst.cover
                                           : (a.dated && (!t.dated || a.localMs < t.localMs)))
            s.top = i;
    }
    std::vector<bool> drop(rows.size(), false);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto it = burstOfAsset.find(rows[i].assetId);
        if (it == burstOfAsset.end())
            continue;
        const Stack &s = stacks[it->second.key];
        if (s.count < 2)
            continue;
        drop[i] = s.top != i;
        if (s.top == i)
            rows[i].stackCount = s.count;
    }
    std::size_t i = 0;
    std::erase_if(rows, [&](const TimelineEntry &) { return drop[i++]; });
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

TimelineQueries::BurstFrames TimelineQueries::burstFrames(std::int64_t assetId)
{
    BurstFrames burst;
    SqlStatement q(m_catalog.handle(),
                   "SELECT id FROM asset WHERE burst_id = (SELECT burst_id FROM asset WHERE id = ?)");
    q.bind(1, assetId);
    Scope scope;
    scope.kind = Scope::Kind::Assets;
    while (q.next())
        scope.assetIds.push_back(q.int64(0));
    if (scope.assetIds.size() < 2)
        return burst; // not a burst (or a burst of one)
    burst.frames = query(scope, -1, false);
    if (burst.frames.size() < 2) {
        burst.frames.clear();
        return burst;
    }
    const std::vector<TimelineEntry> stacked = query(scope, -1, true);
    if (!stacked.empty())
        burst.top = stacked.front().assetId;
    std::stable_sort(burst.frames.begin(), burst.frames.end(), [](const TimelineEntry &a, const TimelineEntry &b) {
        return a.dated != b.dated ? a.dated : a.localMs < b.localMs; // as taken
    });
    return burst;
}

std::vector<TimelineEntry> TimelineQueries::byIds(const std::vector<std::int64_t> &assetIds)
{
    if (assetIds.empty())
        return {};
    Scope scope;
    scope.kind = Scope::Kind::Assets;
    scope.assetIds = assetIds;
    return query(scope, -1);
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
                   "(f.status = 0 AND r.online = 1), f.size, f.damage, a.user_latitude IS NOT NULL FROM asset a "
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
    if (!q.isNull(8))
        d.damage = q.text(8);
    d.locationSetByUser = q.int64(9) != 0;
    SqlStatement clip(m_catalog.handle(),
                      "SELECT r.path, f.rel_path FROM file f JOIN root r ON r.id = f.root_id "
                      "WHERE f.asset_id = ?1 AND f.role = ?2 AND f.status = 0 AND r.online = 1 ORDER BY f.id LIMIT 1");
    clip.bind(1, assetId).bind(2, int(FileRole::MotionClip));
    if (clip.next())
        d.motionClipFile = nativepath::fromBytes(clip.blob(0)) / nativepath::fromBytes(clip.blob(1));
    return d;
}

} // namespace tintype
