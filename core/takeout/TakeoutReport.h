#pragma once

#include "takeout/TakeoutPlan.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace tintype {

// What happened to one media entry.
struct TakeoutItemResult {
    QString entry;
    Decision decision = Decision::Import;
    QString destination;                      // where its content is in the library (for duplicates: the kept copy)
    QString sidecar;                          // the JSON entry used, empty when none
    QString note;                             // why, in words: "camera date kept", "extension .heic → .jpg", an error
    DateSource dateSource = DateSource::None; // where the imported photo's date came from
};

// The outcome of an import or a dry run: counts, every entry's decision, what
// could not be matched. Written as JSON and as text.
struct TakeoutReport {
    bool dryRun = false;
    bool cancelled = false;
    QString error; // the import could not run or finish; empty when fine
    QStringList parts;
    QString destination;

    qint64 mediaEntries = 0;
    qint64 withSidecar = 0;
    qint64 resumed = 0; // finished by an earlier, interrupted run
    std::vector<TakeoutItemResult> items;
    std::vector<PlannedAlbum> albums;
    QStringList sidecarsWithoutMedia;
    QStringList mediaWithoutSidecar;
    QStringList ignoredJson;
    std::vector<TakeoutProblem> problems; // refused entries, unreadable parts and JSON
    qint64 bytesRead = 0;
    qint64 bytesWritten = 0;
    double seconds = 0;

    qint64 count(Decision decision) const;
    QByteArray toJson() const;
    QString toText() const; // a human-readable summary, then the lists
};

} // namespace tintype
