#include "catalog/TrashRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

namespace tintype {

namespace {
constexpr const char *kColumns =
    "SELECT id, file_id, asset_id, original_path, trash_path, info_path, trashed_at FROM trashed_file ";

TrashedFileRecord recordOf(const SqlStatement &q)
{
    TrashedFileRecord r;
    r.id = q.int64(0);
    r.fileId = q.optionalInt64(1);
    r.assetId = q.optionalInt64(2);
    r.original = nativepath::fromBytes(q.blob(3));
    r.inTrash = nativepath::fromBytes(q.blob(4));
    if (!q.isNull(5))
        r.info = nativepath::fromBytes(q.blob(5));
    r.trashedAt = q.int64(6);
    return r;
}
} // namespace

std::int64_t TrashRepository::add(const TrashedFileRecord &record)
{
    SqlStatement q(m_catalog.handle(),
                   "INSERT INTO trashed_file (file_id, asset_id, original_path, trash_path, info_path, trashed_at) "
                   "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    q.bind(1, record.fileId)
        .bind(2, record.assetId)
        .bindBlob(3, nativepath::toBytes(record.original))
        .bindBlob(4, nativepath::toBytes(record.inTrash))
        .bindBlob(5, record.info.empty() ? QByteArray() : nativepath::toBytes(record.info))
        .bind(6, record.trashedAt);
    q.next();
    return q.int64(0);
}

std::vector<TrashedFileRecord> TrashRepository::all()
{
    SqlStatement q(m_catalog.handle(), std::string(kColumns) + "ORDER BY trashed_at DESC, id DESC");
    std::vector<TrashedFileRecord> out;
    while (q.next())
        out.push_back(recordOf(q));
    return out;
}

std::vector<TrashedFileRecord> TrashRepository::forAssets(const std::vector<std::int64_t> &assetIds)
{
    SqlStatement q(m_catalog.handle(), std::string(kColumns) + "WHERE asset_id = ? ORDER BY id");
    std::vector<TrashedFileRecord> out;
    for (std::int64_t asset : assetIds) {
        q.bind(1, asset);
        while (q.next())
            out.push_back(recordOf(q));
    }
    return out;
}

std::optional<TrashedFileRecord> TrashRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kColumns) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return recordOf(q);
}

void TrashRepository::remove(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM trashed_file WHERE id = ?");
    q.bind(1, id).exec();
}

} // namespace tintype
