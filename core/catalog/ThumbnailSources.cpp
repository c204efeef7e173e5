#include "catalog/ThumbnailSources.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

namespace tintype {

std::vector<ThumbnailSources::Source> ThumbnailSources::all()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT f.id, r.path, f.rel_path, f.fingerprint FROM file f "
                   "JOIN root r ON r.id = f.root_id JOIN asset a ON a.id = f.asset_id "
                   "WHERE f.role = 0 AND f.status = 0 AND r.online = 1 AND f.fingerprint IS NOT NULL "
                   "ORDER BY a.captured_utc DESC, f.id");
    std::vector<Source> sources;
    while (q.next())
        sources.push_back({q.int64(0), nativepath::fromBytes(q.blob(1)) / nativepath::fromBytes(q.blob(2)), q.blob(3)});
    return sources;
}

std::vector<QByteArray> ThumbnailSources::knownFingerprints()
{
    SqlStatement q(m_catalog.handle(), "SELECT DISTINCT fingerprint FROM file WHERE fingerprint IS NOT NULL");
    std::vector<QByteArray> fingerprints;
    while (q.next())
        fingerprints.push_back(q.blob(0));
    return fingerprints;
}

} // namespace tintype
