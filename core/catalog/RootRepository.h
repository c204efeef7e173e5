#pragma once

#include "catalog/CatalogRecords.h"

#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// The root table. Methods throw SqlError; call them inside Catalog::write/read.
class RootRepository {
public:
    explicit RootRepository(Catalog &catalog) : m_catalog(catalog) {}

    std::int64_t insert(const RootRecord &root);
    std::vector<RootRecord> all();
    std::optional<RootRecord> byId(std::int64_t id);
    void remove(std::int64_t id); // its files go with it (ON DELETE CASCADE)
    void setLocation(std::int64_t id, const std::filesystem::path &path, bool online);
    void setLastScan(std::int64_t id, std::int64_t when);
    void setInbox(std::int64_t id, bool inbox); // the phone's inbox (RootRecord::inbox)

private:
    Catalog &m_catalog;
};

} // namespace tintype
