#pragma once

#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

#include <filesystem>

// Internal to core/catalog: the primary file of an asset, shared by the queries
// that read photos through it (PerceptualHashRepository, DuplicateQueries).
namespace tintype::primaryfile {

// The primary file of asset `a`: the lowest role that is not a sidecar.
inline constexpr const char *kJoin =
    " JOIN file f ON f.id = (SELECT id FROM file WHERE asset_id = a.id AND role != 3 ORDER BY role, id LIMIT 1)"
    " JOIN root r ON r.id = f.root_id ";

// The absolute path of the row's root path (column `rootColumn`) and relative path (the next column).
inline std::filesystem::path absolutePath(const SqlStatement &q, int rootColumn)
{
    return nativepath::fromBytes(q.blob(rootColumn)) / nativepath::fromBytes(q.blob(rootColumn + 1));
}

} // namespace tintype::primaryfile
