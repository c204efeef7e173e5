// tintype-bench-thumbs: what thumbs_benchmark.sh cannot measure from outside.
//
//   tintype-bench-thumbs latency --cache DIR [--jobs N] [--requests K] FILE...
//     Starts a background batch (grid thumbnails of all FILEs but the last K)
//     on ThumbnailScheduler, and while it runs asks for the last K, one every
//     50 ms, as on-screen requests; prints p50/p95/max of request -> done and
//     background_still_running: 1 when the batch was still at work as the last
//     request was answered (0: the figure was not measured under load).
//   tintype-bench-thumbs store --out DIR [--jobs N] FILE...
//     Stores the given thumbnail JPEGs with N writer threads in sharded files
//     (ThumbnailCache) and in a SQLite blob table (WAL, one transaction per
//     thumbnail, as a UI would need it visible at once); prints time and bytes.
#include "library/FileHasher.h"
#include "metadata/MetadataReader.h"
#include "thumbs/ThumbnailCache.h"
#include "thumbs/ThumbnailScheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

using namespace tintype;
namespace fs = std::filesystem;

namespace {
std::int64_t diskBytes(const fs::path &root)
{
    std::int64_t total = 0;
    std::error_code ec;
    struct stat self {};
    if (!fs::is_directory(root, ec) && ::stat(root.c_str(), &self) == 0)
        return std::int64_t(self.st_blocks) * 512;
    for (const auto &e : fs::recursive_directory_iterator(root, ec)) {
        struct stat st {};
        if (e.is_regular_file(ec) && ::stat(e.path().c_str(), &st) == 0)
            total += std::int64_t(st.st_blocks) * 512;
    }
    return total;
}

int latency(const fs::path &cacheDir, int jobs, int requests, const std::vector<fs::path> &files)
{
    if (int(files.size()) <= requests)
        return 2;
    ThumbnailCache cache(cacheDir);
    std::vector<QByteArray> fingerprints;
    for (const auto &f : files)
        fingerprints.push_back(FileHasher::fingerprint(f).value());
    ThumbnailScheduler scheduler(cache, jobs);
    const std::size_t background = files.size() - std::size_t(requests);
    std::atomic<int> backgroundDone{0};
    for (std::size_t i = 0; i < background; ++i)
        scheduler.submit({files[i], fingerprints[i], ThumbnailSize::Grid}, ThumbnailPriority::Background,
                         [&](const ThumbnailRequest &, const ThumbnailOutcome &) { ++backgroundDone; });
    std::mutex mutex;
    std::vector<double> latencies;
    QElapsedTimer clock;
    clock.start();
    for (std::size_t i = background; i < files.size(); ++i) {
        const qint64 asked = clock.nsecsElapsed();
        scheduler.submit({files[i], fingerprints[i], ThumbnailSize::Grid}, ThumbnailPriority::OnScreen,
                         [&, asked](const ThumbnailRequest &, const ThumbnailOutcome &) {
                             std::lock_guard lock(mutex);
                             latencies.push_back(double(clock.nsecsElapsed() - asked) / 1e6);
                         });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // The figure is "under load" only if the background batch was still at work
    // when the last on-screen request was answered.
    while (true) {
        {
            std::lock_guard lock(mutex);
            if (latencies.size() == std::size_t(requests) || clock.elapsed() > 600000)
                break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    const int backgroundAtEnd = backgroundDone.load();
    scheduler.waitForDone();
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) {
        return latencies[std::min(latencies.size() - 1, std::size_t(q * latencies.size()))];
    };
    std::printf("latency_requests=%zu p50_ms=%.1f p95_ms=%.1f max_ms=%.1f background_still_running=%d "
                "background_done=%d background_total=%zu\n",
                latencies.size(), at(0.5), at(0.95), latencies.back(), backgroundAtEnd < int(background) ? 1 : 0,
                backgroundAtEnd, background);
    return 0;
}

int store(const fs::path &out, int jobs, const std::vector<fs::path> &files)
{
    std::vector<QByteArray> blobs;
    for (const auto &f : files) {
        std::ifstream in(f, std::ios::binary);
        blobs.emplace_back(QByteArray::fromStdString(std::string(std::istreambuf_iterator<char>(in), {})));
    }
    std::int64_t payload = 0;
    for (const auto &b : blobs)
        payload += b.size();
    fs::remove_all(out);
    fs::create_directories(out);

    // Sharded files, N writers.
    ThumbnailCache cache(out / "files");
    QElapsedTimer t;
    t.start();
    std::atomic<std::size_t> next{0};
    std::vector<std::thread> writers;
    for (int w = 0; w < jobs; ++w)
        writers.emplace_back([&] {
            for (std::size_t i; (i = next++) < blobs.size();) {
                QByteArray key(16, '\0');
                std::memcpy(key.data(), &i, sizeof i);
                (void)cache.put({key, ThumbnailSize::Grid}, blobs[i]);
            }
        });
    for (auto &w : writers)
        w.join();
    const double filesMs = double(t.nsecsElapsed()) / 1e6;

    // SQLite blob store: WAL, one writer at a time (SQLite's rule), a transaction per thumbnail.
    const std::string dbPath = (out / "thumbs.sqlite").string();
    sqlite3 *db = nullptr;
    sqlite3_open(dbPath.c_str(), &db);
    sqlite3_busy_timeout(db, 10000);
    sqlite3_exec(db,
                 "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                 "CREATE TABLE thumb(key BLOB PRIMARY KEY, size INTEGER, jpeg BLOB) WITHOUT ROWID;",
                 nullptr, nullptr, nullptr);
    std::mutex writer;
    next = 0;
    writers.clear();
    t.restart();
    for (int w = 0; w < jobs; ++w)
        writers.emplace_back([&] {
            for (std::size_t i; (i = next++) < blobs.size();) {
                std::lock_guard lock(writer);
                sqlite3_stmt *st = nullptr;
                sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO thumb VALUES(?, 0, ?)", -1, &st, nullptr);
                sqlite3_bind_blob(st, 1, &i, sizeof i, SQLITE_TRANSIENT);
                sqlite3_bind_blob(st, 2, blobs[i].constData(), int(blobs[i].size()), SQLITE_STATIC);
                sqlite3_step(st);
                sqlite3_finalize(st);
            }
        });
    for (auto &w : writers)
        w.join();
    sqlite3_exec(db, "PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr);
    const double sqliteMs = double(t.nsecsElapsed()) / 1e6;
    sqlite3_close(db);

    const double n = double(blobs.size());
    std::printf("store_entries=%zu payload_per_entry=%.0f files_ms_per_entry=%.3f files_disk_per_entry=%.0f "
                "sqlite_ms_per_entry=%.3f sqlite_disk_per_entry=%.0f\n",
                blobs.size(), double(payload) / n, filesMs / n, double(diskBytes(out / "files")) / n, sqliteMs / n,
                double(diskBytes(out / "thumbs.sqlite")) / n);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    MetadataReader::initialize();
    QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    fs::path dir;
    int jobs = int(std::thread::hardware_concurrency()), requests = 100;
    std::vector<fs::path> files;
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("--cache") || a == QLatin1String("--out")) && i + 1 < args.size())
            dir = fs::path(args.at(++i).toStdString());
        else if (a == QLatin1String("--jobs") && i + 1 < args.size())
            jobs = args.at(++i).toInt();
        else if (a == QLatin1String("--requests") && i + 1 < args.size())
            requests = args.at(++i).toInt();
        else
            files.emplace_back(a.toStdString());
    }
    if (dir.empty() || files.empty() || jobs < 1 || requests < 1) {
        std::fprintf(stderr, "usage: tintype-bench-thumbs latency --cache DIR [--jobs N] [--requests K] FILE...\n"
                             "       tintype-bench-thumbs store --out DIR [--jobs N] JPEG...\n");
        return 2;
    }
    if (mode == QLatin1String("latency"))
        return latency(dir, jobs, requests, files);
    if (mode == QLatin1String("store"))
        return store(dir, jobs, files);
    return 2;
}
