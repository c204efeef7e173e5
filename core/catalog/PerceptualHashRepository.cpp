#include "catalog/PerceptualHashRepository.h"

#include "catalog/Catalog.h"
#include "catalog/PrimaryFile.h"
#include "catalog/SqlStatement.h"

namespace tintype {

namespace {
// Photos and RAW (MediaKind 1, 2) whose primary file is readable now.
constexpr const char *kHashSources = "SELECT a.id, f.id, r.path, f.rel_path, f.fingerprint, p.hash FROM asset a";

QByteArray packHashes(const std::vector<std::uint64_t> &hashes)
{
    QByteArray bytes;
    bytes.reserve(qsizetype(hashes.size()) * 8);
    for (std::uint64_t h : hashes)
        for (int i = 0; i < 8; ++i)
            bytes.append(char((h >> (8 * i)) & 0xFF));
    return bytes;
}

std::vector<std::uint64_t> unpackHashes(const QByteArray &bytes)
{
    std::vector<std::uint64_t> hashes;
    for (qsizetype at = 0; at + 8 <= bytes.size(); at += 8) {
        std::uint64_t h = 0;
        for (int i = 0; i < 8; ++i)
            h |= std::uint64_t(std::uint8_t(bytes.at(at + i))) << (8 * i);
        hashes.push_back(h);
    }
    return hashes;
}
} // namespace

std::vector<PerceptualHashRepository::HashSource> PerceptualHashRepository::pendingHashes(std::int64_t afterFileId,
                                                                                          int limit)
{
    SqlStatement q(m_catalog.handle(), std::string(kHashSources) + primaryfile::kJoin +
                                           "LEFT JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = "
                                           "f.fingerprint WHERE a.kind IN (1, 2) AND f.status = 0 AND r.online = 1 "
                                           "AND f.fingerprint IS NOT NULL AND p.file_id IS NULL AND f.id > ? "
                                           "ORDER BY f.id LIMIT ?");
    q.bind(1, afterFileId).bind(2, limit);
    std::vector<HashSource> sources;
    while (q.next())
        sources.push_back({q.int64(0), q.int64(1), primaryfile::absolutePath(q, 2), q.blob(4), std::nullopt, {}});
    return sources;
}

std::int64_t PerceptualHashRepository::pendingHashCount()
{
    SqlStatement q(m_catalog.handle(), std::string("SELECT count(*) FROM asset a") + primaryfile::kJoin +
                                           "LEFT JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = "
                                           "f.fingerprint WHERE a.kind IN (1, 2) AND f.status = 0 AND r.online = 1 "
                                           "AND f.fingerprint IS NOT NULL AND p.file_id IS NULL");
    q.next();
    return q.int64(0);
}

void PerceptualHashRepository::storeHash(std::int64_t fileId, const QByteArray &fingerprint,
                                         std::optional<std::uint64_t> hash, const QString &error,
                                         const std::vector<std::uint64_t> &cropHashes)
{
    SqlStatement q(m_catalog.handle(), "INSERT OR REPLACE INTO perceptual_hash (file_id, fingerprint, hash, error, "
                                       "crop_hashes) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, fileId).bindBlob(2, fingerprint);
    // SQLite integers are signed: the 64 bits are stored as they are.
    q.bind(3, hash ? std::optional<std::int64_t>(std::int64_t(*hash)) : std::nullopt);
    q.bind(4, error.isEmpty() ? QString() : error);
    q.bindBlob(5, packHashes(cropHashes)).exec();
}

std::vector<PerceptualHashRepository::HashSource> PerceptualHashRepository::hashedPhotos()
{
    SqlStatement q(
        m_catalog.handle(),
        std::string("SELECT a.id, f.id, r.path, f.rel_path, f.fingerprint, p.hash, p.crop_hashes FROM asset a") +
            primaryfile::kJoin +
            "JOIN perceptual_hash p ON p.file_id = f.id AND p.fingerprint = f.fingerprint WHERE a.kind IN "
            "(1, 2) AND p.hash IS NOT NULL ORDER BY a.id");
    std::vector<HashSource> sources;
    while (q.next())
        sources.push_back({q.int64(0), q.int64(1), primaryfile::absolutePath(q, 2), q.blob(4),
                           std::uint64_t(q.int64(5)), unpackHashes(q.blob(6))});
    return sources;
}

} // namespace tintype
