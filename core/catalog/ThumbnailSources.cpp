#include "catalog/ThumbnailSources.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

namespace tintype {

namespace {
// A file with its asset's current edit (edit.fingerprint is NULL while the asset shows unedited).
constexpr const char *kSourceColumns =
    "SELECT f.id, r.path, f.rel_path, f.fingerprint, er.stack, e.fingerprint, a.user_rotation FROM file f "
    "JOIN root r ON r.id = f.root_id JOIN asset a ON a.id = f.asset_id "
    "LEFT JOIN edit e ON e.asset_id = a.id AND e.fingerprint IS NOT NULL "
    "LEFT JOIN edit_revision er ON er.id = e.revision_id "
    "WHERE f.status = 0 AND r.online = 1 AND f.fingerprint IS NOT NULL ";

ThumbnailSources::Source sourceAt(SqlStatement &q)
{
    ThumbnailSources::Source s;
    s.fileId = q.int64(0);
    s.path = nativepath::fromBytes(q.blob(1)) / nativepath::fromBytes(q.blob(2));
    s.fingerprint = q.blob(3);
    if (!q.isNull(5)) {
        s.editStack = q.text(4).toUtf8();
        s.editFingerprint = q.text(5).toUtf8();
    }
    s.userQuarterTurns = q.integer(6) & 3;
    return s;
}
} // namespace

std::vector<ThumbnailSources::Source> ThumbnailSources::all()
{
    SqlStatement q(m_catalog.handle(),
                   std::string(kSourceColumns) + "AND f.role = 0 ORDER BY a.captured_utc DESC, f.id");
    std::vector<Source> sources;
    while (q.next())
        sources.push_back(sourceAt(q));
    return sources;
}

std::optional<ThumbnailSources::Source> ThumbnailSources::ofFile(std::int64_t fileId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSourceColumns) + "AND f.id = ?");
    q.bind(1, fileId);
    if (!q.next())
        return std::nullopt;
    return sourceAt(q);
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
