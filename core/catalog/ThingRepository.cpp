#include "catalog/ThingRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <algorithm>

namespace tintype {

namespace {
// Photos and RAWs (MediaKind 1, 2) whose primary file is present on an online
// root, without a pass of the model bound as parameter 1.
constexpr const char *kPendingFrom =
    " FROM asset a JOIN file f ON f.asset_id = a.id AND f.role = 0 AND f.status = 0"
    " JOIN root r ON r.id = f.root_id AND r.online = 1"
    " WHERE a.kind IN (1, 2) AND NOT EXISTS (SELECT 1 FROM thing_scan s WHERE s.asset_id = a.id AND s.model = ?1) ";
} // namespace

std::vector<ThingRepository::PendingAsset> ThingRepository::pendingAssets(const QString &model, int limit,
                                                                          const std::set<std::int64_t> &skip)
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT a.id, r.path, f.rel_path, f.fingerprint") + kPendingFrom +
                                           "ORDER BY a.captured_utc DESC, a.id LIMIT ?2");
    q.bind(1, model).bind(2, std::int64_t(limit) + std::int64_t(skip.size()));
    std::vector<PendingAsset> pending;
    while (q.next() && int(pending.size()) < limit) {
        if (skip.count(q.int64(0)) != 0)
            continue;
        pending.push_back({q.int64(0), nativepath::fromBytes(q.blob(1)) / nativepath::fromBytes(q.blob(2)), q.blob(3)});
    }
    return pending;
}

std::int64_t ThingRepository::pendingCount(const QString &model)
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT COUNT(DISTINCT a.id)") + kPendingFrom);
    q.bind(1, model);
    q.next();
    return q.int64(0);
}

void ThingRepository::recordPass(std::int64_t assetId, const QString &model, std::vector<ThingRecord> &things,
                                 const QString &error, std::int64_t now)
{
    const std::vector<QString> removed = removedLabels(assetId);
    SqlStatement(m_catalog.handle(), "DELETE FROM thing WHERE asset_id = ?").bind(1, assetId).exec();
    SqlStatement insert(m_catalog.handle(), "INSERT INTO thing (asset_id, label, score, x, y, width, height)"
                                            " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    for (ThingRecord &thing : things) {
        thing.id = 0;
        thing.assetId = assetId;
        if (std::find(removed.begin(), removed.end(), thing.label) != removed.end())
            continue;
        insert.bind(1, assetId).bind(2, thing.label).bind(3, double(thing.score)).bind(4, thing.box.x());
        insert.bind(5, thing.box.y()).bind(6, thing.box.width()).bind(7, thing.box.height());
        if (insert.next())
            thing.id = insert.int64(0);
        while (insert.next()) {}
    }
    SqlStatement(m_catalog.handle(),
                 "INSERT OR REPLACE INTO thing_scan (asset_id, model, error, scanned_at) VALUES (?, ?, ?, ?)")
        .bind(1, assetId)
        .bind(2, model)
        .bind(3, error.isEmpty() ? QString() : error)
        .bind(4, now)
        .exec();
}

std::vector<ThingRecord> ThingRepository::ofAsset(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT id, asset_id, label, score, x, y, width, height FROM thing"
                                       " WHERE asset_id = ? ORDER BY score DESC, id");
    q.bind(1, assetId);
    std::vector<ThingRecord> things;
    while (q.next())
        things.push_back(
            {q.int64(0), q.int64(1), q.text(2), float(q.real(3)), QRectF(q.real(4), q.real(5), q.real(6), q.real(7))});
    return things;
}

bool ThingRepository::removeLabel(std::int64_t assetId, const QString &label)
{
    SqlStatement exists(m_catalog.handle(), "SELECT 1 FROM thing WHERE asset_id = ? AND label = ?");
    exists.bind(1, assetId).bind(2, label);
    if (!exists.next())
        return false;
    SqlStatement(m_catalog.handle(), "DELETE FROM thing WHERE asset_id = ? AND label = ?")
        .bind(1, assetId)
        .bind(2, label)
        .exec();
    SqlStatement(m_catalog.handle(), "INSERT OR IGNORE INTO thing_removal (asset_id, label) VALUES (?, ?)")
        .bind(1, assetId)
        .bind(2, label)
        .exec();
    return true;
}

std::vector<QString> ThingRepository::removedLabels(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT label FROM thing_removal WHERE asset_id = ? ORDER BY label");
    q.bind(1, assetId);
    std::vector<QString> labels;
    while (q.next())
        labels.push_back(q.text(0));
    return labels;
}

std::vector<ThingRepository::LabelCount> ThingRepository::labelCounts()
{
    // The cover: the asset with the label's best score (lowest id on a tie).
    SqlStatement q(m_catalog.handle(),
                   "SELECT t.label, COUNT(DISTINCT t.asset_id),"
                   " (SELECT b.asset_id FROM thing b WHERE b.label = t.label ORDER BY b.score DESC, b.asset_id LIMIT 1)"
                   " FROM thing t GROUP BY t.label ORDER BY COUNT(DISTINCT t.asset_id) DESC, t.label");
    std::vector<LabelCount> counts;
    while (q.next())
        counts.push_back({q.text(0), q.int64(1), q.int64(2)});
    return counts;
}

std::vector<std::int64_t> ThingRepository::assetsWithLabels(const std::vector<QString> &labels)
{
    std::vector<std::int64_t> assets;
    if (labels.empty())
        return assets;
    std::string sql = "SELECT DISTINCT a.id, a.captured_utc FROM thing t JOIN asset a ON a.id = t.asset_id"
                      " WHERE t.label IN (";
    for (std::size_t i = 0; i < labels.size(); ++i)
        sql += i == 0 ? "?" : ", ?";
    sql += ") ORDER BY a.captured_utc DESC, a.id";
    SqlStatement q(m_catalog.handle(), sql);
    for (std::size_t i = 0; i < labels.size(); ++i)
        q.bind(int(i) + 1, labels[i]);
    while (q.next())
        assets.push_back(q.int64(0));
    return assets;
}

std::vector<std::int64_t> ThingRepository::assetsOfKind(const QString &kind)
{
    std::string where;
    if (kind == QLatin1String("screenshot"))
        where = "a.format = 'png' AND a.make IS NULL AND a.model IS NULL AND min(a.width, a.height) >= 480";
    else if (kind == QLatin1String("selfie"))
        where = "lower(coalesce(a.lens, '')) LIKE '%front%'";
    else if (kind == QLatin1String("panorama"))
        where = "min(a.width, a.height) > 0 AND max(a.width, a.height) >= 2.5 * min(a.width, a.height)";
    else
        return {};
    SqlStatement q(m_catalog.handle(), "SELECT a.id FROM asset a WHERE a.kind IN (1, 2) AND " + where +
                                           " ORDER BY a.captured_utc DESC, a.id");
    std::vector<std::int64_t> assets;
    while (q.next())
        assets.push_back(q.int64(0));
    return assets;
}

ThingRepository::Counts ThingRepository::counts()
{
    Counts c;
    SqlStatement q(m_catalog.handle(), "SELECT COUNT(*), COUNT(error), (SELECT COUNT(*) FROM thing) FROM thing_scan");
    if (q.next()) {
        c.scannedAssets = q.int64(0);
        c.failedAssets = q.int64(1);
        c.things = q.int64(2);
    }
    return c;
}

} // namespace tintype
