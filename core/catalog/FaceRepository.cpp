#include "catalog/FaceRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <cstring>

namespace tintype {

namespace {
constexpr const char *kSelect = "SELECT id, asset_id, x, y, width, height, landmarks, embedding, score, sharpness,"
                                " person_id, confirmed, clustered FROM face ";

QByteArray embeddingBytes(const std::array<float, 128> &e)
{
    return {reinterpret_cast<const char *>(e.data()), int(e.size() * sizeof(float))};
}

QByteArray landmarkBytes(const std::vector<QPointF> &points)
{
    std::vector<float> values;
    for (const QPointF &p : points) {
        values.push_back(float(p.x()));
        values.push_back(float(p.y()));
    }
    return {reinterpret_cast<const char *>(values.data()), int(values.size() * sizeof(float))};
}

FaceRecord rowToFace(const SqlStatement &q)
{
    FaceRecord r;
    r.id = q.int64(0);
    r.assetId = q.int64(1);
    r.box = QRectF(q.real(2), q.real(3), q.real(4), q.real(5));
    const QByteArray landmarks = q.blob(6);
    const auto count = std::size_t(landmarks.size()) / (2 * sizeof(float));
    std::vector<float> values(count * 2);
    if (!values.empty()) // no landmarks: memcpy must not see a null pointer
        std::memcpy(values.data(), landmarks.constData(), values.size() * sizeof(float));
    for (std::size_t i = 0; i < count; ++i)
        r.landmarks.emplace_back(values[2 * i], values[2 * i + 1]);
    const QByteArray embedding = q.blob(7);
    if (embedding.size() == int(sizeof(r.embedding)))
        std::memcpy(r.embedding.data(), embedding.constData(), sizeof(r.embedding));
    r.score = float(q.real(8));
    r.sharpness = float(q.real(9));
    r.personId = q.optionalInt64(10);
    r.confirmed = q.integer(11) != 0;
    r.clustered = q.integer(12) != 0;
    return r;
}

std::vector<FaceRecord> collect(SqlStatement &q)
{
    std::vector<FaceRecord> faces;
    while (q.next())
        faces.push_back(rowToFace(q));
    return faces;
}

// Photos and RAWs (MediaKind 1, 2) whose primary file is present on an online root.
constexpr const char *kPendingFrom =
    " FROM asset a JOIN file f ON f.asset_id = a.id AND f.role = 0 AND f.status = 0"
    " JOIN root r ON r.id = f.root_id AND r.online = 1"
    " WHERE a.kind IN (1, 2) AND NOT EXISTS (SELECT 1 FROM face_scan s WHERE s.asset_id = a.id) ";
} // namespace

std::vector<FaceRepository::PendingAsset> FaceRepository::pendingAssets(int limit, const std::set<std::int64_t> &skip)
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT a.id, r.path, f.rel_path, f.fingerprint") + kPendingFrom +
                                           "ORDER BY a.captured_utc DESC, a.id LIMIT ?");
    q.bind(1, std::int64_t(limit) + std::int64_t(skip.size()));
    std::vector<PendingAsset> pending;
    while (q.next() && int(pending.size()) < limit) {
        if (skip.count(q.int64(0)) != 0)
            continue;
        pending.push_back({q.int64(0), nativepath::fromBytes(q.blob(1)) / nativepath::fromBytes(q.blob(2)), q.blob(3)});
    }
    return pending;
}

std::int64_t FaceRepository::pendingCount()
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT COUNT(DISTINCT a.id)") + kPendingFrom);
    q.next();
    return q.int64(0);
}

void FaceRepository::recordPass(std::int64_t assetId, const QString &models, std::vector<FaceRecord> &faces,
                                const QString &error, std::int64_t now)
{
    const std::vector<QRectF> notFaces = notAFaceRegions(assetId);
    auto overlapsNotAFace = [&](const QRectF &box) {
        for (const QRectF &region : notFaces) {
            const QRectF common = box.intersected(region);
            const double shared = common.width() * common.height();
            const double united = box.width() * box.height() + region.width() * region.height() - shared;
            if (united > 0 && shared / united >= 0.5)
                return true;
        }
        return false;
    };
    std::int64_t stored = 0;
    SqlStatement insert(m_catalog.handle(),
                        "INSERT INTO face (asset_id, x, y, width, height, landmarks, embedding, score, sharpness,"
                        " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    for (FaceRecord &face : faces) {
        face.id = 0;
        face.assetId = assetId;
        if (overlapsNotAFace(face.box))
            continue;
        insert.bind(1, assetId).bind(2, face.box.x()).bind(3, face.box.y()).bind(4, face.box.width());
        insert.bind(5, face.box.height()).bindBlob(6, landmarkBytes(face.landmarks));
        insert.bindBlob(7, embeddingBytes(face.embedding)).bind(8, double(face.score)).bind(9, double(face.sharpness));
        insert.bind(10, now);
        insert.next();
        face.id = insert.int64(0);
        ++stored;
    }
    SqlStatement scan(m_catalog.handle(), "INSERT OR REPLACE INTO face_scan (asset_id, models, face_count, error,"
                                          " scanned_at) VALUES (?, ?, ?, ?, ?)");
    scan.bind(1, assetId).bind(2, models).bind(3, stored);
    scan.bind(4, error.isEmpty() ? QString() : error).bind(5, now).exec();
}

std::optional<FaceRecord> FaceRepository::byId(std::int64_t faceId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE id = ?");
    q.bind(1, faceId);
    if (!q.next())
        return std::nullopt;
    return rowToFace(q);
}

std::vector<FaceRecord> FaceRepository::ofAsset(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE asset_id = ? ORDER BY x");
    q.bind(1, assetId);
    return collect(q);
}

std::vector<FaceRecord> FaceRepository::ofPerson(std::int64_t personId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE person_id = ? ORDER BY confirmed DESC, id");
    q.bind(1, personId);
    return collect(q);
}

std::vector<FaceRecord> FaceRepository::all()
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "ORDER BY id");
    return collect(q);
}

std::vector<FaceRecord> FaceRepository::unassigned()
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE person_id IS NULL ORDER BY id");
    return collect(q);
}

void FaceRepository::assign(std::int64_t faceId, std::optional<std::int64_t> personId, bool confirmed)
{
    SqlStatement q(m_catalog.handle(), "UPDATE face SET person_id = ?, confirmed = ?, clustered = 1 WHERE id = ?");
    q.bind(1, personId).bind(2, confirmed ? 1 : 0).bind(3, faceId).exec();
}

void FaceRepository::markClustered(const std::vector<std::int64_t> &faceIds)
{
    SqlStatement q(m_catalog.handle(), "UPDATE face SET clustered = 1 WHERE id = ?");
    for (std::int64_t id : faceIds)
        q.bind(1, id).exec();
}

void FaceRepository::reject(std::int64_t faceId, std::int64_t personId)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR IGNORE INTO face_rejection (face_id, person_id) VALUES (?, ?)");
    q.bind(1, faceId).bind(2, personId).exec();
    SqlStatement u(m_catalog.handle(),
                   "UPDATE face SET person_id = NULL, confirmed = 0 WHERE id = ? AND person_id IS ?");
    u.bind(1, faceId).bind(2, personId).exec();
}

std::set<std::pair<std::int64_t, std::int64_t>> FaceRepository::rejections()
{
    SqlStatement q(m_catalog.handle(), "SELECT face_id, person_id FROM face_rejection");
    std::set<std::pair<std::int64_t, std::int64_t>> result;
    while (q.next())
        result.emplace(q.int64(0), q.int64(1));
    return result;
}

bool FaceRepository::markNotAFace(std::int64_t faceId, std::int64_t now)
{
    const std::optional<FaceRecord> face = byId(faceId);
    if (!face)
        return false;
    SqlStatement region(m_catalog.handle(),
                        "INSERT INTO not_a_face (asset_id, x, y, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)");
    region.bind(1, face->assetId).bind(2, face->box.x()).bind(3, face->box.y()).bind(4, face->box.width());
    region.bind(5, face->box.height()).bind(6, now).exec();
    SqlStatement cover(m_catalog.handle(), "UPDATE person SET cover_face_id = NULL WHERE cover_face_id = ?");
    cover.bind(1, faceId).exec();
    SqlStatement remove(m_catalog.handle(), "DELETE FROM face WHERE id = ?");
    remove.bind(1, faceId).exec();
    SqlStatement count(m_catalog.handle(),
                       "UPDATE face_scan SET face_count = (SELECT COUNT(*) FROM face WHERE asset_id = ?)"
                       " WHERE asset_id = ?");
    count.bind(1, face->assetId).bind(2, face->assetId).exec();
    return true;
}

std::vector<QRectF> FaceRepository::notAFaceRegions(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT x, y, width, height FROM not_a_face WHERE asset_id = ?");
    q.bind(1, assetId);
    std::vector<QRectF> regions;
    while (q.next())
        regions.emplace_back(q.real(0), q.real(1), q.real(2), q.real(3));
    return regions;
}

FaceRepository::Counts FaceRepository::counts()
{
    Counts c;
    SqlStatement scans(m_catalog.handle(), "SELECT COUNT(*), COUNT(error) FROM face_scan");
    scans.next();
    c.scannedAssets = scans.int64(0);
    c.failedAssets = scans.int64(1);
    SqlStatement faces(m_catalog.handle(), "SELECT COUNT(*), COUNT(person_id), COALESCE(SUM(confirmed), 0) FROM face");
    faces.next();
    c.faces = faces.int64(0);
    c.assignedFaces = faces.int64(1);
    c.confirmedFaces = faces.int64(2);
    return c;
}

std::map<std::int64_t, std::int64_t> FaceRepository::photoCountsByPerson()
{
    SqlStatement q(m_catalog.handle(), "SELECT person_id, COUNT(DISTINCT asset_id) FROM face "
                                       "WHERE person_id IS NOT NULL GROUP BY person_id");
    std::map<std::int64_t, std::int64_t> counts;
    while (q.next())
        counts.emplace(q.int64(0), q.int64(1));
    return counts;
}

std::vector<std::int64_t> FaceRepository::assetsWithAll(const std::vector<std::int64_t> &personIds)
{
    std::vector<std::int64_t> result;
    if (personIds.empty())
        return result;
    std::string sql = "SELECT a.id FROM asset a WHERE 1";
    for (std::size_t i = 0; i < personIds.size(); ++i)
        sql += " AND EXISTS (SELECT 1 FROM face f WHERE f.asset_id = a.id AND f.person_id = ?)";
    sql += " ORDER BY a.captured_utc DESC, a.id";
    SqlStatement q(m_catalog.handle(), sql);
    for (std::size_t i = 0; i < personIds.size(); ++i)
        q.bind(int(i) + 1, personIds[i]);
    while (q.next())
        result.push_back(q.int64(0));
    return result;
}

} // namespace tintype
