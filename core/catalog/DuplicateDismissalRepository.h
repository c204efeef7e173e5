#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace tintype {

class Catalog;

// Table `duplicate_dismissal`: the user's "not duplicates" answers. Methods throw
// SqlError; call them inside Catalog::write/read.
class DuplicateDismissalRepository {
public:
    explicit DuplicateDismissalRepository(Catalog &catalog) : m_catalog(catalog) {}

    // Unordered pairs the user said are not duplicates.
    void dismiss(std::int64_t assetA, std::int64_t assetB);
    std::vector<std::pair<std::int64_t, std::int64_t>> dismissals();

private:
    Catalog &m_catalog;
};

} // namespace tintype
