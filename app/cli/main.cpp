// tintype-cli: Tintype without a window. Builds the objects and hands the
// command line to one command; links tintype-core only (no UI code).
#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "common/WorkerProcess.h"
#include "imaging/ImageDecoder.h"
#include "metadata/MetadataReader.h"

#include <QCoreApplication>

using namespace tintype;

namespace {
const char *const kUsage = R"(Usage: tintype-cli [--catalog PATH] COMMAND [OPTIONS]

Tintype indexes the photo folders you already have, without writing into them.

Commands:
  roots add FOLDER...      add photo folders to the library
  roots list [--json]      the folders, online or offline
  roots remove ID|FOLDER   forget a folder (its files on disk are not touched)
  roots inbox ID|FOLDER on|off
                           the phone inbox: new arrivals there are marked New
  scan [--no-hash] [--verbose] [--jobs N]
                           bring the catalog up to date (only new or changed
                           files are read); then hash file contents at idle
                           I/O priority unless --no-hash. Ctrl+C stops it; scan
                           again to resume. --verbose lists files indexed
                           with problems (bad orientation, broken dates, ...);
                           names the place of each photo with a position
                           (offline, from the place index of fetch-models.sh).
  watch [--poll] [--poll-seconds N] [--no-initial-scan]
                           keep the catalog current without the app: scan,
                           then follow changes in the folders as they happen
                           (new, changed, moved, deleted photos; files still
                           being written wait until complete); folders that
                           cannot be watched (network shares, watch limit) are
                           rescanned every N s (60; --poll: every folder).
                           Ctrl+C or SIGTERM stop it (exit 0)
  info [--json] FILE...    everything Tintype reads from the files themselves
                           (with --json, the place at its position too)
  motion-clip --to DIR FILE...
                           the video inside motion photos (Pixel, Samsung) as
                           MP4 files in DIR; the photos are only read
  ls [--json] [--from DATE] [--to DATE] [--camera TEXT] [--has-gps|--no-gps]
     [--root ID] [--limit N]
                           assets in the catalog, oldest first
  stats [--json]           counts for the library
  search QUERY [--json] [--explain] [--best]
                           the photos a query finds, newest first (--best: best
                           matches first), in the ls form: people, places
                           (any language), albums, dates ("june 2019", "last
                           summer"), cameras, kinds ("videos"), other words in
                           names, titles, descriptions, keywords; --explain
                           says how each word was understood
  places [--json]          countries, then their towns, with photo counts
  things [--json] | scan [--jobs N] | find WORD | remove ID LABEL
                           what is in the photos (offline object detection, after
                           thumbnails): labels with photo counts; find them
                           (resumable); the photos a word names ("dogs",
                           "puppy"); take a wrong label off a photo for good
  trips [--json] [--all] [--homes]
                           trips: days away from home (over 50 km) with their
                           title, local dates, places and photos; hidden ones
                           with --all; --homes: where home was, period by period
  trips rename N TITLE | hide N | show N | merge N M | album N
                           rename a trip (empty: its places), hide or show it,
                           merge two, make an ordinary album of its photos
  memories [--on YYYY-MM-DD] [--json] | dismiss KEY
                           the day's memories ("N years ago", trip anniversaries,
                           best of last month), each with its best photos
  reel --album ID|--trip N|--memory KEY [--on DATE] --out FILE.mp4 [--seconds S]
                           a highlight reel (cross-fades, slow zoom) as an H.264
                           MP4, 1920x1080; Ctrl+C stops it
  purge [--yes]            forget files marked missing (after a confirmation)
  thumbs [--size grid|preview] [--jobs N]
                           make the thumbnails of every photo and video (grid:
                           400 px, preview: 2048 px) in the cache folder, never
                           in the photo folders; Ctrl+C stops, run again to resume
  thumb FILE --out OUT.jpg [--size grid|preview]
                           one file's thumbnail (no catalog, no cache)
  takeout import PARTS... --to DIR [--pattern P] [--sidecar] [--dry-run]
         [--include-trashed] [--report FILE] [--json]
                           import a Google Takeout (.zip/.tgz parts or an
                           unpacked folder) into DIR: each photo once, with
                           its date, place and description from Google's JSON
                           written into the copy (or into an XMP sidecar with
                           --sidecar), in folders by P (YYYY/MM by default,
                           "album" for one folder per album), albums recreated;
                           --dry-run shows the plan and writes nothing; Ctrl+C
                           stops, run again to resume
  albums [--json] | create NAME [ID...] | add ALBUM ID... | rename ALBUM NAME | delete ALBUM
                           the albums (Takeout's and yours); make one from asset
                           ids (ls --json), add to it, rename it, delete it (its
                           photos stay)
  cache stats [--json] | prune | clear
                           the library's thumbnail cache: sizes; remove entries
                           no file needs and old formats; remove everything
  dupes [--near] [--json]  groups of duplicate photos (exact: same bytes; --near:
                           also resized, recompressed, turned, cropped copies)
                           with the copy proposed to keep and why
  dupes resolve [--near] [--apply] [--write-xmp] [--json]
                           carry the proposals out: albums, favourite, rating,
                           tags, description, GPS, capture time move to the
                           kept copy, the others go to the system trash (a dry
                           run without --apply; --write-xmp also writes the
                           merged values into the kept file's XMP sidecar)
  dupes undo [ID]          bring the last (or that) resolution back
  faces scan|people|name|merge|split|remove|hide|cluster|suggest|eval ...
                           people: find faces (resumable), cluster, name, merge,
                           split; 'tintype-cli faces --help' for details
  edit ID --stack FILE.json | --show | --undo | --redo | --revert
                           a photo's edit (kept in the catalog, never in the file)
  export --edited ID... --to DIR [--size N] [--strip-location]
         [--format jpeg|png|tiff16] [--quality Q]
                           edited photos as new files in DIR (never over an
                           existing file), metadata copied, GPS dropped on request
  render --stack FILE.json --in IMAGE --out OUT [--size N]
                           one file through an edit stack (no catalog)

Options:
  --catalog PATH           the catalog file (default: %1)
  --help, --version

Exit codes: 0 success; 1 some files could not be read (info, thumb, takeout); 2 usage error;
3 catalog error; 130 interrupted (run again to resume).
)";
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tintype"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TINTYPE_VERSION));

    QStringList args = app.arguments().mid(1);
    QString catalogPath = Catalog::defaultPath();
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString option = args.takeFirst();
        if (option == QLatin1String("--catalog") && !args.isEmpty()) {
            catalogPath = args.takeFirst();
        } else if (option.startsWith(QLatin1String("--catalog="))) {
            catalogPath = option.mid(10);
        } else if (option == QLatin1String("--help")) {
            cli::out() << QString::fromUtf8(kUsage).arg(Catalog::defaultPath());
            return cli::Ok;
        } else if (option == QLatin1String("--version")) {
            cli::out() << "tintype-cli " << QCoreApplication::applicationVersion() << "\n";
            return cli::Ok;
        } else {
            cli::err() << QCoreApplication::translate("cli", "Unknown option %1; see tintype-cli --help\n").arg(option);
            return cli::UsageError;
        }
    }
    if (args.isEmpty()) {
        cli::err() << QString::fromUtf8(kUsage).arg(Catalog::defaultPath());
        return cli::UsageError;
    }

    MetadataReader::initialize();
    // Full-size pictures, the editor's sources, the face and object stages' inputs
    // are decoded in tintype-worker processes too: a crashing decoder costs a file.
    ImageDecoder::decodeInWorkers(WorkerProcess::findWorker());
    cli::installInterruptHandler();
    const QString command = args.takeFirst();
    if (command == QLatin1String("info"))
        return cli::runInfo(args);
    if (command == QLatin1String("motion-clip"))
        return cli::runMotionClip(args);
    if (command == QLatin1String("thumb"))
        return cli::runThumb(args);
    if (command == QLatin1String("render"))
        return cli::runRender(args);
    if (command == QLatin1String("faces"))
        return cli::runFaces(catalogPath, args); // opens the catalog itself (eval needs none)

    using Runner = int (*)(Catalog &, const QStringList &);
    Runner runner = nullptr;
    if (command == QLatin1String("roots"))
        runner = cli::runRoots;
    else if (command == QLatin1String("scan"))
        runner = cli::runScan;
    else if (command == QLatin1String("watch"))
        runner = cli::runWatch;
    else if (command == QLatin1String("ls"))
        runner = cli::runList;
    else if (command == QLatin1String("stats"))
        runner = cli::runStats;
    else if (command == QLatin1String("purge"))
        runner = cli::runPurge;
    else if (command == QLatin1String("thumbs"))
        runner = cli::runThumbs;
    else if (command == QLatin1String("cache"))
        runner = cli::runCache;
    else if (command == QLatin1String("dupes"))
        runner = cli::runDupes;
    else if (command == QLatin1String("takeout"))
        runner = cli::runTakeout;
    else if (command == QLatin1String("albums"))
        runner = cli::runAlbums;
    else if (command == QLatin1String("search"))
        runner = cli::runSearch;
    else if (command == QLatin1String("places"))
        runner = cli::runPlaces;
    else if (command == QLatin1String("things"))
        runner = cli::runThings;
    else if (command == QLatin1String("export"))
        runner = cli::runExport;
    else if (command == QLatin1String("edit"))
        runner = cli::runEdit;
    else if (command == QLatin1String("trips"))
        runner = cli::runTrips;
    else if (command == QLatin1String("memories"))
        runner = cli::runMemories;
    else if (command == QLatin1String("reel"))
        runner = cli::runReel;
    if (!runner) {
        cli::err() << QCoreApplication::translate("cli", "Unknown command '%1'; see tintype-cli --help\n").arg(command);
        return cli::UsageError;
    }

    auto catalog = Catalog::open(catalogPath);
    if (!catalog) {
        cli::err() << catalog.error() << "\n";
        return cli::CatalogError;
    }
    return runner(*catalog.value(), args);
}
