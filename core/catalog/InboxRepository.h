#pragma once

#include <cstdint>
#include <vector>

namespace tintype {

class Catalog;

// The phone inbox's "New" marks (asset.inbox_new): set by the scan on assets
// that arrive in a root marked as the inbox (RootRecord::inbox), cleared when
// the user has seen them. Methods throw SqlError; call them inside Catalog::write/read.
class InboxRepository {
public:
    explicit InboxRepository(Catalog &catalog) : m_catalog(catalog) {}

    void markNew(std::int64_t assetId);
    void markSeen(const std::vector<std::int64_t> &assetIds);
    void markAllSeen();
    std::int64_t newCount();
    bool isNew(std::int64_t assetId);

private:
    Catalog &m_catalog;
};

} // namespace tintype
