#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// Table `perceptual_hash`: each photo's perceptual hash for its current content
// (core/similarity). Methods throw SqlError; call them inside Catalog::write/read.
class PerceptualHashRepository {
public:
    explicit PerceptualHashRepository(Catalog &catalog) : m_catalog(catalog) {}

    // A photo's primary file (present, root online) and its perceptual hash.
    struct HashSource {
        std::int64_t assetId = 0;
        std::int64_t fileId = 0;
        std::filesystem::path path; // absolute
        QByteArray fingerprint;     // keys its thumbnail
        std::optional<std::uint64_t> hash;
        std::vector<std::uint64_t> cropHashes; // the centre's hashes (core/similarity); 0 = flat; may be empty
    };
    // Photos (not videos) whose primary file has no hash for its current
    // content yet, by file id after `afterFileId`.
    std::vector<HashSource> pendingHashes(std::int64_t afterFileId, int limit);
    std::int64_t pendingHashCount();
    // `hash` empty: a flat picture (error empty) or one that could not be decoded.
    void storeHash(std::int64_t fileId, const QByteArray &fingerprint, std::optional<std::uint64_t> hash,
                   const QString &error, const std::vector<std::uint64_t> &cropHashes = {});
    // Every photo whose primary file has a current, non-empty hash.
    std::vector<HashSource> hashedPhotos();

private:
    Catalog &m_catalog;
};

} // namespace tintype
