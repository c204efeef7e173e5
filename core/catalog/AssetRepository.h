#pragma once

#include "catalog/CatalogRecords.h"

#include <QDateTime>

#include <memory>
#include <vector>

namespace tintype {

class Catalog;
class SqlStatement;

// The asset table (and its tags). Methods throw SqlError; call them inside
// Catalog::write/read. Keeps its prepared statements for batch work.
class AssetRepository {
public:
    explicit AssetRepository(Catalog &catalog);
    ~AssetRepository();

    std::int64_t insert(const MediaMetadata &metadata, std::int64_t addedAt);
    void update(std::int64_t id, const MediaMetadata &metadata); // keywords included
    std::optional<AssetRecord> byId(std::int64_t id);

    struct Filter {
        QDateTime from, to; // capture time, compared as wall-clock time; invalid = open
        QString camera;     // substring of make or model, case-insensitive
        std::optional<bool> hasGps;
        std::optional<std::int64_t> rootId;
        bool includeMissing = true; // assets whose files are all missing
        int limit = -1;
        std::optional<std::vector<std::int64_t>> assetIds; // only these
    };
    struct Listing {
        AssetRecord asset;
        std::filesystem::path path; // the primary file, absolute
        std::int64_t rootId = 0;
        bool available = true; // primary present and its root online
    };
    // Assets in capture-time order (undated last).
    std::vector<Listing> list(const Filter &filter);

    std::int64_t count();
    void removeWithoutFiles();
    // The user's pick of a burst: this frame stands for its burst in the grid
    // (the pick of any other frame of it is dropped). Returns the burst's
    // frames (empty: the asset is in no burst, nothing changed).
    std::vector<std::int64_t> chooseBurstFrame(std::int64_t assetId);

private:
    void setKeywords(std::int64_t id, const QStringList &keywords);
    Catalog &m_catalog;
    std::unique_ptr<SqlStatement> m_insert, m_update, m_clearTags, m_insertTag, m_linkTag;
};

} // namespace tintype
