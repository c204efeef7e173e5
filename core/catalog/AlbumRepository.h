#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

struct AlbumRecord {
    std::int64_t id = 0;
    QString name;
    QString description;
    QString origin;    // "user", "takeout", ...
    QString originKey; // identifies the album within its origin (re-imports find it again)
    std::int64_t createdAt = 0;
    std::int64_t itemCount = 0;
    std::optional<std::int64_t> coverAssetId; // first item
};

// Albums and their ordered items. Methods throw SqlError; call them inside
// Catalog::write/read.
class AlbumRepository {
public:
    explicit AlbumRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::int64_t create(const QString &name, const QString &description, std::int64_t createdAt);
    // The album of this origin and key, created when new (name and description
    // are updated only when it is new: the user may have renamed it since).
    std::int64_t ensure(const QString &origin, const QString &originKey, const QString &name,
                        const QString &description, std::int64_t createdAt);
    std::optional<AlbumRecord> byId(std::int64_t id);
    std::vector<AlbumRecord> all(); // by name
    void rename(std::int64_t id, const QString &name);
    void remove(std::int64_t id); // the album only; its photos stay

    // Adds at the end; an asset already in the album stays where it is.
    void addItem(std::int64_t albumId, std::int64_t assetId);
    void removeItem(std::int64_t albumId, std::int64_t assetId);
    // Where an item stands in the album's order (nullopt: not in it), and
    // putting one back there (undo of removeItem; an item already in stays).
    std::optional<std::int64_t> positionOf(std::int64_t albumId, std::int64_t assetId);
    void addItemAt(std::int64_t albumId, std::int64_t assetId, std::int64_t position);
    std::vector<std::int64_t> items(std::int64_t albumId);    // in album order
    std::vector<std::int64_t> albumsOf(std::int64_t assetId); // album ids
    // Every membership of `from` becomes one of `to` (merging duplicates).
    void moveItems(std::int64_t fromAssetId, std::int64_t toAssetId);

private:
    Catalog &m_catalog;
};

} // namespace tintype
