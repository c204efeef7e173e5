// thumbs: make the library's thumbnails (resumable: what is cached is done);
// thumb: one file's thumbnail written to a JPEG, no catalog or cache involved.
#include "Commands.h"
#include "Output.h"
#include "TerminalProgress.h"

#include "catalog/Catalog.h"
#include "catalog/FileRepository.h"
#include "catalog/ThumbnailSources.h"
#include "common/NativePath.h"
#include "common/WorkerProcess.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"
#include "thumbs/Thumbnailer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <fstream>
#include <mutex>
#include <thread>

namespace tintype::cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("thumbs", text); }

struct Failure {
    std::filesystem::path path;
    QString reason;
};
} // namespace

int runThumbs(Catalog &catalog, const QStringList &args)
{
    ThumbnailSize size = ThumbnailSize::Grid;
    int jobs = 0;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        bool ok = true;
        if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const auto parsed = thumbnailsize::parse(args.at(++i));
            ok = parsed.has_value();
            size = parsed.value_or(size);
        } else if (a == QLatin1String("--jobs") && i + 1 < args.size()) {
            jobs = args.at(++i).toInt(&ok);
            ok = ok && jobs > 0;
        } else {
            ok = false;
        }
        if (!ok) {
            err() << tr("Usage: tintype-cli thumbs [--size grid|preview] [--jobs N]\n");
            return UsageError;
        }
    }

    std::vector<ThumbnailSources::Source> sources;
    if (const Status read = catalog.read([&] { sources = ThumbnailSources(catalog).all(); }); !read) {
        err() << read.error() << "\n";
        return CatalogError;
    }
    ThumbnailCache cache(ThumbnailCache::defaultDirectory(catalog.path()));
    std::atomic<std::int64_t> made{0}, reused{0}, failed{0}, finished{0};
    std::mutex failuresMutex;
    std::vector<Failure> failures;
    std::vector<std::pair<ThumbnailRequest, QString>> damaged; // with the decoder's damage
    QElapsedTimer timer;
    timer.start();
    bool wasInterrupted = false;
    {
        ThumbnailScheduler scheduler(cache, jobs);
        scheduler.setWorker(WorkerProcess::findWorker()); // a crashing decoder costs one file
        scheduler.setDamageListener([&](const ThumbnailRequest &request, const QString &damage) {
            std::lock_guard lock(failuresMutex);
            damaged.emplace_back(request, damage);
        });
        for (const auto &source : sources) {
            scheduler.submit({source.path,
                              source.fingerprint,
                              size,
                              {source.editStack, source.editFingerprint, source.userQuarterTurns},
                              source.fileId},
                             ThumbnailPriority::Background,
                             [&](const ThumbnailRequest &request, const ThumbnailOutcome &outcome) {
                                 switch (outcome.kind) {
                                 case ThumbnailOutcome::Kind::Made: ++made; break;
                                 case ThumbnailOutcome::Kind::Reused: ++reused; break;
                                 case ThumbnailOutcome::Kind::Failed: {
                                     ++failed;
                                     std::lock_guard lock(failuresMutex);
                                     failures.push_back({request.path, outcome.error});
                                     break;
                                 }
                                 case ThumbnailOutcome::Kind::Cancelled: break;
                                 }
                                 ++finished;
                             });
        }
        TerminalProgress bar(tr("thumbnails"));
        const auto total = std::int64_t(sources.size());
        while (finished.load() < total) {
            if (interrupted()) {
                wasInterrupted = true;
                scheduler.cancelQueued();
                break;
            }
            bar.update(thumbnailsize::name(size), finished.load(), total);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        scheduler.waitForDone();
        bar.finish();
    }

    // Damage only the decoder saw (the scan's check did not): noted in the
    // catalog, so Settings, the grid and the info panel show it too.
    std::vector<Failure> noted;
    if (!damaged.empty()) {
        const Status written = catalog.write([&] {
            FileRepository files(catalog);
            for (const auto &[request, damage] : damaged)
                if (files.noteDecoderDamage(request.fileId, damage))
                    noted.push_back({request.path, damage});
        });
        if (!written)
            err() << written.error() << "\n";
    }
    const double seconds = std::max(0.001, timer.elapsed() / 1000.0);
    out() << tr("%1 thumbnails (%2): %3 made, %4 reused, %5 failed in %6 s (%7 made/s)\n")
                 .arg(sources.size())
                 .arg(thumbnailsize::name(size))
                 .arg(made.load())
                 .arg(reused.load())
                 .arg(failed.load())
                 .arg(seconds, 0, 'f', 1)
                 .arg(made.load() / seconds, 0, 'f', 1);
    std::sort(failures.begin(), failures.end(), [](const Failure &a, const Failure &b) { return a.path < b.path; });
    for (const Failure &f : failures)
        out() << "  " << nativepath::display(f.path) << ": " << f.reason << "\n";
    if (!noted.empty()) {
        out() << tr("Damaged, found while decoding (shown as far as they could be read; noted in the catalog):\n");
        std::sort(noted.begin(), noted.end(), [](const Failure &a, const Failure &b) { return a.path < b.path; });
        for (const Failure &f : noted)
            out() << "  " << nativepath::display(f.path) << ": " << f.reason << "\n";
    }
    out() << tr("Cache: %1\n").arg(nativepath::display(cache.directory()));
    if (wasInterrupted) {
        err() << tr("Interrupted; run 'tintype-cli thumbs' again to resume.\n");
        return Interrupted;
    }
    return Ok;
}

int runThumb(const QStringList &args)
{
    QString file, output;
    ThumbnailSize size = ThumbnailSize::Grid;
    bool ok = true;
    for (int i = 0; i < args.size() && ok; ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--out") && i + 1 < args.size()) {
            output = args.at(++i);
        } else if (a == QLatin1String("--size") && i + 1 < args.size()) {
            const auto parsed = thumbnailsize::parse(args.at(++i));
            ok = parsed.has_value();
            size = parsed.value_or(size);
        } else if (!a.startsWith(QLatin1String("--")) && file.isEmpty()) {
            file = a;
        } else {
            ok = false;
        }
    }
    if (!ok || file.isEmpty() || output.isEmpty()) {
        err() << tr("Usage: tintype-cli thumb FILE --out OUT.jpg [--size grid|preview]\n");
        return UsageError;
    }
    const std::filesystem::path source = nativepath::fromUser(file);
    auto jpeg = Thumbnailer::make(source, size);
    if (!jpeg) {
        err() << nativepath::display(source) << ": " << jpeg.error() << "\n";
        return SomeFilesFailed;
    }
    std::ofstream out(nativepath::fromUser(output), std::ios::binary | std::ios::trunc);
    if (!out || !out.write(jpeg->constData(), jpeg->size())) {
        err() << tr("cannot write %1\n").arg(output);
        return SomeFilesFailed;
    }
    return Ok;
}

} // namespace tintype::cli
