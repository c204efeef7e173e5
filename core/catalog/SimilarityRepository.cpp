#include "catalog/SimilarityRepository.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "catalog/SqlError.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace tintype {

namespace {
// The primary file of asset `a`: the lowest role that is not a sidecar.
constexpr const char *kPrimaryJoin =
    " JOIN file f ON f.id = (SELECT id FROM file WHERE asset_id = a.id AND role != 3 ORDER BY role, id LIMIT 1)"
    " JOIN root r ON r.id = f.root_id ";

// Photos and RAW (MediaKind 1, 2) whose primary file is readable now.
constexpr const char *kHashSources = "SELECT a.id, f.id, r.path, f.rel_path, f.fingerprint, p.hash FROM asset a";

std::filesystem::path absolutePath(const SqlStatement &q, int rootColumn)
{
    return nativepath::fromBytes(q.blob(rootColumn)) / nativepath::fromBytes(q.blob(rootColumn + 1));
}

// Rows as JSON, exactly: each column as [type, text] (integers as decimal text,
// blobs as base64), so 64-bit values and byte paths survive.
QJsonArray selectRows(sqlite3 *db, const std::string &table, const std::string &column, std::int64_t value)
{
    sqlite3_stmt *stmt = nullptr;
    const std::string sql = "SELECT * FROM " + table + " WHERE " + column + " = ?";
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw SqlError::fromDb(db, "snapshot of " + table);
    sqlite3_bind_int64(stmt, 1, value);
    QJsonArray rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QJsonObject row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const QString name = QString::fromUtf8(sqlite3_column_name(stmt, c));
            switch (sqlite3_column_type(stmt, c)) {
            case SQLITE_INTEGER:
                row[name] = QJsonArray{QStringLiteral("i"), QString::number(sqlite3_column_int64(stmt, c))};
                break;
            case SQLITE_FLOAT:
                row[name] = QJsonArray{QStringLiteral("r"), QString::number(sqlite3_column_double(stmt, c), 'g', 17)};
                break;
            case SQLITE_TEXT:
                row[name] = QJsonArray{QStringLiteral("s"),
                                       QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                                         sqlite3_column_bytes(stmt, c))};
                break;
            case SQLITE_BLOB:
                row[name] =
                    QJsonArray{QStringLiteral("b"),
                               QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                                                              sqlite3_column_bytes(stmt, c))
                                                       .toBase64())};
                break;
            default: row[name] = QJsonArray{QStringLiteral("n"), QString()}; break;
            }
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        throw SqlError::fromDb(db, "snapshot of " + table);
    return rows;
}

void bindSnapshotValue(SqlStatement &q, int index, const QJsonArray &typed)
{
    const QString type = typed.at(0).toString();
    const QString text = typed.at(1).toString();
    if (type == QLatin1String("i"))
        q.bind(index, std::int64_t(text.toLongLong()));
    else if (type == QLatin1String("r"))
        q.bind(index, text.toDouble());
    else if (type == QLatin1String("s"))
        q.bind(index, text.isNull() ? QStringLiteral("") : text);
    else if (type == QLatin1String("b"))
        q.bindBlob(index, QByteArray::fromBase64(text.toLatin1()));
    else
        q.bindNull(index);
}

void insertRows(sqlite3 *db, const std::string &table, const QJsonArray &rows)
{
    for (const QJsonValue value : rows) {
        const QJsonObject row = value.toObject();
        const QStringList columns = row.keys();
        std::string sql = "INSERT OR REPLACE INTO " + table + " (";
        std::string marks;
        for (int i = 0; i < columns.size(); ++i) {
            sql += (i ? ", " : "") + columns.at(i).toStdString();
            marks += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + marks + ")";
        SqlStatement q(db, sql);
        for (int i = 0; i < columns.size(); ++i)
            bindSnapshotValue(q, i + 1, row.value(columns.at(i)).toArray());
        q.exec();
    }
}

// The asset columns a merge may change, restored by undo.
const char *const kMergedColumns[] = {"favorite", "user_rating",  "user_description", "latitude",       "longitude",
                                      "altitude", "captured_utc", "captured_offset",  "captured_source"};
} // namespace

std::vector<SimilarityRepository::HashSource> SimilarityRepository::pendingHashes(std::int64_t afterFileId, int limit)
{
    SqlStatement q(m_catalog.handle(), std::string(kHashSources) + kPrimaryJoin +
                                           "LEFT JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = "
                                           "f.fingerprint WHERE a.kind IN (1, 2) AND f.status = 0 AND r.online = 1 "
                                           "AND f.fingerprint IS NOT NULL AND p.file_id IS NULL AND f.id > ? "
                                           "ORDER BY f.id LIMIT ?");
    q.bind(1, afterFileId).bind(2, limit);
    std::vector<HashSource> sources;
    while (q.next())
        sources.push_back({q.int64(0), q.int64(1), absolutePath(q, 2), q.blob(4), std::nullopt});
    return sources;
}

std::int64_t SimilarityRepository::pendingHashCount()
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT count(*) FROM asset a") + kPrimaryJoin +
                                           "LEFT JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = "
                                           "f.fingerprint WHERE a.kind IN (1, 2) AND f.status = 0 AND r.online = 1 "
                                           "AND f.fingerprint IS NOT NULL AND p.file_id IS NULL");
    q.next();
    return q.int64(0);
}

void SimilarityRepository::storeHash(std::int64_t fileId, const QByteArray &fingerprint,
                                     std::optional<std::uint64_t> hash, const QString &error)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR REPLACE INTO perceptual_hash (file_id, fingerprint, hash, error) VALUES (?, ?, ?, ?)");
    q.bind(1, fileId).bindBlob(2, fingerprint);
    // SQLite integers are signed: the 64 bits are stored as they are.
    q.bind(3, hash ? std::optional<std::int64_t>(std::int64_t(*hash)) : std::nullopt);
    q.bind(4, error.isEmpty() ? QString() : error).exec();
}

std::vector<SimilarityRepository::HashSource> SimilarityRepository::hashedPhotos()
{
    SqlStatement q(m_catalog.handle(), std::string(kHashSources) + kPrimaryJoin +
                                           "JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = "
                                           "f.fingerprint WHERE a.kind IN (1, 2) AND p.hash IS NOT NULL ORDER BY a.id");
    std::vector<HashSource> sources;
    while (q.next())
        sources.push_back({q.int64(0), q.int64(1), absolutePath(q, 2), q.blob(4), std::uint64_t(q.int64(5))});
    return sources;
}

std::vector<std::vector<std::int64_t>> SimilarityRepository::exactDuplicateAssets()
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

std::vector<SimilarityRepository::MemberFacts> SimilarityRepository::facts(const std::vector<std::int64_t> &assetIds)
{
    SqlStatement q(m_catalog.handle(),
                   std::string("SELECT a.id, f.id, r.path, f.rel_path, f.fingerprint, (f.status = 0 AND r.online = 1),"
                               " f.size, a.format, a.width, a.height, a.make, a.model, a.captured_source,"
                               " a.latitude IS NOT NULL, EXISTS (SELECT 1 FROM file g WHERE g.asset_id = a.id AND "
                               "g.role = 1), a.favorite, coalesce(a.user_rating, a.rating),"
                               " coalesce(a.user_description, a.description) FROM asset a") +
                       kPrimaryJoin + "WHERE a.id = ?");
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
        m.path = absolutePath(q, 2);
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

std::vector<std::filesystem::path> SimilarityRepository::presentFiles(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT r.path, f.rel_path FROM file f JOIN root r ON r.id = f.root_id "
                                       "WHERE f.asset_id = ? AND f.status = 0 ORDER BY f.role, f.id");
    q.bind(1, assetId);
    std::vector<std::filesystem::path> paths;
    while (q.next())
        paths.push_back(absolutePath(q, 0));
    return paths;
}

QStringList SimilarityRepository::people(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT name FROM person_hint WHERE asset_id = ? ORDER BY name");
    q.bind(1, assetId);
    QStringList names;
    while (q.next())
        names << q.text(0);
    return names;
}

void SimilarityRepository::dismiss(std::int64_t assetA, std::int64_t assetB)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR IGNORE INTO duplicate_dismissal (asset_a, asset_b) VALUES (?, ?)");
    q.bind(1, std::min(assetA, assetB)).bind(2, std::max(assetA, assetB)).exec();
}

std::vector<std::pair<std::int64_t, std::int64_t>> SimilarityRepository::dismissals()
{
    SqlStatement q(m_catalog.handle(), "SELECT asset_a, asset_b FROM duplicate_dismissal");
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    while (q.next())
        pairs.emplace_back(q.int64(0), q.int64(1));
    return pairs;
}

QJsonObject SimilarityRepository::snapshotAsset(std::int64_t assetId)
{
    sqlite3 *db = m_catalog.handle();
    QJsonObject snapshot;
    snapshot[QStringLiteral("assetId")] = QString::number(assetId);
    snapshot[QStringLiteral("asset")] = selectRows(db, "asset", "id", assetId);
    snapshot[QStringLiteral("file")] = selectRows(db, "file", "asset_id", assetId);
    snapshot[QStringLiteral("album_item")] = selectRows(db, "album_item", "asset_id", assetId);
    snapshot[QStringLiteral("asset_tag")] = selectRows(db, "asset_tag", "asset_id", assetId);
    snapshot[QStringLiteral("person_hint")] = selectRows(db, "person_hint", "asset_id", assetId);
    return snapshot;
}

void SimilarityRepository::mergeInto(std::int64_t keptId, std::int64_t removedId)
{
    sqlite3 *db = m_catalog.handle();
    AlbumRepository(m_catalog).moveItems(removedId, keptId);
    SqlStatement tags(db, "INSERT OR IGNORE INTO asset_tag (asset_id, tag_id) SELECT ?1, tag_id FROM asset_tag "
                          "WHERE asset_id = ?2");
    tags.bind(1, keptId).bind(2, removedId).exec();
    SqlStatement hints(db, "INSERT OR IGNORE INTO person_hint (asset_id, name, origin) SELECT ?1, name, origin "
                           "FROM person_hint WHERE asset_id = ?2");
    hints.bind(1, keptId).bind(2, removedId).exec();
    // Capture sources: 1 (Exif) is best, 7 (file time) worst, 0 none.
    SqlStatement values(
        db, "UPDATE asset SET"
            " favorite = max(asset.favorite, o.favorite),"
            " user_rating = CASE WHEN coalesce(o.user_rating, o.rating, -2) > coalesce(asset.user_rating, "
            "asset.rating, -2) THEN coalesce(o.user_rating, o.rating) ELSE asset.user_rating END,"
            " user_description = CASE WHEN coalesce(asset.user_description, asset.description, '') = '' AND "
            "coalesce(o.user_description, o.description, '') != '' THEN coalesce(o.user_description, o.description) "
            "ELSE asset.user_description END,"
            " latitude = CASE WHEN asset.latitude IS NULL THEN o.latitude ELSE asset.latitude END,"
            " longitude = CASE WHEN asset.latitude IS NULL THEN o.longitude ELSE asset.longitude END,"
            " altitude = CASE WHEN asset.latitude IS NULL THEN o.altitude ELSE asset.altitude END,"
            " (captured_utc, captured_offset, captured_source) = (SELECT CASE WHEN o.captured_source != 0 AND "
            "(asset.captured_source = 0 OR o.captured_source < asset.captured_source) THEN o.captured_utc ELSE "
            "asset.captured_utc END, CASE WHEN o.captured_source != 0 AND (asset.captured_source = 0 OR "
            "o.captured_source < asset.captured_source) THEN o.captured_offset ELSE asset.captured_offset END, "
            "CASE WHEN o.captured_source != 0 AND (asset.captured_source = 0 OR o.captured_source < "
            "asset.captured_source) THEN o.captured_source ELSE asset.captured_source END)"
            " FROM (SELECT * FROM asset WHERE id = ?2) AS o WHERE asset.id = ?1");
    values.bind(1, keptId).bind(2, removedId).exec();
}

void SimilarityRepository::deleteAsset(std::int64_t assetId)
{
    SqlStatement files(m_catalog.handle(), "DELETE FROM file WHERE asset_id = ?");
    files.bind(1, assetId).exec();
    SqlStatement asset(m_catalog.handle(), "DELETE FROM asset WHERE id = ?");
    asset.bind(1, assetId).exec();
}

void SimilarityRepository::restoreRemoved(const QJsonObject &snapshot)
{
    sqlite3 *db = m_catalog.handle();
    for (const char *table : {"asset", "file", "album_item", "asset_tag", "person_hint"})
        insertRows(db, table, snapshot.value(QLatin1String(table)).toArray());
}

void SimilarityRepository::restoreKept(const QJsonObject &snapshot)
{
    sqlite3 *db = m_catalog.handle();
    const std::int64_t id = snapshot.value(QLatin1String("assetId")).toString().toLongLong();
    const QJsonArray assetRows = snapshot.value(QLatin1String("asset")).toArray();
    if (assetRows.isEmpty())
        return;
    const QJsonObject before = assetRows.first().toObject();
    for (const char *column : kMergedColumns) {
        SqlStatement q(db, std::string("UPDATE asset SET ") + column + " = ? WHERE id = ?");
        bindSnapshotValue(q, 1, before.value(QLatin1String(column)).toArray());
        q.bind(2, id).exec();
    }
    for (const char *table : {"album_item", "asset_tag", "person_hint"}) {
        SqlStatement clear(db, std::string("DELETE FROM ") + table + " WHERE asset_id = ?");
        clear.bind(1, id).exec();
        insertRows(db, table, snapshot.value(QLatin1String(table)).toArray());
    }
}

std::int64_t SimilarityRepository::addResolution(std::int64_t keptAssetId, const QString &explanation,
                                                 std::int64_t appliedAt, const QJsonObject &undoState)
{
    SqlStatement q(m_catalog.handle(), "INSERT INTO duplicate_resolution (kept_asset_id, explanation, applied_at, "
                                       "undo_state) VALUES (?, ?, ?, ?) RETURNING id");
    q.bind(1, keptAssetId).bind(2, explanation).bind(3, appliedAt);
    q.bind(4, QString::fromUtf8(QJsonDocument(undoState).toJson(QJsonDocument::Compact)));
    q.next();
    const std::int64_t id = q.int64(0);
    q.exec();
    return id;
}

namespace {
SimilarityRepository::Resolution rowToResolution(const SqlStatement &q)
{
    SimilarityRepository::Resolution r;
    r.id = q.int64(0);
    r.keptAssetId = q.int64(1);
    r.explanation = q.text(2);
    r.appliedAt = q.int64(3);
    r.undoneAt = q.optionalInt64(4);
    r.undoState = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
    return r;
}
constexpr const char *kResolutionColumns =
    "SELECT id, kept_asset_id, explanation, applied_at, undone_at, undo_state FROM duplicate_resolution ";
} // namespace

std::optional<SimilarityRepository::Resolution> SimilarityRepository::resolution(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kResolutionColumns) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToResolution(q);
}

std::vector<SimilarityRepository::Resolution> SimilarityRepository::resolutions()
{
    SqlStatement q(m_catalog.handle(), std::string(kResolutionColumns) + "ORDER BY id DESC");
    std::vector<Resolution> all;
    while (q.next())
        all.push_back(rowToResolution(q));
    return all;
}

void SimilarityRepository::markUndone(std::int64_t id, std::int64_t at)
{
    SqlStatement q(m_catalog.handle(), "UPDATE duplicate_resolution SET undone_at = ? WHERE id = ?");
    q.bind(1, at).bind(2, id).exec();
}

} // namespace tintype
