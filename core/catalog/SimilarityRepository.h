#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

namespace tintype {

class Catalog;

// The catalog side of duplicate detection and merging (core/similarity):
// perceptual hashes, the facts a best copy is chosen by, the merge of one
// asset into another with what undoing it needs, and the user's "not
// duplicates" answers. Methods throw SqlError; call them inside
// Catalog::write/read.
class SimilarityRepository {
public:
    explicit SimilarityRepository(Catalog &catalog) : m_catalog(catalog) {}

    // A photo's primary file (present, root online) and its perceptual hash.
    struct HashSource {
        std::int64_t assetId = 0;
        std::int64_t fileId = 0;
        std::filesystem::path path; // absolute
        QByteArray fingerprint;     // keys its thumbnail
        std::optional<std::uint64_t> hash;
    };
    // Photos (not videos) whose primary file has no hash for its current
    // content yet, by file id after `afterFileId`.
    std::vector<HashSource> pendingHashes(std::int64_t afterFileId, int limit);
    std::int64_t pendingHashCount();
    // `hash` empty: a flat picture (error empty) or one that could not be decoded.
    void storeHash(std::int64_t fileId, const QByteArray &fingerprint, std::optional<std::uint64_t> hash,
                   const QString &error);
    // Every photo whose primary file has a current, non-empty hash.
    std::vector<HashSource> hashedPhotos();

    // Sets of two or more assets whose files have the same full-content hash.
    std::vector<std::vector<std::int64_t>> exactDuplicateAssets();

    // What choosing the best copy and explaining it needs, per asset.
    struct MemberFacts {
        std::int64_t assetId = 0;
        std::int64_t fileId = 0;
        std::filesystem::path path; // primary file, absolute
        QByteArray relPath;         // relative to its root
        QByteArray fingerprint;
        bool available = false; // present and its root online
        std::int64_t bytes = 0;
        QString format;
        int width = 0, height = 0;
        QString make, model;
        int captureSource = 0; // CaptureTimeSource
        bool hasGps = false;
        bool hasRaw = false; // a RAW file is part of the asset
        bool favorite = false;
        std::optional<int> rating; // the user's, else the file's
        QString description;       // the user's, else the file's
        QStringList tags;
        QStringList albums;
    };
    std::vector<MemberFacts> facts(const std::vector<std::int64_t> &assetIds);

    // Every present file of an asset (primary, RAW, clip, sidecar), absolute.
    std::vector<std::filesystem::path> presentFiles(std::int64_t assetId);
    // Names of people on an asset (person hints; faces once they are named).
    QStringList people(std::int64_t assetId);

    // Unordered pairs the user said are not duplicates.
    void dismiss(std::int64_t assetA, std::int64_t assetB);
    std::vector<std::pair<std::int64_t, std::int64_t>> dismissals();

    // Merging. Snapshots are JSON (every column kept exactly, 64-bit values as
    // text) so undo puts the rows back as they were.
    QJsonObject snapshotAsset(std::int64_t assetId); // asset row, its files, album items, tags, person hints
    // Moves albums, tags and person names of `removed` to `kept`; favourite,
    // the higher rating, and description, position, capture time where `kept`
    // lacks them.
    void mergeInto(std::int64_t keptId, std::int64_t removedId);
    void deleteAsset(std::int64_t assetId);           // its files and the asset (album items etc. go with it)
    void restoreRemoved(const QJsonObject &snapshot); // a deleted asset back, with its rows
    void restoreKept(const QJsonObject &snapshot);    // the merged values and rows back to the snapshot's

    struct Resolution {
        std::int64_t id = 0;
        std::int64_t keptAssetId = 0;
        QString explanation;
        std::int64_t appliedAt = 0;
        std::optional<std::int64_t> undoneAt;
        QJsonObject undoState;
    };
    std::int64_t addResolution(std::int64_t keptAssetId, const QString &explanation, std::int64_t appliedAt,
                               const QJsonObject &undoState);
    std::optional<Resolution> resolution(std::int64_t id);
    std::vector<Resolution> resolutions(); // newest first
    void markUndone(std::int64_t id, std::int64_t at);

private:
    Catalog &m_catalog;
};

} // namespace tintype
