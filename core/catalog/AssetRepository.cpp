#include "catalog/AssetRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <QTimeZone>

namespace tintype {

namespace {
// Columns 1..26 of asset, in this order, for insert and update alike.
constexpr const char *kAssetColumns =
    "kind, format, captured_utc, captured_offset, captured_source, latitude, longitude, altitude, width, height, "
    "orientation, make, model, lens, iso, f_number, exposure_time, focal_length, duration, rating, title, "
    "description, motion_clip_offset, motion_clip_length, content_id, burst_id";

QString orNull(const QString &s) { return s.isEmpty() ? QString() : s; }

void bindMetadata(SqlStatement &q, const MediaMetadata &m)
{
    const CaptureTime &t = m.captureTime;
    q.bind(1, int(m.kind))
        .bind(2, orNull(m.format))
        .bind(3, t.isValid() ? std::optional<std::int64_t>(t.utc.toMSecsSinceEpoch()) : std::nullopt)
        .bind(4, t.isValid() ? t.offsetMinutes : std::nullopt)
        .bind(5, int(t.isValid() ? t.source : CaptureTimeSource::None))
        .bind(6, m.latitude)
        .bind(7, m.longitude)
        .bind(8, m.altitude)
        .bind(9, m.width)
        .bind(10, m.height)
        .bind(11, m.orientation)
        .bind(12, orNull(m.make))
        .bind(13, orNull(m.model))
        .bind(14, orNull(m.lens))
        .bind(15, m.iso)
        .bind(16, m.fNumber)
        .bind(17, m.exposureTime)
        .bind(18, m.focalLength)
        .bind(19, m.durationSeconds)
        .bind(20, m.rating)
        .bind(21, orNull(m.title))
        .bind(22, orNull(m.description))
        .bind(23, m.motionClip ? std::optional<std::int64_t>(m.motionClip->offset) : std::nullopt)
        .bind(24, m.motionClip ? std::optional<std::int64_t>(m.motionClip->length) : std::nullopt)
        .bind(25, orNull(m.contentIdentifier))
        .bind(26, orNull(m.burstId));
}

// Reads the 26 metadata columns starting at `c`.
MediaMetadata rowToMetadata(const SqlStatement &q, int c)
{
    MediaMetadata m;
    m.kind = MediaKind(q.integer(c + 0));
    m.format = q.text(c + 1);
    if (!q.isNull(c + 2)) {
        m.captureTime.utc = QDateTime::fromMSecsSinceEpoch(q.int64(c + 2), QTimeZone::utc());
        if (!q.isNull(c + 3))
            m.captureTime.offsetMinutes = q.integer(c + 3);
        m.captureTime.source = CaptureTimeSource(q.integer(c + 4));
    }
    m.latitude = q.optionalReal(c + 5);
    m.longitude = q.optionalReal(c + 6);
    m.altitude = q.optionalReal(c + 7);
    m.width = q.integer(c + 8);
    m.height = q.integer(c + 9);
    m.orientation = q.integer(c + 10);
    m.make = q.text(c + 11);
    m.model = q.text(c + 12);
    m.lens = q.text(c + 13);
    if (auto iso = q.optionalInt64(c + 14))
        m.iso = int(*iso);
    m.fNumber = q.optionalReal(c + 15);
    m.exposureTime = q.optionalReal(c + 16);
    m.focalLength = q.optionalReal(c + 17);
    m.durationSeconds = q.optionalReal(c + 18);
    if (auto rating = q.optionalInt64(c + 19))
        m.rating = int(*rating);
    m.title = q.text(c + 20);
    m.description = q.text(c + 21);
    if (!q.isNull(c + 22) && !q.isNull(c + 23))
        m.motionClip = EmbeddedClip{q.int64(c + 22), q.int64(c + 23)};
    m.contentIdentifier = q.text(c + 24);
    m.burstId = q.text(c + 25);
    return m;
}

QStringList keywordsOf(Catalog &catalog, std::int64_t assetId)
{
    SqlStatement q(catalog.handle(),
                   "SELECT t.name FROM asset_tag a JOIN tag t ON t.id = a.tag_id WHERE a.asset_id = ? ORDER BY t.name");
    q.bind(1, assetId);
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}
} // namespace

AssetRepository::AssetRepository(Catalog &catalog) : m_catalog(catalog) {}
AssetRepository::~AssetRepository() = default;

std::int64_t AssetRepository::insert(const MediaMetadata &metadata, std::int64_t addedAt)
{
    if (!m_insert)
        m_insert = std::make_unique<SqlStatement>(
            m_catalog.handle(),
            std::string("INSERT INTO asset (") + kAssetColumns +
                ", added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id");
    bindMetadata(*m_insert, metadata);
    m_insert->bind(27, addedAt);
    m_insert->next();
    const std::int64_t id = m_insert->int64(0);
    m_insert->exec();
    if (!metadata.keywords.isEmpty())
        setKeywords(id, metadata.keywords);
    return id;
}

void AssetRepository::update(std::int64_t id, const MediaMetadata &metadata)
{
    if (!m_update) {
        // A capture time or position the user set stays (UserDecisionRepository::setCaptureTime, setLocation).
        std::string sql = "UPDATE asset SET (";
        sql += kAssetColumns;
        sql += ") = (?1,?2,coalesce(user_captured_utc,?3),"
               "CASE WHEN user_captured_utc IS NULL THEN ?4 ELSE user_captured_offset END,"
               "CASE WHEN user_captured_utc IS NULL THEN ?5 ELSE 8 END,"
               "coalesce(user_latitude,?6),coalesce(user_longitude,?7),?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?"
               "20,?21,?22,?23,?24,?25,?26) WHERE id = ?27";
        m_update = std::make_unique<SqlStatement>(m_catalog.handle(), sql);
    }
    bindMetadata(*m_update, metadata);
    m_update->bind(27, id).exec();
    setKeywords(id, metadata.keywords);
}

std::vector<std::int64_t> AssetRepository::chooseBurstFrame(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "UPDATE asset SET burst_chosen = (id = ?1) "
                                       "WHERE burst_id = (SELECT burst_id FROM asset WHERE id = ?1) RETURNING id");
    q.bind(1, assetId);
    std::vector<std::int64_t> frames;
    while (q.next())
        frames.push_back(q.int64(0));
    return frames;
}

void AssetRepository::setKeywords(std::int64_t id, const QStringList &keywords)
{
    if (!m_clearTags) {
        m_clearTags = std::make_unique<SqlStatement>(m_catalog.handle(), "DELETE FROM asset_tag WHERE asset_id = ?");
        m_insertTag = std::make_unique<SqlStatement>(
            m_catalog.handle(),
            "INSERT INTO tag (name) VALUES (?) ON CONFLICT (name) DO UPDATE SET name = name RETURNING id");
        m_linkTag = std::make_unique<SqlStatement>(m_catalog.handle(),
                                                   "INSERT OR IGNORE INTO asset_tag (asset_id, tag_id) VALUES (?, ?)");
    }
    m_clearTags->bind(1, id).exec();
    for (const QString &keyword : keywords) {
        if (keyword.trimmed().isEmpty())
            continue;
        m_insertTag->bind(1, keyword.trimmed());
        m_insertTag->next();
        const std::int64_t tagId = m_insertTag->int64(0);
        m_insertTag->exec();
        m_linkTag->bind(1, id).bind(2, tagId).exec();
    }
}

std::optional<AssetRecord> AssetRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(),
                   std::string("SELECT id, added_at, ") + kAssetColumns + " FROM asset WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    AssetRecord a{q.int64(0), rowToMetadata(q, 2), q.int64(1)};
    a.metadata.keywords = keywordsOf(m_catalog, id);
    return a;
}

std::vector<AssetRepository::Listing> AssetRepository::list(const Filter &filter)
{
    // The primary file is the lowest role (Primary < Raw < MotionClip < ...).
    std::string sql =
        std::string("SELECT a.id, a.added_at, ") + kAssetColumns +
        ", r.path, f.rel_path, f.root_id, (f.status = 0 AND r.online = 1) "
        "FROM asset a "
        "JOIN file f ON f.id = (SELECT id FROM file WHERE asset_id = a.id AND role != 3 ORDER BY role, id LIMIT 1) "
        "JOIN root r ON r.id = f.root_id WHERE 1";
    // Wall-clock comparison: captured_utc + offset is the camera's clock in ms.
    const char *wallClock = "(a.captured_utc + coalesce(a.captured_offset, 0) * 60000)";
    if (filter.from.isValid())
        sql += std::string(" AND ") + wallClock + " >= ?1";
    if (filter.to.isValid())
        sql += std::string(" AND ") + wallClock + " < ?2";
    if (!filter.camera.isEmpty())
        sql += " AND (instr(lower(a.make), lower(?3)) > 0 OR instr(lower(a.model), lower(?3)) > 0)";
    if (filter.hasGps)
        sql += *filter.hasGps ? " AND a.latitude IS NOT NULL" : " AND a.latitude IS NULL";
    if (filter.rootId)
        sql += " AND f.root_id = ?4";
    if (filter.assetIds) {
        sql += " AND a.id IN (";
        for (std::size_t i = 0; i < filter.assetIds->size(); ++i)
            sql += (i ? "," : "") + std::to_string((*filter.assetIds)[i]);
        sql += ")";
    }
    if (!filter.includeMissing)
        sql += " AND EXISTS (SELECT 1 FROM file g WHERE g.asset_id = a.id AND g.status = 0)";
    sql += " ORDER BY a.captured_utc IS NULL, a.captured_utc, a.id";
    if (filter.limit >= 0)
        sql += " LIMIT " + std::to_string(filter.limit);

    auto asFloatingMs = [](const QDateTime &t) {
        // The user means wall-clock time: read the given fields as UTC.
        return QDateTime(t.date(), t.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    };
    SqlStatement q(m_catalog.handle(), sql);
    if (filter.from.isValid())
        q.bind(1, std::int64_t(asFloatingMs(filter.from)));
    if (filter.to.isValid())
        q.bind(2, std::int64_t(asFloatingMs(filter.to)));
    if (!filter.camera.isEmpty())
        q.bind(3, filter.camera);
    if (filter.rootId)
        q.bind(4, *filter.rootId);

    std::vector<Listing> rows;
    while (q.next()) {
        Listing l;
        l.asset = AssetRecord{q.int64(0), rowToMetadata(q, 2), q.int64(1)};
        l.path = nativepath::fromBytes(q.blob(28)) / nativepath::fromBytes(q.blob(29));
        l.rootId = q.int64(30);
        l.available = q.int64(31) != 0;
        rows.push_back(std::move(l));
    }
    for (Listing &l : rows)
        l.asset.metadata.keywords = keywordsOf(m_catalog, l.asset.id);
    return rows;
}

std::int64_t AssetRepository::count()
{
    SqlStatement q(m_catalog.handle(), "SELECT count(*) FROM asset");
    q.next();
    return q.int64(0);
}

void AssetRepository::removeWithoutFiles()
{
    SqlStatement q(m_catalog.handle(),
                   "DELETE FROM asset WHERE NOT EXISTS (SELECT 1 FROM file WHERE file.asset_id = asset.id)");
    q.exec();
}

} // namespace tintype
