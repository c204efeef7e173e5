#include "catalog/FileRepository.h"

#include "catalog/Catalog.h"
#include "catalog/SqlStatement.h"
#include "common/NativePath.h"

namespace tintype {

namespace {
constexpr const char *kSelect = "SELECT id, root_id, rel_path, asset_id, role, size, mtime, fingerprint, content_hash, "
                                "status, error, damage FROM file ";

FileRecord rowToFile(const SqlStatement &q)
{
    FileRecord f;
    f.id = q.int64(0);
    f.rootId = q.int64(1);
    f.relPath = q.blob(2);
    f.assetId = q.optionalInt64(3);
    f.role = FileRole(q.integer(4));
    f.size = q.int64(5);
    f.mtimeNs = q.int64(6);
    f.fingerprint = q.blob(7);
    f.contentHash = q.blob(8);
    f.status = FileStatus(q.integer(9));
    f.error = q.text(10);
    f.damage = q.text(11);
    return f;
}

std::vector<FileRecord> collect(SqlStatement &q)
{
    std::vector<FileRecord> files;
    while (q.next())
        files.push_back(rowToFile(q));
    return files;
}

void bindColumns(SqlStatement &q, const FileRecord &f)
{
    q.bind(1, f.rootId)
        .bindBlob(2, f.relPath)
        .bind(3, f.assetId)
        .bind(4, int(f.role))
        .bind(5, f.size)
        .bind(6, f.mtimeNs)
        .bindBlob(7, f.fingerprint.isEmpty() ? QByteArray() : f.fingerprint)
        .bindBlob(8, f.contentHash.isEmpty() ? QByteArray() : f.contentHash)
        .bind(9, int(f.status))
        .bind(10, f.error.isEmpty() ? QString() : f.error)
        .bind(11, f.damage.isEmpty() ? QString() : f.damage);
}
} // namespace

FileRepository::FileRepository(Catalog &catalog) : m_catalog(catalog) {}
FileRepository::~FileRepository() = default;

SqlStatement &FileRepository::cached(std::unique_ptr<SqlStatement> &slot, const char *sql)
{
    if (!slot)
        slot = std::make_unique<SqlStatement>(m_catalog.handle(), sql);
    return *slot;
}

std::vector<FileRecord> FileRepository::forRoot(std::int64_t rootId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE root_id = ?");
    q.bind(1, rootId);
    return collect(q);
}

std::vector<FileRecord> FileRepository::inFolder(std::int64_t rootId, const QByteArray &folder, bool recursive)
{
    std::vector<FileRecord> files;
    if (folder.isEmpty()) {
        files = forRoot(rootId);
    } else {
        // Paths below "a/b" sort between "a/b/" and "a/b0" ('0' follows '/'):
        // a range over the (root_id, rel_path) index.
        SqlStatement q(m_catalog.handle(),
                       std::string(kSelect) + "WHERE root_id = ? AND rel_path >= ? AND rel_path < ?");
        q.bind(1, rootId).bindBlob(2, folder + '/').bindBlob(3, folder + '0');
        files = collect(q);
    }
    if (!recursive) {
        const qsizetype from = folder.isEmpty() ? 0 : folder.size() + 1;
        std::erase_if(files, [from](const FileRecord &f) { return f.relPath.indexOf('/', from) >= 0; });
    }
    return files;
}

std::vector<FileRecord> FileRepository::forAsset(std::int64_t assetId)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE asset_id = ? ORDER BY role, id");
    q.bind(1, assetId);
    return collect(q);
}

std::optional<FileRecord> FileRepository::byPath(std::int64_t rootId, const QByteArray &relPath)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE root_id = ? AND rel_path = ?");
    q.bind(1, rootId).bindBlob(2, relPath);
    if (!q.next())
        return std::nullopt;
    return rowToFile(q);
}

std::optional<FileRecord> FileRepository::presentByContentHash(const QByteArray &hash)
{
    SqlStatement q(m_catalog.handle(),
                   std::string(kSelect) + "WHERE content_hash = ? AND status = 0 ORDER BY id LIMIT 1");
    q.bindBlob(1, hash);
    if (!q.next())
        return std::nullopt;
    return rowToFile(q);
}

std::optional<FileRecord> FileRepository::byId(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE id = ?");
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    return rowToFile(q);
}

std::vector<FileRecord> FileRepository::missingByFingerprint(const QByteArray &fingerprint)
{
    SqlStatement q(m_catalog.handle(), std::string(kSelect) + "WHERE fingerprint = ? AND status = 1");
    q.bindBlob(1, fingerprint);
    return collect(q);
}

std::int64_t FileRepository::insert(const FileRecord &file)
{
    SqlStatement &q =
        cached(m_insert, "INSERT INTO file (root_id, rel_path, asset_id, role, size, mtime, fingerprint, content_hash, "
                         "status, error, damage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    bindColumns(q, file);
    q.next();
    const std::int64_t id = q.int64(0);
    q.exec(); // finish the statement so its write completes
    return id;
}

void FileRepository::update(const FileRecord &file)
{
    SqlStatement &q =
        cached(m_update, "UPDATE file SET root_id = ?, rel_path = ?, asset_id = ?, role = ?, size = ?, mtime = ?, "
                         "fingerprint = ?, content_hash = ?, status = ?, error = ?, damage = ? WHERE id = ?");
    bindColumns(q, file);
    q.bind(12, file.id).exec();
}

void FileRepository::setStatus(std::int64_t id, FileStatus status)
{
    cached(m_setStatus, "UPDATE file SET status = ? WHERE id = ?").bind(1, int(status)).bind(2, id).exec();
}

void FileRepository::setContentHash(std::int64_t id, const QByteArray &hash)
{
    cached(m_setHash, "UPDATE file SET content_hash = ? WHERE id = ?").bindBlob(1, hash).bind(2, id).exec();
}

std::optional<std::int64_t> FileRepository::noteDecoderDamage(std::int64_t fileId, const QString &damage)
{
    if (fileId <= 0 || damage.isEmpty())
        return std::nullopt;
    SqlStatement q(m_catalog.handle(),
                   "UPDATE file SET damage = ?1 WHERE id = ?2 AND damage IS NULL AND role != 3 RETURNING asset_id");
    q.bind(1, damage).bind(2, fileId);
    std::optional<std::int64_t> asset;
    while (q.next())
        asset = q.optionalInt64(0);
    return asset;
}

void FileRepository::remove(std::int64_t id)
{
    SqlStatement q(m_catalog.handle(), "DELETE FROM file WHERE id = ?");
    q.bind(1, id).exec();
}

std::vector<FileRepository::PendingHash> FileRepository::pendingContentHashes(std::int64_t afterId, int limit)
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT f.id, r.path, f.rel_path, f.size FROM file f JOIN root r ON r.id = f.root_id "
                   "WHERE f.content_hash IS NULL AND f.status = 0 AND r.online = 1 AND f.id > ? ORDER BY f.id LIMIT ?");
    q.bind(1, afterId).bind(2, limit);
    std::vector<PendingHash> pending;
    while (q.next())
        pending.push_back(
            {q.int64(0), nativepath::fromBytes(q.blob(1)) / nativepath::fromBytes(q.blob(2)), q.int64(3)});
    return pending;
}

std::pair<std::int64_t, std::int64_t> FileRepository::pendingContentHashTotals()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT count(*), coalesce(sum(f.size), 0) FROM file f JOIN root r ON r.id = f.root_id "
                   "WHERE f.content_hash IS NULL AND f.status = 0 AND r.online = 1");
    q.next();
    return {q.int64(0), q.int64(1)};
}

int FileRepository::purgeMissing()
{
    SqlStatement q(m_catalog.handle(),
                   "DELETE FROM file WHERE status = 1 AND root_id IN (SELECT id FROM root WHERE online = 1)");
    q.exec();
    SqlStatement changes(m_catalog.handle(), "SELECT changes()");
    changes.next();
    return changes.integer(0);
}

std::vector<FileRepository::DamagedFile> FileRepository::damaged()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT f.id, f.asset_id, r.path, f.rel_path, coalesce(f.damage, f.error), f.damage IS NOT NULL "
                   "FROM file f JOIN root r ON r.id = f.root_id "
                   "WHERE f.status = 0 AND (f.damage IS NOT NULL OR (f.error IS NOT NULL AND f.role != 3)) "
                   "ORDER BY r.path, f.rel_path");
    std::vector<DamagedFile> files;
    while (q.next())
        files.push_back({q.int64(0), q.optionalInt64(1),
                         nativepath::fromBytes(q.blob(2)) / nativepath::fromBytes(q.blob(3)), q.text(4),
                         q.int64(5) != 0});
    return files;
}

FileRepository::Counts FileRepository::counts()
{
    SqlStatement q(m_catalog.handle(),
                   "SELECT count(*), sum(status = 1), sum(error IS NOT NULL), sum(content_hash IS NOT NULL), "
                   "coalesce(sum(size), 0) FROM file");
    q.next();
    return {q.int64(0), q.int64(1), q.int64(2), q.int64(3), q.int64(4)};
}

} // namespace tintype
