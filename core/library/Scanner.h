#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace tintype {

class Catalog;
struct RootRecord;
struct ScanScope;

struct ScanProgress {
    enum class Phase { Walking, Reading, Finishing };
    Phase phase = Phase::Walking;
    std::int64_t filesFound = 0;  // walked so far
    std::int64_t filesToRead = 0; // new or changed files to open
    std::int64_t filesRead = 0;
};

struct ScanReport {
    std::int64_t filesSeen = 0;
    std::int64_t unchanged = 0;
    std::int64_t added = 0;    // new files
    std::int64_t changed = 0;  // size or mtime differ: read again
    std::int64_t moved = 0;    // found at a new path, recognised by content
    std::int64_t missing = 0;  // vanished from an online root in this scan
    std::int64_t restored = 0; // were missing, are back
    std::int64_t assetsAdded = 0;
    struct Failure {
        QString path;
        QString reason;
    };
    std::vector<Failure> failures;     // files or folders that could not be read, with why
    std::vector<Failure> problems;     // files indexed, but with something wrong in them (warnings)
    std::vector<Failure> damaged;      // files read with damaged image data: shown as far as it could be read
    std::vector<QString> offlineRoots; // roots not reachable: left exactly as they were
    bool cancelled = false;
    QString error; // the scan could not run or not commit (catalog error); empty when fine
    double seconds = 0;
};

// Brings the catalog up to date with every online root: one walk per root,
// only new or changed files opened (on a thread pool), moved files recognised
// by fingerprint, vanished files marked missing; commits in batches, so a
// killed or cancelled scan leaves a consistent catalog and the next scan goes
// on where it stopped. Run from the thread that owns the catalog connection.
class Scanner {
    Q_DECLARE_TR_FUNCTIONS(Scanner)

public:
    struct Options {
        int jobs = 0;        // worker threads; 0 = one per core
        int batchSize = 200; // file groups per transaction
        // Only these folders (live folders: what changed); null: every online root.
        std::shared_ptr<const ScanScope> scope;
        // Read metadata in tintype-worker processes (WorkerProcess::findWorker),
        // one per thread, so a parser that crashes or hangs on a file costs only
        // that file; empty: in this process.
        QString workerPath;
        int workerTimeoutMs = 20000; // per file
    };
    explicit Scanner(Catalog &catalog);
    Scanner(Catalog &catalog, Options options);

    // Finds out which roots are online (Library::refreshRoots), then scans them.
    ScanReport run(const std::function<void(const ScanProgress &)> &progress = {});
    // Scans `roots` as they are, for a caller that has just refreshed them (LibraryUpdate).
    ScanReport run(const std::vector<RootRecord> &roots, const std::function<void(const ScanProgress &)> &progress);
    void cancel() { m_cancel = true; } // thread-safe

private:
    Catalog &m_catalog;
    Options m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
