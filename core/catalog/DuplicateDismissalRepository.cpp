#include "catalog/DuplicateDismissalRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <algorithm>

namespace tintype {

void DuplicateDismissalRepository::dismiss(std::int64_t assetA, std::int64_t assetB)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR IGNORE INTO duplicate_dismissal (asset_a, asset_b) VALUES (?, ?)");
    q.bind(1, std::min(assetA, assetB)).bind(2, std::max(assetA, assetB)).exec();
}

std::vector<std::pair<std::int64_t, std::int64_t>> DuplicateDismissalRepository::dismissals()
{
    SqlStatement q(m_catalog.handle(), "SELECT asset_a, asset_b FROM duplicate_dismissal");
    std::vector<std::pair<std::int64_t, std::int64_t>> pairs;
    while (q.next())
        pairs.emplace_back(q.int64(0), q.int64(1));
    return pairs;
}

} // namespace tintype
