#pragma once

#include "catalog/AssetRepository.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tintype {
class Catalog;
}

namespace tintype::cli {

// Exit codes of tintype-cli, documented in `tintype-cli --help`.
enum ExitCode {
    Ok = 0,
    SomeFilesFailed = 1, // info, thumb, takeout: at least one file could not be read
    UsageError = 2,
    CatalogError = 3,  // the catalog could not be opened or written
    Interrupted = 130, // cancelled with Ctrl+C; run the command again to resume
};

// Each command gets its own arguments (after the command name).
int runRoots(Catalog &catalog, const QStringList &args);
int runScan(Catalog &catalog, const QStringList &args);
// Keeps the catalog current: live folders until Ctrl+C or SIGTERM (exit 0).
int runWatch(Catalog &catalog, const QStringList &args);
int runList(Catalog &catalog, const QStringList &args);
int runStats(Catalog &catalog, const QStringList &args);
int runPurge(Catalog &catalog, const QStringList &args);
int runInfo(const QStringList &args);       // reads files directly, no catalog
int runMotionClip(const QStringList &args); // motion photos' clips as MP4s, no catalog
int runThumbs(Catalog &catalog, const QStringList &args);
int runThumb(const QStringList &args); // one file, no catalog or cache
int runCache(Catalog &catalog, const QStringList &args);
int runFaces(const QString &catalogPath, const QStringList &args); // faces scan|people|name|...|eval
int runDupes(Catalog &catalog, const QStringList &args);           // dupes, dupes resolve, dupes undo
int runTakeout(Catalog &catalog, const QStringList &args);
int runAlbums(Catalog &catalog, const QStringList &args); // list, create, add, rename, delete
// Editing: export edited photos as new files; an asset's edit stack; one file
// through a stack file without a catalog (golden-image tests).
int runExport(Catalog &catalog, const QStringList &args);
int runEdit(Catalog &catalog, const QStringList &args);
int runRender(const QStringList &args);
// Search: what a query finds, in the ls --json form (with --explain, how each word was understood).
int runSearch(Catalog &catalog, const QStringList &args);
// ls's output of listed assets: JSON objects (call inside Catalog::read: places are read) or text lines.
QJsonArray listingsToJson(Catalog &catalog, const std::vector<AssetRepository::Listing> &rows);
void printListings(const std::vector<AssetRepository::Listing> &rows);
// Places: countries and their cities with counts (asset_place, filled by scan).
int runPlaces(Catalog &catalog, const QStringList &args);
// Things: find objects in photos (resumable), labels with counts, photos for a word, remove a label.
int runThings(Catalog &catalog, const QStringList &args);
// The "place" object of ls/info --json (null without a country); country names in the UI language.
QJsonValue placeToJson(const QString &countryCode, const QString &region, const QString &city);
// A country's name in the UI language (the place index's names; the code without it).
QString countryName(const QString &countryCode);
// Stories (core/stories): trips and the user's choices about them; memories of a day;
// a highlight reel of an album, trip or memory as an H.264 MP4.
int runTrips(Catalog &catalog, const QStringList &args);
int runMemories(Catalog &catalog, const QStringList &args);
int runReel(Catalog &catalog, const QStringList &args);

// Set by Ctrl+C; long commands poll it and cancel their job.
bool interrupted();
void installInterruptHandler();

} // namespace tintype::cli
