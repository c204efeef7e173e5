#pragma once

#include "takeout/TakeoutReport.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <functional>

namespace tintype {
class Catalog;
}

namespace tintype {

struct TakeoutImportOptions {
    QStringList inputs;                          // the parts (.zip/.tgz) or one unpacked folder
    std::filesystem::path destination;           // a folder in a library root (added as a root when in none)
    QString pattern = QStringLiteral("YYYY/MM"); // YYYY, MM, DD, or "album"
    bool sidecars = false;                       // XMP sidecars beside the copies instead of writing into them
    bool dryRun = false;                         // read and plan, write nothing
    bool includeTrashed = false;                 // also import what was in Google Photos' trash
};

struct TakeoutProgress {
    enum class Phase { Reading, Copying, Cataloguing };
    Phase phase = Phase::Reading;
    qint64 done = 0, total = 0; // input bytes (Reading, Copying) or files (Cataloguing)
    qint64 files = 0;           // media entries finished
};

// Imports a Google Takeout into the library in one step: reads the parts as
// one tree (never unpacking them to a temporary copy), matches each photo to
// its JSON, copies each photo once into the destination with its date, place
// and description restored, and recreates the albums in the catalog. Resumes
// after an interruption; running it again adds nothing. Run it on the thread
// that owns the catalog connection.
class TakeoutImporter {
    Q_DECLARE_TR_FUNCTIONS(TakeoutImporter)

public:
    TakeoutImporter(Catalog &catalog, TakeoutImportOptions options);
    TakeoutReport run(const std::function<void(const TakeoutProgress &)> &progress = {});
    void cancel() { m_cancel = true; } // thread-safe

private:
    Status catalogue(const TakeoutPlan &plan, const QHash<QString, QString> &destinations, TakeoutReport &report);
    Catalog &m_catalog;
    TakeoutImportOptions m_options;
    std::atomic_bool m_cancel{false};
};

} // namespace tintype
