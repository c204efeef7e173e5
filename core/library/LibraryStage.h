#pragma once

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace tintype {

class Catalog;

// A step of LibraryUpdate after the scan: thumbnails, faces, and the places
// and things to come. Each finds its own to-do list in the catalog or its cache
// (photos without a face pass, thumbnails not cached), so a run that was
// stopped is resumed by the next one without redoing anything.
class LibraryStage {
public:
    struct Context {
        Catalog &catalog;                // LibraryUpdate's connection; run() is on its thread
        const std::atomic<bool> &cancel; // set by LibraryUpdate::cancel/pause: stop soon, keep what is done
        std::function<void(std::int64_t done, std::int64_t total)> progress;
    };
    struct Outcome {
        QString summary;      // one line for the user ("Faces: 12 photos, 30 faces")
        QString error;        // the stage could not run (catalog error); the update goes on
        bool skipped = false; // nothing was done, `summary` says why (no face models)
        bool cancelled = false;
    };

    virtual ~LibraryStage() = default;
    virtual QString name() const = 0; // what the user sees while it runs ("Finding faces")
    virtual Outcome run(Context &context) = 0;
};

} // namespace tintype
