#pragma once

#include "catalog/CatalogRecords.h"

#include <functional>
#include <memory>
#include <vector>

namespace tintype {

class Catalog;
class SqlStatement;

// The file table. Methods throw SqlError; call them inside Catalog::write/read.
// Keeps its prepared statements, so reuse one object for a batch of work.
class FileRepository {
public:
    explicit FileRepository(Catalog &catalog);
    ~FileRepository();

    std::vector<FileRecord> forRoot(std::int64_t rootId);
    // The files of one folder of a root ('/'-separated native bytes, empty for
    // the root itself): directly in it, or anywhere below it when `recursive`.
    std::vector<FileRecord> inFolder(std::int64_t rootId, const QByteArray &folder, bool recursive);
    std::vector<FileRecord> forAsset(std::int64_t assetId);
    std::optional<FileRecord> byId(std::int64_t id);
    std::optional<FileRecord> byPath(std::int64_t rootId, const QByteArray &relPath);
    // A present file with this full-content hash (the lowest id), if any.
    std::optional<FileRecord> presentByContentHash(const QByteArray &hash);
    // Missing files (any root) with this fingerprint: candidates for a move.
    std::vector<FileRecord> missingByFingerprint(const QByteArray &fingerprint);

    std::int64_t insert(const FileRecord &file);
    void update(const FileRecord &file); // every column, by id
    void setStatus(std::int64_t id, FileStatus status);
    void setContentHash(std::int64_t id, const QByteArray &hash);
    // Damage a decoder worked around when it read this file (a thumbnail made
    // from it), unless its damage is known already: the scan's structural
    // check does not see every defect. Returns its asset when it noted it.
    std::optional<std::int64_t> noteDecoderDamage(std::int64_t fileId, const QString &damage);
    // Forgets one file (deleted for good); its asset stays until
    // AssetRepository::removeWithoutFiles.
    void remove(std::int64_t id);

    struct PendingHash {
        std::int64_t id;
        std::filesystem::path path; // absolute
        std::int64_t size;
    };
    // How many files (and bytes) pendingContentHashes would give in all.
    std::pair<std::int64_t, std::int64_t> pendingContentHashTotals();
    // Present files on online roots that have no content hash yet, by id, after `afterId`.
    std::vector<PendingHash> pendingContentHashes(std::int64_t afterId, int limit);

    // Deletes missing files of online roots (their assets stay until
    // AssetRepository::removeWithoutFiles). Returns the number of files removed from the catalog.
    int purgeMissing();

    struct DamagedFile {
        std::int64_t id = 0;
        std::optional<std::int64_t> assetId;
        std::filesystem::path path; // absolute
        QString reason;             // FileRecord::damage, else FileRecord::error
        bool shown = true;          // damaged but shown as far as it could be read; false: nothing could be read
    };
    // Present files whose data is damaged or could not be read at all (not
    // sidecars), by path: the ones a user may want to restore from a backup.
    std::vector<DamagedFile> damaged();

    struct Counts {
        std::int64_t files = 0, missing = 0, failed = 0, hashed = 0, bytes = 0;
    };
    Counts counts();

private:
    SqlStatement &cached(std::unique_ptr<SqlStatement> &slot, const char *sql);
    Catalog &m_catalog;
    std::unique_ptr<SqlStatement> m_insert, m_update, m_setStatus, m_setHash;
};

} // namespace tintype
