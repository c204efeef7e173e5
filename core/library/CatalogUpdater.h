#pragma once

#include "catalog/AssetRepository.h"
#include "catalog/FileRepository.h"
#include "catalog/InboxRepository.h"
#include "library/DirectoryWalker.h"
#include "library/FileGroupReader.h"
#include "library/ScanScope.h"
#include "library/Scanner.h"

#include <QHash>
#include <QSet>

namespace tintype {

// The scanner's writing half: knows what the catalog held before the scan,
// classifies walked files as unchanged/new/changed, applies FileGroupReader
// results (recognising moves by fingerprint) and marks vanished files missing.
// Internal to core/library; all methods run on the catalog's thread, the
// apply/finish ones inside a Catalog::write transaction.
class CatalogUpdater {
public:
    CatalogUpdater(Catalog &catalog, ScanReport &report);

    void loadRoot(const RootRecord &root);
    // Only the files of these folders (a scoped scan): the others are neither
    // compared nor taken for vanished.
    void loadFolders(const RootRecord &root, const std::vector<ScanScope::Folder> &folders);
    // A file left alone for now (still being written): not vanished.
    void keep(std::int64_t rootId, const QByteArray &relPath);

    // True when `entry` must be read again (new or changed). Marks it seen;
    // a missing file that is back unchanged is restored.
    bool needsReading(std::int64_t rootId, const QByteArray &relPath, const DirectoryWalker::Entry &entry);
    // After classification: files of `rootId` not seen, outside folders the walk could not read.
    void collectVanished(std::int64_t rootId, const std::vector<DirectoryWalker::Failure> &unreadable);

    void apply(std::int64_t rootId, const FileGroupReader::Output &group);
    void markVanishedMissing();
    void commitRestored();

private:
    struct Known {
        FileRecord record;
        bool seen = false;
    };
    std::optional<FileRecord> takeMoveSource(const QByteArray &fingerprint, std::optional<std::int64_t> assetId);
    QString displayPath(std::int64_t rootId, const QByteArray &relPath) const;

    ScanReport &m_report;
    FileRepository m_files;
    AssetRepository m_assets;
    InboxRepository m_inbox;
    QSet<std::int64_t> m_inboxRoots; // new assets there are marked new (the phone inbox)
    QHash<std::int64_t, std::filesystem::path> m_rootPaths;
    QHash<std::int64_t, QHash<QByteArray, Known>> m_known;
    QHash<QByteArray, std::vector<FileRecord>> m_vanishedByFingerprint;
    std::vector<std::int64_t> m_restored;
    QSet<std::int64_t> m_taken; // missing files already given a new place (or back at their own)
    bool m_catalogHasMissing = false;
};

} // namespace tintype
