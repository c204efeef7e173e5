#include "catalog/RootRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

namespace tintype {

namespace {
constexpr const char *kColumns = "id, path, volume_id, volume_path, online, added_at, last_scan_at, inbox";

RootRecord rowToRoot(const SqlStatement &q)
{
    RootRecord r;
    r.id = q.int64(0);
    r.path = nativepath::fromBytes(q.blob(1));
    r.volumeId = q.text(2);
    r.volumePath = nativepath::fromBytes(q.blob(3));
    r.online = q.int64(4) != 0;
    r.addedAt = q.int64(5);
    r.lastScanAt = q.optionalInt64(6);
    r.inbox = q.int64(7) != 0;
    return r;
}
} // namespace

std::int64_t RootRepository::insert(const RootRecord &root)
{
    SqlStatement q(
        m_catalog.handle(),
        "INSERT INTO root (path, volume_id, volume_path, online, added_at) VALUES (?, ?, ?, ?, ?) RETURNING id");
    q.bindBlob(1, nativepath::toBytes(root.path))
        .bind(2, root.volumeId)
        .bindBlob(3, nativepath::toBytes(root.volumePath))
        .bind(4, root.online ? 1 : 0)
        .bind(5, root.addedAt);
    q.next();
    return q.int64(0);
}

std::vector<RootRecord> RootRepository::all()
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT ") + kColumns + " FROM root ORDER BY id");
    std::vector<RootRecord> roots;
    while (q.next())
        roots.push_back(rowToRoot(q));
    return roots;
}

std::optional<RootRecord> RootRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT ") + kColumns + " FROM root WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToRoot(q);
}

void RootRepository::setInbox(std::int64_t id, bool inbox)
{
    SqlStatement q(m_catalog.handle(), "UPDATE root SET inbox = ? WHERE id = ?");
    q.bind(1, inbox ? 1 : 0).bind(2, id);
    q.exec();
}

void RootRepository::remove(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM root WHERE id = ?");
    q.bind(1, id).exec();
}

void RootRepository::setLocation(std::int64_t id, const std::filesystem::path &path, bool online)
{
    SqlStatement q(m_catalog.handle(), "UPDATE root SET path = ?, online = ? WHERE id = ?");
    q.bindBlob(1, nativepath::toBytes(path)).bind(2, online ? 1 : 0).bind(3, id).exec();
}

void RootRepository::setLastScan(std::int64_t id, std::int64_t when)
{
    SqlStatement q(m_catalog.handle(), "UPDATE root SET last_scan_at = ? WHERE id = ?");
    q.bind(1, when).bind(2, id).exec();
}

} // namespace tintype
