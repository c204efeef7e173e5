#include "catalog/AlbumRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

namespace tintype {

namespace {
constexpr const char *kSelect =
    "SELECT a.id, a.name, a.description, a.origin, a.origin_key, a.created_at,"
    " (SELECT COUNT(*) FROM album_item i WHERE i.album_id = a.id),"
    " (SELECT i.asset_id FROM album_item i WHERE i.album_id = a.id ORDER BY i.position LIMIT 1)"
    " FROM album a ";

AlbumRecord rowToAlbum(const SqlStatement &q)
{
    AlbumRecord r;
    r.id = q.int64(0);
    r.name = q.text(1);
    r.description = q.text(2);
    r.origin = q.text(3);
    r.originKey = q.text(4);
    r.createdAt = q.int64(5);
    r.itemCount = q.int64(6);
    r.coverAssetId = q.optionalInt64(7);
    return r;
}
} // namespace

std::int64_t AlbumRepository::create(const QString &name, const QString &description, std::int64_t createdAt)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT INTO album (name, description, origin, created_at) VALUES (?, ?, 'user', ?) RETURNING id");
    q.bind(1, name).bind(2, description.isEmpty() ? QString() : description).bind(3, createdAt);
    q.next();
    return q.int64(0);
}

std::int64_t AlbumRepository::ensure(const QString &origin, const QString &originKey, const QString &name,
                                     const QString &description, std::int64_t createdAt)
{
    SqlStatement find(m_catalog.handle(), "SELECT id FROM album WHERE origin = ? AND origin_key = ?");
    find.bind(1, origin).bind(2, originKey);
    if (find.next())
        return find.int64(0);
    SqlStatement q(m_catalog.handle(), "INSERT INTO album (name, description, origin, origin_key, created_at)"
                                       " VALUES (?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, name).bind(2, description.isEmpty() ? QString() : description).bind(3, origin).bind(4, originKey);
    q.bind(5, createdAt);
    q.next();
    return q.int64(0);
}

std::optional<AlbumRecord> AlbumRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE a.id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToAlbum(q);
}

std::vector<AlbumRecord> AlbumRepository::all()
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "ORDER BY a.name COLLATE NOCASE, a.id");
    std::vector<AlbumRecord> albums;
    while (q.next())
        albums.push_back(rowToAlbum(q));
    return albums;
}

void AlbumRepository::rename(std::int64_t id, const QString &name)
{
    SqlStatement q(m_catalog.handle(), "UPDATE album SET name = ? WHERE id = ?");
    q.bind(1, name).bind(2, id).exec();
}

void AlbumRepository::remove(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM album WHERE id = ?");
    q.bind(1, id).exec();
}

void AlbumRepository::addItem(std::int64_t albumId, std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR IGNORE INTO album_item (album_id, asset_id, position)"
                   " VALUES (?1, ?2, (SELECT COALESCE(MAX(position), -1) + 1 FROM album_item WHERE album_id = ?1))");
    q.bind(1, albumId).bind(2, assetId).exec();
}

void AlbumRepository::removeItem(std::int64_t albumId, std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM album_item WHERE album_id = ? AND asset_id = ?");
    q.bind(1, albumId).bind(2, assetId).exec();
}

std::optional<std::int64_t> AlbumRepository::positionOf(std::int64_t albumId, std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT position FROM album_item WHERE album_id = ? AND asset_id = ?");
    q.bind(1, albumId).bind(2, assetId);
    if (!q.next())
        return std::nullopt;
    return q.int64(0);
}

void AlbumRepository::addItemAt(std::int64_t albumId, std::int64_t assetId, std::int64_t position)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT OR IGNORE INTO album_item (album_id, asset_id, position) VALUES (?, ?, ?)");
    q.bind(1, albumId).bind(2, assetId).bind(3, position).exec();
}

std::vector<std::int64_t> AlbumRepository::items(std::int64_t albumId)
{
    SqlStatement q(m_catalog.handle(), "SELECT asset_id FROM album_item WHERE album_id = ? ORDER BY position");
    q.bind(1, albumId);
    std::vector<std::int64_t> ids;
    while (q.next())
        ids.push_back(q.int64(0));
    return ids;
}

std::vector<std::int64_t> AlbumRepository::albumsOf(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), "SELECT album_id FROM album_item WHERE asset_id = ? ORDER BY album_id");
    q.bind(1, assetId);
    std::vector<std::int64_t> ids;
    while (q.next())
        ids.push_back(q.int64(0));
    return ids;
}

void AlbumRepository::moveItems(std::int64_t fromAssetId, std::int64_t toAssetId)
{
    // Where `to` is already in the album, the `from` row just goes away.
    SqlStatement move(m_catalog.handle(), "UPDATE OR IGNORE album_item SET asset_id = ? WHERE asset_id = ?");
    move.bind(1, toAssetId).bind(2, fromAssetId).exec();
    SqlStatement rest(m_catalog.handle(), "DELETE FROM album_item WHERE asset_id = ?");
    rest.bind(1, fromAssetId).exec();
}

} // namespace tintype
