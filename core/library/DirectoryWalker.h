#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <vector>

namespace tintype {

// Walks a root folder once: media and sidecar files with size and mtime,
// grouped by folder. Skips litter (LitterFilter), follows folder symlinks at
// most once per real folder (no loops), and reports folders it cannot read
// instead of failing. Pure file-system work; knows nothing of the catalog.
class DirectoryWalker {
public:
    struct Entry {
        QByteArray name; // native bytes
        std::int64_t size = 0;
        std::int64_t mtimeNs = 0;
    };
    struct Folder {
        QByteArray relPath; // native bytes relative to the root, '/'-separated; empty for the root itself
        std::vector<Entry> files;
    };
    struct Failure {
        QByteArray relPath;
        QString reason;
    };
    struct Result {
        std::vector<Folder> folders;
        std::vector<Failure> unreadable; // folders and files that could not be listed or stat'ed
        std::int64_t fileCount = 0;
        bool cancelled = false;
    };

    // `onFolder` (optional) is called after each folder with the running file count.
    static Result walk(const std::filesystem::path &root, const std::atomic_bool &cancel,
                       const std::function<void(std::int64_t files)> &onFolder = {});
    // One folder of the root (`relDir`, '/'-separated native bytes), with the
    // folders below it when `recursive`. A folder that no longer exists gives
    // an empty result (its files are gone), not a failure.
    static Result walk(const std::filesystem::path &root, const QByteArray &relDir, bool recursive,
                       const std::atomic_bool &cancel, const std::function<void(std::int64_t files)> &onFolder = {});
    // Whether a file of this name is one the walk lists: a photo, video or
    // sidecar, not litter, not a sync tool's temporary (LitterFilter).
    static bool isCandidateFile(std::string_view name);
};

} // namespace tintype
