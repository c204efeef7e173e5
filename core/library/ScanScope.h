#pragma once

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <map>
#include <vector>

namespace tintype {

// The part of the library a scan looks at, for live folders: a few folders of
// a few roots instead of every root. The scan is the same incremental scan
// (size+mtime compared, moves recognised by fingerprint, vanished files marked
// missing), only confined to these folders.
struct ScanScope {
    struct Folder {
        QByteArray relPath;     // native bytes relative to the root, '/'-separated; empty for the root itself
        bool recursive = false; // the folder and everything below it, else only the files directly in it
    };
    // The roots to scan and, for each, its folders (the whole root is the
    // folder "" recursively). Roots not listed are not scanned.
    std::map<std::int64_t, std::vector<Folder>> roots;
    // Files to leave alone for now (still being written): not read, and not
    // taken for vanished either. Called on the scanning thread.
    std::function<bool(std::int64_t rootId, const QByteArray &relPath, std::int64_t size, std::int64_t mtimeNs)> hold;

    void add(std::int64_t rootId, const QByteArray &relPath, bool recursive);
    void addRoot(std::int64_t rootId) { add(rootId, QByteArray(), true); }
    void merge(const ScanScope &other);
    bool empty() const { return roots.empty(); }
    // The folders of `rootId` with none inside another's recursive reach, so
    // that no file is walked twice, in path order.
    std::vector<Folder> foldersOf(std::int64_t rootId) const;
    bool coversWholeRoot(std::int64_t rootId) const;
};

} // namespace tintype
