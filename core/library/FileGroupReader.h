#pragma once

#include "catalog/CatalogRecords.h"
#include "library/DirectoryWalker.h"
#include "metadata/MediaMetadata.h"

#include <optional>
#include <vector>

namespace tintype {

class WorkerMetadataReader;

// Reads the files of one folder that share a stem (IMG_1.JPG, IMG_1.CR2,
// IMG_1.xmp, ...): metadata and fingerprint of each, how they form assets,
// and each asset's merged metadata. Pure function of the files on disk; runs
// on worker threads and never touches the catalog.
struct FileGroupReader {
    struct Input {
        std::filesystem::path folder; // absolute
        QByteArray relFolder;         // relative to the root, native bytes
        std::vector<DirectoryWalker::Entry> files;
    };
    struct FileResult {
        DirectoryWalker::Entry entry;
        QByteArray relPath;
        QByteArray fingerprint; // empty when the file could not be read
        MediaKind kind = MediaKind::Unknown;
        QString error; // why it could not be read (empty when fine)
        QStringList warnings;
        QString damage; // MediaMetadata::damage
    };
    struct AssetPlan {
        std::vector<std::pair<std::size_t, FileRole>> files; // index into Output::files; primary first
        std::optional<MediaMetadata> metadata;               // empty: no asset (unreadable or a lone sidecar)
    };
    struct Output {
        std::vector<FileResult> files;
        std::vector<AssetPlan> assets;
    };

    // With `worker`, metadata is read in its process (a crash there is that file's error).
    static Output read(const Input &input, WorkerMetadataReader *worker = nullptr);
};

} // namespace tintype
