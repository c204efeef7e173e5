#pragma once

#include "catalog/CatalogRecords.h"
#include "library/ContentHasher.h"
#include "library/LibraryStage.h"
#include "library/Scanner.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace tintype {

class Catalog;

// The one library pipeline, driven by `tintype-cli scan` and by the app's
// background work alike: find which roots are online (once) → scan them →
// the registered stages in order (thumbnails, faces, ...) → full-content
// hashes last, in the idle I/O class, so that a big library on a NAS shows its
// thumbnails and faces long before every byte of it has been read.
//
// Every step takes its to-do list from the catalog (files not indexed or
// changed, photos without a face pass, files without a content hash) or the
// thumbnail cache, and commits as it goes: cancel() or pause() stops the run at
// the next safe point (a batch, a photo, a file), a kill loses at most a batch,
// and the next run() goes on from there without redoing anything.
// One object per run; run() on the thread that owns `catalog`.
class LibraryUpdate {
    Q_DECLARE_TR_FUNCTIONS(LibraryUpdate)

public:
    struct Options {
        Scanner::Options scan;
        bool hashContents = true;
        ContentHasher::Options hashes = {0, 64, true}; // in the idle I/O class
    };
    enum class Step { Roots, Scan, Stage, Hashes };
    struct Progress {
        Step step = Step::Roots;
        ScanProgress scan;              // Step::Scan
        std::size_t stage = 0;          // Step::Stage: its index, in the order added
        QString stageName;              // Step::Stage
        std::int64_t done = 0;          // Step::Stage: the stage's units
        std::int64_t total = 0;         //   (0 while unknown)
        ContentHasher::Progress hashes; // Step::Hashes
    };
    struct StageReport {
        QString name;
        LibraryStage::Outcome outcome;
    };
    struct Report {
        std::vector<RootRecord> roots;               // as refreshed at the start
        ScanReport scan;                             // when the scan ran
        std::vector<StageReport> stages;             // the stages that ran, in order
        std::optional<ContentHasher::Report> hashes; // when hashing ran
        bool cancelled = false;                      // stopped by cancel() or pause()
        bool paused = false;                         // stopped by pause()
        QString error;                               // the run stopped on this (catalog error)
        double seconds = 0;
    };
    // Called on run()'s thread. `stepFinished` once the roots are known
    // (report.roots), after the scan, after each stage (its report is the
    // last of report.stages) and after hashing.
    struct Observer {
        std::function<void(const Progress &)> progress;
        std::function<void(Step, const Report &)> stepFinished;
    };

    explicit LibraryUpdate(Catalog &catalog);
    LibraryUpdate(Catalog &catalog, Options options);

    // Runs after the scan, in the order added; not owned, must outlive run().
    void addStage(LibraryStage &stage) { m_stages.push_back(&stage); }
    Report run(const Observer &observer = {});

    // Thread-safe; also before run() starts (it then returns at once).
    void cancel();
    void pause(); // cancel(), reported as paused: the next run resumes

private:
    bool stopped() const { return m_cancel.load(); }

    Catalog &m_catalog;
    Options m_options;
    std::vector<LibraryStage *> m_stages;
    std::atomic<bool> m_cancel{false}, m_paused{false};
    std::mutex m_mutex; // guards the two below, the jobs cancel() reaches
    Scanner *m_scanner = nullptr;
    ContentHasher *m_hasher = nullptr;
};

} // namespace tintype
