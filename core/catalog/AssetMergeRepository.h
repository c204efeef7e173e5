#pragma once

#include <QJsonObject>

#include <cstdint>

namespace tintype {

class Catalog;

// Merging one asset into another (duplicates): the asset row with its files, album
// items, tags and person hints, and what undoing the merge needs. Methods throw
// SqlError; call them inside Catalog::write/read.
class AssetMergeRepository {
public:
    explicit AssetMergeRepository(Catalog &catalog) : m_catalog(catalog) {}

    // Merging. Snapshots are JSON (every column kept exactly, 64-bit values as
    // text) so undo puts the rows back as they were.
    QJsonObject snapshotAsset(std::int64_t assetId); // asset row, its files, album items, tags, person hints
    // Moves albums, tags and person names of `removed` to `kept`; favourite,
    // the higher rating, and description, position, capture time where `kept`
    // lacks them.
    void mergeInto(std::int64_t keptId, std::int64_t removedId);
    void deleteAsset(std::int64_t assetId);           // its files and the asset (album items etc. go with it)
    void restoreRemoved(const QJsonObject &snapshot); // a deleted asset back, with its rows
    void restoreKept(const QJsonObject &snapshot);    // the merged values and rows back to the snapshot's

private:
    Catalog &m_catalog;
};

} // namespace tintype
