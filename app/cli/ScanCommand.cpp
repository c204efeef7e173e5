#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "library/ContentHasher.h"
#include "library/Scanner.h"

#include <QCoreApplication>
#include <QLocale>

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
    out() << tr("  new %1, changed %2, moved %3, missing %4, restored %5, unchanged %6, failed %7, with problems %8; "
                "%9 new assets\n")
                 .arg(r.added)
                 .arg(r.changed)
                 .arg(r.moved)
                 .arg(r.missing)
                 .arg(r.restored)
                 .arg(r.unchanged)
                 .arg(qint64(r.failures.size()))
                 .arg(qint64(r.problems.size()))
                 .arg(r.assetsAdded);
    for (const QString &root : r.offlineRoots)
        out() << tr("  offline: %1 (not reachable now; its records are kept as they are)\n").arg(root);
    if (!r.failures.empty()) {
        out() << tr("Could not read:\n");
        for (const auto &f : r.failures)
            out() << "  " << f.path << ": " << f.reason << "\n";
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
    Scanner::Options options;
    bool hash = true;
    bool verbose = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--no-hash")) {
            hash = false;
        } else if (a == QLatin1String("--verbose")) {
            verbose = true;
        } else if ((a == QLatin1String("--jobs") || a == QLatin1String("--batch")) && i + 1 < args.size()) {
            bool ok = false;
            const int n = args[++i].toInt(&ok);
            if (!ok || n < 1) {
                err() << tr("%1 takes a positive number\n").arg(a);
                return UsageError;
            }
            (a == QLatin1String("--jobs") ? options.jobs : options.batchSize) = n;
        } else {
            err() << tr("Usage: tintype-cli scan [--no-hash] [--verbose] [--jobs N] [--batch N]\n");
            return UsageError;
        }
    }

    Scanner scanner(catalog, options);
    TerminalProgress bar(tr("files"));
    const ScanReport report = scanner.run([&](const ScanProgress &p) {
        if (interrupted())
            scanner.cancel();
        switch (p.phase) {
        case ScanProgress::Phase::Walking: bar.update(tr("Looking for photos"), p.filesFound, 0); break;
        case ScanProgress::Phase::Reading: bar.update(tr("Reading"), p.filesRead, p.filesToRead); break;
        case ScanProgress::Phase::Finishing: bar.update(tr("Finishing"), 0, 0); break;
        }
    });
    bar.finish();
    if (!report.error.isEmpty()) {
        err() << report.error << "\n";
        return CatalogError;
    }
    printReport(report, verbose);
    if (report.cancelled) {
        out() << tr("Stopped. What was read is saved; run 'tintype-cli scan' again to go on.\n");
        return Interrupted;
    }
    if (!hash)
        return Ok;

    ContentHasher hasher(catalog, options.jobs);
    TerminalProgress hashBar(QStringLiteral("MB"));
    const auto hashed = hasher.run([&](const ContentHasher::Progress &p) {
        if (interrupted())
            hasher.cancel();
        hashBar.update(tr("Hashing contents"), p.bytesDone >> 20, p.bytesTotal >> 20);
    });
    hashBar.finish();
    if (!hashed.error.isEmpty()) {
        err() << hashed.error << "\n";
        return CatalogError;
    }
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
