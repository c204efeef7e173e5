#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "common/WorkerProcess.h"
#include "library/LibraryUpdate.h"
#include "places/PlaceStage.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("scan", text); }

void printReport(const ScanReport &r, bool verbose)
{
    const double rate = r.seconds > 0 ? double(r.added + r.changed + r.moved) / r.seconds : 0;
    out() << tr("Scanned %1 files in %2 s (%3 new or changed files/s)\n")
                 .arg(r.filesSeen)
                 .arg(r.seconds, 0, 'f', 2)
                 .arg(qRound64(rate));
    out() << tr("  new %1, changed %2, moved %3, missing %4, restored %5, unchanged %6, failed %7, with problems %8, "
                "damaged %9; %10 new assets\n")
                 .arg(r.added)
                 .arg(r.changed)
                 .arg(r.moved)
                 .arg(r.missing)
                 .arg(r.restored)
                 .arg(r.unchanged)
                 .arg(qint64(r.failures.size()))
                 .arg(qint64(r.problems.size()))
                 .arg(qint64(r.damaged.size()))
                 .arg(r.assetsAdded);
    for (const QString &root : r.offlineRoots)
        out() << tr("  offline: %1 (not reachable now; its records are kept as they are)\n").arg(root);
    if (!r.failures.empty()) {
        out() << tr("Could not read:\n");
        for (const auto &f : r.failures)
            out() << "  " << f.path << ": " << f.reason << "\n";
    }
    if (!r.damaged.empty() && verbose) {
        out() << tr("Damaged (shown as far as they could be read; worth restoring from a backup):\n");
        for (const auto &f : r.damaged)
            out() << "  " << f.path << ": " << f.reason << "\n";
    } else if (!r.damaged.empty()) {
        out()
            << tr("  (%1 files have damaged image data; 'scan --verbose' lists them)\n").arg(qint64(r.damaged.size()));
    }
    if (!r.problems.empty() && verbose) {
        out() << tr("Indexed with problems:\n");
        for (const auto &f : r.problems)
            out() << "  " << f.path << ": " << f.reason << "\n";
    } else if (!r.problems.empty()) {
        out() << tr("  (%1 files were indexed with problems; 'scan --verbose' lists them)\n")
                     .arg(qint64(r.problems.size()));
    }
}
} // namespace

int runScan(Catalog &catalog, const QStringList &args)
{
    LibraryUpdate::Options options;
    options.scan.workerPath = WorkerProcess::findWorker(); // a parser that crashes costs one file
    bool verbose = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--no-hash")) {
            options.hashContents = false;
        } else if (a == QLatin1String("--verbose")) {
            verbose = true;
        } else if ((a == QLatin1String("--jobs") || a == QLatin1String("--batch")) && i + 1 < args.size()) {
            bool ok = false;
            const int n = args[++i].toInt(&ok);
            if (!ok || n < 1) {
                err() << tr("%1 takes a positive number\n").arg(a);
                return UsageError;
            }
            (a == QLatin1String("--jobs") ? options.scan.jobs : options.scan.batchSize) = n;
        } else {
            err() << tr("Usage: tintype-cli scan [--no-hash] [--verbose] [--jobs N] [--batch N]\n");
            return UsageError;
        }
    }
    options.hashes.jobs = options.scan.jobs;

    // The same pipeline as the app's, with its places stage (offline, fast)
    // but without its thumbnail and face stages (those are 'tintype-cli
    // thumbs' and 'tintype-cli faces scan').
    LibraryUpdate update(catalog, options);
    PlaceStage places;
    update.addStage(places);
    std::optional<TerminalProgress> bar;
    LibraryUpdate::Observer observer;
    observer.progress = [&](const LibraryUpdate::Progress &p) {
        if (interrupted())
            update.cancel();
        switch (p.step) {
        case LibraryUpdate::Step::Roots:
        case LibraryUpdate::Step::Stage: break;
        case LibraryUpdate::Step::Scan:
            if (!bar)
                bar.emplace(tr("files"));
            switch (p.scan.phase) {
            case ScanProgress::Phase::Walking: bar->update(tr("Looking for photos"), p.scan.filesFound, 0); break;
            case ScanProgress::Phase::Reading: bar->update(tr("Reading"), p.scan.filesRead, p.scan.filesToRead); break;
            case ScanProgress::Phase::Finishing: bar->update(tr("Finishing"), 0, 0); break;
            }
            break;
        case LibraryUpdate::Step::Hashes:
            if (!bar)
                bar.emplace(QStringLiteral("MB"));
            bar->update(tr("Hashing contents"), p.hashes.bytesDone >> 20, p.hashes.bytesTotal >> 20);
            break;
        }
    };
    observer.stepFinished = [&](LibraryUpdate::Step step, const LibraryUpdate::Report &r) {
        if (bar)
            bar->finish();
        bar.reset();
        if (step == LibraryUpdate::Step::Scan && r.scan.error.isEmpty())
            printReport(r.scan, verbose);
        if (step == LibraryUpdate::Step::Stage && !r.stages.empty()) {
            const LibraryStage::Outcome &outcome = r.stages.back().outcome;
            if (!outcome.error.isEmpty())
                err() << outcome.error << "\n";
            else if (!outcome.skipped || verbose)
                out() << outcome.summary << "\n";
        }
    };
    const LibraryUpdate::Report report = update.run(observer);
    if (bar)
        bar->finish();
    if (!report.error.isEmpty()) {
        err() << report.error << "\n";
        return CatalogError;
    }
    if (!report.hashes) {
        if (report.cancelled) {
            out() << tr("Stopped. What was read is saved; run 'tintype-cli scan' again to go on.\n");
            return Interrupted;
        }
        return Ok; // --no-hash
    }
    const ContentHasher::Report &hashed = *report.hashes;
    if (hashed.hashed || hashed.failed)
        out() << tr("Content hashes: %1 files, %2 in %3 s%4\n")
                     .arg(hashed.hashed)
                     .arg(QLocale::c().formattedDataSize(hashed.bytes))
                     .arg(hashed.seconds, 0, 'f', 2)
                     .arg(hashed.failed ? tr(", %1 unreadable").arg(hashed.failed) : QString());
    if (hashed.cancelled) {
        out() << tr("Stopped. Run 'tintype-cli scan' again to finish hashing.\n");
        return Interrupted;
    }
    return Ok;
}

} // namespace tintype::cli
