#include "catalog/FolderQueries.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"

#include <map>
#include <utility>

namespace tintype {

std::vector<FolderQueries::FolderCount> FolderQueries::counts()
{
    SqlStatement q(m_catalog.handle(), "SELECT f.root_id, f.rel_path, MIN(f.role * 4294967296 + f.id) FROM file f "
                                       "JOIN asset a ON a.id = f.asset_id WHERE f.role != 3 AND f.status = 0 "
                                       "GROUP BY f.asset_id");
    std::map<std::pair<std::int64_t, QByteArray>, std::int64_t> byFolder;
    while (q.next()) {
        const QByteArray rel = q.blob(1);
        const qsizetype slash = rel.lastIndexOf('/');
        ++byFolder[{q.int64(0), slash < 0 ? QByteArray() : rel.left(slash)}];
    }
    std::vector<FolderCount> out;
    out.reserve(byFolder.size());
    for (const auto &[key, count] : byFolder)
        out.push_back({key.first, key.second, count});
    return out;
}

} // namespace tintype
