#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// A file Tintype moved to the system trash, and what putting it back needs.
struct TrashedFileRecord {
    std::int64_t id = 0;
    std::optional<std::int64_t> fileId;  // its file row (status missing while trashed)
    std::optional<std::int64_t> assetId; // the photo it belongs to
    std::filesystem::path original;      // absolute path it had
    std::filesystem::path inTrash;       // where the trash keeps it
    std::filesystem::path info;          // the trash's note about it (freedesktop .trashinfo); empty: none
    std::int64_t trashedAt = 0;          // seconds since the epoch
};

// The trashed_file table: only what Tintype itself trashed. Methods throw
// SqlError; call them inside Catalog::write/read.
class TrashRepository {
public:
    explicit TrashRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::int64_t add(const TrashedFileRecord &record); // returns its id
    std::vector<TrashedFileRecord> all();              // newest first
    std::vector<TrashedFileRecord> forAssets(const std::vector<std::int64_t> &assetIds);
    std::optional<TrashedFileRecord> byId(std::int64_t id);
    void remove(std::int64_t id);

private:
    Catalog &m_catalog;
};

} // namespace tintype
