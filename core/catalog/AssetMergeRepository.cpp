#include "catalog/AssetMergeRepository.h"

#include "catalog/AlbumRepository.h"
#include "catalog/Catalog.h"
#include "catalog/SqlError.h"
#include "catalog/SqlStatement.h"

#include <QJsonArray>
#include <QStringList>
#include <sqlite3.h>

namespace tintype {

namespace {
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

QJsonObject AssetMergeRepository::snapshotAsset(std::int64_t assetId)
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

void AssetMergeRepository::mergeInto(std::int64_t keptId, std::int64_t removedId)
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

void AssetMergeRepository::deleteAsset(std::int64_t assetId)
{
    SqlStatement files(m_catalog.handle(), "DELETE FROM file WHERE asset_id = ?");
    files.bind(1, assetId).exec();
    SqlStatement asset(m_catalog.handle(), "DELETE FROM asset WHERE id = ?");
    asset.bind(1, assetId).exec();
}

void AssetMergeRepository::restoreRemoved(const QJsonObject &snapshot)
{
    sqlite3 *db = m_catalog.handle();
    for (const char *table : {"asset", "file", "album_item", "asset_tag", "person_hint"})
        insertRows(db, table, snapshot.value(QLatin1String(table)).toArray());
}

void AssetMergeRepository::restoreKept(const QJsonObject &snapshot)
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

} // namespace tintype
