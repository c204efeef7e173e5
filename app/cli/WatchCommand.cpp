// tintype-cli watch: keeps the catalog current without the app (a NAS, a
// home server): a scan at start for what changed while nobody watched, then
// live folders — each batch of changes is the same incremental scan, confined
// to the folders that changed. Ctrl+C or SIGTERM stop it cleanly (exit 0).
#include "Commands.h"
#include "Output.h"

#include "catalog/Catalog.h"
#include "common/NativePath.h"
#include "common/WorkerProcess.h"
#include "library/Library.h"
#include "library/LibraryUpdate.h"
#include "library/LiveFolders.h"
#include "places/PlaceStage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

#include <deque>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("watch", text); }

QString timeNow() { return QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")); }

void printRoots(const LiveFolders &live)
{
    for (const LiveFolders::RootState &root : live.roots()) {
        if (root.polled)
            out() << tr("Rescanning %1 every so often: %2\n").arg(nativepath::display(root.path), root.reason);
        else
            out() << tr("Watching %1\n").arg(nativepath::display(root.path));
    }
    out().flush();
}

bool parseNumber(const QStringList &args, int &i, int &value)
{
    bool ok = false;
    value = i + 1 < args.size() ? args[++i].toInt(&ok) : 0;
    if (!ok || value < 1) {
        err() << tr("%1 takes a positive number\n").arg(args[i - 1]);
        return false;
    }
    return true;
}
} // namespace

int runWatch(Catalog &catalog, const QStringList &args)
{
    LiveFolders::Options options;
    bool initialScan = true;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--poll")) {
            options.watchEvents = false;
        } else if (a == QLatin1String("--no-initial-scan")) {
            initialScan = false;
        } else if (a == QLatin1String("--poll-seconds")) {
            if (!parseNumber(args, i, options.pollSeconds))
                return UsageError;
        } else {
            err() << tr("Usage: tintype-cli watch [--poll] [--poll-seconds N] [--no-initial-scan]\n");
            return UsageError;
        }
    }

    auto roots = Library(catalog).refreshRoots();
    if (!roots) {
        err() << roots.error() << "\n";
        return CatalogError;
    }
    // Watches first, so that nothing changed during the first scan is missed.
    LiveFolders live(options);
    live.setRoots(roots.value());
    printRoots(live);

    PlaceStage places;
    std::deque<std::shared_ptr<const ScanScope>> queue;
    bool failed = false;
    // One run of the library pipeline: everything (scope null) or a batch.
    auto update = [&](const std::shared_ptr<const ScanScope> &scope) {
        LibraryUpdate::Options updateOptions;
        updateOptions.scan.scope = scope;
        updateOptions.scan.workerPath = WorkerProcess::findWorker();
        LibraryUpdate run(catalog, updateOptions);
        run.addStage(places);
        LibraryUpdate::Observer observer;
        observer.progress = [&](const LibraryUpdate::Progress &) {
            if (interrupted())
                run.cancel();
        };
        const LibraryUpdate::Report report = run.run(observer);
        if (!report.error.isEmpty()) {
            err() << timeNow() << " " << report.error << "\n";
            err().flush();
            failed = true;
            return report;
        }
        const ScanReport &s = report.scan;
        if (!scope || s.added || s.changed || s.moved || s.missing || s.restored || !s.failures.empty())
            out() << timeNow() << " "
                  << tr("new %1, changed %2, moved %3, missing %4, restored %5, failed %6 (%7 s)\n")
                         .arg(s.added)
                         .arg(s.changed)
                         .arg(s.moved)
                         .arg(s.missing)
                         .arg(s.restored)
                         .arg(qint64(s.failures.size()))
                         .arg(s.seconds, 0, 'f', 2);
        for (const auto &f : s.failures)
            out() << "  " << f.path << ": " << f.reason << "\n";
        out().flush();
        return report;
    };

    QEventLoop loop;
    bool busy = false;
    auto drain = [&] {
        if (busy)
            return;
        busy = true;
        while (!queue.empty() && !interrupted()) {
            // Batches that came while one ran are scanned together.
            auto scope = std::make_shared<ScanScope>();
            for (const auto &batch : queue)
                scope->merge(*batch);
            scope->hold = queue.back()->hold; // the newest view of files being written
            queue.clear();
            const auto report = update(scope);
            if (!report.roots.empty())
                live.setRoots(report.roots);
        }
        busy = false;
    };
    QObject::connect(&live, &LiveFolders::batchReady, &loop, [&](std::shared_ptr<const ScanScope> scope) {
        queue.push_back(std::move(scope));
        QTimer::singleShot(0, &loop, drain);
    });
    QObject::connect(&live, &LiveFolders::rootsChanged, &loop, [&] { printRoots(live); });

    // Ctrl+C / SIGTERM set a flag (the handler may do nothing else): checked here.
    QTimer stop;
    QObject::connect(&stop, &QTimer::timeout, &loop, [&] {
        if (interrupted())
            loop.quit();
    });
    stop.start(100);
    // Roots that came online or went away (a drive plugged in, a root added with 'roots add').
    QTimer refresh;
    QObject::connect(&refresh, &QTimer::timeout, &loop, [&] {
        if (busy)
            return;
        if (auto now = Library(catalog).refreshRoots())
            live.setRoots(now.value());
    });
    refresh.start(60 * 1000);

    if (initialScan) {
        const auto report = update(nullptr);
        if (!report.roots.empty())
            live.setRoots(report.roots);
    }
    out() << timeNow() << " " << tr("Watching for changes; Ctrl+C stops.\n");
    out().flush();
    if (!interrupted())
        loop.exec();
    out() << timeNow() << " " << tr("Stopped.\n");
    out().flush();
    return failed ? CatalogError : Ok;
}

} // namespace tintype::cli
